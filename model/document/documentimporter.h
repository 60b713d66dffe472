// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "document.h"
#include "isolatedparser.h"

#include <QString>
#include <QStringList>

namespace Iwb {

/// The outcome of importing one file: a document, or a message naming the file and the reason.
struct ImportResult
{
    Document document;
    QString error; ///< "path: reason"; empty on success
    /// A mail's attachments that are articles, each imported as a document of its own (or with its
    /// error, "mail path: attachment 'name': reason"); the caller stores them after the mail.
    QList<ImportResult> attachments;

    bool isValid() const { return error.isEmpty(); }
};

/**
 * Reads article files (.txt, .md, .html, .htm, .pdf, .eml, .msg, .docx) into Documents: decodes the
 * bytes (TextDecoder), extracts the article from HTML (HtmlTextExtractor),
 * finds title, published date and language. A file is either imported whole
 * or rejected with a reason; nothing is half-imported.
 *
 * PDFs are read in the helper process incident-parse (IsolatedParser, with its
 * time, memory and output limits), so importFile() of a PDF may take up to
 * the time limit: call it off the GUI thread. A PDF may be up to
 * pdfSizeFactor times maxBytes(), since most of a PDF's bytes are fonts and
 * images. The document's format is "pdf", its metadata holds the author and
 * the page starts (DocumentMetadata::pageStarts), and it keeps the file's bytes
 * as its original (Document::original(), "application/pdf") for the page view.
 *
 * E-mails (.eml, Outlook .msg) and Word documents (.docx) are read by the same helper
 * (formats "eml", "msg" and "docx", the same size limit as PDFs). A mail's
 * attachments that are articles (PDF, HTML, text, Word) come back in
 * ImportResult::attachments, each a document whose source is
 * "MAIL#NAME" and whose metadata names the mail (attachedTo); the mail's
 * metadata lists them (attachments). See docs/import.md.
 *
 * Plain text may start with a `date YYYY[-MM[-DD]]` marker, which sets the
 * published date; the text itself is kept unchanged so offsets stay valid.
 */
class DocumentImporter
{
public:
    static constexpr qint64 defaultMaxBytes = qint64(20) * 1024 * 1024;

    static constexpr qint64 pdfSizeFactor = 5;

    explicit DocumentImporter(qint64 maxBytes = defaultMaxBytes);

    /// Limits for the helper that reads PDFs (tests shorten the time limit).
    void setParserLimits(const IsolatedParser::Limits &limits) { m_parserLimits = limits; }

    ImportResult importFile(const QString &path) const;

    /// Builds a document from text the user pasted or typed; @p format is "txt", "md" or "html"
    /// (a PDF is only read from a file).
    ImportResult importText(const QString &text, const QString &format, const QString &source) const;

    /// File suffixes (lower case, without dot) this importer reads.
    static QStringList supportedSuffixes();

    /// @p paths with every folder replaced by the supported files under it, sorted;
    /// plain file paths are kept as they are, so unsupported ones still get their error.
    static QStringList expandPaths(const QStringList &paths);

    qint64 maxBytes() const { return m_maxBytes; }

private:
    /// importFile() with the reason alone as error; @p shownPath is the path for attachments' messages.
    ImportResult readFile(const QString &path, const QString &shownPath) const;
    /// A file read by the helper: PDF, e-mail or Word.
    ImportResult importParsed(const QString &path, const QString &format, const QString &shownPath) const;

    qint64 m_maxBytes;
    IsolatedParser::Limits m_parserLimits;
};

} // namespace Iwb
