// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "document/document.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Iwb {

/**
 * Shows one article: its title and metadata above the plain text that facts
 * point into, and for HTML imports a second tab with the page source
 * highlighted by KSyntaxHighlighting.
 */
class ArticleView : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleView(QWidget *parent = nullptr);

    void setDocument(const Document &document);
    void clear();

    const Document &document() const { return m_document; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QPlainTextEdit *sourceEdit() const { return m_source; }

private:
    Document m_document;
    QLabel *m_title;
    QLabel *m_meta;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_text;
    QPlainTextEdit *m_source;
    KSyntaxHighlighting::SyntaxHighlighter *m_sourceHighlighter;
};

} // namespace Iwb
