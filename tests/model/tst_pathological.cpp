// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// Inputs at the edges (issue "Robustness you can prove", docs/reliability.md): one table per entry
// point of untrusted input — files to import, text to extract from, JSON snapshots, rule packs —
// with the pathological inputs the issue lists and what each must give: a clear message naming the
// reason, or the correct result. Nothing here measures time: the large inputs are large enough that
// quadratic work would run past the test's time-out, and linear work takes seconds.

#include "document/document.h"
#include "document/documentimporter.h"
#include "exchange/storesnapshot.h"
#include "extraction/extractionengine.h"
#include "incident/fact.h"
#include "incident/incidentrecord.h"
#include "storage/incidentstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Iwb;

namespace {

constexpr qint64 MiB = qint64(1024) * 1024;

/// An input made of a head, a unit repeated, and a tail: a 100 MB file is described, not held in the
/// test's table.
struct Repeated
{
    QByteArray head;
    QByteArray unit;
    qint64 count = 0;
    QByteArray tail;

    qint64 size() const { return head.size() + unit.size() * count + tail.size(); }
    QByteArray bytes() const { return head + unit.repeated(count) + tail; }
};

/// Writes @p input to @p path a megabyte at a time.
bool writeRepeated(const QString &path, const Repeated &input)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(input.head) != input.head.size()) {
        return false;
    }
    const qint64 perChunk = input.unit.isEmpty() ? 0 : std::max<qint64>(1, MiB / input.unit.size());
    const QByteArray chunk = input.unit.repeated(std::min(perChunk, input.count));
    qint64 left = input.count;
    while (left > 0) {
        const qint64 units = std::min(perChunk, left);
        const QByteArray part = units == perChunk ? chunk : input.unit.repeated(units);
        if (file.write(part) != part.size()) {
            return false;
        }
        left -= units;
    }
    return file.write(input.tail) == input.tail.size();
}

/// The value of a fact in compact JSON ("2020-02-29", {"count":1200,"unit":"customers"}).
QString valueText(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QByteArray nested(const QByteArray &open, qint64 depth, const QByteArray &inner, const QByteArray &close = {})
{
    return open.repeated(depth) + inner + close.repeated(depth);
}

} // namespace

Q_DECLARE_METATYPE(Repeated)
Q_DECLARE_METATYPE(Iwb::FactType)

class TestPathological : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    ExtractionEngine m_engine;
    int m_files = 0;

    QString freshPath(const QString &suffix)
    {
        return m_folder.filePath(QStringLiteral("input-%1.%2").arg(++m_files).arg(suffix));
    }

    /// A store with one article, a fact in it and an incident told by it with that fact as evidence,
    /// written as a snapshot: the valid file the snapshot rows break.
    QJsonObject validSnapshot()
    {
        IncidentStore store;
        if (!store.open(freshPath(QStringLiteral("sqlite")))) {
            return {};
        }
        Document document;
        document.setTitle(QStringLiteral("Datenpanne"));
        document.setText(QStringLiteral("Die Stadtwerke Nordheim meldeten am 2. März 2026 eine Datenpanne."));
        document.setFormat(QStringLiteral("txt"));
        const auto added = store.addDocument(document);
        if (!added) {
            return {};
        }
        Fact fact;
        fact.type = FactType::Date;
        fact.start = document.text().indexOf(QStringLiteral("2. März 2026"));
        fact.end = fact.start + 12;
        fact.text = document.text().mid(fact.start, 12);
        fact.value = QStringLiteral("2026-03-02");
        QList<Fact> facts { fact };
        if (!store.saveFacts(added->id, facts)) {
            return {};
        }
        IncidentRecord record;
        record.organization = QStringLiteral("Stadtwerke Nordheim");
        record.incidentDate = QStringLiteral("2026-03-02");
        record.sourceDocumentIds = { added->id };
        record.evidence.insert(QStringLiteral("incident_date"), { facts.first().id });
        if (!store.saveIncident(record)) {
            return {};
        }
        const QString file = freshPath(QStringLiteral("json"));
        StoreSnapshot snapshot;
        if (!snapshot.writeFile(store, file)) {
            return {};
        }
        QFile in(file);
        return in.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(in.readAll()).object() : QJsonObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        QString error;
        QVERIFY2(m_engine.load(&error, QStringLiteral(IWB_SOURCE_DIR "/resources/rules")), qPrintable(error));
    }

    // --- files to import ---------------------------------------------------------------------------

    void importFile_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<Repeated>("input");
        QTest::addColumn<QString>("error"); // a part of the message; empty: imported
        QTest::addColumn<QString>("text"); // the imported text (when short enough to write here)
        QTest::addColumn<qint64>("length"); // the imported text's length; -1: text says it

        const auto row = [](const char *name, const char *suffix, const Repeated &input, const char *error,
                             const QString &text = {}, qint64 length = -1) {
            QTest::newRow(name) << QString::fromLatin1(suffix) << input << QString::fromUtf8(error) << text << length;
        };
        row("0 bytes", "txt", {}, "the file is empty");
        row("0 bytes, web page", "html", {}, "the file is empty");
        row("1 byte", "txt", { "a", {}, 0, {} }, "", QStringLiteral("a"));
        row("1 byte, a NUL", "txt", { QByteArray(1, '\0'), {}, 0, {} }, "it contains NUL bytes");
        row("1 byte, web page", "html", { "<", {}, 0, {} }, "", QStringLiteral("<"));
        // Over the import limit (DocumentImporter::defaultMaxBytes, 20 MB): refused by its size, unread.
        row("100 MB text", "txt", { {}, "Die Stadtwerke meldeten einen Vorfall.\n", 100 * MiB / 39, {} },
            "the file is 100.0 MB, over the import limit of 20 MB");
        row("100 MB web page", "html", { "<p>", "Die Stadtwerke meldeten einen Vorfall. ", 100 * MiB / 40, {} },
            "over the import limit of 20 MB");
        row("10 MB single line", "txt", { {}, "Kunden ", 1500000, "Ende" }, "", {}, 7 * 1500000 + 4);
        row("NUL bytes in text", "txt", { "Die Stadtwerke", QByteArray("\0\0", 2), 1, " meldeten." },
            "it looks like a binary file, not text (it contains NUL bytes)");
        row("NUL bytes in a web page", "html", { "<p>Die Stadtwerke", QByteArray("\0", 1), 1, "</p>" },
            "it looks like a binary file, not a web page (it contains NUL bytes)");
        row("invalid UTF-8: Latin-1 text", "txt",
            { "Gr\xfc\xdf"
              "e aus K\xf6ln: die Beh\xf6rde wurde \xfc"
              "ber die Panne informiert.",
                {}, 0, {} },
            "", QStringLiteral("Grüße aus Köln: die Behörde wurde über die Panne informiert."));
        // Mostly well-formed UTF-8 with a broken sequence is damaged UTF-8, not a legacy encoding: each
        // byte of the broken sequence becomes one U+FFFD (Qt's decoder, as the WHATWG decoder does for
        // bytes that cannot continue a sequence).
        row("invalid UTF-8: a cut sequence in a web page", "html",
            { "<p>Die Beh\xc3\xb6rde wurde \xc3\xbc"
              "ber die Datenpanne \xe2\x82 informiert.</p>",
                {}, 0, {} },
            "", QStringLiteral("Die Behörde wurde über die Datenpanne \uFFFD\uFFFD informiert."));
        row("UTF-16 web page with a lone surrogate", "html",
            { QByteArray("\xff\xfe<\0p\0>\0a\0\x00\xd8"
                         "b\0",
                  14),
                {}, 0, {} },
            "", QStringLiteral("a\uFFFDb"));
        row("UTF-16 with a lone high surrogate", "txt",
            { QByteArray("\xff\xfe"
                         "a\0\x00\xd8"
                         "b\0",
                  8),
                {}, 0, {} },
            "the text is not valid UTF-16");
        row("UTF-16 with a lone low surrogate", "txt", { QByteArray("\xfe\xff\0a\xdc\x00\0b", 8), {}, 0, {} },
            "the text is not valid UTF-16");
        row("UTF-16 with a surrogate pair", "txt",
            { QByteArray("\xff\xfe"
                         "a\0\x3d\xd8\x12\xde",
                  8),
                {}, 0, {} },
            "", QStringLiteral("a\U0001F612"));
        row("mixed line endings", "txt", { "eins\r\nzwei\rdrei\nvier\r\n\rf\xc3\xbcnf", {}, 0, {} }, "",
            QStringLiteral("eins\nzwei\ndrei\nvier\n\nfünf"));
        row("200,000 nested div elements", "html",
            { nested("<div>", 200000, "Die Beh\xc3\xb6rde wurde informiert.", "</div>"), {}, 0, {} }, "",
            QStringLiteral("Die Behörde wurde informiert."));
        row("200,000 nested unclosed inline elements", "html",
            { "<p>" + nested("<b>", 200000, "Die Beh\xc3\xb6rde wurde informiert."), {}, 0, {} }, "",
            QStringLiteral("Die Behörde wurde informiert."));
        row("200,000 nested tables", "html", { nested("<table><tr><td>", 200000, "Zelle"), {}, 0, {} }, "",
            QStringLiteral("Zelle"));
    }

    void importFile()
    {
        QFETCH(QString, suffix);
        QFETCH(Repeated, input);
        QFETCH(QString, error);
        QFETCH(QString, text);
        QFETCH(qint64, length);

        const QString path = freshPath(suffix);
        QVERIFY(writeRepeated(path, input));
        const ImportResult result = DocumentImporter().importFile(path);
        QFile::remove(path);
        if (!error.isEmpty()) {
            QVERIFY2(!result.isValid(), "imported, expected a refusal");
            // The message names the file, then the reason.
            QVERIFY2(result.error.startsWith(path + QLatin1String(": ")), qPrintable(result.error));
            QVERIFY2(result.error.contains(error), qPrintable(result.error));
            return;
        }
        QVERIFY2(result.isValid(), qPrintable(result.error));
        const QString &imported = result.document.text();
        if (length >= 0) {
            QCOMPARE(imported.size(), length);
            QVERIFY(!imported.contains(QLatin1Char('\n')));
        } else {
            QCOMPARE(imported, text);
        }
    }

    // --- text to extract from ----------------------------------------------------------------------

    void extract_data()
    {
        QTest::addColumn<Repeated>("input");
        QTest::addColumn<FactType>("type");
        QTest::addColumn<QString>("present"); // a part of one such fact's value; empty: none asked for
        QTest::addColumn<QString>("absent"); // a part no such fact's value may hold; empty: none
        QTest::addColumn<qint64>("atLeast"); // facts of that type at least

        const auto row = [](const char *name, const Repeated &input, FactType type, const char *present,
                             const char *absent, qint64 atLeast = 0) {
            QTest::newRow(name) << input << type << QString::fromUtf8(present) << QString::fromUtf8(absent) << atLeast;
        };
        row("10-digit number", { "Bei dem Vorfall waren 1234567890 Kunden betroffen.", {}, 0, {} }, FactType::Count,
            "\"count\":1234567890", "", 1);
        // More digits than any count (AmountParser reads 18 at most): no count, and no crash or stall.
        row("100,000-digit number", { "Es waren ", "9", 100000, " Kunden betroffen." }, FactType::Count, "",
            "99999999999999999999");
        row("31.02.2020", { "Am 31.02.2020 bemerkte die Firma den Angriff.", {}, 0, {} }, FactType::Date, "",
            "2020-02-31");
        row("29.02.2021", { "Am 29.02.2021 bemerkte die Firma den Angriff.", {}, 0, {} }, FactType::Date, "",
            "2021-02-29");
        row("29.02.2020 (a leap day)", { "Am 29.02.2020 bemerkte die Firma den Angriff.", {}, 0, {} }, FactType::Date,
            "2020-02-29", "", 1);
        row("year 99999", { "Am 1. Januar 99999 bemerkte die Firma den Angriff.", {}, 0, {} }, FactType::Date, "",
            "99999");
        row("10 MB single line", { "Die Datenpanne betraf ", "Kunden ", 1500000, "am 2. März 2026." }, FactType::Date,
            "2026-03-02", "", 1);
        row("NUL characters",
            { QByteArrayLiteral("Die Stadtwerke\0 meldeten am 2. M\xc3\xa4rz 2026 eine Datenpanne."), {}, 0, {} },
            FactType::Date, "2026-03-02", "", 1);
    }

    void extract()
    {
        QFETCH(Repeated, input);
        QFETCH(FactType, type);
        QFETCH(QString, present);
        QFETCH(QString, absent);
        QFETCH(qint64, atLeast);

        Document document;
        document.setText(QString::fromUtf8(input.bytes()));
        const ExtractionResult result = m_engine.extract(document, QStringLiteral("de"));
        const QString &text = document.text();
        qint64 ofType = 0;
        bool found = present.isEmpty();
        for (const Fact &fact : result.facts) {
            QVERIFY(fact.start >= 0 && fact.start < fact.end && fact.end <= text.size());
            QCOMPARE(fact.text, text.mid(fact.start, fact.end - fact.start));
            if (fact.type != type) {
                continue;
            }
            ++ofType;
            const QString value = valueText(fact.value);
            found = found || value.contains(present);
            QVERIFY2(absent.isEmpty() || !value.contains(absent), qPrintable(value));
        }
        QVERIFY2(found, qPrintable(present));
        QVERIFY(ofType >= atLeast);
    }

    void lotsOfFacts_data()
    {
        QTest::addColumn<qint64>("dates");
#ifndef IWB_SANITIZED
        QTest::newRow("1,000,000 dates") << qint64(1000000);
#endif
        QTest::newRow("100,000 dates") << qint64(100000);
    }

    void lotsOfFacts()
    {
        // One article that is one sentence about a data breach and then nothing but dates, each a fact in
        // the incident's context: extracted whole, each fact where it is.
        QFETCH(qint64, dates);
        Document document;
        document.setText(QStringLiteral("Die Datenpanne wurde am ") + QStringLiteral("2.3.2026, ").repeated(dates)
            + QStringLiteral("bemerkt."));
        const ExtractionResult result = m_engine.extract(document, QStringLiteral("de"));
        qint64 found = 0;
        for (const Fact &fact : std::as_const(result.facts)) {
            if (fact.type == FactType::Date) {
                QCOMPARE(fact.value.toString(), QStringLiteral("2026-03-02"));
                ++found;
            }
        }
        QCOMPARE(found, dates);
    }

    // --- JSON snapshots ----------------------------------------------------------------------------

    void snapshot_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("error"); // a part of the message; empty: restored

        const auto row = [](const char *name, const char *error) {
            QTest::newRow(name) << QString::fromLatin1(name) << QString::fromUtf8(error);
        };
        row("valid", "");
        row("documents is an object", "\"documents\" is missing or not an array");
        row("a document id is text", "documents[0]: 'id' is not an integer of at least 1");
        row("a fact's start is a string", "facts[0]: 'start' is not an integer");
        row("a fact's type is a number", "facts[0]: 'type' is not a string");
        row("an incident's affected count is a fraction", "incidents[0]: 'affected_count' is not an integer");
        row("two documents with one id", "documents[1]: 'id' 1 appears twice");
        row("a fact of a document not in the file", "facts[0]: 'document_id' names document 99");
        row("an incident told by a document not in the file",
            "incidents[0]: 'sources' names a document the file does not hold");
        row("evidence that is not a fact", "incidents[0]: 'evidence' names a fact the file does not hold");
        row("a string over the limit", "is longer than the snapshot limit of 40 bytes; nothing was imported");
    }

    void snapshot()
    {
        QFETCH(QString, change);
        QFETCH(QString, error);

        QJsonObject root = validSnapshot();
        QVERIFY(!root.isEmpty());
        QJsonArray documents = root.value(QStringLiteral("documents")).toArray();
        QJsonArray facts = root.value(QStringLiteral("facts")).toArray();
        QJsonArray incidents = root.value(QStringLiteral("incidents")).toArray();
        QCOMPARE(documents.size(), 1);
        QCOMPARE(facts.size(), 1);
        QCOMPARE(incidents.size(), 1);
        const auto changed = [](QJsonArray &rows, const QString &key, const QJsonValue &value) {
            QJsonObject first = rows.first().toObject();
            first.insert(key, value);
            rows.replace(0, first);
        };
        StoreSnapshot snapshot;
        if (change == QLatin1String("documents is an object")) {
            root.insert(QStringLiteral("documents"), QJsonObject {});
        } else if (change == QLatin1String("a document id is text")) {
            changed(documents, QStringLiteral("id"), QStringLiteral("eins"));
        } else if (change == QLatin1String("a fact's start is a string")) {
            changed(facts, QStringLiteral("start"), QStringLiteral("37"));
        } else if (change == QLatin1String("a fact's type is a number")) {
            changed(facts, QStringLiteral("type"), 2);
        } else if (change == QLatin1String("an incident's affected count is a fraction")) {
            changed(incidents, QStringLiteral("affected_count"), 0.5);
        } else if (change == QLatin1String("two documents with one id")) {
            documents.append(documents.first());
        } else if (change == QLatin1String("a fact of a document not in the file")) {
            changed(facts, QStringLiteral("document_id"), 99);
        } else if (change == QLatin1String("an incident told by a document not in the file")) {
            changed(incidents, QStringLiteral("sources"), QJsonArray { 99 });
        } else if (change == QLatin1String("evidence that is not a fact")) {
            changed(incidents, QStringLiteral("evidence"),
                QJsonObject { { QStringLiteral("incident_date"), QJsonArray { 77 } } });
        } else if (change == QLatin1String("a string over the limit")) {
            snapshot.setLimits({ StoreSnapshot::Limits {}.fileBytes, 40 });
        }
        if (!root.value(QStringLiteral("documents")).isObject()) {
            root.insert(QStringLiteral("documents"), documents);
        }
        root.insert(QStringLiteral("facts"), facts);
        root.insert(QStringLiteral("incidents"), incidents);
        const QString file = freshPath(QStringLiteral("json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(out.write(QJsonDocument(root).toJson()) > 0);
        out.close();

        IncidentStore store;
        QVERIFY(store.open(freshPath(QStringLiteral("sqlite"))));
        const bool restored = snapshot.importFile(store, file);
        if (error.isEmpty()) {
            QVERIFY2(restored, qPrintable(snapshot.errorString()));
            QCOMPARE(store.documentCount(), 1);
            QCOMPARE(store.incidentCount(), 1);
            return;
        }
        QVERIFY2(!restored, "restored, expected a refusal");
        QVERIFY2(snapshot.errorString().startsWith(file + QLatin1String(": ")), qPrintable(snapshot.errorString()));
        QVERIFY2(snapshot.errorString().contains(error), qPrintable(snapshot.errorString()));
        QCOMPARE(store.documentCount(), 0);
        QCOMPARE(store.incidentCount(), 0);
    }

    void snapshotOf1GB()
    {
        // A file holding a 1 GB string is over the file limit (512 MiB): refused by its size before a byte
        // of it is read. The file is sparse, so the test costs no gigabyte of disk.
        const QString file = freshPath(QStringLiteral("json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(out.write("{\"format\":\"incident-workbench-snapshot\",\"documents\":[{\"text\":\"") > 0);
        QVERIFY(out.resize(1000 * 1000 * 1000 + 64));
        out.close();
        IncidentStore store;
        QVERIFY(store.open(freshPath(QStringLiteral("sqlite"))));
        StoreSnapshot snapshot;
        QVERIFY(!snapshot.importFile(store, file));
        QCOMPARE(snapshot.errorString(),
            file + QStringLiteral(": the file is 953.7 MB, over the snapshot limit of 512.0 MB; nothing was imported"));
        QCOMPARE(store.documentCount(), 0);
        QFile::remove(file);
    }

    // --- rule packs --------------------------------------------------------------------------------

    void rulePack_data()
    {
        QTest::addColumn<QString>("file"); // in the German pack
        QTest::addColumn<QByteArray>("added"); // lines added at its end; the file emptied when "-"
        QTest::addColumn<QString>("error"); // a part of the message; empty: the pack loads

        const auto row = [](const char *name, const char *file, const QByteArray &added, const char *error) {
            QTest::newRow(name) << QString::fromLatin1(file) << added << QString::fromUtf8(error);
        };
        // A list holds words, not patterns: regex syntax in an entry is matched as written.
        row("an entry with an invalid pattern", "negation-cues.tsv", "[Kunden(\tpre\n", "");
        row("an entry with a catastrophic pattern", "negation-cues.tsv", "(a+)+$\tpre\n(x|x|xx)*y\tpost\n", "");
        row("an entry with a value not allowed", "negation-cues.tsv", "nie und nimmer\tsometimes\n",
            "negation-cues.tsv:");
        row("an entry twice", "cause-cues.tsv", "Hackerangriff\tattack\nhackerangriff\tattack\n", "appears twice");
        row("an entry without a word", "conjunctions.tsv", "\tand\n", "the entry has no word before the tab");
        row("invalid UTF-8 and NUL", "abbreviations.tsv", QByteArray("Abs\xff.\nN\0r.\n", 11), "");
        row("the same separators for thousands and decimals", "norm-settings.tsv", "decimal_separator\t.\n",
            "norm-settings.tsv");
        row("a vocabulary emptied", "norm-months.tsv", "-", "norm-months.tsv: the file has no entries");
    }

    void rulePack()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, added);
        QFETCH(QString, error);

        // A copy of the built-in packs with one file changed.
        const QString root = m_folder.filePath(QStringLiteral("rules-%1").arg(++m_files));
        for (const QString &language : { QStringLiteral("de"), QStringLiteral("en") }) {
            const QDir source(QStringLiteral(IWB_SOURCE_DIR "/resources/rules/") + language);
            QVERIFY(QDir().mkpath(root + QLatin1Char('/') + language));
            for (const QString &name : source.entryList(QDir::Files)) {
                QVERIFY(
                    QFile::copy(source.filePath(name), root + QLatin1Char('/') + language + QLatin1Char('/') + name));
            }
        }
        const QString changed = root + QStringLiteral("/de/") + file;
        QFile target(changed);
        QVERIFY(target.open(added == "-" ? QIODevice::WriteOnly | QIODevice::Truncate : QIODevice::Append));
        if (added != "-") {
            QVERIFY(target.write("\n" + added) > 0);
        }
        target.close();

        ExtractionEngine engine;
        QString message;
        const bool loaded = engine.load(&message, root);
        if (!error.isEmpty()) {
            QVERIFY2(!loaded, "loaded, expected a refusal");
            QVERIFY2(message.startsWith(changed), qPrintable(message));
            QVERIFY2(message.contains(error), qPrintable(message));
            return;
        }
        QVERIFY2(loaded, qPrintable(message));
        // What backtracking would take forever on: the words match as written, in time linear in the text.
        Document document;
        document.setText(QStringLiteral("Die Stadtwerke meldeten am 2. März 2026 (a+)+$ eine Datenpanne. ")
            + QString(50000, QLatin1Char('a')) + QStringLiteral("! ") + QStringLiteral("x").repeated(50000));
        const ExtractionResult result = engine.extract(document, QStringLiteral("de"));
        bool dated = false;
        for (const Fact &fact : result.facts) {
            QCOMPARE(fact.text, document.text().mid(fact.start, fact.end - fact.start));
            dated = dated || (fact.type == FactType::Date && fact.value.toString() == QLatin1String("2026-03-02"));
        }
        QVERIFY(dated);
    }
};

QTEST_GUILESS_MAIN(TestPathological)
#include "tst_pathological.moc"
