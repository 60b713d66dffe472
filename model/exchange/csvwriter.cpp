// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "csvwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace Iwb {

namespace {

    // Big enough that writes are few, small enough that memory stays flat.
    constexpr qsizetype flushThreshold = 1 << 20;

    /// A spreadsheet takes a cell that starts with one of these for a formula.
    bool startsFormula(char16_t first)
    {
        switch (first) {
        case '=':
        case '+':
        case '-':
        case '@':
        case '\t':
        case '\r':
            return true;
        default:
            return false;
        }
    }

} // namespace

std::optional<char> CsvOptions::delimiterFromName(const QString &name)
{
    if (name == QLatin1String(",") || name.compare(QLatin1String("comma"), Qt::CaseInsensitive) == 0) {
        return ',';
    }
    if (name == QLatin1String(";") || name.compare(QLatin1String("semicolon"), Qt::CaseInsensitive) == 0) {
        return ';';
    }
    if (name == QLatin1String("\t") || name.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0) {
        return '\t';
    }
    return std::nullopt;
}

CsvWriter::CsvWriter(QIODevice *device, const CsvOptions &options)
    : m_device(device)
    , m_options(options)
    , m_encoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless)
{
    m_buffer.resize(flushThreshold + qsizetype(64) * 1024);
    if (m_options.byteOrderMark) {
        put("\xEF\xBB\xBF");
    }
}

bool CsvWriter::needsNeutralizing(QStringView text)
{
    return !text.isEmpty() && startsFormula(text.front().unicode());
}

QByteArray CsvWriter::encodeField(QStringView text, char delimiter)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, CsvOptions { delimiter, false });
    writer.addText(text);
    writer.finish();
    return bytes;
}

char *CsvWriter::room(qsizetype bytes)
{
    if (m_used + bytes > m_buffer.size()) {
        m_buffer.resize(std::max(m_buffer.size() * 2, m_used + bytes));
    }
    return m_buffer.data() + m_used;
}

void CsvWriter::put(char c)
{
    *room(1) = c;
    ++m_used;
}

void CsvWriter::put(QByteArrayView bytes)
{
    if (!bytes.isEmpty()) {
        std::memcpy(room(bytes.size()), bytes.data(), size_t(bytes.size()));
        m_used += bytes.size();
    }
}

void CsvWriter::startField()
{
    if (!m_atRecordStart) {
        put(m_options.delimiter);
    }
    m_atRecordStart = false;
}

void CsvWriter::appendUtf8(QStringView text)
{
    if (text.isEmpty()) {
        return;
    }
    char *start = room(m_encoder.requiredSpace(text.size()));
    m_used += m_encoder.appendToBuffer(start, text) - start;
}

template<typename Char> bool CsvWriter::needsQuotes(const Char *begin, const Char *end) const
{
    // In UTF-8 every byte of a multi-byte sequence is 0x80 or more: no byte of one is taken for these.
    const Char delimiter = Char(m_options.delimiter);
    for (const Char *at = begin; at != end; ++at) {
        const Char c = *at;
        if (c == Char('"') || c == Char('\n') || c == Char('\r') || c == delimiter) {
            return true;
        }
    }
    return false;
}

void CsvWriter::appendField(QStringView text, bool neutralize)
{
    startField();
    const bool quote = needsQuotes(text.utf16(), text.utf16() + text.size());
    if (quote) {
        put('"');
    }
    if (neutralize && needsNeutralizing(text)) {
        put('\'');
    }
    if (!quote) {
        appendUtf8(text);
    } else {
        // Double every quote: copy the runs between them in one piece each.
        qsizetype runStart = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] == u'"') {
                appendUtf8(text.sliced(runStart, i + 1 - runStart));
                put('"');
                runStart = i + 1;
            }
        }
        appendUtf8(text.sliced(runStart));
        put('"');
    }
    flushIfFull();
}

void CsvWriter::appendUtf8Field(QByteArrayView text, bool neutralize)
{
    if (!text.isValidUtf8()) {
        appendField(QString::fromUtf8(text), neutralize);
        return;
    }
    startField();
    const bool quote = needsQuotes(text.begin(), text.end());
    if (quote) {
        put('"');
    }
    // The first byte decides: the characters that start a formula are all ASCII.
    if (neutralize && !text.isEmpty() && startsFormula(char16_t(uchar(text.front())))) {
        put('\'');
    }
    if (!quote) {
        put(text);
    } else {
        // Double every quote: copy the runs between them in one piece each.
        qsizetype runStart = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] == '"') {
                put(text.sliced(runStart, i + 1 - runStart));
                put('"');
                runStart = i + 1;
            }
        }
        put(text.sliced(runStart));
        put('"');
    }
    flushIfFull();
}

void CsvWriter::addUtf8Text(QByteArrayView text)
{
    appendUtf8Field(text, true);
}

void CsvWriter::addTrustedUtf8(QByteArrayView text)
{
    appendUtf8Field(text, false);
}

void CsvWriter::addText(QStringView text)
{
    appendField(text, true);
}

void CsvWriter::addTrustedText(QStringView text)
{
    appendField(text, false);
}

void CsvWriter::addNumber(qint64 value)
{
    startField();
    // Formats into the buffer directly; QByteArray::number would allocate for every cell.
    char digits[24];
    char *end = digits + sizeof digits;
    char *at = end;
    const bool negative = value < 0;
    quint64 magnitude = negative ? quint64(0) - quint64(value) : quint64(value);
    do {
        *--at = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (negative) {
        *--at = '-';
    }
    put(QByteArrayView(at, end - at));
}

void CsvWriter::addNumber(std::optional<qint64> value)
{
    if (value) {
        addNumber(*value);
    } else {
        addEmpty();
    }
}

void CsvWriter::addBoolean(std::optional<bool> value)
{
    startField();
    if (value) {
        put(*value ? "true" : "false");
    }
}

void CsvWriter::addEmpty()
{
    startField();
}

void CsvWriter::endRecord()
{
    put("\r\n");
    m_atRecordStart = true;
    flushIfFull();
}

void CsvWriter::flushIfFull()
{
    if (m_used >= flushThreshold) {
        finish();
    }
}

bool CsvWriter::finish()
{
    if (m_failed) {
        return false;
    }
    if (m_used > 0) {
        const qint64 written = m_device->write(m_buffer.constData(), m_used);
        if (written != m_used) {
            m_failed = true;
            m_error = m_device->errorString();
            if (m_error.isEmpty()) {
                m_error = QCoreApplication::translate("Iwb::Export", "the output refused data");
            }
            return false;
        }
        m_used = 0;
    }
    return true;
}

} // namespace Iwb
