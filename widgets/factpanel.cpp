// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "factpanel.h"

#include "annotation/annotationsession.h"
#include "annotation/factfiltermodel.h"
#include "annotation/factlistmodel.h"
#include "incident/factjson.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Iwb {

namespace {

    /// Draws the facts the learned model doubts as suggestions: in italics, in the paler ink of placeholder text.
    class SuggestionDelegate : public QStyledItemDelegate
    {
    public:
        using QStyledItemDelegate::QStyledItemDelegate;

    protected:
        void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
        {
            QStyledItemDelegate::initStyleOption(option, index);
            if (index.data(FactListModel::IsDoubtfulRole).toBool()) {
                option->font.setItalic(true);
                option->palette.setColor(
                    QPalette::Text, option->palette.color(QPalette::Active, QPalette::PlaceholderText));
            }
        }
    };

} // namespace

FactPanel::FactPanel(AnnotationSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_filter(new FactFilterModel(this))
    , m_view(new QTreeView(this))
    , m_show(new QComboBox(this))
    , m_accept(new QToolButton(this))
    , m_reject(new QToolButton(this))
    , m_delete(new QToolButton(this))
    , m_editValue(new QToolButton(this))
    , m_allOfType(new QToolButton(this))
{
    m_view->setObjectName(QStringLiteral("factView"));
    m_filter->setSourceModel(session->facts());
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new SuggestionDelegate(m_view));
    // Unsorted (text order) until a header is clicked; a third click on it returns to text order.
    m_view->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->header()->setSortIndicatorClearable(true);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragEnabled(true);
    m_view->header()->setSectionResizeMode(FactListModel::TextColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->setColumnHidden(FactListModel::RuleColumn, true);
    m_view->setColumnHidden(FactListModel::ConfidenceColumn, true);

    m_show->setObjectName(QStringLiteral("showFacts"));
    m_show->addItem(tr("All"), QVariant::fromValue(FactFilterModel::Show::All));
    m_show->addItem(tr("Facts"), QVariant::fromValue(FactFilterModel::Show::Facts));
    m_show->addItem(tr("Suggestions"), QVariant::fromValue(FactFilterModel::Show::Suggestions));
    m_show->setToolTip(tr("Suggestions are the facts of rules that the learned model doubts (below its "
                          "threshold); accept one to make it a fact"));
    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setShow(m_show->currentData().value<FactFilterModel::Show>());
        m_view->expandAll();
    });

    const auto makeButton
        = [this](QToolButton *button, const QString &text, const QKeySequence &keys, const QString &name) {
              auto *action = new QAction(text, this);
              action->setShortcut(keys);
              action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
              action->setToolTip(
                  keys.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText)));
              button->setDefaultAction(action);
              button->setObjectName(name);
              button->setToolButtonStyle(Qt::ToolButtonTextOnly);
              addAction(action);
              return action;
          };
    connect(makeButton(m_accept, tr("Accept"), QKeySequence(Qt::Key_A), QStringLiteral("acceptFact")),
        &QAction::triggered, this, [this] { m_session->setStatus(selectedFact(), FactStatus::Accepted); });
    connect(makeButton(m_reject, tr("Reject"), QKeySequence(Qt::Key_R), QStringLiteral("rejectFact")),
        &QAction::triggered, this, [this] { m_session->setStatus(selectedFact(), FactStatus::Rejected); });
    connect(makeButton(m_delete, tr("Delete"), QKeySequence::Delete, QStringLiteral("deleteFact")), &QAction::triggered,
        this, [this] { m_session->removeFact(selectedFact()); });
    connect(makeButton(m_editValue, tr("Edit Value…"), QKeySequence(Qt::Key_F2), QStringLiteral("editValue")),
        &QAction::triggered, this, &FactPanel::editValue);

    // The two actions on a whole type share one menu button, so that the panel's buttons fit a third of a
    // laptop screen.
    auto *allOfTypeMenu = new QMenu(m_allOfType);
    QAction *acceptAll = allOfTypeMenu->addAction(tr("&Accept All Suggestions of This Type"), this,
        [this] { m_session->setStatusOfSuggestions(static_cast<FactType>(selectedType()), FactStatus::Accepted); });
    acceptAll->setObjectName(QStringLiteral("acceptAllOfType"));
    QAction *rejectAll = allOfTypeMenu->addAction(tr("&Reject All Suggestions of This Type"), this,
        [this] { m_session->setStatusOfSuggestions(static_cast<FactType>(selectedType()), FactStatus::Rejected); });
    rejectAll->setObjectName(QStringLiteral("rejectAllOfType"));
    m_allOfType->setObjectName(QStringLiteral("allOfType"));
    m_allOfType->setText(tr("All of Type"));
    m_allOfType->setToolTip(tr("Accept or reject all suggestions of the selected fact's type at once"));
    m_allOfType->setMenu(allOfTypeMenu);
    m_allOfType->setPopupMode(QToolButton::InstantPopup);
    m_allOfType->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_view->setAccessibleName(tr("Facts"));
    m_view->setAccessibleDescription(tr("The facts of the open article, grouped by type, with value and status"));
    m_view->setWhatsThis(tr("The facts found in the article, grouped by type. A accepts the selected fact, R "
                            "rejects it, Del deletes it, F2 edits its value; drag one onto a field of the record "
                            "to use it there."));
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == FactListModel::ValueColumn) {
            editValue();
        }
    });

    // Two rows: what acts on the selected fact above, what acts on a type or on the view below.
    auto *factButtons = new QHBoxLayout;
    for (QToolButton *button : { m_accept, m_reject, m_delete, m_editValue }) {
        factButtons->addWidget(button);
    }
    factButtons->addStretch();
    auto *viewButtons = new QHBoxLayout;
    viewButtons->addWidget(m_allOfType);
    viewButtons->addStretch();
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_show);
    viewButtons->addWidget(showLabel);
    viewButtons->addWidget(m_show);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(factButtons);
    layout->addLayout(viewButtons);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateButtons();
        if (const qint64 key = selectedFact(); key > 0) {
            Q_EMIT factActivated(key);
        }
    });
    connect(m_filter, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(m_filter, &QAbstractItemModel::rowsInserted, m_view,
        [this](const QModelIndex &parent) { m_view->expand(parent); });
    connect(session->facts(), &FactListModel::factsChanged, this, &FactPanel::updateButtons);
    updateButtons();
}

qint64 FactPanel::selectedFact() const
{
    return m_view->currentIndex().data(FactListModel::FactKeyRole).toLongLong();
}

int FactPanel::selectedType() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(FactListModel::FactTypeRole).toInt() : -1;
}

QModelIndex FactPanel::viewIndex(qint64 key) const
{
    return m_filter->mapFromSource(m_session->facts()->indexForKey(key));
}

void FactPanel::setConfidenceShown(bool shown)
{
    m_view->setColumnHidden(FactListModel::ConfidenceColumn, !shown);
}

void FactPanel::selectFact(qint64 key)
{
    const QModelIndex index = viewIndex(key);
    if (index.isValid() && index != m_view->currentIndex()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

void FactPanel::editValue()
{
    const qint64 key = selectedFact();
    if (!m_session->facts()->contains(key)) {
        return;
    }
    const Fact fact = m_session->facts()->fact(key);
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Edit Value"),
        tr("Normalized value of “%1” as JSON, e.g. \"2019-12-09\", 31 or "
           "{\"count\": 9500, \"unit\": \"users\"}:")
            .arg(fact.text),
        QLineEdit::Normal, jsonValueText(fact.value), &ok);
    if (!ok) {
        return;
    }
    QString error;
    const std::optional<QJsonValue> value = jsonValueFromText(text, &error);
    if (!value) {
        QMessageBox::warning(this, tr("Edit Value"), tr("“%1” is not a JSON value: %2").arg(text, error));
        return;
    }
    m_session->setValue(key, *value);
}

void FactPanel::updateButtons()
{
    const bool haveFact = m_session->facts()->contains(selectedFact());
    m_accept->setEnabled(haveFact);
    m_reject->setEnabled(haveFact);
    m_delete->setEnabled(haveFact);
    m_editValue->setEnabled(haveFact);
    m_allOfType->setEnabled(selectedType() >= 0);
}

} // namespace Iwb
