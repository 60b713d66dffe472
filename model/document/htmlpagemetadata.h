// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QString>

namespace Iwb {

class HtmlTree;

/// What a web page says about itself, from its meta tags, links and JSON-LD.
struct HtmlPageMetadata
{
    QString title; ///< the headline, without the site's name appended ("… | Lokalblatt Online")
    QString siteName; ///< og:site_name, application-name, the JSON-LD publisher
    QString author;
    QString published; ///< ISO date ("2026-03-04"), empty when the page names none
    QString modified; ///< ISO date of the last change, empty when none
    QString canonicalUrl;
    QString language; ///< primary subtag, lower case ("de"), empty when none
    QString description;
    /// The JSON-LD `articleBody` of an article object, when the page carries one: evidence of
    /// what the body is, and the body itself where the markup hides it.
    QString jsonLdBody;

    static HtmlPageMetadata read(const HtmlTree &tree);

    /// "Datenleck bei Beispiel AG | Lokalblatt Online" -> "Datenleck bei Beispiel AG" when the
    /// last part is the site's name (@p siteName, or a short part after a long headline).
    static QString titleWithoutSiteName(const QString &title, const QString &siteName);
    /// "2019-12-10T08:15:00+01:00", "2019-12-10", RFC 2822 dates -> "2019-12-10"; else empty.
    static QString isoDate(const QString &value);
};

} // namespace Iwb
