// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "incidentchooser.h"

#include "exchange/incidentfilter.h"
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
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace Iwb {

namespace {

    constexpr int IncidentIdRole = Qt::UserRole + 1;

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

    /// The records as a table, read from the store a page at a time with the filter applied there
    /// (IncidentStore::incidentPage(), newest change first), so 20,000 records open and filter at once.
    /// Records of the same organization as the article's come first, in bold.
    class ChoiceModel : public QAbstractTableModel
    {
    public:
        static constexpr int pageSize = 200;

        ChoiceModel(const IncidentStore &store, const QString &organization, qint64 excludedIncidentId, QObject *parent)
            : QAbstractTableModel(parent)
            , m_store(store)
            , m_organization(organization.simplified())
            , m_excluded(excludedIncidentId)
        {
            restart();
        }

        void setFilterText(const QString &text)
        {
            m_filter = text;
            restart();
        }

        int rowCount(const QModelIndex &parent) const override
        {
            return parent.isValid() ? 0 : static_cast<int>(m_similar.size() + m_rows.size());
        }
        int columnCount(const QModelIndex &parent) const override { return parent.isValid() ? 0 : 5; }

        bool canFetchMore(const QModelIndex &parent) const override
        {
            return !parent.isValid() && !m_exhausted && !m_fetching;
        }
        void fetchMore(const QModelIndex &parent) override
        {
            if (!canFetchMore(parent)) {
                return;
            }
            const QList<IncidentSummary> page = nextPage();
            if (page.isEmpty()) {
                return;
            }
            m_fetching = true;
            beginInsertRows({}, rowCount({}), rowCount({}) + static_cast<int>(page.size()) - 1);
            m_rows += page;
            endInsertRows();
            m_fetching = false;
        }

        QVariant data(const QModelIndex &index, int role) const override
        {
            if (!index.isValid()) {
                return {};
            }
            const bool similar = index.row() < m_similar.size();
            const IncidentSummary &row
                = similar ? m_similar.at(index.row()) : m_rows.at(index.row() - m_similar.size());
            if (role == IncidentIdRole) {
                return row.id;
            }
            if (role == Qt::FontRole && similar) {
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
            default:
                return {};
            }
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
            default:
                return {};
            }
        }

    private:
        void restart()
        {
            beginResetModel();
            m_similar.clear();
            m_similarIds.clear();
            m_rows.clear();
            m_last.reset();
            m_exhausted = false;
            findSameOrganization();
            m_rows = nextPage();
            endResetModel();
        }

        /// The records of the article's organization that pass the filter: looked up by the organization's name,
        /// and by the name without its last word ("Lumera Pay" for "Lumera Pay GmbH"), then compared loosely.
        void findSameOrganization()
        {
            if (m_organization.isEmpty()) {
                return;
            }
            QStringList names { m_organization };
            if (const qsizetype space = m_organization.lastIndexOf(QLatin1Char(' ')); space > 0) {
                names.append(m_organization.left(space));
            }
            const IncidentFilter filter = IncidentFilter::freeText(m_filter.trimmed());
            for (const QString &name : std::as_const(names)) {
                IncidentQuery query;
                query.filterText = name;
                for (const IncidentSummary &row : m_store.incidentPage(query, std::nullopt, pageSize)) {
                    if (row.id != m_excluded && !m_similarIds.contains(row.id)
                        && sameOrganization(row.organization, m_organization) && filter.matches(row)) {
                        m_similarIds.insert(row.id);
                        m_similar.append(row);
                    }
                }
            }
            std::sort(m_similar.begin(), m_similar.end(), [](const IncidentSummary &a, const IncidentSummary &b) {
                return a.modifiedAt != b.modifiedAt ? a.modifiedAt > b.modifiedAt : a.id > b.id;
            });
        }

        /// The next page of the filtered register, without the excluded record and those listed first.
        QList<IncidentSummary> nextPage()
        {
            IncidentQuery query;
            query.filterText = m_filter;
            QList<IncidentSummary> page;
            // Skipping rows can leave a page short; read on until it has some or the register ends.
            while (page.isEmpty() && !m_exhausted) {
                const QList<IncidentSummary> rows = m_store.incidentPage(query, m_last, pageSize);
                m_exhausted = rows.size() < pageSize;
                if (!rows.isEmpty()) {
                    m_last = rows.last();
                }
                for (const IncidentSummary &row : rows) {
                    if (row.id != m_excluded && !m_similarIds.contains(row.id)) {
                        page.append(row);
                    }
                }
            }
            return page;
        }

        const IncidentStore &m_store;
        QString m_organization;
        qint64 m_excluded;
        QString m_filter;
        QList<IncidentSummary> m_similar;
        QSet<qint64> m_similarIds;
        QList<IncidentSummary> m_rows;
        std::optional<IncidentSummary> m_last;
        bool m_exhausted = false;
        bool m_fetching = false;
    };

} // namespace

IncidentChooser::IncidentChooser(
    const IncidentStore &store, const QString &organization, qint64 excludedIncidentId, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_model(new ChoiceModel(store, organization, excludedIncidentId, this))
{
    setObjectName(QStringLiteral("incidentChooser"));
    setWindowTitle(tr("Link Article to Incident"));

    m_filter->setObjectName(QStringLiteral("incidentFilter"));
    m_filter->setPlaceholderText(tr("Filter by organization, date, cause…"));
    m_filter->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("incidentTable"));
    m_table->setModel(m_model);
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
        // A page of the filtered register from the store's indexes: a few milliseconds whatever its size.
        static_cast<ChoiceModel *>(m_model)->setFilterText(text);
        if (!m_table->selectionModel()->hasSelection() && m_model->rowCount() > 0) {
            m_table->selectRow(0);
        }
        updateButtons();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &IncidentChooser::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_model->rowCount() > 0) {
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
    return m_model->rowCount();
}

void IncidentChooser::updateButtons()
{
    m_link->setEnabled(chosenIncidentId() > 0);
}

} // namespace Iwb
