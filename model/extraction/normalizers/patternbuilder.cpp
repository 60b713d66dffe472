// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "patternbuilder.h"

namespace Iwb {

QString PatternBuilder::group(const QString &key, const QString &body)
{
    if (m_mode == Mode::Plain) {
        return QLatin1String("(?:") + body + QLatin1Char(')');
    }
    return QStringLiteral("(?<%1_%2>").arg(key).arg(m_next++) + body + QLatin1Char(')');
}

QString PatternBuilder::anyOf(const QStringList &alternatives)
{
    QStringList present;
    for (const QString &alternative : alternatives) {
        if (!alternative.isEmpty()) {
            present.append(alternative);
        }
    }
    if (present.isEmpty()) {
        return {};
    }
    return QLatin1String("(?:") + present.join(QLatin1Char('|')) + QLatin1Char(')');
}

QString PatternBuilder::optional(const QString &body)
{
    if (body.isEmpty()) {
        return {};
    }
    return QLatin1String("(?:") + body + QLatin1String(")?");
}

} // namespace Iwb
