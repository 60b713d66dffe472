// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "htmlpagemetadata.h"

#include <QString>

namespace Iwb {

/// What an HTML page says as an article.
struct HtmlArticle
{
    QString text; ///< the article body, paragraphs separated by blank lines; empty when the page has no text
    HtmlPageMetadata page; ///< title, dates, author, site, canonical URL, language
};

/**
 * Reads the article from an HTML page: parses it (HtmlTree: gumbo behind a
 * linear bound on nesting), reads what the page says about itself
 * (HtmlPageMetadata), finds the main content (ArticleBodyFinder) and writes it
 * as paragraphs (ArticleTextWriter). Where the markup hides the body but the
 * page's JSON-LD carries it (pages rendered by script), the JSON-LD body is
 * taken; a page whose only text is its description gives that. Linear in the
 * page's size.
 */
class HtmlTextExtractor
{
public:
    static HtmlArticle extract(const QString &html);
    static HtmlArticle extract(const QByteArray &utf8);
};

} // namespace Iwb
