// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

/// A deliberately small RFC 4180 reader, independent of CsvWriter, so that tests and fuzzers read
/// what a spreadsheet would: fields in double quotes may hold the delimiter, CRLF and doubled quotes;
/// records end with CRLF; a leading UTF-8 byte order mark is skipped.
inline QList<QStringList> parseCsv(const QByteArray &bytes, char delimiter = ',')
{
    QList<QStringList> rows;
    QStringList row;
    QByteArray field;
    bool quoted = false;
    qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    for (; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (quoted) {
            if (c == '"' && i + 1 < bytes.size() && bytes.at(i + 1) == '"') {
                field.append('"');
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field.append(c);
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == delimiter) {
            row.append(QString::fromUtf8(field));
            field.clear();
        } else if (c == '\r' && i + 1 < bytes.size() && bytes.at(i + 1) == '\n') {
            row.append(QString::fromUtf8(field));
            field.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else {
            field.append(c);
        }
    }
    return rows;
}
