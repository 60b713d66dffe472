// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "document/document.h"
#include "incident/fact.h"
#include "incident/incidentrecord.h"
#include "sentencesplitter.h"

namespace Iwb {

class RulePack;

/**
 * Turns an article's facts into a draft incident record, each field linked
 * (through fact indices) to the facts that are its evidence.
 *
 * The choices, in short: the organization mentioned most (with a bonus for the
 * headline and the lead, never a news outlet or an authority); the first full
 * incident date in the text that is not after publication; the first time
 * range as the window; a stated duration, else one computed from the window;
 * the first count of people, accounts or records; data categories split by
 * polarity (a denial wins); the most frequent cause; an attack when one is
 * asserted and none denied. A text without any incident facts gets an empty
 * record rather than a guessed one.
 */
class RecordAssembler
{
public:
    explicit RecordAssembler(const RulePack &pack);

    /// The record; evidence maps field names to indices into @p facts (not store ids).
    /// @p otherOrganizations, named outside the incident's context, may be the record's organization
    /// but are no evidence.
    IncidentRecord assemble(const QList<Fact> &facts, const Document &document, const QList<TextSpan> &sentences,
        const QList<Fact> &otherOrganizations = {}) const;

private:
    QString chooseOrganization(const QList<Fact> &facts, const QList<Fact> &otherOrganizations,
        const Document &document, QList<qint64> *evidence) const;
    static void chooseWindow(const QList<Fact> &facts, IncidentRecord *record);
    static qint64 chooseIncidentDate(
        const QList<Fact> &facts, const Document &document, const QList<TextSpan> &sentences);

    const RulePack &m_pack;
};

} // namespace Iwb
