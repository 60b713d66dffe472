// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "textdocumentbuilder.h"

#include <QPlainTextDocumentLayout>
#include <QTextDocument>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace Iwb {

TextDocumentBuilder::TextDocumentBuilder(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<QTextDocument *>::finished, this, &TextDocumentBuilder::finish);
}

TextDocumentBuilder::~TextDocumentBuilder()
{
    m_watcher.disconnect(this);
    if (m_resultPending) {
        // Made on a worker and given to this thread, but not taken yet: deleted here (waiting a few ms at most).
        m_watcher.waitForFinished();
        delete m_watcher.result();
    }
}

std::unique_ptr<QTextDocument> TextDocumentBuilder::make(const QString &text, const QFont &font)
{
    auto document = std::make_unique<QTextDocument>();
    // The article is read, not edited: no undo history of the 3 MB insertion.
    document->setUndoRedoEnabled(false);
    document->setDocumentLayout(new QPlainTextDocumentLayout(document.get()));
    document->setDefaultFont(font);
    // Each line of the text becomes a block; UTF-16 positions in the document are those in the text.
    document->setPlainText(text);
    return document;
}

void TextDocumentBuilder::build(qint64 request, const QString &text, const QFont &font)
{
    m_latest = request;
    if (m_watcher.isRunning()) {
        m_waiting = Request { request, text, font };
        return;
    }
    start({ request, text, font });
}

void TextDocumentBuilder::cancel()
{
    m_latest.reset();
    m_waiting.reset();
    m_ready.reset();
}

std::unique_ptr<QTextDocument> TextDocumentBuilder::takeDocument()
{
    return std::move(m_ready);
}

void TextDocumentBuilder::start(const Request &request)
{
    m_running = request.id;
    m_resultPending = true;
    QThread *const home = thread();
    m_watcher.setFuture(QtConcurrent::run([home, text = request.text, font = request.font] {
        std::unique_ptr<QTextDocument> document = make(text, font);
        // Only the thread an object lives in can give it away: here, before anyone else sees it.
        document->moveToThread(home);
        return document.release();
    }));
}

void TextDocumentBuilder::finish()
{
    std::unique_ptr<QTextDocument> document(m_watcher.result());
    m_resultPending = false;
    if (m_waiting.has_value()) {
        // The analyst moved on while this one was made: it is dropped, the newest request is made next.
        const Request next = std::move(*m_waiting);
        m_waiting.reset();
        start(next);
        return;
    }
    if (!m_latest || *m_latest != m_running) {
        return; // cancelled
    }
    m_latest.reset();
    m_ready = std::move(document);
    Q_EMIT ready(m_running);
}

} // namespace Iwb
