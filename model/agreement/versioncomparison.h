// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "agreement/agreementtable.h"
#include "agreement/annotationagreement.h"
#include "document/document.h"
#include "incident/fact.h"
#include "incident/incidentrecord.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace Iwb {

class ExtractionEngine;
class IncidentStore;

/// A record field whose value differs between the versions (contract JSON on both sides).
struct RecordFieldDifference
{
    QString field;
    QJsonValue reference;
    QJsonValue other;
};

/// One document as both versions annotate it.
struct DocumentAgreement
{
    QString title;
    QString text; ///< the document's text, which the facts' UTF-16 offsets point into
    QByteArray sha256;
    qint64 referenceDocumentId = 0;
    qint64 otherDocumentId = 0;
    FactComparison facts;
    std::optional<IncidentRecord> referenceRecord; ///< nullopt when that version has no record for the document
    std::optional<IncidentRecord> otherRecord;

    /// The contract fields whose values differ, in the contract's order; empty unless both have a record.
    QList<RecordFieldDifference> recordDifferences() const;
};

/// Kappa of one categorical record field over all documents both versions have a record for.
struct RecordFieldKappa
{
    QString field;
    AgreementTable table;
};

/**
 * The comparison of two versions of a set of documents: per document, and
 * pooled over all of them (P/R/F1 from the summed counts, i.e. micro over
 * documents; token and record-field tables pooled unit by unit).
 */
struct AgreementReport
{
    QString referenceName; ///< e.g. the reference database, or "curated"
    QString otherName;
    int referenceDocumentCount = 0;
    int otherDocumentCount = 0;
    QList<DocumentAgreement> documents; ///< the matched documents, in the reference's order

    QList<TypeScores> perType; ///< types either version has anywhere, in the contract's order
    TypeScores micro;
    int valueDifferences = 0;
    int polarityDifferences = 0;
    int certaintyDifferences = 0;
    AgreementTable tokens;
    QList<RecordFieldKappa> fields = emptyFields(); ///< one per AnnotationAgreement::categoricalFields()
    /// All fields pooled: one unit per field and record, labels "field=value".
    AgreementTable recordFields;

    int disagreementCount() const;
    static QList<RecordFieldKappa> emptyFields();
    /// Adds a compared document to the totals.
    void add(const DocumentAgreement &document);
};

/**
 * Builds AgreementReports from the versions the workbench knows: one store
 * against another (two analysts; documents matched by the SHA-256 of their
 * text), or a store's curated facts against what extraction finds now.
 *
 * A version's facts are its stored facts without the rejected ones; its record
 * is the first incident record that has the document as a source.
 * Reads only; neither store is changed.
 */
class VersionComparison
{
public:
    /// Compares one document's two versions.
    static DocumentAgreement compareDocument(const Document &document, const QList<Fact> &referenceFacts,
        const QList<Fact> &otherFacts, const std::optional<IncidentRecord> &referenceRecord,
        const std::optional<IncidentRecord> &otherRecord);

    /// @p other against @p reference, document by document; nullopt (and @p error) when a store cannot be read.
    static std::optional<AgreementReport> compareStores(
        const IncidentStore &reference, const IncidentStore &other, QString *error);

    /// For every document of @p store: what @p engine finds (the other version) against the curated facts and record.
    static std::optional<AgreementReport> compareAutomatic(
        const IncidentStore &store, const ExtractionEngine &engine, QString *error);

    /// The counted facts (without rejected ones) of a stored document; nullopt on a read error.
    static std::optional<QList<Fact>> storedFacts(const IncidentStore &store, qint64 documentId);
    /// The record the document is a source of, if any.
    static std::optional<IncidentRecord> storedRecord(const IncidentStore &store, qint64 documentId);
};

} // namespace Iwb
