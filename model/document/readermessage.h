// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QString>
#include <QStringList>

namespace Iwb {

/**
 * Why a reader refused a file, kept as its English source text and its
 * arguments instead of as finished text. The reader process incident-parse
 * loads no translations: it sends both (IsolatedParser's JSON "error_source"
 * and "error_arguments"), and the workbench shows the message in the
 * analyst's language, the command line in English.
 *
 * The source texts are marked where they are written:
 *     ReaderMessage(QT_TRANSLATE_NOOP("DocumentReader", "the mail has no text part"))
 * so that lupdate finds them in context "DocumentReader".
 */
class ReaderMessage
{
public:
    ReaderMessage() = default;
    /// @p source has %1, %2, … for @p arguments (numbers given as text).
    explicit ReaderMessage(const char *source, QStringList arguments = {});
    /// A message received as its source text (from the reader's JSON).
    static ReaderMessage fromSource(const QString &source, QStringList arguments);

    bool isEmpty() const { return m_source.isEmpty(); }
    QString source() const { return m_source; }
    QStringList arguments() const { return m_arguments; }

    /// The message in English: the source with its arguments.
    QString english() const;
    /// The message in the interface's language (the installed translation of context "DocumentReader").
    QString translated() const;

private:
    QString m_source;
    QStringList m_arguments;
};

} // namespace Iwb
