// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace Iwb {

/**
 * Where an exporter's table goes, one field at a time and one record after
 * the other, the first record being the column names: a CSV file
 * (CsvWriter) or a spreadsheet (XlsxTableWriter). The exporter decides the
 * columns and rows once for both, so the two formats cannot drift apart.
 */
class TableSink
{
public:
    virtual ~TableSink() = default;

    /// Untrusted text (article text, notes): the sink keeps it from running as a formula.
    virtual void addText(QStringView text) = 0;
    /// Text the program made (column names, id lists).
    virtual void addTrustedText(QStringView text) = 0;
    /// addText() for text that is UTF-8 already (TableRows::utf8()). By default decoded and handed to
    /// addText(); a sink that writes UTF-8 (CsvWriter) copies it as it is, which is what makes a large
    /// export as fast as sqlite3's own.
    virtual void addUtf8Text(QByteArrayView text) { addText(QString::fromUtf8(text)); }
    /// addTrustedText() for UTF-8.
    virtual void addTrustedUtf8(QByteArrayView text) { addTrustedText(QString::fromUtf8(text)); }
    /// A number, or an empty field for std::nullopt.
    virtual void addNumber(std::optional<qint64> value) = 0;
    /// true/false, or an empty field for std::nullopt.
    virtual void addBoolean(std::optional<bool> value) = 0;
    virtual void addEmpty() = 0;
    virtual void endRecord() = 0;
    /// Completes the output; false with errorString() when it could not be written.
    virtual bool finish() = 0;
    virtual QString errorString() const = 0;
};

} // namespace Iwb
