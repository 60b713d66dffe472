// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QList>
#include <QString>

namespace Iwb {

class HtmlTree;

/**
 * Writes the text of parts of a page as the article the analyst reads: each
 * heading, paragraph, list item and block quote a paragraph of its own
 * (separated by a blank line), a line break (`br`) a new paragraph, a table one
 * line per row with its cells separated by tabs, whitespace inside a paragraph
 * collapsed as a browser shows it. Nodes marked @p skipped are left out with
 * their subtrees. One loop over the nodes: linear in the page.
 */
class ArticleTextWriter
{
public:
    static QString write(const HtmlTree &tree, const QList<qsizetype> &roots, const QList<bool> &skipped);

    /// Drops lines that are the page's furniture wherever they stand ("Lesen Sie auch", "Share this
    /// article", "Foto: …", "Anzeige"): short lines that only say where to click next.
    static QString withoutBoilerplateLines(const QString &text);
};

} // namespace Iwb
