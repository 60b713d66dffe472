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

    bool isValid() const { return error.isEmpty(); }
};

/**
 * Reads article files (.txt, .md, .html, .htm, .pdf) into Documents: decodes the
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
 * Plain text may start with a `date YYYY[-MM[-DD]]` marker, which sets the
 * published date; the text itself is kept unchanged so offsets stay valid.
 */
class DocumentImporter
{
public:
    static constexpr qint64 defaultMaxBytes = 20 * 1024 * 1024;

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
    ImportResult importPdf(const QString &path) const;

    qint64 m_maxBytes;
    IsolatedParser::Limits m_parserLimits;
};

} // namespace Iwb
