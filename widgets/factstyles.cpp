// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "factstyles.h"

namespace Iwb {

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
    QColor tint = color(fact.type);
    tint.setAlpha(fact.status == FactStatus::Rejected ? 25 : 70);
    format.setBackground(tint);
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
