// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "annotation/annotationcommands.h"
#include "annotation/annotationsession.h"
#include "annotation/factlistmodel.h"
#include "document/documentimporter.h"
#include "extraction/extractionengine.h"
#include "storage/incidentstore.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Iwb;

/**
 * The annotation core without a display: every edit's redo/undo (and merge),
 * save and reload, the recovery draft, re-extraction that keeps the analyst's
 * decisions, and record fields that follow their evidence.
 */
class TestAnnotationSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    IncidentStore m_store;
    ExtractionEngine m_engine;
    qint64 m_documentId = 0;

    /// A session on the test article with a fresh extraction applied and saved as the starting point.
    std::unique_ptr<AnnotationSession> freshSession()
    {
        auto session = std::make_unique<AnnotationSession>(m_store);
        if (!session->load(m_documentId)) {
            qFatal("cannot load the test article: %s", qPrintable(session->errorString()));
        }
        return session;
    }

    static qint64 firstKeyOfType(const AnnotationSession &session, FactType type)
    {
        for (const qint64 key : session.facts()->keys()) {
            if (session.facts()->fact(key).type == type) {
                return key;
            }
        }
        return 0;
    }

    static QList<qint64> keysOfType(const AnnotationSession &session, FactType type)
    {
        QList<qint64> keys;
        for (const qint64 key : session.facts()->keys()) {
            if (session.facts()->fact(key).type == type) {
                keys.append(key);
            }
        }
        return keys;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_store.open(m_dir.filePath(QStringLiteral("session.sqlite"))), qPrintable(m_store.errorString()));
        QString error;
        QVERIFY2(m_engine.load(&error), qPrintable(error));
        // Written for this test: an incident with a name, a date, times, a count and two data categories.
        const QString text = QStringLiteral(
            "Datenpanne: fremde Kundenkonten sichtbar\n\n"
            "Die Nordlicht Bank hat am 3. März 2026 eine Datenpanne gemeldet. Wegen eines Konfigurationsfehlers "
            "konnten Kunden zwischen 9:10 und 9:55 Uhr die Konten anderer Kunden sehen. Betroffen waren rund "
            "4.200 Kunden. Einsehbar waren Namen und IBAN-Nummern. Die Bank hat die Datenschutzbehörde informiert.\n");
        ImportResult imported = DocumentImporter().importText(text, QStringLiteral("txt"), QStringLiteral("test"));
        QVERIFY2(imported.isValid(), qPrintable(imported.error));
        const auto added = m_store.addDocument(imported.document);
        QVERIFY2(added, qPrintable(m_store.errorString()));
        m_documentId = added->id;

        AnnotationSession session(m_store);
        QVERIFY(session.load(m_documentId));
        QVERIFY(session.isUnannotated());
        session.applyExtraction(m_engine.extract(session.document()), QStringLiteral("Extract"));
        QVERIFY(session.facts()->factCount() >= 5);
        QCOMPARE(session.record().organization, QStringLiteral("Nordlicht Bank"));
        QVERIFY(session.save());
    }

    void modelPassesTheTester()
    {
        auto session = freshSession();
        QAbstractItemModelTester tester(session->facts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 key = session->labelSpan(FactType::Remediation, 0, 10);
        QVERIFY(key != 0);
        session->undoStack()->undo();
        session->undoStack()->redo();
        session->removeFact(key);
        session->undoStack()->undo();
    }

    void labelSpanTrimsAndUndoes()
    {
        auto session = freshSession();
        const qsizetype start = session->document().text().indexOf(QStringLiteral("Konfigurationsfehlers"));
        QVERIFY(start > 0);
        const int before = session->facts()->factCount();
        // A selection with white space around the word, as a mouse makes it.
        const qint64 key = session->labelSpan(FactType::Cause, start - 1, start + 21 + 1);
        QVERIFY(key != 0);
        QCOMPARE(session->facts()->fact(key).text, QStringLiteral("Konfigurationsfehlers"));
        QCOMPARE(session->facts()->fact(key).origin, Fact::analystOrigin());
        QVERIFY(session->isModified());
        session->undoStack()->undo();
        QCOMPARE(session->facts()->factCount(), before);
        QVERIFY(!session->isModified());
        session->undoStack()->redo();
        QVERIFY(session->facts()->contains(key)); // the same key again, so later commands stay valid
        // Only white space selected: nothing to label.
        QCOMPARE(session->labelSpan(FactType::Cause, start - 1, start), 0);
    }

    void everyFactEditUndoes_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::newRow("change type") << QStringLiteral("type");
        QTest::newRow("accept") << QStringLiteral("accept");
        QTest::newRow("reject") << QStringLiteral("reject");
        QTest::newRow("negate") << QStringLiteral("negate");
        QTest::newRow("uncertain") << QStringLiteral("uncertain");
        QTest::newRow("value") << QStringLiteral("value");
        QTest::newRow("delete") << QStringLiteral("delete");
        QTest::newRow("boundaries") << QStringLiteral("boundaries");
    }

    void everyFactEditUndoes()
    {
        QFETCH(QString, edit);
        auto session = freshSession();
        const qint64 key = firstKeyOfType(*session, FactType::Count);
        QVERIFY(key != 0);
        const Fact original = session->facts()->fact(key);
        const IncidentRecord originalRecord = session->record();
        if (edit == QLatin1String("type")) {
            session->changeType(key, FactType::Duration);
        } else if (edit == QLatin1String("accept")) {
            session->setStatus(key, FactStatus::Accepted);
        } else if (edit == QLatin1String("reject")) {
            session->setStatus(key, FactStatus::Rejected);
        } else if (edit == QLatin1String("negate")) {
            session->toggleNegated(key);
        } else if (edit == QLatin1String("uncertain")) {
            session->toggleUncertain(key);
        } else if (edit == QLatin1String("value")) {
            session->setValue(key,
                QJsonObject {
                    { QStringLiteral("count"), 4300 }, { QStringLiteral("unit"), QStringLiteral("customers") } });
        } else if (edit == QLatin1String("delete")) {
            session->removeFact(key);
        } else if (edit == QLatin1String("boundaries")) {
            session->adjustBoundaries(key, original.start, original.end - 1);
        }
        QCOMPARE(session->undoStack()->count(), 1);
        const bool gone = edit == QLatin1String("delete");
        QCOMPARE(session->facts()->contains(key), !gone);
        if (!gone) {
            QVERIFY(!(session->facts()->fact(key) == original));
        }
        session->undoStack()->undo();
        QVERIFY(session->facts()->contains(key));
        QVERIFY(session->facts()->fact(key) == original);
        QVERIFY(session->record() == originalRecord);
        QVERIFY(!session->isModified());
        session->undoStack()->redo();
        QCOMPARE(session->facts()->contains(key), !gone);
    }

    void consecutiveEditsMerge()
    {
        auto session = freshSession();
        const qint64 key = firstKeyOfType(*session, FactType::Count);
        const Fact original = session->facts()->fact(key);
        session->adjustBoundaries(key, original.start, original.end - 1);
        session->adjustBoundaries(key, original.start, original.end - 2);
        QCOMPARE(session->undoStack()->count(), 1);
        IncidentRecord record = session->record();
        record.notes = QStringLiteral("A");
        session->editRecord(record, QStringLiteral("Edit notes"), static_cast<int>(CommandId::EditNotes));
        record.notes = QStringLiteral("AB");
        session->editRecord(record, QStringLiteral("Edit notes"), static_cast<int>(CommandId::EditNotes));
        QCOMPARE(session->undoStack()->count(), 2);
        session->undoStack()->undo();
        QCOMPARE(session->record().notes, QString());
        session->undoStack()->undo();
        QVERIFY(session->facts()->fact(key) == original);
    }

    void saveAndReloadRoundTrip()
    {
        auto session = freshSession();
        const qint64 count = firstKeyOfType(*session, FactType::Count);
        session->setStatus(count, FactStatus::Accepted);
        const qsizetype start = session->document().text().indexOf(QStringLiteral("Konfigurationsfehlers"));
        const qint64 label = session->labelSpan(FactType::Remediation, start, start + 21);
        IncidentRecord record = session->record();
        record.notes = QStringLiteral("checked against the bank's statement");
        session->editRecord(record, QStringLiteral("Edit notes"));
        QVERIFY2(session->save(), qPrintable(session->errorString()));
        QVERIFY(!session->isModified());

        auto reloaded = freshSession();
        QCOMPARE(reloaded->facts()->factCount(), session->facts()->factCount());
        QCOMPARE(reloaded->record().notes, QStringLiteral("checked against the bank's statement"));
        QCOMPARE(reloaded->record().organization, QStringLiteral("Nordlicht Bank"));
        QVERIFY(!reloaded->record().evidence.value(QStringLiteral("organization")).isEmpty());
        const QList<Fact> facts = reloaded->facts()->facts();
        QVERIFY(std::any_of(facts.cbegin(), facts.cend(),
            [](const Fact &fact) { return fact.type == FactType::Count && fact.status == FactStatus::Accepted; }));
        QVERIFY(std::any_of(facts.cbegin(), facts.cend(), [](const Fact &fact) {
            return fact.type == FactType::Remediation && fact.isAnalystMade()
                && fact.text == QLatin1String("Konfigurationsfehlers");
        }));
        Q_UNUSED(label);
    }

    void recoveryDraftRoundTrip()
    {
        auto session = freshSession();
        const int before = session->facts()->factCount();
        const qsizetype start = session->document().text().indexOf(QStringLiteral("IBAN"));
        session->labelSpan(FactType::DataCategory, start, start + 4);
        IncidentRecord record = session->record();
        record.notes = QStringLiteral("unsaved note");
        session->editRecord(record, QStringLiteral("Edit notes"));
        const QJsonObject draft = session->toRecoveryJson();

        // A new session, as after a crash: the stored state, then the draft offered back.
        auto restored = freshSession();
        QCOMPARE(restored->facts()->factCount(), before);
        const QString storedNotes = restored->record().notes;
        QVERIFY(restored->restoreFromRecoveryJson(draft));
        QCOMPARE(restored->facts()->factCount(), before + 1);
        QCOMPARE(restored->record().notes, QStringLiteral("unsaved note"));
        QVERIFY(restored->isModified());
        QCOMPARE(restored->undoStack()->count(), 1); // one step, undone as one
        restored->undoStack()->undo();
        QCOMPARE(restored->facts()->factCount(), before);
        QCOMPARE(restored->record().notes, storedNotes);
    }

    void reextractionKeepsDecisions()
    {
        auto session = freshSession();
        const QList<qint64> counts = keysOfType(*session, FactType::Count);
        QVERIFY(!counts.isEmpty());
        const qint64 accepted = counts.first();
        const qint64 rejected = firstKeyOfType(*session, FactType::Time);
        QVERIFY(rejected != 0);
        session->setStatus(accepted, FactStatus::Accepted);
        session->setStatus(rejected, FactStatus::Rejected);
        const qsizetype start = session->document().text().indexOf(QStringLiteral("Konfigurationsfehlers"));
        session->labelSpan(FactType::Remediation, start, start + 21);
        const Fact acceptedFact = session->facts()->fact(accepted);
        const Fact rejectedFact = session->facts()->fact(rejected);

        session->applyExtraction(m_engine.extract(session->document()), QStringLiteral("Extract again"));
        const QList<Fact> facts = session->facts()->facts();
        const auto countOf = [&facts](const Fact &wanted) {
            return std::count_if(facts.cbegin(), facts.cend(), [&wanted](const Fact &fact) {
                return fact.type == wanted.type && fact.start == wanted.start && fact.end == wanted.end;
            });
        };
        QCOMPARE(countOf(acceptedFact), 1);
        QCOMPARE(countOf(rejectedFact), 1); // still there, still rejected: not suggested again
        QCOMPARE(session->facts()->fact(rejected).status, FactStatus::Rejected);
        QCOMPARE(session->facts()->fact(accepted).status, FactStatus::Accepted);
        QVERIFY(std::any_of(facts.cbegin(), facts.cend(), [](const Fact &fact) { return fact.isAnalystMade(); }));
    }

    void rejectedEvidenceClearsItsField()
    {
        auto session = freshSession();
        const QList<qint64> evidence = session->record().evidence.value(QStringLiteral("organization"));
        QVERIFY(!evidence.isEmpty());
        const IncidentRecord before = session->record();
        // Every fact the name rests on is rejected: the name goes with them.
        for (const qint64 key : evidence) {
            session->setStatus(key, FactStatus::Rejected);
        }
        QCOMPARE(session->record().organization, QString());
        QVERIFY(!session->record().evidence.contains(QStringLiteral("organization")));
        QCOMPARE(session->undoStack()->count(), evidence.size()); // each rejection one step, field included
        for (qsizetype i = 0; i < evidence.size(); ++i) {
            session->undoStack()->undo();
        }
        QVERIFY(session->record() == before);
    }

    void rejectedEvidenceOfAListFieldDropsItsCategory()
    {
        auto session = freshSession();
        const QStringList exposed = session->record().dataExposed;
        QVERIFY2(exposed.size() >= 2, qPrintable(exposed.join(QLatin1Char(','))));
        const QList<qint64> evidence = session->record().evidence.value(QStringLiteral("data_exposed"));
        QVERIFY(!evidence.isEmpty());
        const qint64 key = evidence.first();
        const QString category = session->facts()->fact(key).value.toString();
        QVERIFY(exposed.contains(category));
        session->removeFact(key);
        QVERIFY(!session->record().dataExposed.contains(category));
        QCOMPARE(session->record().dataExposed.size(), exposed.size() - 1);
        QVERIFY(!session->record().evidence.value(QStringLiteral("data_exposed")).contains(key));
        session->undoStack()->undo();
        QCOMPARE(session->record().dataExposed, exposed);
        QVERIFY(session->facts()->contains(key));
    }

    void fieldChangedByTheAnalystStays()
    {
        auto session = freshSession();
        const QList<qint64> evidence = session->record().evidence.value(QStringLiteral("organization"));
        IncidentRecord record = session->record();
        record.organization = QStringLiteral("Nordlicht Bank AG");
        session->editRecord(record, QStringLiteral("Edit organization"));
        for (const qint64 key : evidence) {
            session->setStatus(key, FactStatus::Rejected);
        }
        // The analyst's own value is no longer the fact's: it stays, only the link to the rejected fact goes.
        QCOMPARE(session->record().organization, QStringLiteral("Nordlicht Bank AG"));
        QVERIFY(session->record().evidence.value(QStringLiteral("organization")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnnotationSession)
#include "tst_annotationsession.moc"
