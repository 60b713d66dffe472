// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "exchange/tablesink.h"

#include <QByteArray>
#include <QByteArrayView>
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
    /// addText() for text that is UTF-8 already (TableRows::utf8()): copied as it is, with the same quoting and
    /// neutralizing; text that is not valid UTF-8 is decoded first (each bad sequence becomes U+FFFD), as
    /// addText() would have had it.
    void addUtf8Text(QByteArrayView text) override;
    /// addTrustedText() for UTF-8.
    void addTrustedUtf8(QByteArrayView text) override;
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
    /// Room for @p bytes more at the end of what is buffered; the caller writes there and adds to m_used.
    char *room(qsizetype bytes);
    /// Appends to the buffer. QByteArray::append(char) costs a call into QByteArray::insert() per byte; an
    /// export of 100,000 records appends a few million delimiters and quotes.
    void put(char c);
    void put(QByteArrayView bytes);
    void startField();
    void appendField(QStringView text, bool neutralize);
    void appendUtf8(QStringView text);
    void appendUtf8Field(QByteArrayView text, bool neutralize);
    /// Whether a field must be quoted: it holds the delimiter, a double quote, CR or LF.
    template<typename Char> bool needsQuotes(const Char *begin, const Char *end) const;
    void flushIfFull();

    QIODevice *m_device;
    CsvOptions m_options;
    QStringEncoder m_encoder;
    QByteArray m_buffer; ///< sized ahead; its first m_used bytes are the output not yet written
    qsizetype m_used = 0;
    bool m_atRecordStart = true;
    bool m_failed = false;
    QString m_error;
};

} // namespace Iwb
