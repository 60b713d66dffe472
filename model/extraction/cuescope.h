// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "factfinder.h"

namespace Iwb {

/**
 * Decides each fact's polarity and certainty from the negation and hedge cues
 * around it, within its sentence:
 * - a hedge ("könnten", "may have been", reported-speech "seien") makes every
 *   fact of its sentence uncertain;
 * - a negation that looks forward ("keinerlei", "no evidence that") denies the
 *   facts after it up to the next clause break; one that looks back ("nicht
 *   betroffen", "were not affected") those before it;
 * - an attack is denied by any negation in its sentence, because both
 *   languages like to put the denial last ("Hinweise auf einen Angriff gebe es
 *   nicht").
 * Numbers, dates, times and names are never negated: "keine 40 Minuten" still
 * names a duration.
 */
class CueScope
{
public:
    static void apply(QList<Fact> &facts, const CueSpans &cues, const QList<TextSpan> &sentences, const QString &text);
};

} // namespace Iwb
