// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "docxtext.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamReader>

#include <algorithm>

namespace Iwb {

namespace {

    bool isWordNamespace(QStringView uri)
    {
        return uri == u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
            || uri == u"http://purl.oclc.org/ooxml/wordprocessingml/main";
    }

    bool isMarkupCompatibility(QStringView uri)
    {
        return uri == u"http://schemas.openxmlformats.org/markup-compatibility/2006";
    }

    /// Spaces and tabs at both ends go; line breaks inside stay, without spaces around them.
    QString tidyParagraph(const QString &text)
    {
        QStringList lines = text.split(QLatin1Char('\n'));
        for (QString &line : lines) {
            line = line.trimmed();
        }
        lines.removeAll(QString());
        return lines.join(QLatin1Char('\n'));
    }

    struct Paragraph
    {
        QString text;
        bool heading = false;
        bool title = false;
    };

    struct Table
    {
        QStringList rows;
        QStringList cells;
        QStringList cellParagraphs;
    };

    /// Collects the blocks of the document as the reader walks it; all nesting is in these lists.
    class BodyWriter
    {
    public:
        void startParagraph() { m_paragraphs.append(Paragraph {}); }

        void finishParagraph()
        {
            if (m_paragraphs.isEmpty()) {
                return;
            }
            const Paragraph paragraph = m_paragraphs.takeLast();
            const QString text = tidyParagraph(paragraph.text);
            if (!text.isEmpty()) {
                if (paragraph.title && m_title.isEmpty()) {
                    m_title = text;
                } else if (paragraph.heading && m_heading.isEmpty()) {
                    m_heading = text;
                }
            }
            if (!m_tables.isEmpty()) {
                if (!text.isEmpty()) {
                    QString flat = text;
                    m_tables.last().cellParagraphs.append(flat.replace(QLatin1Char('\n'), QLatin1Char(' ')));
                }
                return;
            }
            if (!m_paragraphs.isEmpty()) {
                // A paragraph of a text box inside another paragraph: it follows that paragraph.
                if (!text.isEmpty()) {
                    m_deferred.append(text);
                }
                return;
            }
            if (!text.isEmpty()) {
                m_blocks.append(text);
            }
            m_blocks += m_deferred;
            m_deferred.clear();
        }

        void markHeading(bool title)
        {
            if (!m_paragraphs.isEmpty()) {
                m_paragraphs.last().heading = true;
                m_paragraphs.last().title = m_paragraphs.last().title || title;
            }
        }

        void append(const QString &text)
        {
            if (!m_paragraphs.isEmpty()) {
                m_paragraphs.last().text += text;
            }
        }

        /// A tab or line break: inside a table a space, so that tabs and lines stay the table's.
        void appendBreak(QChar outsideTables)
        {
            append(m_tables.isEmpty() ? QString(outsideTables) : QStringLiteral(" "));
        }

        void startTable() { m_tables.append(Table {}); }
        void startRow()
        {
            if (!m_tables.isEmpty()) {
                m_tables.last().cells.clear();
            }
        }
        void startCell()
        {
            if (!m_tables.isEmpty()) {
                m_tables.last().cellParagraphs.clear();
            }
        }
        void finishCell()
        {
            if (!m_tables.isEmpty()) {
                Table &table = m_tables.last();
                table.cells.append(table.cellParagraphs.join(QLatin1Char(' ')));
                table.cellParagraphs.clear();
            }
        }
        void finishRow()
        {
            if (m_tables.isEmpty()) {
                return;
            }
            Table &table = m_tables.last();
            if (!table.cells.join(QString()).trimmed().isEmpty()) {
                table.rows.append(table.cells.join(QLatin1Char('\t')));
            }
            table.cells.clear();
        }
        void finishTable()
        {
            if (m_tables.isEmpty()) {
                return;
            }
            const Table table = m_tables.takeLast();
            if (table.rows.isEmpty()) {
                return;
            }
            if (m_tables.isEmpty()) {
                m_blocks.append(table.rows.join(QLatin1Char('\n')));
            } else {
                // A table in a cell is written into that cell.
                QString flat = table.rows.join(QLatin1Char(' '));
                m_tables.last().cellParagraphs.append(flat.replace(QLatin1Char('\t'), QLatin1Char(' ')));
            }
        }

        QString text() const { return m_blocks.join(QStringLiteral("\n\n")); }
        QString heading() const { return m_title.isEmpty() ? m_heading : m_title; }

    private:
        QList<Paragraph> m_paragraphs;
        QList<Table> m_tables;
        QStringList m_blocks;
        QStringList m_deferred;
        QString m_title;
        QString m_heading;
    };

    bool isHeadingStyle(const QString &style)
    {
        const QString id = style.toLower();
        // Word names its styles in the document's language ("berschrift1" is Überschrift 1 without its Ü).
        return id.startsWith(QLatin1String("heading")) || id.contains(QLatin1String("berschrift"))
            || id == QLatin1String("subtitle") || id == QLatin1String("untertitel");
    }

    bool isTitleStyle(const QString &style)
    {
        const QString id = style.toLower();
        return id == QLatin1String("title") || id == QLatin1String("titel");
    }

    QString isoDate(const QString &w3cdtf)
    {
        static const QRegularExpression date(QStringLiteral("^\\s*(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)"));
        const QRegularExpressionMatch match = date.match(w3cdtf);
        return match.hasMatch() ? match.captured(1) : QString();
    }

} // namespace

DocxBody DocxText::readDocument(const QByteArray &documentXml)
{
    DocxBody body;
    QXmlStreamReader reader(documentXml);
    BodyWriter writer;
    bool sawBody = false;
    int runDepth = 0;
    bool hiddenRun = false;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = reader.name();
            if (isMarkupCompatibility(reader.namespaceUri())) {
                if (name == u"Fallback") {
                    reader.skipCurrentElement(); // the same content again, for older readers
                }
                continue;
            }
            if (!isWordNamespace(reader.namespaceUri())) {
                continue;
            }
            if (name == u"body") {
                sawBody = true;
            } else if (name == u"p") {
                writer.startParagraph();
            } else if (name == u"pStyle") {
                const QString style = reader.attributes().value(reader.namespaceUri().toString(), u"val").toString();
                if (isTitleStyle(style) || isHeadingStyle(style)) {
                    writer.markHeading(isTitleStyle(style));
                }
            } else if (name == u"outlineLvl") {
                writer.markHeading(false);
            } else if (name == u"r") {
                ++runDepth;
                hiddenRun = false;
            } else if (name == u"vanish" && runDepth > 0) {
                const QStringView value = reader.attributes().value(reader.namespaceUri().toString(), u"val");
                hiddenRun = value.isEmpty() || (value != u"0" && value != u"false" && value != u"off");
            } else if (name == u"t") {
                const QString text = reader.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!hiddenRun) {
                    writer.append(text);
                }
            } else if (name == u"tab" && runDepth > 0) {
                writer.appendBreak(QLatin1Char('\t'));
            } else if ((name == u"br" || name == u"cr") && runDepth > 0) {
                writer.appendBreak(QLatin1Char('\n'));
            } else if (name == u"noBreakHyphen") {
                writer.append(QStringLiteral("-"));
            } else if (name == u"delText" || name == u"instrText" || name == u"moveFrom" || name == u"del") {
                reader.skipCurrentElement(); // deleted text of tracked changes, field codes
            } else if (name == u"tbl") {
                writer.startTable();
            } else if (name == u"tr") {
                writer.startRow();
            } else if (name == u"tc") {
                writer.startCell();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (!isWordNamespace(reader.namespaceUri())) {
                continue;
            }
            const QStringView name = reader.name();
            if (name == u"p") {
                writer.finishParagraph();
            } else if (name == u"r") {
                runDepth = std::max(0, runDepth - 1);
                hiddenRun = false;
            } else if (name == u"tc") {
                writer.finishCell();
            } else if (name == u"tr") {
                writer.finishRow();
            } else if (name == u"tbl") {
                writer.finishTable();
            }
        }
    }
    if (reader.hasError()) {
        body.error = ReaderMessage(
            QT_TRANSLATE_NOOP("DocumentReader", "the Word document is damaged (word/document.xml, line %1: %2)"),
            { QString::number(reader.lineNumber()), reader.errorString() });
        return body;
    }
    if (!sawBody) {
        body.error = ReaderMessage(
            QT_TRANSLATE_NOOP("DocumentReader", "the Word document is damaged (word/document.xml has no w:body)"));
        return body;
    }
    body.text = writer.text();
    body.heading = writer.heading();
    return body;
}

DocxCoreProperties DocxText::readCoreProperties(const QByteArray &coreXml)
{
    DocxCoreProperties properties;
    QXmlStreamReader reader(coreXml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        const QStringView name = reader.name();
        QString *target = nullptr;
        bool date = false;
        if (name == u"title") {
            target = &properties.title;
        } else if (name == u"creator") {
            target = &properties.creator;
        } else if (name == u"created") {
            target = &properties.created;
            date = true;
        } else if (name == u"modified") {
            target = &properties.modified;
            date = true;
        }
        if (target != nullptr) {
            const QString value = reader.readElementText(QXmlStreamReader::SkipChildElements).simplified();
            *target = date ? isoDate(value) : value;
        }
    }
    // A damaged core.xml costs its properties, not the document.
    return properties;
}

} // namespace Iwb
