// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Iwb {

/**
 * What is known about a document besides its text, title, language and
 * published date: who wrote it and where it came from. Every field may be
 * empty. Stored as one JSON object with the document (documents.metadata), so
 * that a new kind of input adds a field, not a column.
 */
struct DocumentMetadata
{
    QString author; ///< byline of a page, sender of a mail ("Name <address>"), author of a PDF
    QString siteName; ///< the publishing site ("Lokalblatt Online"), a PDF's producer organization if stated
    QString modified; ///< ISO date of the last change the source states
    QString canonicalUrl; ///< the page's own address (rel=canonical, og:url)
    QString description; ///< the page's summary (meta description)

    /// Provenance of a fetched document: the address asked for, the one the content came from
    /// after redirects, when, and the Content-Type the server sent. Empty for files.
    QString requestedUrl;
    QString fetchedUrl;
    QDateTime fetchedAt;
    QString contentType;

    /// A mail's attachments that were imported as documents of their own (their names, in the mail's order),
    /// and, for such an attachment, the mail it came with (the mail's source). Empty otherwise.
    QStringList attachments;
    QString attachedTo;

    /// Paged sources (PDF): where each page starts in the text, in UTF-16 offsets like the facts';
    /// the first is 0. Empty for sources without pages.
    QList<qsizetype> pageStarts;

    /// The page (1-based) that holds @p offset; 0 when the document has no pages.
    int pageAt(qsizetype offset) const;

    bool isEmpty() const;
    /// Only the fields that are set, under snake_case names ("site_name", "page_starts").
    QJsonObject toJson() const;
    /// Unknown fields are ignored; wrongly typed ones read as empty.
    static DocumentMetadata fromJson(const QJsonObject &json);

    friend bool operator==(const DocumentMetadata &, const DocumentMetadata &) = default;
};

} // namespace Iwb
