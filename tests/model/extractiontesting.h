// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

// What the tests of the whole extraction share: a document of a test's own text, and facts
// described for a failure message.

#include "document/document.h"
#include "incident/fact.h"

#include <QList>
#include <QStringList>

namespace ExtractionTesting {

inline Iwb::Document documentOf(
    const QString &text, const QString &language, const QString &published = QStringLiteral("2026-01-16"))
{
    Iwb::Document document;
    document.setText(text);
    document.setLanguage(language);
    document.setPublished(published);
    return document;
}

/// "type:text" per fact, "(-)" after a denied one.
inline QString describe(const QList<Iwb::Fact> &facts)
{
    QStringList parts;
    for (const Iwb::Fact &fact : facts) {
        parts.append(Iwb::factTypeName(fact.type) + QLatin1Char(':') + fact.text
            + (fact.polarity == Iwb::Polarity::Negative ? QStringLiteral("(-)") : QString()));
    }
    return parts.join(QStringLiteral(" | "));
}

} // namespace ExtractionTesting
