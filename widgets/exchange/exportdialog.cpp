// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "exchange/exportdialog.h"

#include "exchange/csvexporter.h"
#include "exchange/incidentselection.h"
#include "exchange/storesnapshot.h"
#include "exchange/verisexporter.h"
#include "storage/incidentstore.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Iwb {

namespace {

    enum Format { CsvFormat, JsonFormat, VerisFormat };

    QString extensionOf(int format)
    {
        return format == CsvFormat ? QStringLiteral("csv") : QStringLiteral("json");
    }

} // namespace

ExportDialog::ExportDialog(
    const IncidentStore &store, const QString &filterText, const QList<qint64> &selectedIds, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_filterText(filterText.trimmed())
    , m_selectedIds(selectedIds)
    , m_format(new QComboBox(this))
    , m_records(new QRadioButton(tr("&Incident records, one row each"), this))
    , m_facts(new QRadioButton(tr("F&acts, one row each"), this))
    , m_all(new QRadioButton(this))
    , m_filtered(new QRadioButton(this))
    , m_selected(new QRadioButton(this))
    , m_delimiter(new QComboBox(this))
    , m_bom(new QCheckBox(tr("Start with a UTF-8 &byte order mark (for spreadsheets)"), this))
    , m_file(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export"));
    // Wide enough that a typical path in the file field is readable without scrolling.
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    m_format->addItem(tr("CSV"), CsvFormat);
    m_format->addItem(tr("JSON snapshot of the whole store"), JsonFormat);
    m_format->addItem(tr("VERIS 1.4 JSON"), VerisFormat);
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; ), as German spreadsheets expect"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("tab"));
    // Two groups of choices: without groups of their own, all five radio buttons (siblings
    // until the layout reparents them) would exclude each other and "rows" would lose its choice.
    auto *rows = new QButtonGroup(this);
    rows->addButton(m_records);
    rows->addButton(m_facts);
    auto *scopes = new QButtonGroup(this);
    for (QRadioButton *button : { m_all, m_filtered, m_selected }) {
        scopes->addButton(button);
    }
    m_records->setChecked(true);

    // Counts tell the analyst what each scope means before anything is written.
    m_all->setText(tr("&All records (%1)").arg(m_store.incidentCount()));
    QString error;
    const auto filteredIds = m_filterText.isEmpty()
        ? std::optional<QList<qint64>>()
        : IncidentSelection::ids(m_store, ExportScope::filtered(IncidentFilter::freeText(m_filterText)), &error);
    m_filtered->setText(m_filterText.isEmpty()
            ? tr("&Filtered (the library shows no filter)")
            : tr("&Filtered by “%1” (%2)").arg(m_filterText).arg(filteredIds ? filteredIds->size() : 0));
    m_filtered->setProperty("available", !m_filterText.isEmpty());
    m_selected->setText(tr("&Selected in the library (%1)").arg(m_selectedIds.size()));
    m_selected->setProperty("available", !m_selectedIds.isEmpty());
    m_all->setChecked(true);

    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_file->setText(QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(QStringLiteral("incidents.csv")));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    auto *content = new QGroupBox(tr("Rows"), this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_records);
    contentLayout->addWidget(m_facts);
    auto *scope = new QGroupBox(tr("Records"), this);
    auto *scopeLayout = new QVBoxLayout(scope);
    scopeLayout->addWidget(m_all);
    scopeLayout->addWidget(m_filtered);
    scopeLayout->addWidget(m_selected);

    auto *form = new QFormLayout;
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(content);
    form->addRow(scope);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(m_bom);
    form->addRow(tr("F&ile:"), fileRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    exportButton()->setText(tr("&Export"));

    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        // Keep the file name's extension in step with the format.
        const QFileInfo info(m_file->text());
        if (!m_file->text().isEmpty()) {
            m_file->setText(info.dir().filePath(
                info.completeBaseName() + QLatin1Char('.') + extensionOf(m_format->currentData().toInt())));
        }
        updateControls();
    });
    connect(m_records, &QRadioButton::toggled, this, &ExportDialog::updateControls);
    connect(m_file, &QLineEdit::textChanged, this, &ExportDialog::updateControls);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (exportNow()) {
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateControls();
}

QPushButton *ExportDialog::exportButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ExportDialog::updateControls()
{
    const int format = m_format->currentData().toInt();
    const bool csv = format == CsvFormat;
    const bool wholeStore = format == JsonFormat;
    m_records->setEnabled(csv);
    m_facts->setEnabled(csv);
    m_delimiter->setEnabled(csv);
    m_bom->setEnabled(csv);
    m_all->setEnabled(!wholeStore);
    m_filtered->setEnabled(!wholeStore && m_filtered->property("available").toBool());
    m_selected->setEnabled(!wholeStore && m_selected->property("available").toBool());
    if (!m_filtered->isEnabled() && m_filtered->isChecked()) {
        m_all->setChecked(true);
    }
    if (!m_selected->isEnabled() && m_selected->isChecked()) {
        m_all->setChecked(true);
    }
    exportButton()->setEnabled(!m_file->text().trimmed().isEmpty());
}

void ExportDialog::chooseFile()
{
    const bool csv = m_format->currentData().toInt() == CsvFormat;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), m_file->text(),
        csv ? tr("CSV files (*.csv);;All files (*)") : tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty()) {
        m_file->setText(path);
    }
}

bool ExportDialog::exportNow()
{
    const QString path = m_file->text().trimmed();
    const int format = m_format->currentData().toInt();
    ExportScope scope;
    if (m_filtered->isChecked() && m_filtered->isEnabled()) {
        scope = ExportScope::filtered(IncidentFilter::freeText(m_filterText));
    } else if (m_selected->isChecked() && m_selected->isEnabled()) {
        scope = ExportScope::selected(m_selectedIds);
    }

    QSaveFile file(path);
    std::optional<qint64> rows;
    QString error;
    QString what;
    if (!file.open(QIODevice::WriteOnly)) {
        error = file.errorString();
    } else if (format == CsvFormat) {
        CsvOptions options;
        options.delimiter = CsvOptions::delimiterFromName(m_delimiter->currentData().toString()).value_or(',');
        options.byteOrderMark = m_bom->isChecked();
        CsvExporter exporter(m_store, options);
        const bool facts = m_facts->isChecked();
        rows = facts ? exporter.writeFacts(file, scope) : exporter.writeIncidents(file, scope);
        error = exporter.errorString();
        what = facts ? tr("facts") : tr("incident records");
    } else if (format == JsonFormat) {
        StoreSnapshot snapshot;
        if (snapshot.write(m_store, file)) {
            rows = m_store.incidentCount();
        }
        error = snapshot.errorString();
        what = tr("incident records with their articles, facts and history");
    } else {
        VerisExporter exporter(m_store);
        rows = exporter.write(file, scope);
        error = exporter.errorString();
        what = tr("VERIS incidents");
    }
    if (rows && !file.commit()) {
        rows.reset();
        error = file.errorString();
    }
    if (!rows) {
        file.cancelWriting();
        m_result = tr("%1: not exported: %2").arg(path, error);
        // Non-modal, so the dialog stays usable (and testable) while the message shows.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export failed"), m_result, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    m_result = tr("Exported %1 %2 to %3").arg(*rows).arg(what, path);
    return true;
}

} // namespace Iwb
