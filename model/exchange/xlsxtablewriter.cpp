// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "xlsxtablewriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QTime>

#include <xlsxwriter.h>

#include <algorithm>
#include <cstdlib>

namespace Iwb {

namespace {

    /// Column widths in characters: wide enough for a date or a short name, never wider than a screen's half.
    constexpr int minimumWidth = 8;
    constexpr int maximumWidth = 60;

    lxw_datetime dateTime(const QDate &date, const QTime &time)
    {
        lxw_datetime value {};
        if (date.isValid()) {
            value.year = date.year();
            value.month = date.month();
            value.day = date.day();
        }
        value.hour = time.hour();
        value.min = time.minute();
        value.sec = time.second();
        return value;
    }

} // namespace

XlsxTableWriter::XlsxTableWriter(const QString &sheetName)
{
    lxw_workbook_options options {};
    options.output_buffer = &m_buffer;
    options.output_buffer_size = &m_bufferSize;
    m_workbook = workbook_new_opt(nullptr, &options);
    if (!m_workbook) {
        m_error = QCoreApplication::translate("Iwb::Export", "cannot create the workbook");
        return;
    }
    m_sheet = workbook_add_worksheet(m_workbook, sheetName.left(31).toUtf8().constData());
    m_header = workbook_add_format(m_workbook);
    format_set_bold(m_header);
    m_date = workbook_add_format(m_workbook);
    format_set_num_format(m_date, "yyyy-mm-dd");
    m_time = workbook_add_format(m_workbook);
    format_set_num_format(m_time, "hh:mm");
    m_timestamp = workbook_add_format(m_workbook);
    format_set_num_format(m_timestamp, "yyyy-mm-dd hh:mm:ss");
}

XlsxTableWriter::~XlsxTableWriter()
{
    if (m_workbook && !m_finished) {
        workbook_close(m_workbook);
    }
    std::free(const_cast<char *>(m_buffer));
}

void XlsxTableWriter::check(int error)
{
    if (error != LXW_NO_ERROR && m_error.isEmpty()) {
        m_error = QString::fromUtf8(lxw_strerror(static_cast<lxw_error>(error)));
    }
}

void XlsxTableWriter::noteWidth(qsizetype characters)
{
    if (m_widths.size() <= m_column) {
        m_widths.resize(m_column + 1, minimumWidth);
    }
    m_widths[m_column] = std::clamp(static_cast<int>(characters) + 2, m_widths.at(m_column), maximumWidth);
}

void XlsxTableWriter::writeString(QStringView text)
{
    // Excel keeps at most 32,767 characters in a cell.
    const QByteArray utf8 = text.left(32767).toUtf8();
    check(worksheet_write_string(m_sheet, m_row, m_column, utf8.constData(), m_row == 0 ? m_header : nullptr));
}

void XlsxTableWriter::addTrustedText(QStringView text)
{
    if (!m_sheet) {
        return;
    }
    if (m_row == 0) {
        // The header: its names say which columns hold dates and times.
        const Kind kind = text == u"incident_date"            ? Kind::Date
            : text == u"start_time" || text == u"end_time"    ? Kind::Time
            : text == u"created_at" || text == u"modified_at" ? Kind::Timestamp
                                                              : Kind::Text;
        m_kinds.append(kind);
        noteWidth(text.size());
        writeString(text);
        ++m_column;
        return;
    }
    addText(text);
}

void XlsxTableWriter::addText(QStringView text)
{
    if (!m_sheet || m_row == 0) {
        addTrustedText(text);
        return;
    }
    if (text.isEmpty()) {
        addEmpty();
        return;
    }
    const Kind kind = m_kinds.value(m_column, Kind::Text);
    const QString value = text.toString();
    if (kind == Kind::Date && value.size() == 10) {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (date.isValid()) {
            lxw_datetime when = dateTime(date, QTime(0, 0));
            check(worksheet_write_datetime(m_sheet, m_row, m_column, &when, m_date));
            noteWidth(10);
            ++m_column;
            return;
        }
    } else if (kind == Kind::Time) {
        const QTime time = QTime::fromString(value, QStringLiteral("HH:mm"));
        if (time.isValid()) {
            lxw_datetime when = dateTime(QDate(), time);
            check(worksheet_write_datetime(m_sheet, m_row, m_column, &when, m_time));
            noteWidth(5);
            ++m_column;
            return;
        }
    } else if (kind == Kind::Timestamp) {
        const QDateTime stamp = QDateTime::fromString(value, Qt::ISODate);
        if (stamp.isValid()) {
            // Stored in UTC; the sheet shows the same instant as the store, in UTC.
            const QDateTime utc = stamp.toUTC();
            lxw_datetime when = dateTime(utc.date(), utc.time());
            check(worksheet_write_datetime(m_sheet, m_row, m_column, &when, m_timestamp));
            noteWidth(19);
            ++m_column;
            return;
        }
    }
    // Always a string cell: a text that starts with "=" is shown as it is and never calculated.
    noteWidth(text.size());
    writeString(text);
    ++m_column;
}

void XlsxTableWriter::addNumber(std::optional<qint64> value)
{
    if (!value) {
        addEmpty();
        return;
    }
    if (m_sheet) {
        check(worksheet_write_number(m_sheet, m_row, m_column, static_cast<double>(*value), nullptr));
        noteWidth(QString::number(*value).size());
    }
    ++m_column;
}

void XlsxTableWriter::addBoolean(std::optional<bool> value)
{
    if (!value) {
        addEmpty();
        return;
    }
    if (m_sheet) {
        check(worksheet_write_boolean(m_sheet, m_row, m_column, *value ? 1 : 0, nullptr));
        noteWidth(5);
    }
    ++m_column;
}

void XlsxTableWriter::addEmpty()
{
    ++m_column;
}

void XlsxTableWriter::endRecord()
{
    ++m_row;
    m_column = 0;
}

bool XlsxTableWriter::finish()
{
    if (!m_workbook || m_finished) {
        return m_error.isEmpty() && m_finished;
    }
    if (m_sheet && !m_kinds.isEmpty()) {
        const auto lastColumn = static_cast<lxw_col_t>(m_kinds.size() - 1);
        // The header stays in view and filters the rows below it.
        worksheet_freeze_panes(m_sheet, 1, 0);
        check(worksheet_autofilter(m_sheet, 0, 0, m_row > 0 ? m_row - 1 : 0, lastColumn));
        for (lxw_col_t column = 0; column <= lastColumn; ++column) {
            check(worksheet_set_column(m_sheet, column, column, m_widths.value(column, minimumWidth), nullptr));
        }
    }
    m_finished = true;
    check(workbook_close(m_workbook));
    m_workbook = nullptr;
    if (m_error.isEmpty()) {
        m_bytes = QByteArray(m_buffer, static_cast<qsizetype>(m_bufferSize));
    }
    return m_error.isEmpty();
}

} // namespace Iwb
