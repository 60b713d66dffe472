// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "registerimportdialog.h"

#include "register/registerimportlayouts.h"
#include "register/registertexts.h"
#include "storage/incidentstore.h"
#include "storage/registerstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrentRun>

namespace Iwb {

namespace {

    /// How many example values a column shows.
    constexpr int exampleCount = 3;

    QString targetLabel(const QString &field)
    {
        if (field == QLatin1String("organization")) {
            return RegisterImportDialog::tr("Organization (of the incident)");
        }
        if (field == QLatin1String("notes")) {
            return RegisterImportDialog::tr("Notes (kept as column: value)");
        }
        if (field == QLatin1String("notified_at")) {
            return RegisterImportDialog::tr("Notification sent at");
        }
        if (field == QLatin1String("notification_reference")) {
            return RegisterImportDialog::tr("Authority's reference");
        }
        return RegisterTexts::fieldLabel(field);
    }

} // namespace

RegisterImportDialog::RegisterImportDialog(IncidentStore &store, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_path(path)
    , m_register(new QComboBox(this))
    , m_columns(new QTableWidget(0, 3, this))
    , m_summary(new QLabel(tr("Reading %1…").arg(QFileInfo(path).fileName()), this))
    , m_problems(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import Spreadsheet Register"));
    m_register->setObjectName(QStringLiteral("importRegister"));
    if (const auto registers = RegisterStore(m_store).registers()) {
        for (const BreachRegister &breachRegister : *registers) {
            m_register->addItem(breachRegister.controllerName, breachRegister.id);
        }
    }
    m_columns->setObjectName(QStringLiteral("importColumns"));
    m_columns->setHorizontalHeaderLabels({ tr("Column"), tr("Examples"), tr("Field") });
    m_columns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_columns->verticalHeader()->hide();
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setReadOnly(true);
    m_problems->setPlaceholderText(tr("Rows that are duplicates or do not fit are listed here."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Into the register of:"), m_register);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Which field each column fills (remembered for files with these headers):"), this));
    layout->addWidget(m_columns, 3);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 2);
    layout->addWidget(m_buttons);
    resize(900, 640);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RegisterImportDialog::runImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_register, &QComboBox::currentIndexChanged, this, &RegisterImportDialog::updatePlan);
    connect(&m_reading, &QFutureWatcherBase::finished, this, [this] { showTable(m_reading.result()); });
    // Reading an XLSX starts the parse helper and waits for it: never on the GUI thread.
    m_reading.setFuture(QtConcurrent::run([path] { return SpreadsheetFile::read(path); }));
}

RegisterImportDialog::~RegisterImportDialog()
{
    m_reading.waitForFinished();
}

QComboBox *RegisterImportDialog::fieldChooser(int column) const
{
    return qobject_cast<QComboBox *>(m_columns->cellWidget(column, 2));
}

void RegisterImportDialog::showTable(const SpreadsheetTable &table)
{
    m_loaded = true;
    if (!table.isValid()) {
        m_summary->setText(table.error);
        return;
    }
    m_rows = table.rows;
    const QStringList &header = m_rows.first();
    QStringList remembered = RegisterImportLayouts().mappingFor(RegisterImport::layoutKey(header));
    const QStringList guessed = remembered.size() == header.size() ? remembered : RegisterImport::guessMapping(header);
    const QStringList fields = RegisterImport::targetFields();
    m_columns->setRowCount(static_cast<int>(header.size()));
    for (int column = 0; column < header.size(); ++column) {
        m_columns->setItem(column, 0, new QTableWidgetItem(header.at(column)));
        QStringList examples;
        for (qsizetype row = 1; row < m_rows.size() && examples.size() < exampleCount; ++row) {
            const QString value = m_rows.at(row).value(column).simplified();
            if (!value.isEmpty()) {
                examples.append(value.size() > 40 ? value.left(39) + QChar(0x2026) : value);
            }
        }
        m_columns->setItem(column, 1, new QTableWidgetItem(examples.join(QStringLiteral(" · "))));
        auto *chooser = new QComboBox(m_columns);
        chooser->addItem(tr("(leave out)"), QString());
        for (const QString &field : fields) {
            chooser->addItem(targetLabel(field), field);
        }
        chooser->setCurrentIndex(std::max(0, chooser->findData(guessed.value(column))));
        connect(chooser, &QComboBox::currentIndexChanged, this, &RegisterImportDialog::updatePlan);
        m_columns->setCellWidget(column, 2, chooser);
    }
    m_columns->resizeColumnToContents(0);
    m_columns->resizeColumnToContents(2);
    updatePlan();
}

QStringList RegisterImportDialog::mapping() const
{
    QStringList fields;
    for (int column = 0; column < m_columns->rowCount(); ++column) {
        const QComboBox *chooser = fieldChooser(column);
        fields.append(chooser ? chooser->currentData().toString() : QString());
    }
    return fields;
}

void RegisterImportDialog::updatePlan()
{
    QPushButton *importButton = m_buttons->button(QDialogButtonBox::Ok);
    importButton->setEnabled(false);
    if (m_rows.isEmpty()) {
        return;
    }
    const RegisterStore registers(m_store);
    const qint64 registerId = m_register->currentData().toLongLong();
    const auto breachRegister = registerId > 0 ? registers.breachRegister(registerId) : std::nullopt;
    const auto existing = registerId > 0 ? registers.entries(registerId) : std::nullopt;
    if (!breachRegister || !existing) {
        m_summary->setText(registerId > 0 ? registers.errorString() : tr("Make a register first (New Register…)."));
        return;
    }
    const QStringList fields = mapping();
    if (const QString problem = RegisterImport::mappingProblem(m_rows.first(), fields); !problem.isEmpty()) {
        m_summary->setText(problem);
        m_problems->clear();
        return;
    }
    m_plan = RegisterImport::plan(m_rows, fields, *breachRegister, *existing);
    int duplicates = 0;
    int unfit = 0;
    QStringList lines;
    for (const ImportedRow &row : std::as_const(m_plan)) {
        if (!row.fits()) {
            ++unfit;
            lines.append(tr("Row %1 does not fit: %2").arg(row.line).arg(row.problems.join(QStringLiteral("; "))));
        } else if (row.duplicateOfEntry > 0) {
            ++duplicates;
            lines.append(tr("Row %1 is already in the register (entry %2).").arg(row.line).arg(row.duplicateOfEntry));
        } else if (row.duplicateOfLine > 0) {
            ++duplicates;
            lines.append(tr("Row %1 tells the same breach as row %2.").arg(row.line).arg(row.duplicateOfLine));
        }
    }
    const int fitting = static_cast<int>(m_plan.size()) - duplicates - unfit;
    m_summary->setText(tr("%1 of %2 rows will be imported; %3 duplicates and %4 rows that do not fit are left out.")
            .arg(fitting)
            .arg(m_plan.size())
            .arg(duplicates)
            .arg(unfit));
    m_problems->setPlainText(lines.join(QLatin1Char('\n')));
    importButton->setEnabled(fitting > 0);
}

void RegisterImportDialog::runImport()
{
    // One transaction of a register's rows (a few thousand at most): milliseconds, like the window's saves.
    QString error;
    const auto written = RegisterImport::write(m_store, m_plan, &error);
    if (!written) {
        QMessageBox::warning(this, tr("Nothing Imported"), error);
        return;
    }
    if (!RegisterImportLayouts().remember(RegisterImport::layoutKey(m_rows.first()), mapping(), &error)) {
        QMessageBox::warning(this, tr("Mapping Not Remembered"), error);
    }
    m_imported = *written;
    Q_EMIT imported(*written);
    accept();
}

} // namespace Iwb
