// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QFont>
#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QTextDocument;

namespace Iwb {

/**
 * Makes the QTextDocument a QPlainTextEdit shows for an article's text, for a
 * long article on a worker thread: filling a document with 3 MB of text (its
 * thousands of blocks and fragments) takes about a tenth of a second, too long
 * for the GUI thread. Qt's rich-text classes are reentrant, so a document made
 * on a worker without a parent and moved to this object's thread before it is
 * handed over is an ordinary document here. Its layout is
 * QPlainTextDocumentLayout, which lays out only the blocks that are shown.
 *
 * One build runs at a time; a request made meanwhile waits, and only the
 * latest waiting one is kept. ready() announces only the latest request's
 * document: an older one (the analyst has opened another article) is deleted
 * unseen.
 */
class TextDocumentBuilder : public QObject
{
    Q_OBJECT

public:
    /// Texts at least this long (UTF-16 characters) are made into a document on a worker.
    static constexpr qsizetype backgroundThreshold = 200000;

    explicit TextDocumentBuilder(QObject *parent = nullptr);
    /// Waits for a running build: its document must be deleted on this thread.
    ~TextDocumentBuilder() override;

    /// A read-only plain-text document of @p text in @p font, made at once on the calling thread; the caller owns it.
    static std::unique_ptr<QTextDocument> make(const QString &text, const QFont &font);

    /// Starts making the document of @p text; ready(@p request) follows. Replaces any earlier request.
    void build(qint64 request, const QString &text, const QFont &font);
    /// Forgets the requests made so far: no ready() for them.
    void cancel();
    /// Whether a requested document is still being made.
    bool isBuilding() const { return m_latest.has_value(); }
    /// The document ready() announced; the caller owns it. Null when there is none.
    std::unique_ptr<QTextDocument> takeDocument();

Q_SIGNALS:
    /// The document of the latest request is made; takeDocument() hands it over.
    void ready(qint64 request);

private:
    struct Request
    {
        qint64 id = 0;
        QString text;
        QFont font;
    };
    void start(const Request &request);
    void finish();

    QFutureWatcher<QTextDocument *> m_watcher;
    qint64 m_running = 0; ///< the request the worker is making a document for
    bool m_resultPending = false; ///< the worker's document is not taken from m_watcher yet
    std::optional<Request> m_waiting;
    std::optional<qint64> m_latest; ///< the request ready() is for; empty after cancel() or once announced
    std::unique_ptr<QTextDocument> m_ready;
};

} // namespace Iwb
