// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "comparecommand.h"

#include "agreement/versioncomparison.h"
#include "clicontext.h"
#include "document/textoffsets.h"
#include "extraction/extractionengine.h"
#include "incident/factjson.h"
#include "storage/incidentstore.h"
#include "storage/storeprobe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Iwb {

namespace {

    QJsonValue number(const std::optional<double> &value)
    {
        return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
    }

    QString fixed(const std::optional<double> &value)
    {
        return value ? QString::number(*value, 'f', 3) : QStringLiteral("n/a");
    }

    QJsonObject countsJson(const MatchCounts &counts)
    {
        return { { QStringLiteral("matched"), counts.matched },
            { QStringLiteral("precision"), number(counts.precision()) },
            { QStringLiteral("recall"), number(counts.recall()) }, { QStringLiteral("f1"), number(counts.f1()) } };
    }

    QJsonObject scoresJson(const TypeScores &scores, const QString &type)
    {
        return { { QStringLiteral("type"), type }, { QStringLiteral("reference"), scores.exact.reference },
            { QStringLiteral("other"), scores.exact.other }, { QStringLiteral("exact"), countsJson(scores.exact) },
            { QStringLiteral("lenient"), countsJson(scores.lenient) } };
    }

    QJsonObject tableJson(const AgreementTable &table)
    {
        return { { QStringLiteral("units"), table.unitCount() },
            { QStringLiteral("observed"), number(table.observed()) },
            { QStringLiteral("expected"), number(table.expected()) },
            { QStringLiteral("kappa"), number(table.kappa()) } };
    }

    /// A fact as the extraction contract writes it: code-point offsets.
    QJsonValue factJson(const std::optional<Fact> &fact, const TextOffsets &offsets)
    {
        if (!fact) {
            return QJsonValue::Null;
        }
        return QJsonObject { { QStringLiteral("type"), factTypeName(fact->type) },
            { QStringLiteral("start"), offsets.toCodePoint(fact->start) },
            { QStringLiteral("end"), offsets.toCodePoint(fact->end) }, { QStringLiteral("text"), fact->text },
            { QStringLiteral("value"), fact->value }, { QStringLiteral("polarity"), polarityName(fact->polarity) },
            { QStringLiteral("certainty"), certaintyName(fact->certainty) } };
    }

    QJsonObject reportJson(const AgreementReport &report)
    {
        QJsonArray types;
        for (const TypeScores &scores : report.perType) {
            types.append(scoresJson(scores, factTypeName(scores.type)));
        }
        QJsonArray fields;
        for (const RecordFieldKappa &field : report.fields) {
            QJsonObject object = tableJson(field.table);
            object.insert(QStringLiteral("field"), field.field);
            fields.append(object);
        }
        QJsonArray disagreements;
        QJsonArray recordDifferences;
        for (const DocumentAgreement &document : report.documents) {
            const TextOffsets offsets(document.text);
            for (const Disagreement &item : document.facts.disagreements) {
                disagreements.append(QJsonObject { { QStringLiteral("document"), document.title },
                    { QStringLiteral("document_sha256"), QString::fromLatin1(document.sha256) },
                    { QStringLiteral("kind"), disagreementKindName(item.kind) },
                    { QStringLiteral("type"), factTypeName(item.type()) },
                    { QStringLiteral("reference"), factJson(item.reference, offsets) },
                    { QStringLiteral("other"), factJson(item.other, offsets) },
                    { QStringLiteral("details"), QJsonArray::fromStringList(item.details) } });
            }
            for (const RecordFieldDifference &difference : document.recordDifferences()) {
                recordDifferences.append(QJsonObject { { QStringLiteral("document"), document.title },
                    { QStringLiteral("field"), difference.field },
                    { QStringLiteral("reference"), difference.reference },
                    { QStringLiteral("other"), difference.other } });
            }
        }
        return { { QStringLiteral("reference"), report.referenceName }, { QStringLiteral("other"), report.otherName },
            { QStringLiteral("reference_documents"), report.referenceDocumentCount },
            { QStringLiteral("other_documents"), report.otherDocumentCount },
            { QStringLiteral("matched_documents"), static_cast<int>(report.documents.size()) },
            { QStringLiteral("types"), types },
            { QStringLiteral("micro"), scoresJson(report.micro, QStringLiteral("micro")) },
            { QStringLiteral("matched_fact_differences"),
                QJsonObject { { QStringLiteral("value"), report.valueDifferences },
                    { QStringLiteral("polarity"), report.polarityDifferences },
                    { QStringLiteral("certainty"), report.certaintyDifferences } } },
            { QStringLiteral("token_kappa"), tableJson(report.tokens) }, { QStringLiteral("record_fields"), fields },
            { QStringLiteral("record_overall"), tableJson(report.recordFields) },
            { QStringLiteral("disagreements"), disagreements },
            { QStringLiteral("record_differences"), recordDifferences } };
    }

    QString quoted(const std::optional<Fact> &fact)
    {
        return fact ? QStringLiteral("\u201C%1\u201D").arg(fact->text) : QStringLiteral("\u2014");
    }

    void printScores(QTextStream &out, const QString &label, const TypeScores &scores)
    {
        out << qSetFieldWidth(16) << Qt::left << label << qSetFieldWidth(6) << Qt::right << scores.exact.reference
            << scores.exact.other << qSetFieldWidth(0) << "  " << qSetFieldWidth(7) << fixed(scores.exact.precision())
            << fixed(scores.exact.recall()) << fixed(scores.exact.f1()) << qSetFieldWidth(0) << "  "
            << qSetFieldWidth(7) << fixed(scores.lenient.precision()) << fixed(scores.lenient.recall())
            << fixed(scores.lenient.f1()) << qSetFieldWidth(0) << Qt::left << '\n';
    }

    void printTable(QTextStream &out, const QString &label, const AgreementTable &table)
    {
        out << qSetFieldWidth(20) << Qt::left << label << qSetFieldWidth(6) << Qt::right << table.unitCount()
            << qSetFieldWidth(8) << fixed(table.observed()) << fixed(table.expected()) << fixed(table.kappa())
            << qSetFieldWidth(0) << Qt::left << '\n';
    }

    void printReport(QTextStream &out, const AgreementReport &report)
    {
        out << "Reference: " << report.referenceName << " (" << report.referenceDocumentCount << " documents)\n";
        out << "Other:     " << report.otherName << " (" << report.otherDocumentCount << " documents)\n";
        out << "Matched documents: " << report.documents.size() << "\n\n";

        out << "Facts, other against reference  (exact: same type and span; lenient: same type, overlapping)\n";
        out << qSetFieldWidth(16) << Qt::left << "type" << qSetFieldWidth(6) << Qt::right << "ref" << "other"
            << qSetFieldWidth(0) << "  " << qSetFieldWidth(7) << "P" << "R" << "F1" << qSetFieldWidth(0) << "  "
            << qSetFieldWidth(7) << "P~" << "R~" << "F1~" << qSetFieldWidth(0) << Qt::left << '\n';
        for (const TypeScores &scores : report.perType) {
            printScores(out, factTypeName(scores.type), scores);
        }
        printScores(out, QStringLiteral("micro"), report.micro);
        out << "Differences on matched facts: value " << report.valueDifferences << ", polarity "
            << report.polarityDifferences << ", certainty " << report.certaintyDifferences << "\n\n";

        out << "Cohen's kappa" << '\n';
        out << qSetFieldWidth(20) << Qt::left << "units" << qSetFieldWidth(6) << Qt::right << "n" << qSetFieldWidth(8)
            << "p_o" << "p_e"
            << "kappa" << qSetFieldWidth(0) << Qt::left << '\n';
        printTable(out, QStringLiteral("tokens"), report.tokens);
        for (const RecordFieldKappa &field : report.fields) {
            printTable(out, field.field, field.table);
        }
        printTable(out, QStringLiteral("record (pooled)"), report.recordFields);

        out << "\nDisagreements: " << report.disagreementCount() << '\n';
        for (const DocumentAgreement &document : report.documents) {
            for (const Disagreement &item : document.facts.disagreements) {
                out << "  " << document.title << " | " << disagreementKindLabel(item.kind) << " | "
                    << factTypeName(item.type()) << " | " << quoted(item.reference) << " | " << quoted(item.other)
                    << " | " << item.details.join(QStringLiteral("; ")) << '\n';
            }
        }
        int differences = 0;
        for (const DocumentAgreement &document : report.documents) {
            differences += static_cast<int>(document.recordDifferences().size());
        }
        out << "Record differences: " << differences << '\n';
        for (const DocumentAgreement &document : report.documents) {
            for (const RecordFieldDifference &difference : document.recordDifferences()) {
                out << "  " << document.title << " | " << difference.field << " | "
                    << jsonValueText(difference.reference) << " | " << jsonValueText(difference.other) << '\n';
            }
        }
    }

    bool openForReading(const CliContext &context, IncidentStore &store, const QString &path)
    {
        QString error;
        if (!StoreProbe::isExistingStore(path, &error)) {
            context.err << "incident-cli compare: " << error << Qt::endl;
            return false;
        }
        if (!store.open(path)) {
            context.err << "incident-cli compare: " << store.errorString() << Qt::endl;
            return false;
        }
        return true;
    }

} // namespace

int runCompareCommand(const CliContext &context, const CompareOptions &options)
{
    const qsizetype wanted = options.automatic ? 1 : 2;
    if (options.databases.size() != wanted) {
        context.err << (options.automatic
                ? "incident-cli compare: --automatic compares one database: give --db once"
                : "incident-cli compare: give two databases: --db A --db B (or one with --automatic)")
                    << Qt::endl;
        return 2;
    }
    IncidentStore reference;
    if (!openForReading(context, reference, options.databases.at(0))) {
        return 1;
    }
    std::optional<AgreementReport> report;
    QString error;
    if (options.automatic) {
        ExtractionEngine engine;
        if (!engine.load(&error, options.rulesRoot)) {
            context.err << "incident-cli compare: " << error << Qt::endl;
            return 1;
        }
        report = VersionComparison::compareAutomatic(reference, engine, &error);
    } else {
        IncidentStore other;
        if (!openForReading(context, other, options.databases.at(1))) {
            return 1;
        }
        report = VersionComparison::compareStores(reference, other, &error);
    }
    if (!report) {
        context.err << "incident-cli compare: " << error << Qt::endl;
        return 1;
    }
    if (options.json) {
        context.out << QString::fromUtf8(QJsonDocument(reportJson(*report)).toJson(QJsonDocument::Compact)) << '\n';
    } else {
        printReport(context.out, *report);
    }
    context.out.flush();
    return 0;
}

} // namespace Iwb
