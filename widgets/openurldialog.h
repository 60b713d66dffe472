// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "document/documentimporter.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Iwb {

class UrlImporter;

/**
 * File → Open URL…: the analyst types an address; Open fetches it with UrlImporter while the window
 * stays usable (a progress bar, Cancel stops the fetch); a page that cannot be fetched or read is
 * explained in the dialog (the address and the reason) and the address can be corrected. When the page
 * is read the dialog is accepted and result() holds the document, not yet stored.
 */
class OpenUrlDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OpenUrlDialog(QWidget *parent = nullptr);
    ~OpenUrlDialog() override;

    /// The fetcher, e.g. for a test to shorten its time-out.
    UrlImporter *importer() const { return m_importer; }
    QLineEdit *addressField() const { return m_address; }
    /// The fetched document once accepted.
    const ImportResult &result() const { return m_result; }
    /// The message shown for the last failure; empty when there was none.
    QString errorText() const;

public Q_SLOTS:
    /// Fetches the address in the field (what Open does).
    void fetch();
    void reject() override;

private:
    void setBusy(bool busy);

    UrlImporter *m_importer;
    QLineEdit *m_address;
    QLabel *m_status;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_openButton;
    ImportResult m_result;
};

} // namespace Iwb
