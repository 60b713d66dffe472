// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "programrun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

/// incident-cli export and import as a user runs them, with the outputs read back by Python's csv and json modules
/// and the VERIS output validated against the VERIS JSON Schema (python3-jsonschema).
class TestExchangeCli : public QObject
{
    Q_OBJECT

private:
    using Run = IwbTest::ProgramRun;

    QTemporaryDir m_dir;
    QString m_python;
    QString m_db;
    const QString m_samples = QStringLiteral(IWB_SOURCE_DIR "/resources/samples");
    const QString m_schema = QStringLiteral(IWB_SOURCE_DIR "/../shared/formats/veris/verisc-merged.json");

    static Run run(const QString &program, const QStringList &arguments)
    {
        return IwbTest::runProgram(program, arguments);
    }
    static Run cli(const QStringList &arguments) { return run(QStringLiteral(IWB_CLI), arguments); }

    /// Runs a Python snippet that prints one JSON value, and returns it.
    /// Python that validates the VERIS file argv[2] against the schema argv[1] into `incidents` and `errors`
    /// (or prints "no jsonschema" and ends); the caller's code follows it.
    static QString verisValidation()
    {
        return QStringLiteral("import json, sys\n"
                              "try:\n"
                              "    import jsonschema\n"
                              "except ImportError:\n"
                              "    print(json.dumps('no jsonschema')); sys.exit(0)\n"
                              "validator = jsonschema.Draft4Validator(json.load(open(sys.argv[1], encoding='utf-8')))\n"
                              "incidents = json.load(open(sys.argv[2], encoding='utf-8'))\n"
                              "errors = [f\"{i}: {e.message}\" for i, incident in enumerate(incidents) for e in "
                              "validator.iter_errors(incident)]\n");
    }

    QJsonValue python(const QString &code, const QStringList &arguments)
    {
        const Run result = run(m_python, QStringList { QStringLiteral("-c"), code } + arguments);
        if (result.exitCode != 0) {
            qWarning().noquote() << result.err;
            return QJsonValue(QJsonValue::Undefined);
        }
        return QJsonDocument::fromJson(QByteArray("[") + result.out.toUtf8() + QByteArray("]")).array().first();
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QByteArray readAll(const QString &file)
    {
        QFile in(file);
        return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (m_python.isEmpty()) {
            QSKIP("python3 is not installed; the exports cannot be read back with independent parsers");
        }
        // The samples with their extracted facts and draft records: seven, the storm article states no incident.
        m_db = path(QStringLiteral("samples.sqlite"));
        const Run extract = cli({ QStringLiteral("extract"), m_samples, QStringLiteral("--db"), m_db });
        QVERIFY2(extract.exitCode == 0, qPrintable(extract.err));
    }

    void recordsCsvReadsBackWithPythonCsv()
    {
        const QString out = path(QStringLiteral("records.csv"));
        const Run exported = cli({ QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
            QStringLiteral("--out"), out, QStringLiteral("--db"), m_db });
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY2(exported.out.contains(QLatin1String("exported 7 incident records")), qPrintable(exported.out));
        const QJsonValue rows = python(
            QStringLiteral("import csv, json, sys\n"
                           "rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8', newline='')))\n"
                           "print(json.dumps([len(rows), [r for r in rows if r['organization'] == 'Lumera Pay']]))\n"),
            { out });
        QCOMPARE(rows[0].toInt(), 7);
        const QJsonObject lumera = rows[1][0].toObject();
        QCOMPARE(lumera.value(QStringLiteral("affected_count")).toString(), QStringLiteral("9500"));
        QCOMPARE(lumera.value(QStringLiteral("duration_minutes")).toString(), QStringLiteral("31"));
        QCOMPARE(lumera.value(QStringLiteral("data_exposed")).toString(), QStringLiteral("financial_data|names"));
        QCOMPARE(lumera.value(QStringLiteral("authority_notified")).toString(), QStringLiteral("true"));
        QCOMPARE(lumera.value(QStringLiteral("affected_notified")).toString(), QString());
        QVERIFY(lumera.value(QStringLiteral("source_titles")).toString().contains(QStringLiteral("„Zahlfalke“")));

        // Filtered: only the attacks.
        const QString attacks = path(QStringLiteral("attacks.csv"));
        const Run filtered = cli(
            { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--filter"),
                QStringLiteral("cause=attack"), QStringLiteral("--out"), attacks, QStringLiteral("--db"), m_db });
        QVERIFY2(filtered.exitCode == 0, qPrintable(filtered.err));
        const QJsonValue causes
            = python(QStringLiteral("import csv, json, sys\n"
                                    "print(json.dumps(sorted({r['cause'] for r in csv.DictReader(open(sys.argv[1], "
                                    "encoding='utf-8', newline=''))})))\n"),
                { attacks });
        QCOMPARE(causes.toArray(), (QJsonArray { QStringLiteral("attack") }));
    }

    void untrustedTextIsQuotedAndNeutralized()
    {
        // Notes with a formula, a newline, quotes and umlauts, brought in through a store snapshot.
        const QString snapshot = path(QStringLiteral("samples.json"));
        QCOMPARE(cli({ QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                         QStringLiteral("--out"), snapshot, QStringLiteral("--db"), m_db })
                     .exitCode,
            0);
        const QString edited = path(QStringLiteral("edited.json"));
        const QJsonValue written = python(
            QStringLiteral(
                "import json, sys\n"
                "data = json.load(open(sys.argv[1], encoding='utf-8'))\n"
                "data['incidents'][0]['notes'] = '=HYPERLINK(\"http://evil.example\")\\nzweite Zeile: „Größe“ prüfen'\n"
                "data['incidents'][1]['notes'] = '@Prüfung; -5'\n"
                "json.dump(data, open(sys.argv[2], 'w', encoding='utf-8'), ensure_ascii=False)\n"
                "print('true')\n"),
            { snapshot, edited });
        QVERIFY(written.toBool());
        const QString db = path(QStringLiteral("edited.sqlite"));
        const Run imported = cli({ QStringLiteral("import"), edited, QStringLiteral("--db"), db });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(QLatin1String("7 incident records")), qPrintable(imported.out));

        const QString german = path(QStringLiteral("german.csv"));
        const Run exported = cli({ QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
            QStringLiteral("--delimiter"), QStringLiteral(";"), QStringLiteral("--bom"), QStringLiteral("--out"),
            german, QStringLiteral("--db"), db });
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(readAll(german).startsWith("\xEF\xBB\xBF"
                                           "id;organization;incident_date;"));
        const QJsonValue notes = python(
            QStringLiteral(
                "import csv, json, sys\n"
                "rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8-sig', newline=''), delimiter=';'))\n"
                "print(json.dumps([list(rows[0].keys())[0], rows[0]['notes'], rows[1]['notes'], len(rows)], "
                "ensure_ascii=False))\n"),
            { german });
        QCOMPARE(notes[0].toString(), QStringLiteral("id"));
        QCOMPARE(
            notes[1].toString(), QStringLiteral("'=HYPERLINK(\"http://evil.example\")\nzweite Zeile: „Größe“ prüfen"));
        QCOMPARE(notes[2].toString(), QStringLiteral("'@Prüfung; -5"));
        QCOMPARE(notes[3].toInt(), 7);
    }

    void factsCsvUsesCodePoints()
    {
        const QString out = path(QStringLiteral("facts.tsv"));
        const Run exported = cli({ QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
            QStringLiteral("--facts"), QStringLiteral("--delimiter"), QStringLiteral("tab"), QStringLiteral("--ids"),
            QStringLiteral("1"), QStringLiteral("--out"), out, QStringLiteral("--db"), m_db });
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        // Every fact's text is the article's text at [start, end) in code points (Python's str indexing).
        const QString article = m_samples + QStringLiteral("/de-app-update-fremde-daten.txt");
        const QJsonValue check = python(
            QStringLiteral(
                "import csv, json, sys\n"
                "rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8', newline=''), delimiter='\\t'))\n"
                "text = open(sys.argv[2], encoding='utf-8').read().replace('\\r\\n', '\\n')\n"
                "bad = [r for r in rows if r['text'].lstrip(\"'\") not in text]\n"
                "docs = sorted({r['document_id'] for r in rows})\n"
                "print(json.dumps([len(rows), len(bad), docs, rows[0]['type'], rows[0]['start']]))\n"),
            { out, article });
        QVERIFY2(check[0].toInt() > 10, qPrintable(QString::number(check[0].toInt())));
        QCOMPARE(check[1].toInt(), 0);
        QCOMPARE(check[2].toArray(), (QJsonArray { QStringLiteral("1") }));
    }

    void verisValidatesAgainstTheSchema()
    {
        const QString out = path(QStringLiteral("veris.json"));
        const Run exported = cli({ QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("veris"),
            QStringLiteral("--out"), out, QStringLiteral("--db"), m_db });
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const QJsonValue result = python(verisValidation()
                + QStringLiteral(
                    "lumera = [i for i in incidents if i['victim'].get('victim_id') == 'Lumera Pay'][0]\n"
                    "print(json.dumps([len(incidents), errors, lumera['attribute']['confidentiality']['data_total'],\n"
                    "                  lumera['action'], lumera['timeline']['incident'], "
                    "lumera['schema_version']]))\n"),
            { m_schema, out });
        if (result.toString() == QLatin1String("no jsonschema")) {
            QSKIP("python3-jsonschema is not installed");
        }
        QCOMPARE(result[0].toInt(), 7);
        QVERIFY2(result[1].toArray().isEmpty(), QJsonDocument(result[1].toArray()).toJson().constData());
        QCOMPARE(result[2].toInt(), 9500);
        QCOMPARE(result[3].toObject().keys(), QStringList { QStringLiteral("error") });
        QCOMPARE(result[4].toObject(),
            (QJsonObject { { QStringLiteral("year"), 2026 }, { QStringLiteral("month"), 1 },
                { QStringLiteral("day"), 15 }, { QStringLiteral("time"), QStringLiteral("10:49:00 AM") } }));
        QCOMPARE(result[5].toString(), QStringLiteral("1.4.0"));
    }

    void verisOfBreachRegisterEntriesValidates()
    {
        // The samples in a DPO's register, every incident marked, one entry with times, nature and counts.
        const QString db = path(QStringLiteral("veris-register.sqlite"));
        QFile::remove(db);
        QVERIFY(QFile::copy(m_db, db));
        const Run made = cli({ QStringLiteral("register"), QStringLiteral("new"), QStringLiteral("Lumera Pay GmbH"),
            QStringLiteral("--db"), db });
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        for (int incident = 1; incident <= 7; ++incident) {
            const Run marked = cli({ QStringLiteral("register"), QStringLiteral("mark"), QString::number(incident),
                QStringLiteral("--in-register"), QStringLiteral("1"), QStringLiteral("--db"), db });
            QVERIFY2(marked.exitCode == 0, qPrintable(marked.err));
        }
        const Run set = cli({ QStringLiteral("register"), QStringLiteral("set"), QStringLiteral("1"),
            QStringLiteral("occurred_start=2026-01-15 10:00"), QStringLiteral("discovered=2026-01-15 10:31"),
            QStringLiteral("occurred_end=2026-01-16 09:00"), QStringLiteral("ongoing=no"),
            QStringLiteral("nature=confidentiality,integrity,availability"),
            QStringLiteral("data_categories=contact,bank_payment"), QStringLiteral("special_categories=health"),
            QStringLiteral("records_count=9500"), QStringLiteral("subject_categories=customers,children"),
            QStringLiteral("--db"), db });
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        const QString out = path(QStringLiteral("veris-register.json"));
        const Run exported = cli({ QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("veris"),
            QStringLiteral("--out"), out, QStringLiteral("--db"), db });
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const QJsonValue result = python(verisValidation()
                + QStringLiteral(
                    "first = incidents[0]\n"
                    "print(json.dumps([len(incidents), errors, first['timeline'], first['attribute']]))\n"),
            { m_schema, out });
        if (result.toString() == QLatin1String("no jsonschema")) {
            QSKIP("python3-jsonschema is not installed");
        }
        QCOMPARE(result[0].toInt(), 7);
        QVERIFY2(result[1].toArray().isEmpty(), QJsonDocument(result[1].toArray()).toJson().constData());
        const QJsonObject timeline = result[2].toObject();
        QCOMPARE(timeline.value(QStringLiteral("discovery")).toObject(),
            (QJsonObject { { QStringLiteral("unit"), QStringLiteral("Minutes") }, { QStringLiteral("value"), 31 } }));
        QCOMPARE(timeline.value(QStringLiteral("containment")).toObject(),
            (QJsonObject { { QStringLiteral("unit"), QStringLiteral("Hours") }, { QStringLiteral("value"), 22 } }));
        const QJsonObject attribute = result[3].toObject();
        QCOMPARE(attribute.keys(),
            (QStringList {
                QStringLiteral("availability"), QStringLiteral("confidentiality"), QStringLiteral("integrity") }));
        QCOMPARE(attribute.value(QStringLiteral("confidentiality"))[QStringLiteral("data_total")].toInt(), 9500);
        QCOMPARE(attribute.value(QStringLiteral("confidentiality"))[QStringLiteral("data_victim")].toArray(),
            (QJsonArray { QStringLiteral("Customer"), QStringLiteral("Other") }));
    }

    void snapshotRoundTripThroughTheCli()
    {
        const QString first = path(QStringLiteral("first.json"));
        QCOMPARE(cli({ QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                         QStringLiteral("--out"), first, QStringLiteral("--db"), m_db })
                     .exitCode,
            0);
        const QString db = path(QStringLiteral("restored.sqlite"));
        const Run imported = cli({ QStringLiteral("import"), first, QStringLiteral("--db"), db });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QString second = path(QStringLiteral("second.json"));
        QCOMPARE(cli({ QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                         QStringLiteral("--out"), second, QStringLiteral("--db"), db })
                     .exitCode,
            0);
        QCOMPARE(readAll(second), readAll(first));
        const QJsonValue counts = python(QStringLiteral("import json, sys\n"
                                                        "data = json.load(open(sys.argv[1], encoding='utf-8'))\n"
                                                        "print(json.dumps([data['format'], len(data['documents']), "
                                                        "len(data['incidents']), len(data['history']) > 0]))\n"),
            { second });
        QCOMPARE(counts, QJsonValue(QJsonArray { QStringLiteral("incident-workbench-snapshot"), 8, 7, true }));

        // A second import into the now filled store is refused, naming the file and the reason.
        const Run again = cli({ QStringLiteral("import"), first, QStringLiteral("--db"), db });
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(first) && again.err.contains(QLatin1String("is not empty")), qPrintable(again.err));
        QCOMPARE(readAll(second), readAll(first));
    }

    void badUsageIsExplained_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no format") << QStringList { QStringLiteral("--out"), QStringLiteral("x.csv") }
                                   << QStringLiteral("--format must be");
        QTest::newRow("no out") << QStringList { QStringLiteral("--format"), QStringLiteral("csv") }
                                << QStringLiteral("--out FILE");
        QTest::newRow("bad filter") << QStringList { QStringLiteral("--format"), QStringLiteral("csv"),
            QStringLiteral("--filter"), QStringLiteral("colour=red"), QStringLiteral("--out"), QStringLiteral("x.csv") }
                                    << QStringLiteral("KEY one of");
        QTest::newRow("bad delimiter") << QStringList { QStringLiteral("--format"), QStringLiteral("csv"),
            QStringLiteral("--delimiter"), QStringLiteral("|"), QStringLiteral("--out"), QStringLiteral("x.csv") }
                                       << QStringLiteral("--delimiter must be");
        QTest::newRow("json with a filter") << QStringList { QStringLiteral("--format"), QStringLiteral("json"),
            QStringLiteral("--ids"), QStringLiteral("1"), QStringLiteral("--out"), QStringLiteral("x.json") }
                                            << QStringLiteral("whole store");
    }

    void badUsageIsExplained()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run result
            = cli(QStringList { QStringLiteral("export") } + arguments + QStringList { QStringLiteral("--db"), m_db });
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestExchangeCli)
#include "tst_exchange.moc"
