// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QWidget>

class QPushButton;

namespace Iwb {

/**
 * What an empty store shows instead of empty tables: what the workbench is
 * for and the three ways to begin (import files, open a web page, open the
 * sample articles when they are installed).
 */
class WelcomePanel : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePanel(QWidget *parent = nullptr);

    /// Shows "Open the Sample Articles" only when there is a folder of them.
    void setSamplesAvailable(bool available);

    QPushButton *importButton() const { return m_import; }
    QPushButton *openUrlButton() const { return m_openUrl; }
    QPushButton *samplesButton() const { return m_samples; }

Q_SIGNALS:
    void importRequested();
    void openUrlRequested();
    void samplesRequested();

private:
    QPushButton *m_import;
    QPushButton *m_openUrl;
    QPushButton *m_samples;
};

} // namespace Iwb
