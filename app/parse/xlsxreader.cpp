// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "xlsxreader.h"

#include "zippart.h"

#include <QDateTime>
#include <QFile>
#include <QList>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <cmath>

namespace Iwb {

namespace {

    constexpr qint64 maxSmallPartBytes = qint64(32) * 1024 * 1024;

    /// The text of the shared-string table: each <si>'s <t> runs joined.
    QStringList sharedStrings(const QByteArray &xml)
    {
        QStringList strings;
        QXmlStreamReader reader(xml);
        QString current;
        bool inItem = false;
        while (!reader.atEnd()) {
            const QXmlStreamReader::TokenType token = reader.readNext();
            if (token == QXmlStreamReader::StartElement && reader.name() == u"si") {
                inItem = true;
                current.clear();
            } else if (token == QXmlStreamReader::StartElement && inItem && reader.name() == u"t") {
                current += reader.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (token == QXmlStreamReader::StartElement && inItem && reader.name() == u"rPh") {
                reader.skipCurrentElement(); // phonetic hints, not the cell's text
            } else if (token == QXmlStreamReader::EndElement && reader.name() == u"si") {
                strings.append(current);
                inItem = false;
            }
        }
        return strings;
    }

    bool isDateFormatCode(const QString &code)
    {
        if (code.compare(QLatin1String("General"), Qt::CaseInsensitive) == 0
            || code.compare(QLatin1String("Standard"), Qt::CaseInsensitive) == 0) {
            return false;
        }
        // Outside quoted text and [colour] or [$-locale] brackets, a date format has d, m, y or h with s.
        QString bare;
        bool quoted = false;
        int bracket = 0;
        for (const QChar c : code) {
            if (c == QLatin1Char('"')) {
                quoted = !quoted;
            } else if (!quoted && c == QLatin1Char('[')) {
                ++bracket;
            } else if (!quoted && c == QLatin1Char(']')) {
                bracket = std::max(0, bracket - 1);
            } else if (!quoted && bracket == 0) {
                bare.append(c.toLower());
            }
        }
        return bare.contains(QLatin1Char('d')) || bare.contains(QLatin1Char('y'))
            || (bare.contains(QLatin1Char('h')) && bare.contains(QLatin1Char('s'))) || bare.contains(QLatin1Char('j'))
            || bare.contains(QLatin1Char('t')); // German TT.MM.JJJJ
    }

    /// For each cell style index: 0 not a date, 1 a date, 2 a date with a time of day.
    QList<int> dateStyles(const QByteArray &xml)
    {
        QHash<int, int> customKinds;
        QList<int> styles;
        QXmlStreamReader reader(xml);
        bool inCellXfs = false;
        while (!reader.atEnd()) {
            const QXmlStreamReader::TokenType token = reader.readNext();
            if (token == QXmlStreamReader::StartElement && reader.name() == u"numFmt") {
                const QString code = reader.attributes().value(u"formatCode").toString();
                const int id = reader.attributes().value(u"numFmtId").toInt();
                const QString lower = code.toLower();
                customKinds.insert(id,
                    !isDateFormatCode(code)                                                    ? 0
                        : lower.contains(QLatin1Char('h')) || lower.contains(QLatin1Char('s')) ? 2
                                                                                               : 1);
            } else if (token == QXmlStreamReader::StartElement && reader.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (token == QXmlStreamReader::EndElement && reader.name() == u"cellXfs") {
                inCellXfs = false;
            } else if (token == QXmlStreamReader::StartElement && inCellXfs && reader.name() == u"xf") {
                const int id = reader.attributes().value(u"numFmtId").toInt();
                // The built-in date formats: 14-17 dates, 18-21 times, 22 date and time, 45-47 times.
                int kind = 0;
                if (id >= 14 && id <= 17) {
                    kind = 1;
                } else if ((id >= 18 && id <= 22) || (id >= 45 && id <= 47)) {
                    kind = 2;
                } else {
                    kind = customKinds.value(id);
                }
                styles.append(kind);
            }
        }
        return styles;
    }

    QString dateText(double serial, int kind)
    {
        // Excel counts days from 1899-12-30 (its 1900 leap-year bug folded into the epoch).
        const qint64 wholeDays = static_cast<qint64>(std::floor(serial));
        const qint64 seconds = std::llround((serial - static_cast<double>(wholeDays)) * 86400.0);
        const QDateTime at
            = QDateTime(QDate(1899, 12, 30).addDays(wholeDays), QTime(0, 0), QTimeZone::UTC).addSecs(seconds);
        if (kind == 1 || (seconds == 0 && wholeDays > 0)) {
            return at.date().toString(Qt::ISODate);
        }
        return at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }

    QString numberText(const QString &raw)
    {
        bool ok = false;
        const double value = raw.toDouble(&ok);
        if (!ok) {
            return raw;
        }
        if (value == std::floor(value) && std::fabs(value) < 1e15) {
            return QString::number(static_cast<qint64>(value));
        }
        return QString::number(value, 'g', 15);
    }

    /// "BC12" -> 54 (zero-based column); -1 when the reference has no letters.
    int columnOf(QStringView reference)
    {
        int column = 0;
        int letters = 0;
        for (const QChar c : reference) {
            if (c < QLatin1Char('A') || c > QLatin1Char('Z')) {
                break;
            }
            column = column * 26 + (c.unicode() - 'A' + 1);
            if (++letters > 3) {
                return -1;
            }
        }
        return letters == 0 ? -1 : column - 1;
    }

    QString csvField(const QString &value)
    {
        QString quoted = value;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }

    /// The first sheet's part name from the workbook and its relationships, or sheet1.xml.
    QString firstSheetPart(zip_t *archive)
    {
        const ZipPart workbook
            = readZipPart(archive, QStringLiteral("xl/workbook.xml"), maxSmallPartBytes, OfficePackage::Workbook);
        const ZipPart relationships = readZipPart(
            archive, QStringLiteral("xl/_rels/workbook.xml.rels"), maxSmallPartBytes, OfficePackage::Workbook);
        QString relationId;
        QXmlStreamReader sheets(workbook.bytes);
        while (!sheets.atEnd() && relationId.isEmpty()) {
            if (sheets.readNext() == QXmlStreamReader::StartElement && sheets.name() == u"sheet") {
                for (const QXmlStreamAttribute &attribute : sheets.attributes()) {
                    if (attribute.name() == u"id") {
                        relationId = attribute.value().toString();
                    }
                }
            }
        }
        QXmlStreamReader targets(relationships.bytes);
        while (!targets.atEnd() && !relationId.isEmpty()) {
            if (targets.readNext() == QXmlStreamReader::StartElement && targets.name() == u"Relationship"
                && targets.attributes().value(u"Id") == relationId) {
                QString target = targets.attributes().value(u"Target").toString();
                if (target.contains(QLatin1String(".."))) {
                    break;
                }
                return target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
            }
        }
        return QStringLiteral("xl/worksheets/sheet1.xml");
    }

} // namespace

ParsedDocument XlsxReader::read(const QString &path)
{
    ParsedDocument parsed;
    int openError = 0;
    const ZipArchive archive(zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &openError));
    if (!archive) {
        parsed.refuse(ReaderMessage(QT_TRANSLATE_NOOP("DocumentReader",
                                        "the workbook is damaged or password-protected (not a zip archive: %1)"),
            { zipOpenError(openError) }));
        return parsed;
    }
    const QString sheetName = firstSheetPart(archive.get());
    const ZipPart sheet = readZipPart(archive.get(), sheetName, maxSheetXmlBytes, OfficePackage::Workbook);
    if (!sheet.found) {
        parsed.refuse(ReaderMessage(
            QT_TRANSLATE_NOOP("DocumentReader", "it is not an Excel workbook (no %1 in the archive)"), { sheetName }));
        return parsed;
    }
    if (!sheet.error.isEmpty()) {
        parsed.refuse(sheet.error);
        return parsed;
    }
    const ZipPart strings
        = readZipPart(archive.get(), QStringLiteral("xl/sharedStrings.xml"), maxSheetXmlBytes, OfficePackage::Workbook);
    if (!strings.error.isEmpty()) {
        parsed.refuse(strings.error);
        return parsed;
    }
    const ZipPart styles
        = readZipPart(archive.get(), QStringLiteral("xl/styles.xml"), maxSmallPartBytes, OfficePackage::Workbook);
    const QStringList shared = sharedStrings(strings.bytes);
    const QList<int> dateKinds = dateStyles(styles.bytes);

    QString csv;
    QStringList row;
    int rowsWritten = 0;
    QXmlStreamReader reader(sheet.bytes);
    const auto flushRow = [&] {
        while (!row.isEmpty() && row.last().isEmpty()) {
            row.removeLast();
        }
        QStringList fields;
        for (const QString &cell : std::as_const(row)) {
            fields.append(csvField(cell));
        }
        csv += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        row.clear();
        ++rowsWritten;
    };
    int lastRow = 0;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement && reader.name() == u"row") {
            const int number = reader.attributes().value(u"r").toInt();
            // Rows the sheet leaves out are empty rows (up to the cap).
            for (int gap = lastRow + 1; number > gap && gap - lastRow < 1000 && rowsWritten < maxRows; ++gap) {
                csv += QStringLiteral("\r\n");
                ++rowsWritten;
            }
            lastRow = number > 0 ? number : lastRow + 1;
        } else if (token == QXmlStreamReader::EndElement && reader.name() == u"row") {
            flushRow();
            if (rowsWritten >= maxRows) {
                break;
            }
        } else if (token == QXmlStreamReader::StartElement && reader.name() == u"c") {
            const QXmlStreamAttributes attributes = reader.attributes();
            const QString type = attributes.value(u"t").toString();
            const int style = attributes.value(u"s").toInt();
            const int column = attributes.hasAttribute(u"r") ? columnOf(attributes.value(u"r")) : int(row.size());
            QString raw;
            QString inline_;
            while (!reader.atEnd()) {
                const QXmlStreamReader::TokenType inner = reader.readNext();
                if (inner == QXmlStreamReader::StartElement && reader.name() == u"v") {
                    raw = reader.readElementText();
                } else if (inner == QXmlStreamReader::StartElement && reader.name() == u"t") {
                    inline_ += reader.readElementText(QXmlStreamReader::IncludeChildElements);
                } else if (inner == QXmlStreamReader::EndElement && reader.name() == u"c") {
                    break;
                }
            }
            QString value;
            if (type == QLatin1String("s")) {
                bool ok = false;
                const qsizetype index = raw.toLongLong(&ok);
                value = ok ? shared.value(index) : QString();
            } else if (type == QLatin1String("inlineStr")) {
                value = inline_;
            } else if (type == QLatin1String("b")) {
                value = raw == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (type == QLatin1String("str") || type == QLatin1String("e")) {
                value = raw;
            } else if (!raw.isEmpty() && dateKinds.value(style) > 0) {
                bool ok = false;
                const double serial = raw.toDouble(&ok);
                value = ok && serial >= 0 && serial < 2958466 ? dateText(serial, dateKinds.value(style)) : raw;
            } else {
                value = numberText(raw);
            }
            if (column >= 0 && column < maxColumns) {
                while (row.size() < column) {
                    row.append(QString());
                }
                if (row.size() == column) {
                    row.append(value);
                } else {
                    row[column] = value;
                }
            }
        }
    }
    if (reader.hasError() && reader.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
        parsed.refuse(ReaderMessage(QT_TRANSLATE_NOOP("DocumentReader", "the workbook is damaged (%1: %2)"),
            { sheetName, reader.errorString() }));
        return parsed;
    }
    if (rowsWritten == 0) {
        parsed.refuse(ReaderMessage(QT_TRANSLATE_NOOP("DocumentReader", "the workbook's first sheet is empty")));
        return parsed;
    }
    parsed.format = QStringLiteral("xlsx");
    parsed.text = csv;
    return parsed;
}

} // namespace Iwb
