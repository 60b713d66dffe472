// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QList>

namespace Iwb {

class HtmlTree;

/// Where a page's article is: the subtrees whose text is the body, and the nodes inside them to leave out.
struct ArticleBody
{
    QList<qsizetype> roots; ///< in document order; empty when the page has no text at all
    QList<bool> skipped; ///< per node of the tree: left out with its subtree (furniture, link lists)
};

/**
 * Finds the main content of a web page the way the established extractors do
 * (Mozilla Readability, boilerpipe, jusText, trafilatura; none of their code):
 *
 * 1. Furniture is marked: elements that never hold article text (scripts,
 *    navigation, forms' controls, hidden elements) and containers whose class,
 *    id or role names furniture ("comment", "share", "related", "newsletter",
 *    "cookie", …) unless they also name content ("article", "content", …).
 * 2. Every block of running text (a paragraph, a cell, a `div` of text) of 25
 *    characters or more scores for its container and, less, for the container's
 *    ancestors: one point, one per comma, one per hundred characters up to three.
 *    Containers get a head start by tag and by class/id hints (`article`,
 *    `itemprop=articleBody` up, `comment`, `sidebar` down), and the score is
 *    scaled by the share of their text that is not link text.
 * 3. The best container wins; its parent instead when the parent scores as
 *    well; the winner's siblings join when they score near it or are plain
 *    paragraphs of prose (an article split over several `div`s).
 * 4. Inside the winner, link lists, forms, and containers named like furniture
 *    are left out.
 *
 * When this leaves almost nothing, the search is repeated without the
 * class/id hints (they mislabel some pages' whole body), and then the whole
 * page's visible text is taken: a page with text is never left empty.
 * Every step is a loop over the flat tree: linear in the page.
 */
class ArticleBodyFinder
{
public:
    static ArticleBody find(const HtmlTree &tree);
};

} // namespace Iwb
