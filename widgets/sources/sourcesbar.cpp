// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "sourcesbar.h"

#include "annotation/annotationsession.h"
#include "sourcelinker.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace Iwb {

SourcesBar::SourcesBar(AnnotationSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_linker(new SourceLinker(session, this))
    , m_sources(new QLabel(this))
    , m_link(new QToolButton(this))
    , m_unlink(new QToolButton(this))
{
    setObjectName(QStringLiteral("sourcesBar"));
    m_sources->setObjectName(QStringLiteral("sourceTitles"));
    m_sources->setWordWrap(true);
    m_sources->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The buttons show the actions' short icon texts; the Edit menu shows the full ones.
    m_linker->linkAction()->setIconText(tr("Link to Incident…"));
    m_linker->unlinkAction()->setIconText(tr("Unlink"));
    m_link->setDefaultAction(m_linker->linkAction());
    m_link->setObjectName(QStringLiteral("linkIncident"));
    m_unlink->setDefaultAction(m_linker->unlinkAction());
    m_unlink->setObjectName(QStringLiteral("unlinkIncident"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_link);
    buttons->addWidget(m_unlink);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sources);
    layout->addLayout(buttons);

    connect(session, &AnnotationSession::recordChanged, this, &SourcesBar::refresh);
    connect(session, &AnnotationSession::documentLoaded, this, &SourcesBar::refresh);
    refresh();
}

QString SourcesBar::sourcesText() const
{
    return m_sources->text();
}

void SourcesBar::refresh()
{
    if (!m_session->hasDocument()) {
        m_sources->clear();
        return;
    }
    QStringList quoted;
    for (const QString &title : m_linker->sourceTitles()) {
        quoted.append(QChar(0x2018) + (title.size() > 50 ? title.left(49) + QChar(0x2026) : title) + QChar(0x2019));
    }
    m_sources->setText(tr("Sources (%1): %2").arg(quoted.size()).arg(quoted.join(QStringLiteral(", "))));
    m_sources->setToolTip(m_linker->sourceTitles().join(QLatin1Char('\n')));
}

} // namespace Iwb
