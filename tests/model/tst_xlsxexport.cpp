// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// The XLSX export read back as Excel would: the zip opened with libzip and its XML parts read with
// QXmlStreamReader, independently of libxlsxwriter that wrote it.

#include "exchange/csvexporter.h"
#include "exchange/exportjob.h"
#include "storage/incidentstore.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <zip.h>

using namespace Iwb;
using namespace Qt::StringLiterals;

namespace {

/// One part of the zip at @p path, empty when missing.
QByteArray zipPart(const QString &path, const char *name)
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!archive) {
        return {};
    }
    QByteArray data;
    zip_stat_t stat;
    if (zip_stat(archive, name, 0, &stat) == 0) {
        if (zip_file_t *file = zip_fopen(archive, name, 0)) {
            data.resize(static_cast<qsizetype>(stat.size));
            const zip_int64_t read = zip_fread(file, data.data(), stat.size);
            data.resize(read < 0 ? 0 : static_cast<qsizetype>(read));
            zip_fclose(file);
        }
    }
    zip_close(archive);
    return data;
}

struct Cell
{
    QString type; ///< the t attribute: "s" shared string, "b" boolean, "str"/"inlineStr", empty for a number
    QString style; ///< the s attribute
    QString value; ///< <v>, a shared string already looked up
    bool formula = false;
};

/// The sheet's cells by reference ("A1"), shared strings resolved; and what else the sheet says.
struct Sheet
{
    QHash<QString, Cell> cells;
    QString paneState;
    QString paneSplit;
    QString autoFilter;
    int columnWidths = 0;
    int rows = 0;
};

Sheet readSheet(const QString &path)
{
    QStringList shared;
    QXmlStreamReader strings(zipPart(path, "xl/sharedStrings.xml"));
    while (!strings.atEnd()) {
        if (strings.readNext() == QXmlStreamReader::StartElement && strings.name() == u"t") {
            shared.append(strings.readElementText());
        }
    }
    Sheet sheet;
    QXmlStreamReader xml(zipPart(path, "xl/worksheets/sheet1.xml"));
    QString reference;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        const auto attributes = xml.attributes();
        if (xml.name() == u"pane") {
            sheet.paneState = attributes.value(u"state"_s).toString();
            sheet.paneSplit = attributes.value(u"ySplit"_s).toString();
        } else if (xml.name() == u"autoFilter") {
            sheet.autoFilter = attributes.value(u"ref"_s).toString();
        } else if (xml.name() == u"col") {
            ++sheet.columnWidths;
        } else if (xml.name() == u"row") {
            ++sheet.rows;
        } else if (xml.name() == u"c") {
            reference = attributes.value(u"r"_s).toString();
            sheet.cells[reference].type = attributes.value(u"t"_s).toString();
            sheet.cells[reference].style = attributes.value(u"s"_s).toString();
        } else if (xml.name() == u"f") {
            sheet.cells[reference].formula = true;
        } else if (xml.name() == u"v") {
            Cell &cell = sheet.cells[reference];
            const QString value = xml.readElementText();
            cell.value = cell.type == u"s" ? shared.value(value.toInt()) : value;
        }
    }
    return sheet;
}

/// "A", "B", … "Z", "AA" for column index 0, 1, …
QString columnName(qsizetype index)
{
    QString name;
    for (qsizetype i = index + 1; i > 0; i = (i - 1) / 26) {
        name.prepend(QChar(u'A' + static_cast<char16_t>((i - 1) % 26)));
    }
    return name;
}

QString cellOf(const QString &column, int row)
{
    return columnName(CsvExporter::incidentColumns().indexOf(column)) + QString::number(row);
}

} // namespace

class TestXlsxExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(u"register.sqlite"_s);
        IncidentStore store;
        QVERIFY(store.open(m_store));
        IncidentRecord lumera;
        lumera.organization = u"Lumera Pay"_s;
        lumera.incidentDate = u"2026-01-15"_s;
        lumera.startTime = u"10:49"_s;
        lumera.affectedCount = 9500;
        lumera.affectedUnit = u"users"_s;
        lumera.dataExposed = { u"names"_s, u"credentials"_s };
        lumera.cause = u"software_error"_s;
        lumera.authorityNotified = true;
        QVERIFY2(store.saveIncident(lumera), qPrintable(store.errorString()));
        IncidentRecord hostile;
        hostile.organization = u"=HYPERLINK(\"http://example.invalid\",\"click\")"_s;
        hostile.incidentDate = u"2019-12"_s; // a month only: stays text
        hostile.notes = u"+49 30 1234"_s;
        QVERIFY2(store.saveIncident(hostile), qPrintable(store.errorString()));
    }

    void recordsAreTypedFrozenAndFiltered()
    {
        const QString path = m_dir.filePath(u"incidents.xlsx"_s);
        ExportRequest request;
        request.storePath = m_store;
        request.outputPath = path;
        request.format = ExportRequest::Format::XlsxRecords;
        const ExportOutcome outcome = ExportJob::run(request);
        QVERIFY2(outcome.rows, qPrintable(outcome.error));
        QCOMPARE(*outcome.rows, 2);

        const Sheet sheet = readSheet(path);
        QCOMPARE(sheet.rows, 3);
        // The header: the CSV's columns in the CSV's order, as strings.
        const QStringList columns = CsvExporter::incidentColumns();
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const Cell header = sheet.cells.value(columnName(i) + u"1"_s);
            QCOMPARE(header.type, u"s"_s);
            QCOMPARE(header.value, columns.at(i));
        }
        QVERIFY(!sheet.cells.contains(columnName(columns.size()) + u"1"_s));

        // Numbers as numbers, booleans as booleans.
        const Cell count = sheet.cells.value(cellOf(u"affected_count"_s, 2));
        QCOMPARE(count.type, QString());
        QCOMPARE(count.value, u"9500"_s);
        const Cell notified = sheet.cells.value(cellOf(u"authority_notified"_s, 2));
        QCOMPARE(notified.type, u"b"_s);
        QCOMPARE(notified.value, u"1"_s);
        // A date as Excel's day number, shown through a date format; a month alone stays text.
        const Cell date = sheet.cells.value(cellOf(u"incident_date"_s, 2));
        QCOMPARE(date.type, QString());
        QCOMPARE(date.value.toLongLong(), QDate(1899, 12, 30).daysTo(QDate(2026, 1, 15)));
        QVERIFY(!date.style.isEmpty());
        QVERIFY(zipPart(path, "xl/styles.xml").contains("formatCode=\"yyyy-mm-dd\""));
        const Cell start = sheet.cells.value(cellOf(u"start_time"_s, 2));
        QCOMPARE(start.type, QString());
        QCOMPARE(qRound(start.value.toDouble() * 24 * 60), 10 * 60 + 49);
        QCOMPARE(sheet.cells.value(cellOf(u"incident_date"_s, 3)).value, u"2019-12"_s);
        // Lists as the CSV joins them.
        QCOMPARE(sheet.cells.value(cellOf(u"data_exposed"_s, 2)).value, u"names|credentials"_s);

        // Text that looks like a formula is a plain string: shown as written, never calculated.
        const Cell organization = sheet.cells.value(cellOf(u"organization"_s, 3));
        QCOMPARE(organization.type, u"s"_s);
        QCOMPARE(organization.value, u"=HYPERLINK(\"http://example.invalid\",\"click\")"_s);
        QCOMPARE(sheet.cells.value(cellOf(u"notes"_s, 3)).value, u"+49 30 1234"_s);
        for (const Cell &cell : sheet.cells) {
            QVERIFY(!cell.formula);
        }

        // The header row frozen and filtered, every column given a width.
        QCOMPARE(sheet.paneState, u"frozen"_s);
        QCOMPARE(sheet.paneSplit, u"1"_s);
        QCOMPARE(sheet.autoFilter, u"A1:"_s + columnName(columns.size() - 1) + u"3"_s);
        QVERIFY(sheet.columnWidths >= 1);
    }

    void factsHaveTheCsvColumns()
    {
        const QString path = m_dir.filePath(u"facts.xlsx"_s);
        ExportRequest request;
        request.storePath = m_store;
        request.outputPath = path;
        request.format = ExportRequest::Format::XlsxFacts;
        const ExportOutcome outcome = ExportJob::run(request);
        QVERIFY2(outcome.rows, qPrintable(outcome.error));
        QCOMPARE(*outcome.rows, 0);
        const Sheet sheet = readSheet(path);
        QCOMPARE(sheet.rows, 1);
        const QStringList columns = CsvExporter::factColumns();
        for (qsizetype i = 0; i < columns.size(); ++i) {
            QCOMPARE(sheet.cells.value(columnName(i) + u"1"_s).value, columns.at(i));
        }
    }

    void anUnwritableFolderIsNamed()
    {
        ExportRequest request;
        request.storePath = m_store;
        request.outputPath = m_dir.filePath(u"no-such-folder/incidents.xlsx"_s);
        request.format = ExportRequest::Format::XlsxRecords;
        const ExportOutcome outcome = ExportJob::run(request);
        QVERIFY(!outcome.rows);
        QVERIFY2(!outcome.error.isEmpty(), "the reason is given");
        QVERIFY(!QFile::exists(request.outputPath));
    }
};

QTEST_MAIN(TestXlsxExport)
#include "tst_xlsxexport.moc"
