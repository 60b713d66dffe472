// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "programrun.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/// `incident-cli compare` on two stores made by incident-cli itself, one of them changed by a second analyst.
class TestCompare : public QObject
{
    Q_OBJECT

private:
    using Run = IwbTest::ProgramRun;

    QTemporaryDir m_dir;
    QString m_a;
    QString m_b;
    int m_factCount = 0; ///< facts in A (none rejected)
    int m_recordCount = 0;

    static Run cli(const QStringList &arguments) { return IwbTest::runCli(arguments); }

    static QJsonObject json(const Run &run) { return QJsonDocument::fromJson(run.out.toUtf8()).object(); }

    /// Runs @p statements on the database at @p path; returns the first column of the last one's first row.
    static QVariant sql(const QString &path, const QStringList &statements)
    {
        QVariant result;
        {
            QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
            database.setDatabaseName(path);
            if (!database.open()) {
                qFatal("cannot open the test database");
            }
            QSqlQuery query(database);
            for (const QString &statement : statements) {
                if (!query.exec(statement)) {
                    qFatal("SQL failed: %s", qPrintable(statement));
                }
            }
            if (query.isSelect() && query.next()) {
                result = query.value(0);
            }
            query.finish();
            database.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("edit"));
        return result;
    }

    static double number(const QJsonObject &object, const QString &path)
    {
        QJsonValue value = object;
        for (const QString &key : path.split(QLatin1Char('.'))) {
            value = value.toObject().value(key);
        }
        return value.toDouble(-1.0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_a = m_dir.filePath(QStringLiteral("a.sqlite"));
        m_b = m_dir.filePath(QStringLiteral("b.sqlite"));
        const QString samples = QStringLiteral(IWB_SOURCE_DIR "/resources/samples");
        for (const QString &db : { m_a, m_b }) {
            const Run extract = cli({ QStringLiteral("extract"), samples, QStringLiteral("--db"), db });
            QVERIFY2(extract.exitCode == 0, qPrintable(extract.err));
        }
        m_factCount = sql(m_a, { QStringLiteral("SELECT count(*) FROM facts WHERE status <> 'rejected'") }).toInt();
        m_recordCount = sql(m_a, { QStringLiteral("SELECT count(*) FROM incidents") }).toInt();
        QVERIFY(m_factCount > 20);
        // One draft record per article about an incident: the storm article gets none.
        QCOMPARE(m_recordCount, 7);
    }

    void identicalStoresAgreeFully()
    {
        const Run run = cli({ QStringLiteral("compare"), QStringLiteral("--db"), m_a, QStringLiteral("--db"), m_b,
            QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject report = json(run);
        QCOMPARE(report.value(QStringLiteral("matched_documents")).toInt(), 8);
        QCOMPARE(number(report, QStringLiteral("micro.reference")), double(m_factCount));
        QCOMPARE(number(report, QStringLiteral("micro.exact.matched")), double(m_factCount));
        QCOMPARE(number(report, QStringLiteral("micro.exact.f1")), 1.0);
        QCOMPARE(number(report, QStringLiteral("token_kappa.kappa")), 1.0);
        QCOMPARE(number(report, QStringLiteral("token_kappa.observed")), 1.0);
        QCOMPARE(report.value(QStringLiteral("disagreements")).toArray().size(), 0);
        QCOMPARE(report.value(QStringLiteral("record_differences")).toArray().size(), 0);
        QCOMPARE(number(report, QStringLiteral("record_overall.observed")), 1.0);
        QCOMPARE(number(report, QStringLiteral("record_overall.units")), 6.0 * m_recordCount);
    }

    void aChangedStoreShowsItsDisagreements()
    {
        // The second analyst retypes the first fact of one article and deletes the last fact of another,
        // and gives the first record another cause.
        const QString retype = QStringLiteral(
            "UPDATE facts SET type = 'remediation' WHERE id = (SELECT min(id) FROM facts WHERE type <> 'remediation' "
            "AND document_id = (SELECT min(document_id) FROM facts))");
        const QString remove
            = QStringLiteral("DELETE FROM facts WHERE id = (SELECT max(id) FROM facts WHERE document_id = "
                             "(SELECT max(document_id) FROM facts))");
        const QString cause
            = QStringLiteral("UPDATE incidents SET cause = CASE WHEN cause = 'insider_misuse' THEN 'unknown' "
                             "ELSE 'insider_misuse' END WHERE id = (SELECT min(id) FROM incidents)");
        QVERIFY(sql(m_b, { QStringLiteral("SELECT count(DISTINCT document_id) FROM facts") }).toInt() >= 2);
        sql(m_b, { retype, remove, cause });

        const int n = m_factCount;
        const Run run = cli({ QStringLiteral("compare"), QStringLiteral("--db"), m_a, QStringLiteral("--db"), m_b,
            QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject report = json(run);
        QCOMPARE(number(report, QStringLiteral("micro.reference")), double(n));
        QCOMPARE(number(report, QStringLiteral("micro.other")), double(n - 1));
        QCOMPARE(number(report, QStringLiteral("micro.exact.matched")), double(n - 2));
        QCOMPARE(number(report, QStringLiteral("micro.lenient.matched")), double(n - 2));
        QVERIFY(qFuzzyCompare(number(report, QStringLiteral("micro.exact.precision")), double(n - 2) / (n - 1)));
        QVERIFY(qFuzzyCompare(number(report, QStringLiteral("micro.exact.recall")), double(n - 2) / n));
        QVERIFY(qFuzzyCompare(number(report, QStringLiteral("micro.exact.f1")), 2.0 * (n - 2) / (2 * n - 1)));

        const QJsonArray disagreements = report.value(QStringLiteral("disagreements")).toArray();
        QCOMPARE(disagreements.size(), 2);
        QStringList kinds;
        for (const QJsonValue item : disagreements) {
            kinds.append(item.toObject().value(QStringLiteral("kind")).toString());
        }
        kinds.sort();
        QCOMPARE(kinds, (QStringList { QStringLiteral("only_in_reference"), QStringLiteral("type_differs") }));
        for (const QJsonValue item : disagreements) {
            const QJsonObject object = item.toObject();
            if (object.value(QStringLiteral("kind")).toString() == QLatin1String("type_differs")) {
                QCOMPARE(object.value(QStringLiteral("other")).toObject().value(QStringLiteral("type")).toString(),
                    QStringLiteral("remediation"));
                QCOMPARE(object.value(QStringLiteral("other")).toObject().value(QStringLiteral("text")),
                    object.value(QStringLiteral("reference")).toObject().value(QStringLiteral("text")));
            } else {
                QVERIFY(object.value(QStringLiteral("other")).isNull());
                QVERIFY(!object.value(QStringLiteral("reference"))
                        .toObject()
                        .value(QStringLiteral("text"))
                        .toString()
                        .isEmpty());
            }
        }

        // One of the records' causes differs: p_o = (n − 1)/n for cause, every other field agrees.
        const QJsonArray fields = report.value(QStringLiteral("record_fields")).toArray();
        QCOMPARE(fields.size(), 6);
        for (const QJsonValue field : fields) {
            const QJsonObject object = field.toObject();
            const double observed = object.value(QStringLiteral("observed")).toDouble();
            if (object.value(QStringLiteral("field")).toString() == QLatin1String("cause")) {
                QVERIFY(qFuzzyCompare(observed, double(m_recordCount - 1) / m_recordCount));
                QVERIFY(object.value(QStringLiteral("kappa")).toDouble() < 1.0);
            } else {
                QCOMPARE(observed, 1.0);
            }
        }
        const QJsonArray differences = report.value(QStringLiteral("record_differences")).toArray();
        QCOMPARE(differences.size(), 1);
        QCOMPARE(differences.at(0).toObject().value(QStringLiteral("field")).toString(), QStringLiteral("cause"));

        // The readable form prints the same figures.
        const Run text = cli({ QStringLiteral("compare"), QStringLiteral("--db"), m_a, QStringLiteral("--db"), m_b });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QLatin1String("Matched documents: 8")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QLatin1String("Disagreements: 2")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QLatin1String("Record differences: 1")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QLatin1String("| type differs | ")), qPrintable(text.out));
        const QString microLine
            = text.out.split(QLatin1Char('\n')).filter(QRegularExpression(QStringLiteral("^micro "))).value(0);
        QVERIFY2(microLine.contains(QString::number(2.0 * (n - 2) / (2 * n - 1), 'f', 3)), qPrintable(microLine));
        QVERIFY2(microLine.contains(QString::number(double(n - 2) / n, 'f', 3)), qPrintable(microLine));
    }

    void automaticAgainstCurated()
    {
        // A holds nothing but extraction's suggestions: the rules agree with them completely.
        const Run same = cli({ QStringLiteral("compare"), QStringLiteral("--db"), m_a, QStringLiteral("--automatic"),
            QStringLiteral("--json") });
        QVERIFY2(same.exitCode == 0, qPrintable(same.err));
        QCOMPARE(number(json(same), QStringLiteral("micro.exact.f1")), 1.0);
        QCOMPARE(json(same).value(QStringLiteral("reference")).toString(), QStringLiteral("curated"));

        // B is curated: one fact retyped, one deleted. The curated facts are the reference.
        const Run run = cli({ QStringLiteral("compare"), QStringLiteral("--db"), m_b, QStringLiteral("--automatic"),
            QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject report = json(run);
        const int n = m_factCount;
        QCOMPARE(number(report, QStringLiteral("micro.reference")), double(n - 1));
        QCOMPARE(number(report, QStringLiteral("micro.other")), double(n));
        QCOMPARE(number(report, QStringLiteral("micro.exact.matched")), double(n - 2));
        QCOMPARE(report.value(QStringLiteral("disagreements")).toArray().size(), 2);
        QCOMPARE(report.value(QStringLiteral("record_differences")).toArray().size(), 1);
    }

    void badDatabasesAreRefusedUntouched()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
        const Run absent
            = cli({ QStringLiteral("compare"), QStringLiteral("--db"), m_a, QStringLiteral("--db"), missing });
        QCOMPARE(absent.exitCode, 1);
        QVERIFY2(absent.err.contains(missing + QStringLiteral(": no such file")), qPrintable(absent.err));
        QVERIFY(!QFileInfo::exists(missing));

        const QString text = m_dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("Notizen, keine Datenbank. ").repeated(50));
        file.close();
        const Run notStore
            = cli({ QStringLiteral("compare"), QStringLiteral("--db"), text, QStringLiteral("--db"), m_a });
        QCOMPARE(notStore.exitCode, 1);
        QVERIFY2(notStore.err.contains(text + QStringLiteral(": is not an Incident Workbench database")),
            qPrintable(notStore.err));
        QCOMPARE(QFileInfo(text).size(), qint64(1300));

        const Run one = cli({ QStringLiteral("compare"), QStringLiteral("--db"), m_a });
        QCOMPARE(one.exitCode, 2);
        QVERIFY2(one.err.contains(QLatin1String("give two databases")), qPrintable(one.err));
    }
};

QTEST_GUILESS_MAIN(TestCompare)
#include "tst_compare.moc"
