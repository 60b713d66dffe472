// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// The interface in German and in English: translations loaded, numbers and dates in the interface's locale,
// words for stored ids, while the store and the exports stay the same whatever the language.

#include "workbenchtesting.h"

#include "annotation/factlistmodel.h"
#include "comparison/recordcomparison.h"
#include "document/documentimporter.h"
#include "document/urlimporter.h"
#include "exchange/csvexporter.h"
#include "exchange/exportdialog.h"
#include "exchange/incidentfilter.h"
#include "incident/recordvocabulary.h"
#include "library/incidentlistmodel.h"
#include "localization.h"
#include "storage/storebackup.h"
#include "storage/storeprobe.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Iwb;
using namespace Qt::StringLiterals;

class TestLocalization : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static IncidentRecord lumeraRecord()
    {
        IncidentRecord record;
        record.organization = u"Lumera Pay"_s;
        record.incidentDate = u"2026-01-15"_s;
        record.startTime = u"10:49"_s;
        record.affectedCount = 9500;
        record.affectedUnit = u"users"_s;
        record.cause = u"software_error"_s;
        record.discoveredBy = u"internal"_s;
        record.dataExposed = { u"names"_s, u"credentials"_s };
        return record;
    }

    /// The library's incident table of @p window, row 0, @p column as shown.
    static QString shownIncidentCell(MainWindow &window, int column)
    {
        const QAbstractItemModel *model = window.library()->incidentModel();
        return model->index(0, column).data().toString();
    }

    std::unique_ptr<MainWindow> windowWithOneIncident(const QString &name)
    {
        auto window = IwbTest::openWorkbench(m_dir.filePath(name));
        IncidentRecord record = lumeraRecord();
        if (!window->store().saveIncident(record)) {
            qWarning("%s", qPrintable(window->store().errorString()));
        }
        window->library()->reload();
        return window;
    }

    /// The CSV of every record, as File → Export writes it.
    static QByteArray exportedCsv(const IncidentStore &store)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvExporter exporter(store);
        return exporter.writeIncidents(buffer) ? buffer.data() : QByteArray();
    }

    /// The model's errors the test below provokes: real files, a real store, real parsers.
    enum class ModelError { EmptyStoreFile, MissingStore, FtpAddress, FilterWithoutValue, UnknownCause };

    /// The error message @p which comes out of the model under the installed translation.
    QString provoke(ModelError which)
    {
        QString error;
        switch (which) {
        case ModelError::EmptyStoreFile: {
            QFile empty(m_dir.filePath(u"empty.sqlite"_s));
            if (!empty.open(QIODevice::WriteOnly)) {
                return u"cannot create "_s + empty.fileName();
            }
            empty.close();
            (void)StoreProbe::isExistingStore(empty.fileName(), &error);
            break;
        }
        case ModelError::MissingStore:
            (void)StoreBackup::backUpFile(
                m_dir.filePath(u"missing.sqlite"_s), m_dir.filePath(u"copy.sqlite"_s), &error);
            break;
        case ModelError::FtpAddress:
            (void)UrlImporter::parseUrl(u"ftp://example.org/leak.html"_s, &error);
            break;
        case ModelError::FilterWithoutValue:
            (void)IncidentFilter::parse({ u"cause="_s }, &error);
            break;
        case ModelError::UnknownCause: {
            // A fresh store each time: the language changes between the calls, the store stays the same.
            const QString path = m_dir.filePath(u"cause-%1.sqlite"_s).arg(QLocale().name());
            IncidentStore store;
            if (!store.open(path)) {
                return store.errorString();
            }
            IncidentRecord record = lumeraRecord();
            record.cause = u"meteor"_s;
            (void)store.saveIncident(record);
            error = store.errorString().mid(path.size()); // the path is the same in both languages
            break;
        }
        }
        return error;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(u"IncidentWorkbenchTest"_s);
        QApplication::setApplicationName(u"tst_localization"_s);
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { Localization::apply(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void germanInterfaceShowsGermanNumbersDatesAndWords()
    {
        Localization::apply(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(Localization::isTranslated());
        auto window = windowWithOneIncident(u"german.sqlite"_s);

        QCOMPARE(window->menuBar()->actions().first()->text(), u"&Datei"_s);
        QCOMPARE(shownIncidentCell(*window, IncidentListModel::DateColumn), u"15.01.2026"_s);
        QCOMPARE(shownIncidentCell(*window, IncidentListModel::AffectedColumn), u"9.500 Nutzerinnen und Nutzer"_s);
        QCOMPARE(shownIncidentCell(*window, IncidentListModel::CauseColumn), u"Softwarefehler"_s);
        QCOMPARE(window->library()->incidentModel()->headerData(IncidentListModel::CauseColumn, Qt::Horizontal),
            QVariant(u"Ursache"_s));

        // Facts: a date, a time and a count as the facts panel shows them.
        Fact date;
        date.type = FactType::Date;
        date.value = u"2019-12-09"_s;
        QCOMPARE(FactListModel::valueLabel(date), u"09.12.2019"_s);
        Fact time;
        time.type = FactType::Time;
        time.value = u"16:35"_s;
        QCOMPARE(FactListModel::valueLabel(time), u"16:35"_s);
        Fact count;
        count.type = FactType::Count;
        count.value = QJsonObject { { u"count"_s, 9500 }, { u"unit"_s, u"customers"_s } };
        QCOMPARE(FactListModel::valueLabel(count), u"9.500 Kundinnen und Kunden"_s);
        QCOMPARE(FactListModel::typeLabel(FactType::Notification), u"Meldung"_s);
        // The facts panel's Status column in words, not the stored ids.
        QCOMPARE(FactListModel::statusLabel(FactStatus::Suggested), u"vorgeschlagen"_s);
        QCOMPARE(FactListModel::statusLabel(FactStatus::Edited), u"bearbeitet"_s);
        // Why the model refused a file, as the import dialog shows it.
        QTemporaryDir folder;
        const QString empty = folder.filePath(u"leer.txt"_s);
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QCOMPARE(DocumentImporter().importFile(empty).error, empty + u": die Datei ist leer"_s);
        // The file readers' refusals, which their own process (incident-parse) sends in English.
        const QString notWord = folder.filePath(u"kaputt.docx"_s);
        const QString notPdf = folder.filePath(u"kaputt.pdf"_s);
        for (const QString &path : { notWord, notPdf }) {
            QFile broken(path);
            QVERIFY(broken.open(QIODevice::WriteOnly));
            broken.write("Dies ist nur Text.\n");
        }
        QCOMPARE(DocumentImporter().importFile(notWord).error,
            notWord + u": das Word-Dokument ist beschädigt (kein ZIP-Archiv: Not a zip archive)"_s);
        QCOMPARE(DocumentImporter().importFile(notPdf).error,
            notPdf + u": die PDF-Datei konnte nicht gelesen werden: es ist keine PDF-Datei (der Kopf %PDF- fehlt)"_s);

        // The compare view's words: ids translated, numbers grouped the German way.
        IncidentRecord other = lumeraRecord();
        other.affectedCount = 3200;
        other.cause = u"attack"_s;
        const RecordComparison comparison({ lumeraRecord(), other }, Wording::Words);
        QCOMPARE(comparison.field(u"affected_count"_s)->difference, u"9.500 gegenüber 3.200 Betroffene (+6.300)"_s);
        QCOMPARE(comparison.field(u"cause"_s)->values, (QStringList { u"Softwarefehler"_s, u"Angriff"_s }));
        QCOMPARE(RecordVocabulary::fieldLabel(u"discovered_by"_s), u"entdeckt von"_s);
        // Plural forms.
        QCOMPARE(QCoreApplication::translate("Iwb::LibraryPanel", "%n documents", nullptr, 1), u"1 Dokument"_s);
        QCOMPARE(QCoreApplication::translate("Iwb::LibraryPanel", "%n documents", nullptr, 3), u"3 Dokumente"_s);
        QCOMPARE(QCoreApplication::translate("Iwb::LibraryPanel", "%n articles contain “%1”", nullptr, 1).arg(u"x"_s),
            u"1 Artikel enthält „x“"_s);
        QCOMPARE(QCoreApplication::translate("Iwb::LibraryPanel", "%n articles contain “%1”", nullptr, 3).arg(u"x"_s),
            u"3 Artikel enthalten „x“"_s);
        // Qt's own strings (qtbase_de) for the standard buttons.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
    }

    void systemLocaleFollowsTheInterfaceLanguage_data()
    {
        QTest::addColumn<QLocale>("system");
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("date");
        // LC_ALL=C.UTF-8 with LANGUAGE=de: the interface is German, so are its numbers and dates.
        QTest::newRow("C numbers, German interface")
            << QLocale::c() << QStringList { u"de-DE"_s, u"de"_s } << u"de_DE"_s << u"9.500"_s << u"16.01.2026"_s;
        QTest::newRow("German system") << QLocale(QLocale::German, QLocale::Germany) << QStringList { u"de-DE"_s }
                                       << u"de_DE"_s << u"9.500"_s << u"16.01.2026"_s;
        // Austria and Switzerland keep their own conventions (the Swiss group digits with ’).
        QTest::newRow("Swiss system") << QLocale(QLocale::German, QLocale::Switzerland)
                                      << QStringList { u"de-CH"_s, u"de"_s } << u"de_CH"_s << u"9’500"_s
                                      << u"16.01.2026"_s;
        // A language the workbench is not translated to: English words, English numbers (not a mix).
        QTest::newRow("French only") << QLocale(QLocale::French, QLocale::France) << QStringList { u"fr-FR"_s }
                                     << u"en_US"_s << u"9,500"_s << u"1/16/2026"_s;
        QTest::newRow("French first, then German")
            << QLocale(QLocale::French, QLocale::France) << QStringList { u"fr-FR"_s, u"de-DE"_s } << u"de_DE"_s
            << u"9.500"_s << u"16.01.2026"_s;
        QTest::newRow("plain C") << QLocale::c() << QStringList { u"C"_s } << u"en_US"_s << u"9,500"_s
                                 << u"1/16/2026"_s;
    }

    void systemLocaleFollowsTheInterfaceLanguage()
    {
        QFETCH(QLocale, system);
        QFETCH(QStringList, uiLanguages);
        QFETCH(QString, expected);
        QFETCH(QString, number);
        QFETCH(QString, date);
        const QLocale locale = Localization::systemInterfaceLocale(system, uiLanguages);
        QCOMPARE(locale.name(), expected);
        Localization::apply(locale);
        QCOMPARE(QLocale().toString(9500), number);
        QCOMPARE(RecordVocabulary::dateText(u"2026-01-16"_s), date);
    }

    void modelErrorsFollowTheLanguage_data()
    {
        QTest::addColumn<ModelError>("which");
        QTest::addColumn<QString>("german");
        QTest::addColumn<QString>("english");
        const QString empty = m_dir.filePath(u"empty.sqlite"_s);
        const QString missing = m_dir.filePath(u"missing.sqlite"_s);
        const QString causes = IncidentRecord::causeIds().join(u", "_s);
        QTest::newRow("store probe") << ModelError::EmptyStoreFile
                                     << empty + u": ist keine Incident-Workbench-Datenbank (die Datei ist leer)"_s
                                     << empty + u": is not an Incident Workbench database (the file is empty)"_s;
        QTest::newRow("store backup") << ModelError::MissingStore << missing + u": diese Datenbank gibt es nicht"_s
                                      << missing + u": no such store"_s;
        QTest::newRow("URL import")
            << ModelError::FtpAddress
            << u"ftp://example.org/leak.html: nur Adressen mit http und https können abgerufen werden, nicht ftp"_s
            << u"ftp://example.org/leak.html: only http and https addresses can be fetched, not ftp"_s;
        QTest::newRow("export filter") << ModelError::FilterWithoutValue << u"der Filter „cause=“ hat keinen Wert"_s
                                       << u"filter 'cause=' has no value"_s;
        QTest::newRow("incident store")
            << ModelError::UnknownCause
            << u": der Eintrag wurde nicht gespeichert: cause „meteor“ ist keiner der zulässigen Werte: "_s + causes
            << u": the record was not saved: cause 'meteor' is not one of: "_s + causes;
    }

    void modelErrorsFollowTheLanguage()
    {
        QFETCH(ModelError, which);
        QFETCH(QString, german);
        QFETCH(QString, english);
        Localization::apply(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(provoke(which), german);
        Localization::apply(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(provoke(which), english);
    }

    void englishInterfaceShowsEnglishNumbersAndPlurals()
    {
        Localization::apply(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(!Localization::isTranslated());
        auto window = windowWithOneIncident(u"english.sqlite"_s);
        QCOMPARE(window->menuBar()->actions().first()->text(), u"&File"_s);
        QCOMPARE(shownIncidentCell(*window, IncidentListModel::DateColumn), u"1/15/2026"_s);
        QCOMPARE(shownIncidentCell(*window, IncidentListModel::AffectedColumn), u"9,500 users"_s);
        QCOMPARE(shownIncidentCell(*window, IncidentListModel::CauseColumn), u"software error"_s);
        QCOMPARE(QCoreApplication::translate(
                     "Iwb::MainWindow", "%n files could not be imported. The others were imported.", nullptr, 1),
            u"1 file could not be imported. The others were imported."_s);
        QCOMPARE(QCoreApplication::translate(
                     "Iwb::MainWindow", "%n files could not be imported. The others were imported.", nullptr, 2),
            u"2 files could not be imported. The others were imported."_s);
    }

    void storeAndExportsDoNotDependOnTheLanguage()
    {
        Localization::apply(QLocale(QLocale::German, QLocale::Germany));
        auto german = windowWithOneIncident(u"export-de.sqlite"_s);
        const QByteArray inGerman = exportedCsv(german->store());
        Localization::apply(QLocale(QLocale::English, QLocale::UnitedStates));
        auto english = windowWithOneIncident(u"export-en.sqlite"_s);
        const QByteArray inEnglish = exportedCsv(english->store());
        QVERIFY(!inGerman.isEmpty());
        // The two stores were made a moment apart: their records' timestamps differ, nothing else may.
        const auto withoutTimestamps = [](const QByteArray &csv) {
            static const QRegularExpression timestamp(
                u"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)?"_s);
            return QString::fromUtf8(csv).replace(timestamp, u"TIMESTAMP"_s);
        };
        QVERIFY(withoutTimestamps(inGerman).contains(u"TIMESTAMP"_s));
        QCOMPARE(withoutTimestamps(inGerman), withoutTimestamps(inEnglish));
        QVERIFY(inGerman.contains("9500"));
        QVERIFY(!inGerman.contains("9.500"));
        QVERIFY(inGerman.contains("2026-01-15"));
        QVERIFY(inGerman.contains("software_error"));
        QCOMPARE(german->store().incidents().first().affectedCount, std::optional<qint64>(9500));
    }

    void exportDialogDefaultsFollowTheLocale()
    {
        Localization::apply(QLocale(QLocale::German, QLocale::Germany));
        auto window = IwbTest::openWorkbench(m_dir.filePath(u"dialog.sqlite"_s));
        {
            ExportDialog dialog(window->store(), QString(), {}, window.get());
            QCOMPARE(dialog.delimiterBox()->currentData().toString(), u";"_s);
            QVERIFY(dialog.bomBox()->isChecked());
            // The file label's ampersand marks its shortcut key; it is not shown.
            const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
            const auto fileLabel = std::find_if(labels.cbegin(), labels.cend(),
                [&dialog](const QLabel *label) { return label->buddy() == static_cast<QWidget *>(dialog.fileEdit()); });
            QVERIFY(fileLabel != labels.cend());
            QCOMPARE((*fileLabel)->text(), u"Da&tei:"_s);
        }
        Localization::apply(QLocale(QLocale::English, QLocale::UnitedStates));
        ExportDialog dialog(window->store(), QString(), {}, window.get());
        QCOMPARE(dialog.delimiterBox()->currentData().toString(), u","_s);
        QVERIFY(!dialog.bomBox()->isChecked());
    }
};

QTEST_MAIN(TestLocalization)
#include "tst_localization.moc"
