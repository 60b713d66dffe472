// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "library/documentlistmodel.h"
#include "library/incidentlistmodel.h"
#include "storage/incidentstore.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Iwb;

class TestDocumentListModel : public QObject
{
    Q_OBJECT

    static qint64 addDocument(IncidentStore &store, const QString &title, const QString &text)
    {
        Document document;
        document.setTitle(title);
        document.setText(text);
        document.setLanguage(QStringLiteral("de"));
        document.setSource(QStringLiteral("/tmp/articles/") + title + QStringLiteral(".txt"));
        const auto added = store.addDocument(document);
        return added ? added->id : 0;
    }

private Q_SLOTS:
    void listsStoredDocuments()
    {
        QTemporaryDir dir;
        IncidentStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("library.sqlite"))));
        DocumentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        for (const auto &[title, text, language] :
            { std::tuple { QStringLiteral("Erster"), QStringLiteral("Text eins"), QStringLiteral("de") },
                std::tuple { QStringLiteral("Second"), QStringLiteral("Text two"), QStringLiteral("en") } }) {
            Document document;
            document.setTitle(title);
            document.setText(text);
            document.setLanguage(language);
            document.setSource(QStringLiteral("/tmp/articles/") + title + QStringLiteral(".txt"));
            QVERIFY(store.addDocument(document));
        }
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.reload(store);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(DocumentListModel::ColumnCount));
        QCOMPARE(model.index(1, DocumentListModel::TitleColumn).data().toString(), QStringLiteral("Second"));
        QCOMPARE(model.index(1, DocumentListModel::LanguageColumn).data().toString(), QStringLiteral("en"));
        QCOMPARE(model.index(0, DocumentListModel::SourceColumn).data().toString(), QStringLiteral("Erster.txt"));
        QCOMPARE(model.index(0, DocumentListModel::SourceColumn).data(Qt::ToolTipRole).toString(),
            QStringLiteral("/tmp/articles/Erster.txt"));
        const qint64 secondId = model.index(1, 0).data(DocumentListModel::DocumentIdRole).toLongLong();
        QCOMPARE(model.rowForId(secondId), 1);
        QCOMPARE(model.rowForId(999), -1);
        QCOMPARE(model.headerData(DocumentListModel::PublishedColumn, Qt::Horizontal).toString(),
            QStringLiteral("Published"));
    }

    void refreshTouchesOnlyTheChangedRows()
    {
        QTemporaryDir dir;
        IncidentStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("refresh.sqlite"))));
        const qint64 first = addDocument(store, QStringLiteral("Ölmühle meldet Datenpanne"), QStringLiteral("eins"));
        const qint64 second = addDocument(store, QStringLiteral("Bank meldet Datenpanne"), QStringLiteral("zwei"));
        DocumentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(store);
        QCOMPARE(model.rowCount(), 2);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // An import: the new document's row is added at the end.
        const qint64 third = addDocument(store, QStringLiteral("Arztpraxis verliert Laptop"), QStringLiteral("drei"));
        QVERIFY(model.refresh(store, { third }));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowForId(third), 2);
        QCOMPARE(model.index(2, DocumentListModel::TitleColumn).data().toString(),
            QStringLiteral("Arztpraxis verliert Laptop"));
        // German collation: Arztpraxis < Bank < Ölmühle (Ö sorts with O).
        QVERIFY(model.titleSortKey(2) < model.titleSortKey(model.rowForId(second)));
        QVERIFY(model.titleSortKey(model.rowForId(second)) < model.titleSortKey(model.rowForId(first)));
        QCOMPARE(model.index(2, 0).data(DocumentListModel::SortRole).toByteArray(), model.titleSortKey(2));

        // A save: the document's fact count changes in its row only.
        Fact fact;
        fact.type = FactType::Organization;
        fact.start = 0;
        fact.end = 4;
        fact.text = QStringLiteral("eins");
        QList<Fact> facts { fact };
        QVERIFY(store.saveFacts(first, facts));
        QVERIFY(model.refresh(store, { first }));
        QCOMPARE(changed.count(), 1);
        const int firstRow = model.rowForId(first);
        QCOMPARE(changed.first().at(0).value<QModelIndex>(), model.index(firstRow, 0));
        QCOMPARE(changed.first().at(1).value<QModelIndex>(), model.index(firstRow, DocumentListModel::ColumnCount - 1));
        QCOMPARE(model.index(firstRow, DocumentListModel::FactsColumn).data().toInt(), 1);

        // A document that is gone loses its row; an id that names nothing changes nothing.
        QVERIFY(store.removeDocument(second));
        QVERIFY(model.refresh(store, { second, 4711 }));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowForId(second), -1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(reset.count(), 0);
    }

    void loadsInTheBackgroundWithItsOwnConnection()
    {
        QTemporaryDir dir;
        IncidentStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("background.sqlite"))));
        for (int i = 0; i < 50; ++i) {
            addDocument(store, QStringLiteral("Bericht %1").arg(i), QStringLiteral("Text %1").arg(i));
        }
        DocumentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &DocumentListModel::loaded);
        model.reloadInBackground(store);
        QVERIFY(model.isLoading());
        // Added and refreshed while the worker reads: present once when the load is in, whether the worker's
        // read saw it or not.
        const qint64 late = addDocument(store, QStringLiteral("Nachzügler"), QStringLiteral("spät"));
        QVERIFY(model.refresh(store, { late }));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.first().at(0).toString(), QString());
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 51);
        QVERIFY(model.rowForId(late) >= 0);
        QCOMPARE(model.index(model.rowForId(late), DocumentListModel::TitleColumn).data().toString(),
            QStringLiteral("Nachzügler"));
    }

    void aBackgroundLoadThatCannotReadSaysWhy()
    {
        QTemporaryDir dir;
        IncidentStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("gone.sqlite"))));
        const qint64 id = addDocument(store, QStringLiteral("Bleibt"), QStringLiteral("Text"));
        DocumentListModel model;
        model.reload(store);
        // The worker opens the file by its name: a folder in its place cannot be opened.
        IncidentStore elsewhere;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.sqlite")));
        QVERIFY(!elsewhere.open(dir.filePath(QStringLiteral("folder.sqlite"))));
        model.reloadInBackground(elsewhere);
        QSignalSpy loaded(&model, &DocumentListModel::loaded);
        QVERIFY(loaded.wait(10000));
        QVERIFY2(loaded.first().at(0).toString().contains(QLatin1String("folder.sqlite")),
            qPrintable(loaded.first().at(0).toString()));
        QCOMPARE(model.rowCount(), 1); // the rows stay as they were
        QCOMPARE(model.rowForId(id), 0);
    }

    void incidentsLoadPageByPage()
    {
        QTemporaryDir dir;
        IncidentStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("incidents.sqlite"))));
        const int records = IncidentListModel::pageSize + 20;
        for (int i = 0; i < records; ++i) {
            IncidentRecord record;
            record.organization = QStringLiteral("Firma %1").arg(i);
            record.cause = i % 2 ? QStringLiteral("human_error") : QStringLiteral("misconfiguration");
            record.affectedCount = i;
            record.affectedUnit = QStringLiteral("users");
            QVERIFY(store.saveIncident(record));
        }
        IncidentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(&store);
        QCOMPARE(model.totalCount(), records);
        QCOMPARE(model.rowCount(), IncidentListModel::pageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), records);
        QVERIFY(!model.canFetchMore({}));
        // Newest change first.
        QCOMPARE(model.index(0, IncidentListModel::OrganizationColumn).data().toString(),
            QStringLiteral("Firma %1").arg(records - 1));
        QCOMPARE(model.index(0, IncidentListModel::CauseColumn).data().toString(), QStringLiteral("human error"));
        QCOMPARE(model.index(0, IncidentListModel::AffectedColumn).data(IncidentListModel::SortRole).toLongLong(),
            qint64(records - 1));
        QCOMPARE(model.index(0, IncidentListModel::ReviewColumn).data().toString(), QStringLiteral("draft"));
    }
};

QTEST_GUILESS_MAIN(TestDocumentListModel)
#include "tst_documentlistmodel.moc"
