// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "verisexporter.h"

#include "exchange/incidentselection.h"
#include "exchange/verismapper.h"
#include "storage/incidentstore.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Iwb {

VerisExporter::VerisExporter(const IncidentStore &store)
    : m_store(store)
{
}

std::optional<qint64> VerisExporter::write(QIODevice &device, const ExportScope &scope)
{
    m_error.clear();
    const auto ids = IncidentSelection::ids(m_store, scope, &m_error);
    if (!ids) {
        return std::nullopt;
    }
    // Only what the reference needs; IncidentStore::document() would load every article's text.
    QSqlQuery sourceQuery(QSqlDatabase::database(m_store.connectionName(), false));
    if (!sourceQuery.prepare(QStringLiteral("SELECT title, source, published FROM documents WHERE id = ?"))) {
        m_error = m_store.path() + QStringLiteral(": cannot read the articles (") + sourceQuery.lastError().text()
            + QLatin1Char(')');
        return std::nullopt;
    }
    QByteArray out = "[";
    qint64 written = 0;
    for (const qint64 id : std::as_const(*ids)) {
        const auto record = m_store.incident(id);
        if (!record) {
            m_error = m_store.errorString();
            return std::nullopt;
        }
        QList<VerisSource> sources;
        for (const qint64 documentId : record->sourceDocumentIds) {
            sourceQuery.addBindValue(documentId);
            if (sourceQuery.exec() && sourceQuery.next()) {
                sources.append({ sourceQuery.value(0).toString(), sourceQuery.value(1).toString(),
                    sourceQuery.value(2).toString() });
            }
            sourceQuery.finish();
        }
        out += written == 0 ? "\n" : ",\n";
        out += QJsonDocument(VerisMapper::toVeris(*record, sources)).toJson(QJsonDocument::Compact);
        ++written;
    }
    out += written == 0 ? "]\n" : "\n]\n";
    if (device.write(out) != out.size()) {
        m_error = QStringLiteral("cannot write the VERIS file: ") + device.errorString();
        return std::nullopt;
    }
    return written;
}

} // namespace Iwb
