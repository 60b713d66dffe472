// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace Iwb {

/// How often an unbounded repeat may repeat before a text counts as one with long repeats.
constexpr int maxRepeats = 16;

/// An exact pattern taken apart for finding its matches' starts without Hyperscan's start-of-match
/// tracking, which made the scan four times slower: the pattern reversed (its matches read
/// backwards), the pattern with every unbounded repeat capped at maxRepeats (whose longest match
/// bounds how far back a start can lie), and for each unbounded repeat a pattern that finds where
/// it would repeat more often than that.
struct Reversal
{
    QByteArray reversed;
    QByteArray capped;
    QList<QByteArray> longRepeats;
};

/// Takes @p pattern (Hyperscan syntax) apart into a Reversal. Knows groups, classes, escapes,
/// quantifiers and literals; std::nullopt on anything else (anchors, look-arounds, inline flags
/// without a group): such a pattern needs Hyperscan's start-of-match tracking.
std::optional<Reversal> reversePattern(const QByteArray &pattern);

/// @p utf8 read backwards by characters: the bytes of each character stay in order, so the text
/// stays valid UTF-8, and byte offset i of the text is offset size - i of the result.
QByteArray reversedText(QByteArrayView utf8);

} // namespace Iwb
