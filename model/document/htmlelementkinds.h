// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <gumbo.h>

/// What an HTML element is to a reader of the article: one classification that the body finder
/// (which containers hold text) and the text writer (where lines break) share.
namespace Iwb::HtmlElementKinds {

/// Elements that never hold article text: head, scripts, navigation, forms, media, captions of pictures.
bool isFurniture(GumboTag tag);

/// Elements that make their content a paragraph (or a group of paragraphs) of its own, the
/// document root and every part of a table included.
bool isBlock(GumboTag tag);

/// Where the text writer begins a new line: every block except the document root and the parts of a
/// table inside a row (cells share their row's line), and the horizontal rule.
bool startsLine(GumboTag tag);

} // namespace Iwb::HtmlElementKinds
