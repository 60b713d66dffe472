// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "welcomepanel.h"

#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Iwb {

WelcomePanel::WelcomePanel(QWidget *parent)
    : QWidget(parent)
    , m_import(new QPushButton(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Import Files…"), this))
    , m_openUrl(new QPushButton(QIcon::fromTheme(QStringLiteral("document-open-remote")), tr("Open &URL…"), this))
    , m_samples(
          new QPushButton(QIcon::fromTheme(QStringLiteral("folder-documents")), tr("Open the &Sample Articles"), this))
{
    setObjectName(QStringLiteral("welcomePanel"));
    auto *heading = new QLabel(tr("<h2>Your library is empty</h2>"), this);
    auto *explanation = new QLabel(tr("Incident Workbench turns articles about data incidents into records for your "
                                      "incident register. Start with articles: import files (text, HTML, PDF, "
                                      "e-mail, Word), fetch a web page by its address, or try the sample articles. "
                                      "Facts are found at once; you check them and complete the record."),
        this);
    explanation->setWordWrap(true);
    explanation->setMaximumWidth(fontMetrics().averageCharWidth() * 70);

    m_import->setToolTip(tr("Choose article files to import (Ctrl+O); you can also drop files on the window"));
    m_openUrl->setToolTip(tr("Fetch a web page by its address and store its article (Ctrl+L)"));
    m_samples->setToolTip(tr("Import the articles that come with the workbench, to try it"));
    m_import->setObjectName(QStringLiteral("welcomeImport"));
    m_openUrl->setObjectName(QStringLiteral("welcomeOpenUrl"));
    m_samples->setObjectName(QStringLiteral("welcomeSamples"));
    m_samples->hide();
    connect(m_import, &QPushButton::clicked, this, &WelcomePanel::importRequested);
    connect(m_openUrl, &QPushButton::clicked, this, &WelcomePanel::openUrlRequested);
    connect(m_samples, &QPushButton::clicked, this, &WelcomePanel::samplesRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    for (QWidget *widget : std::initializer_list<QWidget *> { heading, explanation, m_import, m_openUrl, m_samples }) {
        layout->addWidget(widget, 0, Qt::AlignHCenter);
    }
    layout->addStretch(2);
}

void WelcomePanel::setSamplesAvailable(bool available)
{
    m_samples->setVisible(available);
}

} // namespace Iwb
