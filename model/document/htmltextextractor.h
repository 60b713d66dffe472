// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QString>

namespace Iwb {

/// What an HTML page says as an article.
struct HtmlArticle
{
    QString title; ///< the <title>, or the first <h1> when there is no title
    QString text; ///< the visible article text, paragraphs separated by blank lines
    QString published; ///< ISO date from the page's metadata, empty when none
    QString language; ///< primary subtag of <html lang>, lower case, empty when none
};

/**
 * Extracts the readable article from an HTML page with gumbo, Google's HTML5
 * parser: the text of <article> (or <main>, or <body>), without scripts,
 * styles, navigation, cookie banners, footers and similar furniture as far as
 * the markup shows them, with block elements turned into paragraph breaks.
 */
class HtmlTextExtractor
{
public:
    static HtmlArticle extract(const QString &html);
};

} // namespace Iwb
