// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "verisexporter.h"

#include "exchange/incidentselection.h"
#include "exchange/verismapper.h"
#include "storage/incidentstore.h"
#include "storage/storetables.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>

namespace Iwb {

VerisExporter::VerisExporter(const IncidentStore &store)
    : m_store(store)
{
}

std::optional<qint64> VerisExporter::write(QIODevice &device, const ExportScope &scope)
{
    m_error.clear();
    StoreTables tables(m_store);
    if (!tables.beginRead()) {
        m_error = tables.errorString();
        return std::nullopt;
    }
    const auto ids = IncidentSelection::ids(tables, scope, &m_error);
    if (!ids) {
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
        // Only what the reference needs; IncidentStore::document() would load every article's text.
        QList<VerisSource> sources;
        for (const qint64 documentId : record->sourceDocumentIds) {
            if (const auto reference = tables.documentReference(documentId)) {
                sources.append({ reference->title, reference->source, reference->published });
            }
        }
        out += written == 0 ? "\n" : ",\n";
        out += QJsonDocument(VerisMapper::toVeris(*record, sources)).toJson(QJsonDocument::Compact);
        ++written;
    }
    out += written == 0 ? "]\n" : "\n]\n";
    if (device.write(out) != out.size()) {
        m_error
            = QCoreApplication::translate("Iwb::Export", "cannot write the VERIS file: %1").arg(device.errorString());
        return std::nullopt;
    }
    return written;
}

} // namespace Iwb
