// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "openurldialog.h"

#include "document/urlimporter.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Iwb {

OpenUrlDialog::OpenUrlDialog(QWidget *parent)
    : QDialog(parent)
    , m_importer(new UrlImporter(this))
    , m_address(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_openButton(m_buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("openUrlDialog"));
    setWindowTitle(tr("Open URL"));
    m_address->setObjectName(QStringLiteral("urlField"));
    m_address->setPlaceholderText(QStringLiteral("https://"));
    m_address->setClearButtonEnabled(true);
    m_address->setMinimumWidth(520);
    m_status->setObjectName(QStringLiteral("urlStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setText(tr("The page is fetched, its article text read and stored with its address; "
                         "web pages (HTML) and plain text are read."));
    m_progress->setObjectName(QStringLiteral("urlProgress"));
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_openButton->setObjectName(QStringLiteral("openUrlButton"));
    m_openButton->setDefault(true);
    m_openButton->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_address);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_address, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_openButton->setEnabled(!text.trimmed().isEmpty() && !m_importer->isRunning());
    });
    // Open does not close the dialog: it starts the fetch, whose end decides.
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OpenUrlDialog::fetch);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OpenUrlDialog::reject);
    connect(m_importer, &UrlImporter::progress, this, [this](qint64 received, qint64 total, const QUrl &url) {
        m_progress->setRange(0, total > 0 ? 1000 : 0);
        if (total > 0) {
            m_progress->setValue(static_cast<int>(received * 1000 / total));
        }
        m_status->setText(tr("Fetching %1 … %2 kB").arg(url.toDisplayString()).arg(received / 1024));
    });
    connect(m_importer, &UrlImporter::finished, this, [this](const ImportResult &result) {
        setBusy(false);
        if (!result.isValid()) {
            m_status->setText(tr("<b>Could not open the page.</b><br>%1").arg(result.error.toHtmlEscaped()));
            m_status->setProperty("error", result.error);
            m_address->setFocus();
            m_address->selectAll();
            return;
        }
        m_result = result;
        accept();
    });
}

OpenUrlDialog::~OpenUrlDialog() = default;

QString OpenUrlDialog::errorText() const
{
    return m_status->property("error").toString();
}

void OpenUrlDialog::fetch()
{
    if (m_importer->isRunning()) {
        return;
    }
    QString error;
    const auto url = UrlImporter::parseUrl(m_address->text(), &error);
    m_status->setProperty("error", QVariant());
    if (!url) {
        m_status->setText(tr("<b>This is not an address that can be fetched.</b><br>%1").arg(error.toHtmlEscaped()));
        m_status->setProperty("error", error);
        return;
    }
    m_address->setText(url->toDisplayString());
    m_status->setText(tr("Connecting to %1 …").arg(url->host()));
    setBusy(true);
    m_importer->start(*url);
}

void OpenUrlDialog::reject()
{
    // The first Cancel stops a running fetch; the dialog stays for another address.
    if (m_importer->isRunning()) {
        m_importer->cancel();
        return;
    }
    QDialog::reject();
}

void OpenUrlDialog::setBusy(bool busy)
{
    m_address->setReadOnly(busy);
    m_openButton->setEnabled(!busy && !m_address->text().trimmed().isEmpty());
    m_progress->setVisible(busy);
    m_progress->setRange(0, 0);
}

} // namespace Iwb
