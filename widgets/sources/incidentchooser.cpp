// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "incidentchooser.h"

#include "storage/incidentstore.h"

#include <QAbstractTableModel>
#include <QDialogButtonBox>
#include <QFont>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Iwb {

namespace {

    constexpr int IncidentIdRole = Qt::UserRole + 1;
    constexpr int RankRole = Qt::UserRole + 2;

    /// Loose equality of organization names: case and legal-form suffixes do not matter ("Lumera Pay" = "lumera pay
    /// GmbH").
    bool sameOrganization(const QString &a, const QString &b)
    {
        const QString left = a.simplified().toCaseFolded();
        const QString right = b.simplified().toCaseFolded();
        if (left.isEmpty() || right.isEmpty()) {
            return false;
        }
        return left == right || left.startsWith(right + QLatin1Char(' ')) || right.startsWith(left + QLatin1Char(' '));
    }

    /// The summaries as a table; IncidentStore::incidentPage() already orders them newest change first.
    class ChoiceModel : public QAbstractTableModel
    {
    public:
        ChoiceModel(QList<IncidentSummary> rows, const QString &organization, QObject *parent)
            : QAbstractTableModel(parent)
            , m_rows(std::move(rows))
        {
            m_similar.reserve(m_rows.size());
            for (const IncidentSummary &row : std::as_const(m_rows)) {
                m_similar.append(sameOrganization(row.organization, organization));
            }
        }

        int rowCount(const QModelIndex &parent) const override
        {
            return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
        }
        int columnCount(const QModelIndex &parent) const override { return parent.isValid() ? 0 : 5; }

        QVariant data(const QModelIndex &index, int role) const override
        {
            if (!index.isValid()) {
                return {};
            }
            const IncidentSummary &row = m_rows.at(index.row());
            if (role == IncidentIdRole) {
                return row.id;
            }
            if (role == RankRole) {
                // Same organization first, then the store's order.
                return static_cast<qint64>(m_similar.at(index.row()) ? 0 : m_rows.size()) + index.row();
            }
            if (role == Qt::FontRole && m_similar.at(index.row())) {
                QFont font;
                font.setBold(true);
                return font;
            }
            if (role != Qt::DisplayRole) {
                return {};
            }
            switch (index.column()) {
            case 0:
                return row.organization;
            case 1:
                return row.incidentDate;
            case 2:
                return QString(row.cause).replace(QLatin1Char('_'), QLatin1Char(' '));
            case 3:
                return row.affectedCount
                    ? QStringLiteral("%1 %2").arg(QLocale().toString(*row.affectedCount), row.affectedUnit)
                    : QString();
            case 4:
                return reviewStatusName(row.reviewStatus);
            }
            return {};
        }

        QVariant headerData(int section, Qt::Orientation orientation, int role) const override
        {
            if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
                return {};
            }
            switch (section) {
            case 0:
                return IncidentChooser::tr("Organization");
            case 1:
                return IncidentChooser::tr("Date");
            case 2:
                return IncidentChooser::tr("Cause");
            case 3:
                return IncidentChooser::tr("Affected");
            case 4:
                return IncidentChooser::tr("Review");
            }
            return {};
        }

    private:
        QList<IncidentSummary> m_rows;
        QList<bool> m_similar;
    };

} // namespace

IncidentChooser::IncidentChooser(
    const IncidentStore &store, const QString &organization, qint64 excludedIncidentId, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("incidentChooser"));
    setWindowTitle(tr("Link Article to Incident"));
    QList<IncidentSummary> rows = store.incidentPage(IncidentQuery(), std::nullopt, std::max(0, store.incidentCount()));
    rows.removeIf([excludedIncidentId](const IncidentSummary &row) { return row.id == excludedIncidentId; });

    m_proxy->setSourceModel(new ChoiceModel(std::move(rows), organization, this));
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(RankRole);
    m_proxy->sort(0);

    m_filter->setObjectName(QStringLiteral("incidentFilter"));
    m_filter->setPlaceholderText(tr("Filter by organization, date, cause…"));
    m_filter->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("incidentTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_link = buttons->addButton(tr("&Link"), QDialogButtonBox::AcceptRole);
    m_link->setObjectName(QStringLiteral("linkButton"));

    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(organization.isEmpty()
            ? tr("Which incident does this article tell?")
            : tr("Which incident does this article tell? Records of %1 are listed first.")
                  .arg(organization.toHtmlEscaped()),
        this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(720, 420);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!m_table->selectionModel()->hasSelection() && m_proxy->rowCount() > 0) {
            m_table->selectRow(0);
        }
        updateButtons();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &IncidentChooser::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_proxy->rowCount() > 0) {
        m_table->selectRow(0);
    }
    updateButtons();
    m_filter->setFocus();
}

qint64 IncidentChooser::chosenIncidentId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(IncidentIdRole).toLongLong();
}

int IncidentChooser::visibleCount() const
{
    return m_proxy->rowCount();
}

void IncidentChooser::updateButtons()
{
    m_link->setEnabled(chosenIncidentId() > 0);
}

} // namespace Iwb
