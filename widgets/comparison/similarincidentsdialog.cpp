// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "similarincidentsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace Iwb {

namespace {

    enum Column { ScoreColumn, OrganizationColumn, DateColumn, CauseColumn, ReasonsColumn };

} // namespace

SimilarIncidentsDialog::SimilarIncidentsDialog(
    const IncidentRecord &target, const QList<SimilarIncident> &similar, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("similarIncidentsDialog"));
    setWindowTitle(tr("Similar Incidents"));
    const QString name
        = target.organization.isEmpty() ? tr("incident %1").arg(target.id) : target.organization.simplified();
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(similar.isEmpty()
            ? tr("No other record shares a cause, data categories, the organization, a nearby date or wording with "
                 "“%1”.")
                  .arg(name)
            : tr("Records like “%1”%2, best first. Scores add up same cause (25%), shared data categories (25%), same "
                 "organization (20%), close dates (15%) and similar article wording (15%).")
                  .arg(name,
                      target.incidentDate.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(target.incidentDate)));

    m_list->setObjectName(QStringLiteral("similarList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({ tr("Score"), tr("Organization"), tr("Date"), tr("Cause"), tr("Why") });
    for (const SimilarIncident &candidate : similar) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(ScoreColumn, QStringLiteral("%1%").arg(std::lround(candidate.score * 100)));
        item->setTextAlignment(ScoreColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(OrganizationColumn,
            candidate.record.organization.isEmpty() ? tr("incident %1").arg(candidate.record.id)
                                                    : candidate.record.organization.simplified());
        item->setText(DateColumn, candidate.record.incidentDate);
        item->setText(CauseColumn, candidate.record.cause);
        item->setText(ReasonsColumn, candidate.reasons.join(QStringLiteral("; ")));
        item->setToolTip(ReasonsColumn, candidate.reasons.join(QLatin1Char('\n')));
        item->setData(ScoreColumn, Qt::UserRole, candidate.record.id);
    }
    for (int column = ScoreColumn; column < ReasonsColumn; ++column) {
        m_list->resizeColumnToContents(column);
    }
    m_list->header()->setStretchLastSection(true);

    QPushButton *compare = m_buttons->addButton(tr("&Compare"), QDialogButtonBox::AcceptRole);
    compare->setDefault(true);
    compare->setEnabled(false);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
        [compare](QTreeWidgetItem *current) { compare->setEnabled(current != nullptr); });
    connect(m_list, &QTreeWidget::itemActivated, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    m_list->setFocus(Qt::OtherFocusReason);
    resize(1150, 420);
}

qint64 SimilarIncidentsDialog::selectedIncidentId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(ScoreColumn, Qt::UserRole).toLongLong() : 0;
}

} // namespace Iwb
