// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "pdfreader.h"

#include "document/pdfreadingorder.h"

#include <poppler-qt6.h>

#include <QFile>

namespace Iwb {

namespace {

    void ignorePopplerMessage(const QString &, const QVariant &) { }

    QString isoDate(const QDateTime &dateTime)
    {
        return dateTime.isValid() ? dateTime.date().toString(Qt::ISODate) : QString();
    }

} // namespace

ParsedDocument PdfReader::read(const QString &path)
{
    // Poppler reports every irregularity of a damaged file on stderr; the refusal below says what matters.
    Poppler::setDebugErrorFunction(ignorePopplerMessage, QVariant());

    ParsedDocument parsed;
    parsed.format = QStringLiteral("pdf");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        parsed.refuse(
            ReaderMessage(QT_TRANSLATE_NOOP("DocumentReader", "cannot be read (%1)"), { file.errorString() }));
        return parsed;
    }
    const QByteArray head = file.read(1024);
    file.close();
    if (!head.contains("%PDF-")) {
        parsed.refuse(ReaderMessage(
            QT_TRANSLATE_NOOP("DocumentReader", "the PDF could not be read: it is not a PDF (no %PDF- header)")));
        return parsed;
    }
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document) {
        parsed.refuse(ReaderMessage(QT_TRANSLATE_NOOP("DocumentReader", "the PDF could not be read: it is damaged")));
        return parsed;
    }
    if (document->isLocked()) {
        parsed.refuse(ReaderMessage(QT_TRANSLATE_NOOP("DocumentReader",
            "the PDF is encrypted; open it in a PDF reader with its password and save a copy without")));
        return parsed;
    }
    const int pageCount = document->numPages();
    if (pageCount <= 0) {
        parsed.refuse(ReaderMessage(
            QT_TRANSLATE_NOOP("DocumentReader", "the PDF could not be read: it has no pages (damaged?)")));
        return parsed;
    }

    QList<PdfPageWords> pages;
    pages.reserve(pageCount);
    for (int i = 0; i < pageCount; ++i) {
        PdfPageWords words;
        if (const std::unique_ptr<Poppler::Page> page = document->page(i)) {
            for (const std::unique_ptr<Poppler::TextBox> &box : page->textList()) {
                words.words.append({ box->text(), box->boundingBox(), box->hasSpaceAfter() });
            }
        }
        pages.append(words);
    }
    const PdfText text = PdfReadingOrder::arrange(pages);
    if (text.text.trimmed().isEmpty()) {
        parsed.refuse(ReaderMessage(
            QT_TRANSLATE_NOOP("DocumentReader", "the PDF has no text layer (a scan?); run OCR on it first")));
        return parsed;
    }
    parsed.text = text.text;
    parsed.pageStarts = text.pageStarts;
    parsed.title = document->title().simplified();
    parsed.author = document->author().simplified();
    parsed.published = isoDate(document->creationDate());
    parsed.modified = isoDate(document->modificationDate());
    return parsed;
}

} // namespace Iwb
