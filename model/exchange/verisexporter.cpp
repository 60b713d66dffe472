// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "verisexporter.h"

#include "exchange/incidentselection.h"
#include "exchange/registerveris.h"
#include "exchange/verismapper.h"
#include "storage/incidentstore.h"
#include "storage/registerstore.h"
#include "storage/storetables.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

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
    // A breach-register entry's times and totals are the DPO's own: they refine the record's mapping.
    const RegisterStore registers(m_store);
    const auto entries = registers.entriesOfIncidents(*ids);
    if (!entries) {
        m_error = registers.errorString();
        return std::nullopt;
    }
    QHash<qint64, RegisterEntry> entryOfIncident;
    for (const RegisterEntry &entry : *entries) {
        entryOfIncident.insert(entry.incidentId, entry); // an incident in two registers: either tells the same
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
        QJsonObject veris = VerisMapper::toVeris(*record, sources);
        if (const auto entry = entryOfIncident.constFind(id); entry != entryOfIncident.constEnd()) {
            RegisterVeris::addTo(veris, *entry);
        }
        out += QJsonDocument(veris).toJson(QJsonDocument::Compact);
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
