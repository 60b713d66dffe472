// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "exchange/exportdialog.h"

#include "recentplaces.h"
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
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Iwb {

namespace {

    enum Format { CsvFormat, JsonFormat, VerisFormat, XlsxFormat };

    QString extensionOf(int format)
    {
        return format == CsvFormat ? QStringLiteral("csv")
            : format == XlsxFormat ? QStringLiteral("xlsx")
                                   : QStringLiteral("json");
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
    , m_progress(new QProgressBar(this))
{
    setWindowTitle(tr("Export"));
    // Wide enough that a typical path in the file field is readable without scrolling.
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    m_format->addItem(tr("CSV"), CsvFormat);
    m_format->addItem(tr("JSON snapshot of the whole store"), JsonFormat);
    m_format->addItem(tr("VERIS 1.4 JSON"), VerisFormat);
    m_format->addItem(tr("Excel workbook (XLSX), the same columns as CSV"), XlsxFormat);
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
    // Where the decimal separator is a comma (German, French, …) spreadsheets split CSV at ";" and read
    // UTF-8 only after a byte order mark; elsewhere "," without one is what they expect.
    const bool commaDecimals = QLocale().decimalPoint() == QLatin1String(",");
    m_delimiter->setCurrentIndex(m_delimiter->findData(commaDecimals ? QStringLiteral(";") : QStringLiteral(",")));
    m_bom->setChecked(commaDecimals);

    // Counts tell the analyst what each scope means before anything is written.
    m_all->setText(tr("&All records (%1)").arg(m_store.incidentCount()));
    // Counted by the store with the library's own filter (an index or one pass over one column), not by
    // reading the register: the dialog opens at once on 20,000 records and more.
    m_filtered->setText(m_filterText.isEmpty() ? tr("&Filtered (the library shows no filter)")
                                               : tr("&Filtered by “%1” (%2)")
                                                     .arg(m_filterText)
                                                     .arg(std::max(0, m_store.incidentMatchCount(m_filterText))));
    m_filtered->setProperty("available", !m_filterText.isEmpty());
    m_selected->setText(tr("&Selected in the library (%1)").arg(m_selectedIds.size()));
    m_selected->setProperty("available", !m_selectedIds.isEmpty());
    m_all->setChecked(true);

    m_file->setText(QDir(RecentPlaces::lastFolder()).filePath(QStringLiteral("incidents.csv")));
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
    // The field is a row of two widgets: the label needs its buddy set by hand, or "F&ile:" shows its "&".
    auto *fileLabel = new QLabel(tr("F&ile:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    m_progress->setRange(0, 0); // busy: the exporters stream and do not know their end
    m_progress->setTextVisible(false);
    m_progress->hide();
    layout->addWidget(m_progress);
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
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::startExport);
    connect(&m_running, &QFutureWatcher<ExportOutcome>::finished, this, [this] {
        if (finish(m_runningRequest, m_running.result())) {
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
    const bool table = csv || format == XlsxFormat;
    const bool wholeStore = format == JsonFormat;
    m_records->setEnabled(table);
    m_facts->setEnabled(table);
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
    const int format = m_format->currentData().toInt();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), m_file->text(),
        format == CsvFormat        ? tr("CSV files (*.csv);;All files (*)")
            : format == XlsxFormat ? tr("Excel workbooks (*.xlsx);;All files (*)")
                                   : tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty()) {
        m_file->setText(path);
        RecentPlaces::rememberFolder(path);
    }
}

ExportRequest ExportDialog::request() const
{
    ExportRequest request;
    request.storePath = m_store.path();
    request.outputPath = m_file->text().trimmed();
    const int format = m_format->currentData().toInt();
    if (format == CsvFormat) {
        request.format = m_facts->isChecked() ? ExportRequest::Format::CsvFacts : ExportRequest::Format::CsvRecords;
        request.csv.delimiter = CsvOptions::delimiterFromName(m_delimiter->currentData().toString()).value_or(',');
        request.csv.byteOrderMark = m_bom->isChecked();
    } else if (format == XlsxFormat) {
        request.format = m_facts->isChecked() ? ExportRequest::Format::XlsxFacts : ExportRequest::Format::XlsxRecords;
    } else {
        request.format = format == JsonFormat ? ExportRequest::Format::Snapshot : ExportRequest::Format::Veris;
    }
    if (m_filtered->isChecked() && m_filtered->isEnabled()) {
        request.scope = ExportScope::filtered(IncidentFilter::freeText(m_filterText));
    } else if (m_selected->isChecked() && m_selected->isEnabled()) {
        request.scope = ExportScope::selected(m_selectedIds);
    }
    return request;
}

bool ExportDialog::exportNow()
{
    const ExportRequest job = request();
    return finish(job, ExportJob::run(job));
}

void ExportDialog::startExport()
{
    // A large register takes a while: the export runs on a worker thread with its own connection to
    // the store, and the window stays responsive; the dialog waits, with its choices locked.
    const ExportRequest job = request();
    setEnabled(false);
    m_progress->show();
    m_running.setFuture(QtConcurrent::run([job] { return ExportJob::run(job); }));
    m_runningRequest = job;
}

bool ExportDialog::finish(const ExportRequest &job, const ExportOutcome &outcome)
{
    setEnabled(true);
    m_progress->hide();
    if (!outcome.rows) {
        m_result = tr("%1: not exported: %2").arg(job.outputPath, outcome.error);
        // Non-modal, so the dialog stays usable (and testable) while the message shows.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export failed"), m_result, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    QString what;
    switch (job.format) {
    case ExportRequest::Format::CsvRecords:
    case ExportRequest::Format::XlsxRecords:
        what = tr("incident records");
        break;
    case ExportRequest::Format::CsvFacts:
    case ExportRequest::Format::XlsxFacts:
        what = tr("facts");
        break;
    case ExportRequest::Format::Snapshot:
        what = tr("incident records with their articles, facts and history");
        break;
    case ExportRequest::Format::Veris:
        what = tr("VERIS incidents");
        break;
    }
    m_result = tr("Exported %1 %2 to %3").arg(*outcome.rows).arg(what, job.outputPath);
    return true;
}

} // namespace Iwb
