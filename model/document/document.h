// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "documentmetadata.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Iwb {

/**
 * An article or statement as the program works on it: the plain text that
 * facts point into, plus what is known about where it came from.
 *
 * The text is immutable once set in the sense that every fact offset refers to
 * it; setText() recomputes the SHA-256 used to recognise the same article
 * imported twice.
 */
class Document
{
public:
    Document() = default;

    /// Store id; 0 while the document has not been saved.
    qint64 id() const { return m_id; }
    void setId(qint64 id) { m_id = id; }

    const QString &text() const { return m_text; }
    void setText(const QString &text);
    /// Sets a text whose hex SHA-256 (sha256Of()) is known, as the store keeps it with the text: reading a
    /// 3 MB article back then costs no hashing. Anything but 64 hex digits is ignored and the hash computed.
    void setText(const QString &text, const QByteArray &sha256);

    /// Hex SHA-256 of the UTF-8 text: equal texts, equal hashes.
    const QByteArray &sha256() const { return m_sha256; }
    static QByteArray sha256Of(const QString &text);

    QString title() const { return m_title; }
    void setTitle(const QString &title) { m_title = title; }

    /// "de", "en", or empty when unknown.
    QString language() const { return m_language; }
    void setLanguage(const QString &language) { m_language = language; }

    /// ISO date as precise as the source says: "YYYY-MM-DD", "YYYY-MM" or "YYYY"; empty when unknown.
    QString published() const { return m_published; }
    void setPublished(const QString &published) { m_published = published; }

    /// File path or URL the text came from.
    QString source() const { return m_source; }
    void setSource(const QString &source) { m_source = source; }

    /// "txt", "html" or "md" (later also "pdf", "eml", ...): the format the text was imported from.
    QString format() const { return m_format; }
    void setFormat(const QString &format) { m_format = format; }

    /// The file's content as decoded text before extraction (the HTML source); empty for plain text.
    QString rawSource() const { return m_rawSource; }
    void setRawSource(const QString &rawSource) { m_rawSource = rawSource; }

    /// Author, site, provenance of a fetched page, page boundaries of a PDF, ...
    const DocumentMetadata &metadata() const { return m_metadata; }
    void setMetadata(const DocumentMetadata &metadata) { m_metadata = metadata; }

    /// The file the text was read from, byte for byte (a PDF), for views that show it as it looks.
    /// Empty for text, Markdown, HTML and pasted articles, whose text or raw source is the original.
    /// A document read from the store does not carry the bytes (they may be megabytes): hasOriginal()
    /// says whether there are any, IncidentStore::documentOriginal() reads them when they are wanted.
    const QByteArray &original() const { return m_original; }
    /// The original's media type ("application/pdf"); empty when the document has none.
    QString originalMediaType() const { return m_originalMediaType; }
    bool hasOriginal() const { return !m_originalMediaType.isEmpty(); }
    /// Sets the original file's bytes and media type (the importer); IncidentStore::addDocument() stores them.
    void setOriginal(const QByteArray &bytes, const QString &mediaType);
    /// Says that the store holds an original of @p mediaType without loading its bytes (IncidentStore::document()).
    void setStoredOriginal(const QString &mediaType);

    QDateTime importedAt() const { return m_importedAt; }
    void setImportedAt(const QDateTime &importedAt) { m_importedAt = importedAt; }

    /// Length of the text in Unicode code points, as the extraction contract counts it.
    qsizetype codePointLength() const;

private:
    qint64 m_id = 0;
    QString m_text;
    QByteArray m_sha256;
    QString m_title;
    QString m_language;
    QString m_published;
    QString m_source;
    QString m_format;
    QString m_rawSource;
    DocumentMetadata m_metadata;
    QByteArray m_original; ///< implicitly shared: copying a Document does not copy the file
    QString m_originalMediaType;
    QDateTime m_importedAt;
};

} // namespace Iwb
