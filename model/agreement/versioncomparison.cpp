// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "versioncomparison.h"

#include "extraction/extractionengine.h"
#include "storage/incidentstore.h"

#include <QJsonObject>

#include <algorithm>

namespace Iwb {

QList<RecordFieldDifference> DocumentAgreement::recordDifferences() const
{
    QList<RecordFieldDifference> differences;
    if (!referenceRecord || !otherRecord) {
        return differences;
    }
    const QJsonObject a = referenceRecord->toContractJson();
    const QJsonObject b = otherRecord->toContractJson();
    for (const QString &field : IncidentRecord::fieldNames()) {
        if (a.value(field) != b.value(field)) {
            differences.append({ field, a.value(field), b.value(field) });
        }
    }
    return differences;
}

QList<RecordFieldKappa> AgreementReport::emptyFields()
{
    QList<RecordFieldKappa> fields;
    for (const QString &field : AnnotationAgreement::categoricalFields()) {
        fields.append(RecordFieldKappa { field, {} });
    }
    return fields;
}

int AgreementReport::disagreementCount() const
{
    int count = 0;
    for (const DocumentAgreement &document : documents) {
        count += static_cast<int>(document.facts.disagreements.size());
    }
    return count;
}

void AgreementReport::add(const DocumentAgreement &document)
{
    documents.append(document);
    const FactComparison &facts = document.facts;
    for (const TypeScores &scores : facts.perType) {
        auto it = std::find_if(
            perType.begin(), perType.end(), [&scores](const TypeScores &known) { return known.type == scores.type; });
        if (it == perType.end()) {
            // Keep the contract's order of types.
            it = std::find_if(perType.begin(), perType.end(),
                [&scores](const TypeScores &known) { return known.type > scores.type; });
            it = perType.insert(it, TypeScores { scores.type, {}, {} });
        }
        it->exact += scores.exact;
        it->lenient += scores.lenient;
    }
    micro.exact += facts.micro.exact;
    micro.lenient += facts.micro.lenient;
    valueDifferences += facts.valueDifferences;
    polarityDifferences += facts.polarityDifferences;
    certaintyDifferences += facts.certaintyDifferences;
    tokens.merge(facts.tokens);

    if (document.referenceRecord && document.otherRecord) {
        for (RecordFieldKappa &field : fields) {
            const QString a = AnnotationAgreement::categoricalValue(*document.referenceRecord, field.field);
            const QString b = AnnotationAgreement::categoricalValue(*document.otherRecord, field.field);
            field.table.add(a, b);
            recordFields.add(field.field + QLatin1Char('=') + a, field.field + QLatin1Char('=') + b);
        }
    }
}

DocumentAgreement VersionComparison::compareDocument(const Document &document, const QList<Fact> &referenceFacts,
    const QList<Fact> &otherFacts, const std::optional<IncidentRecord> &referenceRecord,
    const std::optional<IncidentRecord> &otherRecord)
{
    DocumentAgreement agreement;
    agreement.title = document.title();
    agreement.text = document.text();
    agreement.sha256 = document.sha256();
    agreement.referenceDocumentId = document.id();
    agreement.facts = AnnotationAgreement::compareFacts(document.text(), referenceFacts, otherFacts);
    agreement.referenceRecord = referenceRecord;
    agreement.otherRecord = otherRecord;
    return agreement;
}

std::optional<QList<Fact>> VersionComparison::storedFacts(const IncidentStore &store, qint64 documentId)
{
    const auto facts = store.facts(documentId);
    if (!facts) {
        return std::nullopt;
    }
    return AnnotationAgreement::countedFacts(*facts);
}

std::optional<IncidentRecord> VersionComparison::storedRecord(const IncidentStore &store, qint64 documentId)
{
    const QList<qint64> ids = store.incidentIdsForDocument(documentId);
    if (ids.isEmpty()) {
        return std::nullopt;
    }
    return store.incident(ids.first());
}

std::optional<AgreementReport> VersionComparison::compareStores(
    const IncidentStore &reference, const IncidentStore &other, QString *error)
{
    AgreementReport report;
    report.referenceName = reference.path();
    report.otherName = other.path();
    const QList<DocumentSummary> referenceDocuments = reference.documentSummaries();
    report.referenceDocumentCount = static_cast<int>(referenceDocuments.size());
    report.otherDocumentCount = other.documentCount();
    for (const DocumentSummary &summary : referenceDocuments) {
        const auto document = reference.document(summary.id);
        if (!document) {
            *error = reference.errorString();
            return std::nullopt;
        }
        const auto otherId = other.documentIdForHash(document->sha256());
        if (!otherId) {
            continue;
        }
        const auto referenceFacts = storedFacts(reference, summary.id);
        const auto otherFacts = storedFacts(other, *otherId);
        if (!referenceFacts || !otherFacts) {
            *error = !referenceFacts ? reference.errorString() : other.errorString();
            return std::nullopt;
        }
        DocumentAgreement agreement = compareDocument(*document, *referenceFacts, *otherFacts,
            storedRecord(reference, summary.id), storedRecord(other, *otherId));
        agreement.otherDocumentId = *otherId;
        report.add(agreement);
    }
    return report;
}

std::optional<AgreementReport> VersionComparison::compareAutomatic(
    const IncidentStore &store, const ExtractionEngine &engine, QString *error)
{
    AgreementReport report;
    report.referenceName = QStringLiteral("curated");
    report.otherName = QStringLiteral("automatic");
    const QList<DocumentSummary> summaries = store.documentSummaries();
    report.referenceDocumentCount = static_cast<int>(summaries.size());
    report.otherDocumentCount = report.referenceDocumentCount;
    for (const DocumentSummary &summary : summaries) {
        const auto document = store.document(summary.id);
        const auto curated = document ? storedFacts(store, summary.id) : std::nullopt;
        if (!document || !curated) {
            *error = store.errorString();
            return std::nullopt;
        }
        const ExtractionResult automatic = engine.extract(*document);
        DocumentAgreement agreement
            = compareDocument(*document, *curated, automatic.facts, storedRecord(store, summary.id), automatic.record);
        agreement.otherDocumentId = summary.id;
        report.add(agreement);
    }
    return report;
}

} // namespace Iwb
