// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "factstyles.h"

#include <cmath>

namespace Iwb {

namespace {

    /// WCAG 2.x relative luminance of an opaque colour.
    double luminance(const QColor &color)
    {
        const auto channel = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
    }

    /// @p tint drawn with @p alpha (0–255) over @p background.
    QColor over(const QColor &tint, int alpha, const QColor &background)
    {
        const double a = alpha / 255.0;
        return QColor::fromRgbF(static_cast<float>(tint.redF() * a + background.redF() * (1 - a)),
            static_cast<float>(tint.greenF() * a + background.greenF() * (1 - a)),
            static_cast<float>(tint.blueF() * a + background.blueF() * (1 - a)));
    }

} // namespace

double FactStyles::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor FactStyles::tint(FactType type, FactStatus status) const
{
    // As strong as the status asks for, but never so strong that the article's text on it falls below the
    // 4.5:1 contrast WCAG AA (and BITV 2.0) ask for; the underline in the full colour still tells the type.
    const QColor background = QColor::fromRgba(m_theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
    const QColor text = QColor::fromRgba(m_theme.textColor(KSyntaxHighlighting::Theme::Normal));
    QColor tinted = color(type);
    int alpha = status == FactStatus::Rejected ? 25 : 70;
    while (alpha > 8 && contrastRatio(text, over(tinted, alpha, background)) < 4.6) {
        alpha -= 4;
    }
    tinted.setAlpha(alpha);
    return tinted;
}

using Style = KSyntaxHighlighting::Theme::TextStyle;

FactStyles::FactStyles(const KSyntaxHighlighting::Theme &theme)
    : m_theme(theme)
{
}

Style FactStyles::styleFor(FactType type)
{
    // Styles whose colours differ from each other in the common themes.
    switch (type) {
    case FactType::Organization:
        return Style::DataType;
    case FactType::Date:
        return Style::DecVal;
    case FactType::Time:
        return Style::SpecialChar;
    case FactType::Duration:
        return Style::ControlFlow;
    case FactType::Count:
        return Style::Float;
    case FactType::DataCategory:
        return Style::String;
    case FactType::Cause:
        return Style::Keyword;
    case FactType::Attack:
        return Style::Alert;
    case FactType::Discovery:
        return Style::Function;
    case FactType::Notification:
        return Style::Attribute;
    case FactType::Remediation:
        return Style::Comment;
    }
    return Style::Normal;
}

QColor FactStyles::color(FactType type) const
{
    const QRgb rgb = m_theme.textColor(styleFor(type));
    return rgb == 0 ? QColor(m_theme.textColor(Style::Normal)) : QColor::fromRgba(rgb);
}

QTextCharFormat FactStyles::format(const Fact &fact) const
{
    QTextCharFormat format;
    format.setBackground(tint(fact.type, fact.status));
    format.setUnderlineColor(color(fact.type));
    format.setUnderlineStyle(
        fact.certainty == Certainty::Uncertain ? QTextCharFormat::WaveUnderline : QTextCharFormat::SingleUnderline);
    if (fact.polarity == Polarity::Negative) {
        format.setFontStrikeOut(true);
    }
    if (fact.status == FactStatus::Accepted || fact.status == FactStatus::Edited) {
        format.setFontWeight(QFont::DemiBold);
    }
    return format;
}

} // namespace Iwb
