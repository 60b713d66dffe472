// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "library/documentlistmodel.h"
#include "library/incidentlistmodel.h"
#include "storage/incidentstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Iwb;

class TestDocumentListModel : public QObject
{
    Q_OBJECT

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
