// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "settingsdialog.h"

#include "localization.h"
#include "recentplaces.h"
#include "workbenchsettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace Iwb {

namespace {

    /// A line for a path with a Browse button beside it; the label's buddy is the line.
    QWidget *pathRow(QLineEdit *line, QPushButton *browse, QWidget *parent)
    {
        auto *row = new QWidget(parent);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(line, 1);
        layout->addWidget(browse);
        line->setClearButtonEnabled(true);
        return row;
    }

} // namespace

SettingsDialog::SettingsDialog(const QString &currentAnalyst, QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_analyst(new QLineEdit(this))
    , m_articleLanguage(new QComboBox(this))
    , m_colorScheme(new QComboBox(this))
    , m_store(new QLineEdit(this))
    , m_rules(new QLineEdit(this))
    , m_autosave(new QSpinBox(this))
{
    setWindowTitle(tr("Configure Incident Workbench"));
    setObjectName(QStringLiteral("settingsDialog"));

    for (const Localization::Language &language : Localization::languages()) {
        m_language->addItem(language.name, language.code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(Localization::chosenLanguage())));
    m_language->setToolTip(tr("The language of menus and messages, and how numbers and dates are written. "
                              "Takes effect at the next start."));

    m_analyst->setText(currentAnalyst);
    m_analyst->setToolTip(tr("Your name, recorded with every change in the edit history instead of the login name"));

    m_articleLanguage->addItem(tr("Tell from the text"), QString());
    m_articleLanguage->addItem(tr("German"), QStringLiteral("de"));
    m_articleLanguage->addItem(tr("English"), QStringLiteral("en"));
    m_articleLanguage->setCurrentIndex(std::max(0, m_articleLanguage->findData(WorkbenchSettings::articleLanguage())));
    m_articleLanguage->setToolTip(tr("The language assumed for an imported article whose language cannot be told "
                                     "from its text; the interface's language does not matter for this"));

    m_colorScheme->addItem(tr("Follow the system"), static_cast<int>(WorkbenchSettings::ColorScheme::FollowSystem));
    m_colorScheme->addItem(tr("Light"), static_cast<int>(WorkbenchSettings::ColorScheme::Light));
    m_colorScheme->addItem(tr("Dark"), static_cast<int>(WorkbenchSettings::ColorScheme::Dark));
    m_colorScheme->setCurrentIndex(
        std::max(0, m_colorScheme->findData(static_cast<int>(WorkbenchSettings::colorScheme()))));
    m_colorScheme->setToolTip(tr("Light or dark windows; the article's highlighting follows unless a theme "
                                 "was chosen in View → Theme"));

    m_store->setText(WorkbenchSettings::storePath());
    m_store->setPlaceholderText(tr("the default store in your data folder"));
    m_store->setToolTip(tr("The SQLite file the workbench opens; takes effect at the next start"));
    auto *storeBrowse = new QPushButton(tr("B&rowse…"), this);
    storeBrowse->setAccessibleName(tr("Choose the store file"));
    connect(storeBrowse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Store"),
            m_store->text().isEmpty() ? RecentPlaces::lastFolder() : m_store->text(),
            tr("Incident Workbench databases (*.sqlite *.db);;All files (*)"), nullptr,
            QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty()) {
            m_store->setText(path);
        }
    });

    m_rules->setText(WorkbenchSettings::rulesFolder());
    m_rules->setPlaceholderText(tr("the built-in rule packs"));
    m_rules->setToolTip(tr("A folder with one subfolder per language (de, en) of rule files (*.tsv) that replace "
                           "the built-in rules; takes effect at the next start"));
    auto *rulesBrowse = new QPushButton(tr("Br&owse…"), this);
    rulesBrowse->setAccessibleName(tr("Choose the rule pack folder"));
    connect(rulesBrowse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Rule Pack Folder"), m_rules->text().isEmpty() ? RecentPlaces::lastFolder() : m_rules->text());
        if (!folder.isEmpty()) {
            m_rules->setText(folder);
        }
    });

    m_autosave->setRange(1, 600);
    m_autosave->setValue(WorkbenchSettings::autosaveSeconds());
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setToolTip(tr("How often unsaved work is written to a recovery draft, offered back after a crash"));

    auto *form = new QFormLayout;
    const auto addRow = [form, this](const QString &text, QWidget *field, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        form->addRow(label, field);
    };
    addRow(tr("Interface &language:"), m_language, m_language);
    addRow(tr("&Analyst name:"), m_analyst, m_analyst);
    addRow(tr("Assumed &article language:"), m_articleLanguage, m_articleLanguage);
    addRow(tr("&Colours:"), m_colorScheme, m_colorScheme);
    addRow(tr("&Store:"), pathRow(m_store, storeBrowse, this), m_store);
    addRow(tr("&Rule pack folder:"), pathRow(m_rules, rulesBrowse, this), m_rules);
    addRow(tr("Save a recovery draft &every:"), m_autosave, m_autosave);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

void SettingsDialog::save() const
{
    QSettings().setValue(Localization::settingsKey(), m_language->currentData().toString());
    if (!m_analyst->text().trimmed().isEmpty()) {
        WorkbenchSettings::setAnalystName(m_analyst->text());
    }
    WorkbenchSettings::setArticleLanguage(m_articleLanguage->currentData().toString());
    WorkbenchSettings::setColorScheme(
        static_cast<WorkbenchSettings::ColorScheme>(m_colorScheme->currentData().toInt()));
    WorkbenchSettings::setStorePath(m_store->text().trimmed());
    WorkbenchSettings::setRulesFolder(m_rules->text().trimmed());
    WorkbenchSettings::setAutosaveSeconds(m_autosave->value());
}

} // namespace Iwb
