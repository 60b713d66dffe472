// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "incident/fact.h"

#include <KSyntaxHighlighting/Theme>

#include <QColor>
#include <QTextCharFormat>

namespace Iwb {

/**
 * The look of facts in the article, taken from a KSyntaxHighlighting theme so
 * that light and dark themes both work: each fact type maps to one of the
 * theme's text styles, whose colour marks the fact (a tinted background and
 * an underline). Negated facts are struck through, uncertain ones get a wavy
 * underline, rejected ones are faint.
 */
class FactStyles
{
public:
    explicit FactStyles(const KSyntaxHighlighting::Theme &theme);

    QColor color(FactType type) const;
    QTextCharFormat format(const Fact &fact) const;
    /// The highlight behind a fact's text: its colour, as translucent as the text's contrast needs.
    QColor tint(FactType type, FactStatus status) const;
    /// The WCAG contrast ratio of two opaque colours (1 to 21).
    static double contrastRatio(const QColor &a, const QColor &b);
    const KSyntaxHighlighting::Theme &theme() const { return m_theme; }

    /// The theme text style each fact type is drawn with.
    static KSyntaxHighlighting::Theme::TextStyle styleFor(FactType type);

private:
    KSyntaxHighlighting::Theme m_theme;
};

} // namespace Iwb
