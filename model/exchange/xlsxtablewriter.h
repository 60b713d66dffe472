// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "exchange/tablesink.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace Iwb {

/**
 * A table as an Excel workbook (.xlsx, one worksheet), written with
 * libxlsxwriter into memory: typed cells (numbers as numbers, booleans as
 * booleans, dates, times and timestamps in ISO columns as Excel dates with an
 * ISO display format), the header row frozen and filtered, columns as wide as
 * their content (within bounds). Text is always a string cell, never a
 * formula, so "=HYPERLINK(…)" in an article stays text.
 *
 * Which columns hold dates is known from the header: `incident_date` (a full
 * date; "2019-12" stays text), `start_time`/`end_time` (times of day),
 * `created_at`/`modified_at` (timestamps).
 */
class XlsxTableWriter : public TableSink
{
public:
    explicit XlsxTableWriter(const QString &sheetName);
    ~XlsxTableWriter() override;
    XlsxTableWriter(const XlsxTableWriter &) = delete;
    XlsxTableWriter &operator=(const XlsxTableWriter &) = delete;

    void addText(QStringView text) override;
    void addTrustedText(QStringView text) override;
    void addNumber(std::optional<qint64> value) override;
    void addBoolean(std::optional<bool> value) override;
    void addEmpty() override;
    void endRecord() override;
    bool finish() override;
    QString errorString() const override { return m_error; }

    /// The workbook's bytes, after finish().
    const QByteArray &bytes() const { return m_bytes; }

private:
    enum class Kind { Text, Date, Time, Timestamp };
    void writeString(QStringView text);
    void noteWidth(qsizetype characters);
    void check(int error);

    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_time = nullptr;
    lxw_format *m_timestamp = nullptr;
    const char *m_buffer = nullptr;
    size_t m_bufferSize = 0;
    quint32 m_row = 0;
    quint16 m_column = 0;
    QList<Kind> m_kinds; ///< per column, from the header
    QList<int> m_widths; ///< per column, in characters
    QByteArray m_bytes;
    QString m_error;
    bool m_finished = false;
};

} // namespace Iwb
