// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "library/documentlistmodel.h"
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

        for (const auto &[title, text, language] : {std::tuple{QStringLiteral("Erster"), QStringLiteral("Text eins"), QStringLiteral("de")},
                                                    std::tuple{QStringLiteral("Second"), QStringLiteral("Text two"), QStringLiteral("en")}}) {
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
        QCOMPARE(model.headerData(DocumentListModel::PublishedColumn, Qt::Horizontal).toString(), QStringLiteral("Published"));
    }
};

QTEST_GUILESS_MAIN(TestDocumentListModel)
#include "tst_documentlistmodel.moc"
