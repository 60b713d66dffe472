// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "programrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/// `incident-cli link` and `unlink` on a store that `incident-cli extract --db` made from two samples,
/// checked through `incident-cli export --format json` and `list --json` as a user would (docs/sources.md).
/// The slots build on each other: link, then refuse to link again, then unlink.
class TestLink : public QObject
{
    Q_OBJECT

private:
    using Run = IwbTest::ProgramRun;

    QTemporaryDir m_dir;
    QString m_db;
    const QString m_samples = QStringLiteral(IWB_SOURCE_DIR "/resources/samples");
    qint64 m_lumeraDocument = 0; ///< the app update: 9,500 users saw others' transactions
    qint64 m_sternpunkteDocument = 0; ///< the loyalty programme's session mix-up: 3,200 logins
    qint64 m_lumera = 0; ///< the incident record of the app update
    qint64 m_sternpunkte = 0; ///< the loyalty programme's own record, deleted when its article joins m_lumera

    static Run cli(const QStringList &arguments) { return IwbTest::runCli(arguments); }

    static QJsonObject parsed(const QString &text) { return IwbTest::jsonObjectOf(text); }

    Run link(QStringList arguments) const
    {
        arguments.prepend(QStringLiteral("link"));
        arguments << QStringLiteral("--db") << m_db;
        return cli(arguments);
    }

    Run unlink(QStringList arguments) const
    {
        arguments.prepend(QStringLiteral("unlink"));
        arguments << QStringLiteral("--db") << m_db;
        return cli(arguments);
    }

    QStringList ids(qint64 document, qint64 incident) const
    {
        return { QStringLiteral("--document"), QString::number(document), QStringLiteral("--incident"),
            QString::number(incident) };
    }

    /// The whole store as `incident-cli export --format json --out -` writes it.
    QJsonObject snapshot() const
    {
        const Run run = cli({ QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
            QStringLiteral("--out"), QStringLiteral("-"), QStringLiteral("--db"), m_db });
        if (run.exitCode != 0) {
            qWarning("export failed: %s", qPrintable(run.err));
        }
        return parsed(run.out);
    }

    static QJsonObject incidentOf(const QJsonObject &snapshot, qint64 id)
    {
        for (const QJsonValue incident : snapshot.value(QStringLiteral("incidents")).toArray()) {
            if (incident.toObject().value(QStringLiteral("id")).toInteger() == id) {
                return incident.toObject();
            }
        }
        return {};
    }

    /// The incident records whose sources include @p documentId.
    static QList<QJsonObject> incidentsOfDocument(const QJsonObject &snapshot, qint64 documentId)
    {
        QList<QJsonObject> found;
        for (const QJsonValue incident : snapshot.value(QStringLiteral("incidents")).toArray()) {
            if (incident.toObject().value(QStringLiteral("sources")).toArray().contains(documentId)) {
                found.append(incident.toObject());
            }
        }
        return found;
    }

    static QList<qint64> sources(const QJsonObject &incident)
    {
        QList<qint64> ids;
        for (const QJsonValue id : incident.value(QStringLiteral("sources")).toArray()) {
            ids.append(id.toInteger());
        }
        return ids;
    }

    /// The documents whose facts are evidence of @p field (every field when empty) of @p incident.
    static QSet<qint64> evidenceDocuments(
        const QJsonObject &snapshot, const QJsonObject &incident, const QString &field = {})
    {
        QHash<qint64, qint64> documentOfFact;
        for (const QJsonValue fact : snapshot.value(QStringLiteral("facts")).toArray()) {
            documentOfFact.insert(fact.toObject().value(QStringLiteral("id")).toInteger(),
                fact.toObject().value(QStringLiteral("document_id")).toInteger());
        }
        QSet<qint64> documents;
        const QJsonObject evidence = incident.value(QStringLiteral("evidence")).toObject();
        for (auto it = evidence.begin(); it != evidence.end(); ++it) {
            if (!field.isEmpty() && it.key() != field) {
                continue;
            }
            for (const QJsonValue factId : it.value().toArray()) {
                documents.insert(documentOfFact.value(factId.toInteger(), -1));
            }
        }
        return documents;
    }

    static QJsonObject differenceOf(const QJsonObject &report, const QString &field)
    {
        for (const QJsonValue difference : report.value(QStringLiteral("differences")).toArray()) {
            if (difference.toObject().value(QStringLiteral("field")).toString() == field) {
                return difference.toObject();
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("two.sqlite"));
        const Run extract = cli({ QStringLiteral("extract"), QStringLiteral("--db"), m_db,
            m_samples + QStringLiteral("/de-app-update-fremde-daten.txt"),
            m_samples + QStringLiteral("/de-kundenportal-sitzungsverwechslung.txt") });
        QVERIFY2(extract.exitCode == 0, qPrintable(extract.err));

        const Run list = cli({ QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), m_db });
        QCOMPARE(list.exitCode, 0);
        for (const QString &line : list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QJsonObject document = parsed(line);
            const QString source = document.value(QStringLiteral("source")).toString();
            if (source.endsWith(QLatin1String("de-app-update-fremde-daten.txt"))) {
                m_lumeraDocument = document.value(QStringLiteral("id")).toInteger();
            } else if (source.endsWith(QLatin1String("de-kundenportal-sitzungsverwechslung.txt"))) {
                m_sternpunkteDocument = document.value(QStringLiteral("id")).toInteger();
            }
        }
        QVERIFY(m_lumeraDocument > 0 && m_sternpunkteDocument > 0);

        const QJsonObject store = snapshot();
        QCOMPARE(store.value(QStringLiteral("incidents")).toArray().size(), 2);
        const QList<QJsonObject> lumera = incidentsOfDocument(store, m_lumeraDocument);
        const QList<QJsonObject> sternpunkte = incidentsOfDocument(store, m_sternpunkteDocument);
        QCOMPARE(lumera.size(), 1);
        QCOMPARE(sternpunkte.size(), 1);
        m_lumera = lumera.first().value(QStringLiteral("id")).toInteger();
        m_sternpunkte = sternpunkte.first().value(QStringLiteral("id")).toInteger();
        QCOMPARE(lumera.first().value(QStringLiteral("affected_count")).toInteger(), 9500);
        QCOMPARE(sternpunkte.first().value(QStringLiteral("affected_count")).toInteger(), 3200);
    }

    void refusedWithoutWriting_data()
    {
        QTest::addColumn<QString>("arguments"); // %D: the loyalty programme's article, %I: the app update's incident
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown document") << u"--document 9999 --incident %I"_s << 1 << u"no document with id 9999"_s;
        QTest::newRow("unknown incident")
            << u"--document %D --incident 9999"_s << 1 << u"no incident record with id 9999"_s;
        QTest::newRow("not a field") << u"--document %D --incident %I --take affected,cause"_s << 2
                                     << u"'affected' is not a field of the incident record"_s;
        QTest::newRow("both on a single value")
            << u"--document %D --incident %I --both affected_count"_s << 2 << u"'affected_count' holds one value"_s;
        QTest::newRow("take and both") << u"--document %D --incident %I --take data_exposed --both data_exposed"_s << 2
                                       << u"given to both --take and --both"_s;
        QTest::newRow("no document") << u"--incident %I"_s << 2 << u"--document ID --incident ID"_s;
        QTest::newRow("not an id") << u"--document first --incident %I"_s << 2 << u"not 'first'"_s;
    }

    void refusedWithoutWriting()
    {
        QFETCH(QString, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QJsonObject before = snapshot();
        arguments.replace(QLatin1String("%D"), QString::number(m_sternpunkteDocument));
        arguments.replace(QLatin1String("%I"), QString::number(m_lumera));
        const Run run = link(arguments.split(QLatin1Char(' ')));
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(snapshot(), before);
    }

    void dryRunPrintsTheDecisionsAndWritesNothing()
    {
        const QJsonObject before = snapshot();
        const Run run
            = link(ids(m_sternpunkteDocument, m_lumera) << QStringLiteral("--take") << QStringLiteral("affected_count")
                                                        << QStringLiteral("--dry-run") << QStringLiteral("--json"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject report = parsed(run.out);
        QCOMPARE(report.value(QStringLiteral("dry_run")).toBool(), true);

        const QJsonObject affected = differenceOf(report, QStringLiteral("affected_count"));
        QCOMPARE(affected.value(QStringLiteral("kind")).toString(), u"conflict"_s);
        QCOMPARE(affected.value(QStringLiteral("record")).toInteger(), 9500);
        QCOMPARE(affected.value(QStringLiteral("article")).toInteger(), 3200);
        QCOMPARE(affected.value(QStringLiteral("decision")).toString(), u"take"_s);
        QCOMPARE(affected.value(QStringLiteral("value")).toInteger(), 3200);
        // A conflict not listed keeps the record's value; a field only the article states is filled.
        const QJsonObject duration = differenceOf(report, QStringLiteral("duration_minutes"));
        QCOMPARE(duration.value(QStringLiteral("decision")).toString(), u"keep"_s);
        QCOMPARE(duration.value(QStringLiteral("record")).toInteger(), 31);
        QCOMPARE(duration.value(QStringLiteral("article")).toInteger(), 40);
        QCOMPARE(duration.value(QStringLiteral("value")).toInteger(), 31);
        const QJsonObject notified = differenceOf(report, QStringLiteral("affected_notified"));
        QCOMPARE(notified.value(QStringLiteral("kind")).toString(), u"fill"_s);
        QCOMPARE(notified.value(QStringLiteral("decision")).toString(), u"take"_s);
        QCOMPARE(notified.value(QStringLiteral("value")).toBool(), true);
        QVERIFY(differenceOf(report, QStringLiteral("cause")).isEmpty()); // both say software_error

        const QJsonArray released = report.value(QStringLiteral("released")).toArray();
        QCOMPARE(released.size(), 1);
        QCOMPARE(released.at(0).toObject().value(QStringLiteral("incident_id")).toInteger(), m_sternpunkte);
        QCOMPARE(released.at(0).toObject().value(QStringLiteral("action")).toString(), u"delete"_s);
        QCOMPARE(snapshot(), before);
    }

    void linkTakesTheArticlesValueAndKeepsBothEvidence()
    {
        const qsizetype historyBefore = snapshot().value(QStringLiteral("history")).toArray().size();
        const Run run = link(
            ids(m_sternpunkteDocument, m_lumera) << QStringLiteral("--take") << QStringLiteral("affected_count"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"affected_count    conflict  9500"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"take \u2192 3200"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"deleted incident %1"_s.arg(m_sternpunkte)), qPrintable(run.out));

        const QJsonObject store = snapshot();
        // The loyalty programme's own record was an orphan duplicate: deleted in the same save.
        QCOMPARE(store.value(QStringLiteral("incidents")).toArray().size(), 1);
        QVERIFY(incidentOf(store, m_sternpunkte).isEmpty());
        const QJsonObject incident = incidentOf(store, m_lumera);
        QCOMPARE(sources(incident), (QList<qint64> { m_lumeraDocument, m_sternpunkteDocument }));
        QCOMPARE(incident.value(QStringLiteral("affected_count")).toInteger(), 3200);
        QCOMPARE(incident.value(QStringLiteral("duration_minutes")).toInteger(), 31);
        QCOMPARE(incident.value(QStringLiteral("organization")).toString(), u"Lumera Pay"_s);
        QCOMPARE(incident.value(QStringLiteral("affected_notified")).toBool(), true);
        QCOMPARE(evidenceDocuments(store, incident, QStringLiteral("affected_count")),
            QSet<qint64> { m_sternpunkteDocument });
        QCOMPARE(
            evidenceDocuments(store, incident, QStringLiteral("duration_minutes")), QSet<qint64> { m_lumeraDocument });
        QCOMPARE(evidenceDocuments(store, incident), (QSet<qint64> { m_lumeraDocument, m_sternpunkteDocument }));

        // One save: the facts, the record's update and the deleted duplicate, each with its history row.
        const QJsonArray history = store.value(QStringLiteral("history")).toArray();
        QCOMPARE(history.size(), historyBefore + 3);
        QJsonObject update;
        QJsonObject deletion;
        for (qsizetype i = historyBefore; i < history.size(); ++i) {
            const QJsonObject entry = history.at(i).toObject();
            if (entry.value(QStringLiteral("action")).toString() == QLatin1String("update")) {
                update = entry;
            } else if (entry.value(QStringLiteral("action")).toString() == QLatin1String("delete")) {
                deletion = entry;
            }
        }
        QCOMPARE(update.value(QStringLiteral("entity_id")).toInteger(), m_lumera);
        const QJsonObject changed = parsed(update.value(QStringLiteral("detail")).toString());
        QCOMPARE(changed.value(QStringLiteral("affected_count")).toArray(), (QJsonArray { 9500, 3200 }));
        QCOMPARE(changed.value(QStringLiteral("source_document_ids")).toArray().at(1).toArray(),
            (QJsonArray { m_lumeraDocument, m_sternpunkteDocument }));
        QCOMPARE(deletion.value(QStringLiteral("entity_id")).toInteger(), m_sternpunkte);
        QCOMPARE(parsed(deletion.value(QStringLiteral("detail")).toString())
                     .value(QStringLiteral("now_source_of"))
                     .toInteger(),
            m_lumera);
    }

    void linkingAgainIsRefused()
    {
        const QJsonObject before = snapshot();
        const Run run = link(ids(m_sternpunkteDocument, m_lumera));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"already a source of incident %1"_s.arg(m_lumera)), qPrintable(run.err));
        QCOMPARE(snapshot(), before);
    }

    void unlinkGivesTheArticleItsOwnRecordAgain()
    {
        const Run run = unlink(ids(m_sternpunkteDocument, m_lumera));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"left incident %1"_s.arg(m_lumera)), qPrintable(run.out));

        const QJsonObject store = snapshot();
        QCOMPARE(store.value(QStringLiteral("incidents")).toArray().size(), 2);
        const QJsonObject incident = incidentOf(store, m_lumera);
        QCOMPARE(sources(incident), QList<qint64> { m_lumeraDocument });
        QCOMPARE(evidenceDocuments(store, incident), QSet<qint64> { m_lumeraDocument });
        // The value the incident took stays (the analyst's decision); only its evidence from the article went.
        QCOMPARE(incident.value(QStringLiteral("affected_count")).toInteger(), 3200);
        QVERIFY(evidenceDocuments(store, incident, QStringLiteral("affected_count")).isEmpty());

        const QList<QJsonObject> own = incidentsOfDocument(store, m_sternpunkteDocument);
        QCOMPARE(own.size(), 1);
        QCOMPARE(sources(own.first()), QList<qint64> { m_sternpunkteDocument });
        QCOMPARE(own.first().value(QStringLiteral("organization")).toString(), u"Sternpunkte"_s);
        QCOMPARE(own.first().value(QStringLiteral("affected_count")).toInteger(), 3200);
        QCOMPARE(own.first().value(QStringLiteral("duration_minutes")).toInteger(), 40);
        QCOMPARE(evidenceDocuments(store, own.first()), QSet<qint64> { m_sternpunkteDocument });
    }

    void unlinkingTheOnlySourceIsRefused()
    {
        const QJsonObject before = snapshot();
        const Run run = unlink(ids(m_lumeraDocument, m_lumera));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"the only source of incident %1"_s.arg(m_lumera)), qPrintable(run.err));
        const Run notASource = unlink(ids(m_sternpunkteDocument, m_lumera));
        QCOMPARE(notASource.exitCode, 1);
        QVERIFY2(notASource.err.contains(u"not a source of incident %1"_s.arg(m_lumera)), qPrintable(notASource.err));
        QCOMPARE(snapshot(), before);
    }
};

QTEST_GUILESS_MAIN(TestLink)
#include "tst_link.moc"
