// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QString>

namespace Iwb {

/**
 * The form of an organization's name that two mentions of the same
 * organization share: case-folded, punctuation and repeated whitespace
 * removed, and trailing legal forms dropped ("Lumera Pay GmbH" and
 * "lumera  pay" both give "lumera pay"; "Quillstone Software, Inc." gives
 * "quillstone software").
 *
 * Articles name the same company with and without its legal form, so
 * comparing and "find similar" match on this key rather than on the text.
 */
QString organizationKey(const QString &name);

} // namespace Iwb
