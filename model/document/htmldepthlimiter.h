// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QByteArray>

namespace Iwb {

/**
 * Bounds the shapes of HTML that make tree construction quadratic, before the
 * parser sees the page, in one linear pass over the bytes.
 *
 * gumbo, like every HTML5 parser, walks its stack of open elements for scope
 * checks: 50,000 nested `div`s take seconds, 200,000 minutes. Browsers bound
 * it (Chromium stops nesting at depth 512 and attaches deeper elements to
 * their parent); this pass does the same in front of the parser: a start tag
 * that would open an element deeper than the limit is left out (a block-level
 * one becomes a `<br>`, so its text stays a paragraph of its own), and so is
 * its end tag. Likewise for the other quadratic shapes: more than a few dozen
 * unclosed formatting elements (`<b><b><b>…`, re-opened by the parser before
 * every block) and tags with thousands of attributes (each checked against
 * all the others). Text, comments and the content of raw-text elements
 * (`script`, `style`, `textarea`, …) are copied unchanged: no text is lost.
 *
 * The pass tracks nesting the way the parser will, closely enough to bound it:
 * end tags close up to their element, `p`, `li`, `dt`, `dd`, `tr`, `td`, `th`
 * and `option` close an open one of their kind, void elements never open.
 */
class HtmlDepthLimiter
{
public:
    struct Limits
    {
        int maxDepth = 512; ///< open elements, as Chromium's parser allows
        int maxFormattingElements = 32; ///< open `b`, `i`, `a`, `font`, … at once
        int maxAttributes = 256; ///< attributes kept per tag
    };

    /// @p html (UTF-8) with the shapes above bounded; unchanged when it has none.
    static QByteArray limit(const QByteArray &html, const Limits &limits);
    static QByteArray limit(const QByteArray &html) { return limit(html, Limits {}); }
};

} // namespace Iwb
