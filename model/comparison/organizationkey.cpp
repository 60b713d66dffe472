// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "organizationkey.h"

#include <QSet>
#include <QStringList>

namespace Iwb {

namespace {

    /// Legal forms as words after punctuation is removed ("e.V." -> "ev", "S.A." -> "sa").
    const QSet<QString> &legalForms()
    {
        static const QSet<QString> forms {
            QStringLiteral("gmbh"),
            QStringLiteral("mbh"),
            QStringLiteral("ag"),
            QStringLiteral("se"),
            QStringLiteral("kg"),
            QStringLiteral("kgaa"),
            QStringLiteral("ohg"),
            QStringLiteral("ug"),
            QStringLiteral("ev"),
            QStringLiteral("eg"),
            QStringLiteral("co"),
            QStringLiteral("inc"),
            QStringLiteral("llc"),
            QStringLiteral("ltd"),
            QStringLiteral("limited"),
            QStringLiteral("plc"),
            QStringLiteral("corp"),
            QStringLiteral("corporation"),
            QStringLiteral("lp"),
            QStringLiteral("llp"),
            QStringLiteral("sa"),
            QStringLiteral("sas"),
            QStringLiteral("sarl"),
            QStringLiteral("srl"),
            QStringLiteral("spa"),
            QStringLiteral("bv"),
            QStringLiteral("nv"),
            QStringLiteral("ab"),
            QStringLiteral("as"),
            QStringLiteral("oy"),
        };
        return forms;
    }

} // namespace

QString organizationKey(const QString &name)
{
    // "&" separates words ("GmbH & Co. KG"); dots inside abbreviations join them ("e.V." -> "ev").
    QString cleaned;
    cleaned.reserve(name.size());
    for (const QChar c : name.toCaseFolded()) {
        if (c.isLetterOrNumber()) {
            cleaned.append(c);
        } else if (c == QLatin1Char('.') || c == QLatin1Char('\'') || c == QChar(0x2019)) {
            continue;
        } else {
            cleaned.append(QLatin1Char(' '));
        }
    }
    QStringList words = cleaned.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // Only trailing legal forms go, and never the whole name ("AG" alone stays "ag").
    while (words.size() > 1 && legalForms().contains(words.last())) {
        words.removeLast();
    }
    return words.join(QLatin1Char(' '));
}

} // namespace Iwb
