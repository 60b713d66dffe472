// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "exchange/tablesink.h"

#include <QByteArray>
#include <QString>
#include <QStringConverter>
#include <QStringView>

#include <optional>

class QIODevice;

namespace Iwb {

/// How a CSV file is laid out.
struct CsvOptions
{
    /// ',' (RFC 4180), ';' (what German spreadsheets expect) or '\t'.
    char delimiter = ',';
    /// Starts the file with the UTF-8 byte order mark, so spreadsheets that guess a legacy encoding read UTF-8.
    bool byteOrderMark = false;

    /// Reads a delimiter as the command line and the export dialog name it: ",", ";", "tab" (or a tab character).
    static std::optional<char> delimiterFromName(const QString &name);
};

/**
 * Writes RFC 4180 CSV in UTF-8 to a QIODevice, one field at a time.
 *
 * A field is quoted when it contains the delimiter, a double quote, CR or LF;
 * quotes inside it are doubled. Records end with CRLF.
 *
 * Text fields are untrusted (article text, analyst notes): one that begins
 * with '=', '+', '-', '@', tab or CR would run as a formula in a spreadsheet,
 * so it gets a leading apostrophe. Numbers the program itself produces go
 * through addNumber() and are written as plain numbers.
 *
 * Output collects in a buffer and reaches the device in chunks of about
 * 1 MiB; call finish() at the end, which also reports write errors.
 */
class CsvWriter : public TableSink
{
public:
    explicit CsvWriter(QIODevice *device, const CsvOptions &options = {});
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    /// An untrusted text field: neutralized against formula injection, quoted when needed.
    void addText(QStringView text) override;
    /// A field the program made and knows to be safe (a header name, an id list): quoted when needed, never prefixed.
    void addTrustedText(QStringView text) override;
    void addNumber(qint64 value);
    /// Empty field for std::nullopt.
    void addNumber(std::optional<qint64> value) override;
    /// "true", "false", or an empty field for std::nullopt.
    void addBoolean(std::optional<bool> value) override;
    void addEmpty() override;
    /// Ends the current record with CRLF.
    void endRecord() override;

    /// Writes what is buffered; false when the device refused data (see errorString()).
    bool finish() override;
    QString errorString() const override { return m_error; }

    /// True when a spreadsheet would treat @p text as a formula (its first character is = + - @ tab or CR).
    static bool needsNeutralizing(QStringView text);
    /// One field exactly as addText() writes it, without the delimiter; for tests and previews.
    static QByteArray encodeField(QStringView text, char delimiter = ',');

private:
    void startField();
    void appendField(QStringView text, bool neutralize);
    void appendUtf8(QStringView text);
    void flushIfFull();

    QIODevice *m_device;
    CsvOptions m_options;
    QStringEncoder m_encoder;
    QByteArray m_buffer;
    bool m_atRecordStart = true;
    bool m_failed = false;
    QString m_error;
};

} // namespace Iwb
