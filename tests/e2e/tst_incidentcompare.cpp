// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "programrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

/// `incident-cli compare --incidents` and `incident-cli similar` on a store that `incident-cli extract --db`
/// made from the samples, as a user runs them (docs/comparison.md).
class TestIncidentCompare : public QObject
{
    Q_OBJECT

private:
    using Run = IwbTest::ProgramRun;

    QTemporaryDir m_dir;
    QString m_db;
    const QString m_samples = QStringLiteral(IWB_SOURCE_DIR "/resources/samples");
    qint64 m_lumera = 0; ///< the app update that showed users others' transactions: 31 minutes, 9,500 users
    qint64 m_sternpunkte = 0; ///< the loyalty programme's session mix-up: 40 minutes, 3,200 logins
    qint64 m_sellheim = 0; ///< the hospital's ransomware attack

    static Run cli(const QStringList &arguments) { return IwbTest::runCli(arguments); }

    /// The one JSON object the command printed.
    static QJsonObject json(const Run &run) { return IwbTest::jsonObjectOf(run.out); }

    /// The first column of the first row of @p statement on the test store.
    QVariant sql(const QString &statement) const
    {
        QVariant result;
        {
            QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("read"));
            database.setDatabaseName(m_db);
            if (!database.open()) {
                qFatal("cannot open the test database");
            }
            QSqlQuery query(database);
            if (!query.exec(statement)) {
                qFatal("SQL failed: %s", qPrintable(statement));
            }
            if (query.next()) {
                result = query.value(0);
            }
            query.finish();
            database.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("read"));
        return result;
    }

    qint64 incidentOf(const QString &organization) const
    {
        return sql(QStringLiteral("SELECT id FROM incidents WHERE organization = '%1'").arg(organization)).toLongLong();
    }

    static QJsonObject fieldOf(const QJsonObject &report, const QString &name)
    {
        for (const QJsonValue field : report.value(QStringLiteral("fields")).toArray()) {
            if (field.toObject().value(QStringLiteral("field")).toString() == name) {
                return field.toObject();
            }
        }
        return {};
    }

    static QJsonObject pointOf(const QJsonObject &row, const QString &kind)
    {
        for (const QJsonValue point : row.value(QStringLiteral("points")).toArray()) {
            if (point.toObject().value(QStringLiteral("kind")).toString() == kind) {
                return point.toObject();
            }
        }
        return {};
    }

    QString ids(qint64 a, qint64 b) const { return QStringLiteral("%1,%2").arg(a).arg(b); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("samples.sqlite"));
        const Run extract = cli({ QStringLiteral("extract"), m_samples, QStringLiteral("--db"), m_db });
        QVERIFY2(extract.exitCode == 0, qPrintable(extract.err));
        m_lumera = incidentOf(QStringLiteral("Lumera Pay"));
        m_sternpunkte = incidentOf(QStringLiteral("Sternpunkte"));
        m_sellheim = incidentOf(QStringLiteral("Kreisklinikum Sellheim"));
        QVERIFY(m_lumera > 0 && m_sternpunkte > 0 && m_sellheim > 0);
    }

    void extractStoresNoRecordForAnArticleAboutNoIncident()
    {
        // Eight articles, seven about an incident: the storm report is stored with its facts, but without a blank
        // record.
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM documents")).toInt(), 8);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM incidents")).toInt(), 7);
        const QString storm = QStringLiteral("(SELECT id FROM documents WHERE title LIKE 'Sturmtief%')");
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM documents WHERE id = %1").arg(storm)).toInt(), 1);
        QCOMPARE(
            sql(QStringLiteral("SELECT count(*) FROM incident_sources WHERE document_id = %1").arg(storm)).toInt(), 0);
        QCOMPARE(
            sql(QStringLiteral(
                    "SELECT count(*) FROM incidents WHERE organization = '' AND incident_date = '' AND cause = ''"))
                .toInt(),
            0);
        // Every stored record has its article.
        QCOMPARE(sql(QStringLiteral(
                         "SELECT count(*) FROM incidents WHERE id NOT IN (SELECT incident_id FROM incident_sources)"))
                     .toInt(),
            0);

        // Extracting again adds nothing, not even for the storm article.
        const Run again = cli({ QStringLiteral("extract"), m_samples + QStringLiteral("/de-kein-vorfall-wetter.txt"),
            QStringLiteral("--db"), m_db });
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(QLatin1String("no incident stated: the article is stored without a record")),
            qPrintable(again.out));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM incidents")).toInt(), 7);
        // An article about an incident says nothing of the kind.
        const Run laptop = cli({ QStringLiteral("extract"), m_samples + QStringLiteral("/en-lost-laptop.txt"),
            QStringLiteral("--db"), m_db });
        QVERIFY2(laptop.exitCode == 0, qPrintable(laptop.err));
        QVERIFY2(!laptop.out.contains(QLatin1String("no incident stated")), qPrintable(laptop.out));
    }

    void comparesTwoRecordsFieldByField()
    {
        const Run run = cli({ QStringLiteral("compare"), QStringLiteral("--incidents"), ids(m_lumera, m_sternpunkte),
            QStringLiteral("--db"), m_db, QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.count(QLatin1Char('\n')), 1);
        const QJsonObject report = json(run);
        QCOMPARE(report.value(QStringLiteral("database")).toString(), m_db);

        const QJsonArray incidents = report.value(QStringLiteral("incidents")).toArray();
        QCOMPARE(incidents.size(), 2);
        QCOMPARE(incidents[0].toObject().value(QStringLiteral("letter")).toString(), QStringLiteral("A"));
        QCOMPARE(incidents[0].toObject().value(QStringLiteral("id")).toInteger(), m_lumera);
        QCOMPARE(incidents[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Lumera Pay"));
        QCOMPARE(incidents[0]
                     .toObject()
                     .value(QStringLiteral("incident"))
                     .toObject()
                     .value(QStringLiteral("affected_count"))
                     .toInt(),
            9500);
        QCOMPARE(incidents[1].toObject().value(QStringLiteral("id")).toInteger(), m_sternpunkte);
        QVERIFY(incidents[1]
                .toObject()
                .value(QStringLiteral("title"))
                .toString()
                .startsWith(QLatin1String("Bonusprogramm")));

        // All contract fields plus the review status, in the contract's order.
        const QJsonArray fields = report.value(QStringLiteral("fields")).toArray();
        QCOMPARE(fields.size(), 15);
        QCOMPARE(fields.first().toObject().value(QStringLiteral("field")).toString(), QStringLiteral("organization"));
        QCOMPARE(fields.last().toObject().value(QStringLiteral("field")).toString(), QStringLiteral("review_status"));

        const QJsonObject affected = fieldOf(report, QStringLiteral("affected_count"));
        QCOMPARE(affected.value(QStringLiteral("agreement")).toString(), QStringLiteral("different"));
        QCOMPARE(affected.value(QStringLiteral("values")).toArray(),
            (QJsonArray { QStringLiteral("9,500"), QStringLiteral("3,200") }));
        QCOMPARE(affected.value(QStringLiteral("difference")).toString(),
            QStringLiteral("9,500 vs 3,200 affected (+6,300); counted as users vs logins"));
        QCOMPARE(fieldOf(report, QStringLiteral("duration_minutes")).value(QStringLiteral("difference")).toString(),
            QStringLiteral("31 vs 40 minutes (\u22129)"));
        QCOMPARE(fieldOf(report, QStringLiteral("incident_date")).value(QStringLiteral("difference")).toString(),
            QStringLiteral("2026-01-15 vs 2025-12-09 (37 days apart)"));

        const QJsonObject cause = fieldOf(report, QStringLiteral("cause"));
        QCOMPARE(cause.value(QStringLiteral("agreement")).toString(), QStringLiteral("same"));
        QCOMPARE(cause.value(QStringLiteral("values")).toArray(),
            (QJsonArray { QStringLiteral("software_error"), QStringLiteral("software_error") }));
        QVERIFY(cause.value(QStringLiteral("difference")).isNull());

        const QJsonObject notified = fieldOf(report, QStringLiteral("affected_notified"));
        QCOMPARE(notified.value(QStringLiteral("agreement")).toString(), QStringLiteral("missing"));
        QCOMPARE(
            notified.value(QStringLiteral("values")).toArray(), (QJsonArray { QJsonValue(), QStringLiteral("yes") }));
        QCOMPARE(notified.value(QStringLiteral("difference")).toString(), QStringLiteral("stated only in B"));

        const QJsonObject exposed = fieldOf(report, QStringLiteral("data_exposed"));
        QCOMPARE(exposed.value(QStringLiteral("common")).toArray(), (QJsonArray { QStringLiteral("names") }));
        QCOMPARE(exposed.value(QStringLiteral("only_in")).toObject().value(QStringLiteral("A")).toArray(),
            (QJsonArray { QStringLiteral("financial_data") }));
        QCOMPARE(exposed.value(QStringLiteral("only_in")).toObject().value(QStringLiteral("B")).toArray(),
            (QJsonArray { QStringLiteral("account_data"), QStringLiteral("loyalty_points"),
                QStringLiteral("postal_addresses") }));
        QCOMPARE(fieldOf(report, QStringLiteral("data_not_exposed")).value(QStringLiteral("agreement")).toString(),
            QStringLiteral("same"));
        QVERIFY(!fieldOf(report, QStringLiteral("cause")).contains(QStringLiteral("only_in")));

        // organization, date, start, end, duration, count, unit, data exposed, discovered by differ; affected_notified
        // is missing.
        QCOMPARE(report.value(QStringLiteral("disagreements")).toInt(), 10);
    }

    void comparesTheTimelinesWithTheirEvidence()
    {
        const Run run = cli({ QStringLiteral("compare"), QStringLiteral("--incidents"), ids(m_lumera, m_sternpunkte),
            QStringLiteral("--db"), m_db, QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject timeline = json(run).value(QStringLiteral("timeline")).toObject();
        // 31 and 40 minutes, five weeks apart: on one calendar the windows could not be told apart.
        QCOMPARE(timeline.value(QStringLiteral("scale")).toString(), QStringLiteral("elapsed"));
        const QJsonArray rows = timeline.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 2);
        const QJsonObject lumera = rows[0].toObject();
        QCOMPARE(lumera.value(QStringLiteral("id")).toInteger(), m_lumera);
        QCOMPARE(lumera.value(QStringLiteral("label")).toString(), QStringLiteral("Lumera Pay"));

        const QJsonObject start = pointOf(lumera, QStringLiteral("start"));
        QCOMPARE(start.value(QStringLiteral("time")).toString(), QStringLiteral("2026-01-15 10:49"));
        QCOMPARE(start.value(QStringLiteral("at")).toString(), QStringLiteral("2026-01-15T10:49:00Z"));
        QCOMPARE(start.value(QStringLiteral("precision")).toString(), QStringLiteral("minute"));
        QVERIFY(start.value(QStringLiteral("minutes_after_start")).isNull());
        QVERIFY(start.value(QStringLiteral("evidence")).toString().contains(QLatin1String("10:49 und 11:20")));
        // The evidence is a stored fact of the article.
        const qint64 factId = start.value(QStringLiteral("fact_id")).toInteger();
        QVERIFY(factId > 0);
        QCOMPARE(sql(QStringLiteral("SELECT document_id FROM facts WHERE id = %1").arg(factId)).toLongLong(),
            sql(QStringLiteral("SELECT document_id FROM incident_sources WHERE incident_id = %1").arg(m_lumera))
                .toLongLong());

        const QJsonObject discovery = pointOf(lumera, QStringLiteral("discovery"));
        QCOMPARE(discovery.value(QStringLiteral("time")).toString(), QStringLiteral("2026-01-15 11:02"));
        QCOMPARE(discovery.value(QStringLiteral("minutes_after_start")).toInt(), 13);
        QVERIFY(discovery.value(QStringLiteral("evidence")).toString().contains(QLatin1String("11:02")));
        QCOMPARE(pointOf(lumera, QStringLiteral("end")).value(QStringLiteral("minutes_after_start")).toInt(), 31);
        const QJsonObject disclosure = pointOf(lumera, QStringLiteral("disclosure"));
        QCOMPARE(disclosure.value(QStringLiteral("time")).toString(), QStringLiteral("2026-01-16"));
        QCOMPARE(disclosure.value(QStringLiteral("precision")).toString(), QStringLiteral("day"));
        QVERIFY(disclosure.value(QStringLiteral("fact_id")).isNull());

        const QJsonObject sternpunkte = rows[1].toObject();
        QCOMPARE(pointOf(sternpunkte, QStringLiteral("start")).value(QStringLiteral("time")).toString(),
            QStringLiteral("2025-12-09 16:05"));
        QCOMPARE(pointOf(sternpunkte, QStringLiteral("end")).value(QStringLiteral("minutes_after_start")).toInt(), 40);
    }

    void theTableReadsLikeTheCompareWindow()
    {
        // Given in the other order, the letters follow it: A is now the loyalty programme.
        const Run run = cli({ QStringLiteral("compare"), QStringLiteral("--incidents"), ids(m_sternpunkte, m_lumera),
            QStringLiteral("--db"), m_db });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("A: incident %1, Sternpunkte (draft)").arg(m_sternpunkte)),
            qPrintable(run.out));
        QVERIFY2(
            run.out.contains(QStringLiteral("B: incident %1, Lumera Pay (draft)").arg(m_lumera)), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("3,200 vs 9,500 affected (\u22126,300); counted as logins vs users")),
            qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("stated only in A")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("Fields that differ or are missing: 10 of 15")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("Timeline (scale: time since each start)")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("(13 min after the start)")), qPrintable(run.out));

        // One line per field: the affected-count row holds the field, both values, the mark and the difference.
        const QStringList lines = run.out.split(QLatin1Char('\n'));
        const auto row = std::find_if(lines.cbegin(), lines.cend(),
            [](const QString &line) { return line.startsWith(QLatin1String("affected count")); });
        QVERIFY(row != lines.cend());
        const QStringList cells = row->simplified().split(QLatin1Char(' '));
        QCOMPARE(cells.mid(2, 3),
            (QStringList { QStringLiteral("3,200"), QStringLiteral("9,500"), QStringLiteral("different") }));
    }

    void comparesThreeRecords()
    {
        const QString three = QStringLiteral("%1,%2,%3,%1").arg(m_lumera).arg(m_sellheim).arg(m_sternpunkte);
        const Run run = cli({ QStringLiteral("compare"), QStringLiteral("--incidents"), three, QStringLiteral("--db"),
            m_db, QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject report = json(run);
        // The repeated id counts once.
        QCOMPARE(report.value(QStringLiteral("incidents")).toArray().size(), 3);
        QCOMPARE(report.value(QStringLiteral("timeline")).toObject().value(QStringLiteral("rows")).toArray().size(), 3);
        const QJsonObject affected = fieldOf(report, QStringLiteral("affected_count"));
        QCOMPARE(affected.value(QStringLiteral("values")).toArray(),
            (QJsonArray { QStringLiteral("9,500"), QStringLiteral("30,000"), QStringLiteral("3,200") }));
        QVERIFY2(affected.value(QStringLiteral("difference")).toString().contains(QLatin1String("range 26,800")),
            qPrintable(affected.value(QStringLiteral("difference")).toString()));
        QCOMPARE(fieldOf(report, QStringLiteral("data_exposed")).value(QStringLiteral("common")).toArray(),
            (QJsonArray { QStringLiteral("names") }));
    }

    void ranksSimilarIncidents()
    {
        const Run run = cli({ QStringLiteral("similar"), QString::number(m_lumera), QStringLiteral("--db"), m_db,
            QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject report = json(run);
        QCOMPARE(report.value(QStringLiteral("incident")).toObject().value(QStringLiteral("id")).toInteger(), m_lumera);
        const QJsonArray similar = report.value(QStringLiteral("similar")).toArray();
        // The six other records all share something (a date within a year at least); there is no blank storm record
        // among them.
        QCOMPARE(similar.size(), 6);
        const QJsonObject best = similar.first().toObject();
        QCOMPARE(best.value(QStringLiteral("rank")).toInt(), 1);
        QCOMPARE(best.value(QStringLiteral("id")).toInteger(), m_sternpunkte);
        QCOMPARE(best.value(QStringLiteral("name")).toString(), QStringLiteral("Sternpunkte"));
        const QStringList reasons = best.value(QStringLiteral("reasons")).toVariant().toStringList();
        QCOMPARE(reasons.mid(0, 3),
            (QStringList { QStringLiteral("same cause: software_error"),
                QStringLiteral("1 of 5 data categories in common"), QStringLiteral("37 days apart") }));
        // cause 0.25 + categories 0.25·1/5 + date 0.15/(1 + 37/30), plus the text signal (at most 0.15).
        const double withoutText = 0.25 + 0.25 * 1.0 / 5.0 + 0.15 / (1.0 + 37.0 / 30.0);
        const double score = best.value(QStringLiteral("score")).toDouble();
        QVERIFY2(score > withoutText && score <= withoutText + 0.15, qPrintable(QString::number(score)));
        double previous = 1.0;
        for (const QJsonValue candidate : similar) {
            const double value = candidate.toObject().value(QStringLiteral("score")).toDouble();
            QVERIFY(value <= previous && value >= 0.05);
            QVERIFY(candidate.toObject().value(QStringLiteral("id")).toInteger() != m_lumera);
            previous = value;
        }

        const Run limited = cli({ QStringLiteral("similar"), QString::number(m_lumera), QStringLiteral("--limit"),
            QStringLiteral("2"), QStringLiteral("--db"), m_db, QStringLiteral("--json") });
        QVERIFY2(limited.exitCode == 0, qPrintable(limited.err));
        const QJsonArray two = json(limited).value(QStringLiteral("similar")).toArray();
        QCOMPARE(two.size(), 2);
        QCOMPARE(two[0], similar[0]);
        QCOMPARE(two[1], similar[1]);

        const Run table = cli({ QStringLiteral("similar"), QString::number(m_lumera), QStringLiteral("--db"), m_db });
        QVERIFY2(table.exitCode == 0, qPrintable(table.err));
        QVERIFY2(table.out.contains(QStringLiteral("Incidents similar to incident %1 (Lumera Pay)").arg(m_lumera)),
            qPrintable(table.out));
        QVERIFY2(table.out.contains(
                     QLatin1String("same cause: software_error; 1 of 5 data categories in common; 37 days apart")),
            qPrintable(table.out));
        QVERIFY2(table.out.contains(QStringLiteral("%1  Sternpunkte").arg(QString::number(score, 'f', 3))),
            qPrintable(table.out));
    }

    void badRequestsAreExplained_data()
    {
        // %L stands for the Lumera Pay record's id, %D for the test store.
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString db = QStringLiteral("--db");
        const QString incidents = QStringLiteral("--incidents");
        const QString compare = QStringLiteral("compare");
        const QString similar = QStringLiteral("similar");
        QTest::newRow("unknown id") << QStringList { compare, incidents, QStringLiteral("%L,999999"), db,
            QStringLiteral("%D") } << 1
                                    << QStringLiteral("%D: there is no incident record with id 999999");
        QTest::newRow("one id") << QStringList { compare, incidents, QStringLiteral("%L"), db, QStringLiteral("%D") }
                                << 2 << QStringLiteral("--incidents needs at least two different incident ids");
        QTest::newRow("the same id twice") << QStringList { compare, incidents, QStringLiteral("%L,%L"), db,
            QStringLiteral("%D") } << 2 << QStringLiteral("--incidents needs at least two different incident ids");
        QTest::newRow("not a number") << QStringList { compare, incidents, QStringLiteral("%L,first"), db,
            QStringLiteral("%D") } << 2
                                      << QStringLiteral("incident ids separated by commas (1,4), not '%L,first'");
        QTest::newRow("two stores") << QStringList { compare, incidents, QStringLiteral("%L,2"), db,
            QStringLiteral("%D"), db, QStringLiteral("%D") }
                                    << 2 << QStringLiteral("give --db at most once");
        QTest::newRow("with --automatic") << QStringList { compare, incidents, QStringLiteral("%L,2"),
            QStringLiteral("--automatic"), db, QStringLiteral("%D") }
                                          << 2 << QStringLiteral("without --automatic");
        QTest::newRow("similar: unknown id") << QStringList { similar, QStringLiteral("999999"), db,
            QStringLiteral("%D") } << 1 << QStringLiteral("%D: there is no incident record with id 999999");
        QTest::newRow("similar: no id") << QStringList { similar, db, QStringLiteral("%D") } << 2
                                        << QStringLiteral("name one incident id");
        QTest::newRow("similar: two ids") << QStringList { similar, QStringLiteral("%L"), QStringLiteral("2"), db,
            QStringLiteral("%D") } << 2 << QStringLiteral("name one incident id");
        QTest::newRow("similar: not a number") << QStringList { similar, QStringLiteral("Lumera"), db,
            QStringLiteral("%D") } << 2 << QStringLiteral("'Lumera' is not an incident id");
        QTest::newRow("similar: limit 0") << QStringList {
            similar, QStringLiteral("%L"), QStringLiteral("--limit"), QStringLiteral("0"), db, QStringLiteral("%D")
        } << 2 << QStringLiteral("--limit must be a whole number of at least 1, not '0'");
    }

    void badRequestsAreExplained()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const auto fill = [this](QString text) {
            return text.replace(QLatin1String("%L"), QString::number(m_lumera)).replace(QLatin1String("%D"), m_db);
        };
        for (QString &argument : arguments) {
            argument = fill(argument);
        }
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(fill(message)), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        // Nothing was written.
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM incidents")).toInt(), 7);
    }

    void aMissingStoreIsNotCreated()
    {
        const QString missing = m_dir.filePath(QStringLiteral("typo.sqlite"));
        for (const QStringList &arguments : { QStringList { QStringLiteral("compare"), QStringLiteral("--incidents"),
                                                  QStringLiteral("1,2"), QStringLiteral("--db"), missing },
                 QStringList { QStringLiteral("similar"), QStringLiteral("1"), QStringLiteral("--db"), missing } }) {
            const Run run = cli(arguments);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(missing), qPrintable(run.err));
            QVERIFY(!QFile::exists(missing));
        }
    }
};

QTEST_GUILESS_MAIN(TestIncidentCompare)
#include "tst_incidentcompare.moc"
