// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "factfinder.h"

#include <QStringList>

namespace Iwb {

/**
 * Decides each fact's polarity and certainty from the negation and hedge cues
 * around it, within its sentence:
 * - a hedge ("könnten", "may have been", reported-speech "seien") makes every
 *   fact of its sentence uncertain, unless the hedge is part of a date ("on May 12");
 * - a negation denies the list of facts next to it in its clause: one that looks
 *   forward ("keinerlei", "no evidence that") the nearest fact after it and the
 *   facts listed with it ("keine Karten-, Bank- oder Kontodaten"); one that looks
 *   back ("nicht betroffen", "were not affected") the nearest fact before it and
 *   its list. A list is facts joined by commas and one conjunction before its last
 *   item; after that conjunction a comma starts a new clause, so in "Betroffen
 *   seien Namen und Adressen, Zahlungsdaten seien dagegen nicht betroffen" only
 *   "Zahlungsdaten" is denied. A clause break (";", ":", a dash, a comma before no
 *   fact) or a conjunction between the negation and the fact ends its scope.
 * - a forward negation with no fact after it in its clause denies the list before
 *   it, as German puts the negation after the subject ("Passwörter seien zu
 *   keinem Zeitpunkt einsehbar gewesen");
 * - a fact inside a negation's words is denied ("schließt einen Hackerangriff aus");
 * - an attack is denied by any negation in its sentence, because both
 *   languages like to put the denial last ("Hinweise auf einen Angriff gebe es
 *   nicht").
 * Numbers, dates, times and names are never negated: "keine 40 Minuten" still
 * names a duration.
 */
class CueScope
{
public:
    /// @p conjunctions are the rule pack's coordination words ("und", "or").
    static void apply(QList<Fact> &facts, const CueSpans &cues, const QList<TextSpan> &sentences, const QString &text,
        const QStringList &conjunctions);
};

} // namespace Iwb
