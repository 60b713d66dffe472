// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "articleview.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPalette>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Iwb {

namespace {

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

} // namespace

ArticleView::ArticleView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_text(new QPlainTextEdit(this))
    , m_source(new QPlainTextEdit(this))
    , m_sourceHighlighter(new KSyntaxHighlighting::SyntaxHighlighter(m_source->document()))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setForegroundRole(QPalette::PlaceholderText);

    m_text->setReadOnly(true);
    m_text->setObjectName(QStringLiteral("articleText"));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QFont readingFont = m_text->font();
    readingFont.setPointSizeF(readingFont.pointSizeF() * 1.1);
    m_text->setFont(readingFont);

    m_source->setReadOnly(true);
    m_source->setObjectName(QStringLiteral("articleSource"));
    m_source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_source->setLineWrapMode(QPlainTextEdit::NoWrap);
    const bool darkPalette = palette().color(QPalette::Base).lightness() < 128;
    m_sourceHighlighter->setTheme(syntaxRepository().defaultTheme(
        darkPalette ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme));
    m_sourceHighlighter->setDefinition(syntaxRepository().definitionForName(QStringLiteral("HTML")));

    m_tabs->addTab(m_text, tr("Article"));
    m_tabs->addTab(m_source, tr("HTML source"));
    m_tabs->setTabVisible(1, false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_tabs, 1);
    clear();
}

void ArticleView::setDocument(const Document &document)
{
    m_document = document;
    m_title->setText(document.title());
    QStringList meta;
    if (!document.published().isEmpty()) {
        meta.append(tr("Published %1").arg(document.published()));
    }
    if (!document.language().isEmpty()) {
        meta.append(tr("Language: %1").arg(document.language()));
    }
    meta.append(tr("%n characters", nullptr, static_cast<int>(document.codePointLength())));
    if (!document.source().isEmpty()) {
        meta.append(QFileInfo(document.source()).fileName());
    }
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    m_meta->setToolTip(document.source());
    m_text->setPlainText(document.text());
    m_source->setPlainText(document.rawSource());
    m_tabs->setTabVisible(1, !document.rawSource().isEmpty());
    m_tabs->setCurrentIndex(0);
}

void ArticleView::clear()
{
    m_document = Document();
    m_title->setText(tr("No article selected"));
    m_meta->setText(tr("Choose an article in the library, or import one with File → Import Files…"));
    m_text->clear();
    m_source->clear();
    m_tabs->setTabVisible(1, false);
}

} // namespace Iwb
