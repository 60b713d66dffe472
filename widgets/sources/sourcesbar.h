// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace Iwb {

class AnnotationSession;
class SourceLinker;

/**
 * The record's source articles above the record form ("Sources (2): ‘…’,
 * ‘…’"), so the analyst sees when an incident is told by several articles,
 * with buttons to link the open article to another incident or unlink it.
 */
class SourcesBar : public QWidget
{
    Q_OBJECT

public:
    explicit SourcesBar(AnnotationSession *session, QWidget *parent = nullptr);

    SourceLinker *linker() const { return m_linker; }
    /// The text listing the sources, as shown.
    QString sourcesText() const;

private:
    void refresh();

    AnnotationSession *m_session;
    SourceLinker *m_linker;
    QLabel *m_sources;
    QToolButton *m_link;
    QToolButton *m_unlink;
};

} // namespace Iwb
