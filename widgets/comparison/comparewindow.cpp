// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "comparewindow.h"

#include "recentplaces.h"

#include "annotation/annotationsession.h"
#include "annotation/factlistmodel.h"
#include "articleview.h"
#include "comparison/comparisontablemodel.h"
#include "comparison/incidenttimeline.h"
#include "incident/recordvocabulary.h"
#include "storage/incidentstore.h"
#include "timelineview.h"

#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace Iwb {

namespace {

    /// @p hue laid over @p base at @p amount: a tint that keeps the palette's contrast with its text, light or dark.
    QColor tint(const QColor &base, const QColor &hue, double amount)
    {
        return QColor::fromRgbF(static_cast<float>(base.redF() * (1 - amount) + hue.redF() * amount),
            static_cast<float>(base.greenF() * (1 - amount) + hue.greenF() * amount),
            static_cast<float>(base.blueF() * (1 - amount) + hue.blueF() * amount));
    }

    /// Colours the comparison table's rows by how the records agree, from the view's palette.
    class AgreementDelegate : public QStyledItemDelegate
    {
    public:
        using QStyledItemDelegate::QStyledItemDelegate;

    protected:
        void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
        {
            QStyledItemDelegate::initStyleOption(option, index);
            const auto agreement = static_cast<FieldAgreement>(index.data(ComparisonTableModel::AgreementRole).toInt());
            const QColor base = option->palette.color(QPalette::Base);
            const QVariant stated = index.data(ComparisonTableModel::StatedRole);
            if (agreement == FieldAgreement::NotStated || (stated.isValid() && !stated.toBool())) {
                option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
            }
            switch (agreement) {
            case FieldAgreement::Same:
                option->backgroundBrush = tint(base, QColor(40, 160, 80), 0.16);
                break;
            case FieldAgreement::Different:
                option->backgroundBrush = tint(base, QColor(230, 70, 50), 0.30);
                break;
            case FieldAgreement::Missing:
                option->backgroundBrush = tint(base, QColor(235, 170, 0), 0.30);
                break;
            case FieldAgreement::NotStated:
                break;
            }
        }
    };

} // namespace

CompareWindow::CompareWindow(IncidentStore &store, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_store(store)
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_paneArea(new QSplitter(Qt::Horizontal, this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new ComparisonTableModel(this))
    , m_timeline(new TimelineView(this))
    , m_scale(new QComboBox(this))
{
    setObjectName(QStringLiteral("compareWindow"));
    setWindowTitle(tr("Compare Incidents"));
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new AgreementDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Field-by-field comparison"));
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
            if (current.isValid()) {
                showEvidence(current.data(ComparisonTableModel::FieldNameRole).toString());
            }
        });

    m_scale->setObjectName(QStringLiteral("timelineScale"));
    m_scale->addItem(tr("Automatic"), static_cast<int>(TimelineView::ScaleChoice::Automatic));
    m_scale->addItem(tr("Shared calendar (linear)"), static_cast<int>(TimelineView::ScaleChoice::Calendar));
    m_scale->addItem(tr("Time since each start (logarithmic)"), static_cast<int>(TimelineView::ScaleChoice::Elapsed));
    connect(m_scale, &QComboBox::currentIndexChanged, this,
        [this] { m_timeline->setScaleChoice(static_cast<TimelineView::ScaleChoice>(m_scale->currentData().toInt())); });
    auto *scaleLabel = new QLabel(tr("Timeline &scale:"), this);
    scaleLabel->setBuddy(m_scale);

    auto *timelineBox = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    auto *scaleRow = new QHBoxLayout;
    scaleRow->addWidget(scaleLabel);
    scaleRow->addWidget(m_scale);
    scaleRow->addStretch(1);
    timelineLayout->addLayout(scaleRow);
    timelineLayout->addWidget(m_timeline, 1);

    m_splitter->setObjectName(QStringLiteral("compareSplitter"));
    m_splitter->addWidget(m_paneArea);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(timelineBox);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);

    // Ctrl+W here; Escape in keyPressEvent(), so that it still reaches an open popup (a combo box list) first.
    auto *closeAction = new QAction(tr("Close"), this);
    closeAction->setShortcut(QKeySequence::Close);
    closeAction->setShortcutContext(Qt::WindowShortcut);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    addAction(closeAction);

    setTabOrder(m_table, m_scale);
    setTabOrder(m_scale, m_timeline);
    // Big enough for four articles side by side, but never taller or wider than the screen's free area.
    resize(RecentPlaces::fittingSize(parent, QSize(1500, 1000)));
}

CompareWindow::~CompareWindow() = default;

void CompareWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

CompareWindow::Pane CompareWindow::makePane(const IncidentRecord &record, QWidget *parent)
{
    Pane pane;
    pane.record = record;
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 0, 4, 0);
    const int index = static_cast<int>(m_panes.size());
    pane.header = new QLabel(box);
    pane.header->setObjectName(QStringLiteral("paneHeader%1").arg(index));
    pane.header->setTextFormat(Qt::RichText);
    const QString name
        = record.organization.isEmpty() ? tr("incident %1").arg(record.id) : record.organization.simplified();
    pane.header->setText(tr("<b>%1 · %2</b> &nbsp; incident %3, %4")
            .arg(RecordComparison::recordLetter(index), name.toHtmlEscaped())
            .arg(record.id)
            .arg(RecordVocabulary::valueLabel(QStringLiteral("review_status"), reviewStatusName(record.reviewStatus))));
    pane.session = new AnnotationSession(m_store, this);
    pane.view = new ArticleView(box);
    pane.view->setObjectName(QStringLiteral("compareArticle%1").arg(index));
    pane.view->setSession(pane.session);
    // Read-only: the labelling keys (1–9) and span adjustments are actions on the text; the fact context menu is a
    // custom one. Switching both off leaves selection, scrolling, fact tooltips and the plain Copy menu.
    const QList<QAction *> actions = pane.view->textEdit()->actions();
    for (QAction *action : actions) {
        action->setEnabled(false);
    }
    pane.view->textEdit()->setContextMenuPolicy(Qt::DefaultContextMenu);
    pane.evidence = new QLabel(box);
    pane.evidence->setObjectName(QStringLiteral("paneEvidence%1").arg(index));
    pane.evidence->setWordWrap(true);
    pane.evidence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(pane.header);
    layout->addWidget(pane.view, 1);
    layout->addWidget(pane.evidence);
    m_paneArea->addWidget(box);
    return pane;
}

bool CompareWindow::load(const QList<qint64> &incidentIds)
{
    // A record compared with itself shows nothing; the same id twice counts once.
    QList<qint64> ids;
    for (const qint64 id : incidentIds) {
        if (!ids.contains(id)) {
            ids.append(id);
        }
    }
    QList<IncidentRecord> records;
    for (const qint64 id : ids.mid(0, maximumIncidents)) {
        const auto record = m_store.incident(id);
        if (!record) {
            m_error = m_store.errorString();
            return false;
        }
        records.append(*record);
    }
    if (records.size() < 2) {
        m_error = tr("Choose at least two incidents to compare.");
        return false;
    }

    IncidentTimeline timeline;
    for (const IncidentRecord &record : std::as_const(records)) {
        Pane pane = makePane(record, m_paneArea);
        if (!record.sourceDocumentIds.isEmpty() && !pane.session->load(record.sourceDocumentIds.first())) {
            m_error = pane.session->errorString();
            return false;
        }
        if (record.sourceDocumentIds.isEmpty()) {
            pane.evidence->setText(tr("This record has no source article."));
        }
        timeline.addRow(IncidentTimeline::rowFor(record, pane.session->document(), pane.session->facts()->facts()));
        m_panes.append(pane);
    }
    m_timeline->setTimeline(timeline);
    m_scale->setItemText(0,
        timeline.automaticScale() == IncidentTimeline::Scale::Elapsed ? tr("Automatic: time since each start")
                                                                      : tr("Automatic: shared calendar"));

    const RecordComparison comparison(records, Wording::Words);
    m_model->setComparison(comparison);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(ComparisonTableModel::FieldColumn, QHeaderView::ResizeToContents);
    for (int i = 0; i < records.size(); ++i) {
        header->setSectionResizeMode(ComparisonTableModel::recordColumn(i), QHeaderView::Interactive);
        m_table->resizeColumnToContents(ComparisonTableModel::recordColumn(i));
        m_table->setColumnWidth(ComparisonTableModel::recordColumn(i),
            std::min(m_table->columnWidth(ComparisonTableModel::recordColumn(i)), 300));
    }
    header->setSectionResizeMode(m_model->differenceColumn(), QHeaderView::Stretch);
    // All fields in view without scrolling where the window allows it (one line each, and one more for a wrapped
    // difference; the final column widths are not known before the window is shown); the articles take the rest.
    const int lineHeight = m_table->fontMetrics().height() + 6;
    const int tableHeight
        = header->sizeHint().height() + (m_model->rowCount() + 1) * lineHeight + 2 * m_table->frameWidth();
    const int timelineHeight = m_timeline->sizeHint().height() + m_scale->sizeHint().height() + 8;
    m_splitter->setSizes({ std::max(300, height() - tableHeight - timelineHeight - 60), tableHeight, timelineHeight });

    QStringList names;
    for (int i = 0; i < records.size(); ++i) {
        const QString name = records.at(i).organization.isEmpty() ? tr("incident %1").arg(records.at(i).id)
                                                                  : records.at(i).organization.simplified();
        names.append(RecordComparison::recordLetter(i) + QStringLiteral(": ") + name);
    }
    setWindowTitle(tr("Compare Incidents — %1").arg(names.join(QStringLiteral(" · "))));
    QString summary = tr("%1 of %2 fields differ or are stated in only some records. Select a field to see its "
                         "evidence in every article.")
                          .arg(comparison.disagreementCount())
                          .arg(comparison.fields().size());
    if (ids.size() > maximumIncidents) {
        summary += QLatin1Char(' ')
            + tr("Showing the first %1 of the %2 selected incidents.").arg(maximumIncidents).arg(ids.size());
    }
    m_summary->setText(summary);
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->selectRow(0);
    return true;
}

void CompareWindow::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    for (const Pane &pane : std::as_const(m_panes)) {
        pane.view->setTheme(theme);
    }
}

ArticleView *CompareWindow::articleView(int pane) const
{
    return pane >= 0 && pane < m_panes.size() ? m_panes.at(pane).view : nullptr;
}

QLabel *CompareWindow::evidenceLabel(int pane) const
{
    return pane >= 0 && pane < m_panes.size() ? m_panes.at(pane).evidence : nullptr;
}

const IncidentRecord &CompareWindow::record(int pane) const
{
    return m_panes.at(pane).record;
}

void CompareWindow::showEvidence(const QString &field)
{
    for (Pane &pane : m_panes) {
        showEvidenceIn(pane, field);
    }
}

void CompareWindow::showEvidenceIn(Pane &pane, const QString &field)
{
    const QString label = RecordComparison::fieldLabel(field);
    const QList<qint64> ids = pane.record.evidence.value(field);
    const FactListModel *facts = pane.session->facts();
    // The record names its evidence by store id; the pane's copy of the facts keeps those ids under its own keys.
    qint64 key = 0;
    const QList<qint64> keys = facts->keys();
    for (const qint64 id : ids) {
        const auto found = std::find_if(
            keys.cbegin(), keys.cend(), [facts, id](qint64 candidate) { return facts->fact(candidate).id == id; });
        if (found != keys.cend()) {
            key = *found;
            break;
        }
    }
    QPlainTextEdit *text = pane.view->textEdit();
    if (key == 0) {
        QTextCursor cursor = text->textCursor();
        cursor.clearSelection();
        text->setTextCursor(cursor);
        pane.view->setCurrentFact(0);
        if (pane.session->hasDocument()) {
            pane.evidence->setText(ids.isEmpty() ? tr("%1: no evidence in this record").arg(label)
                                                 : tr("%1: the evidence is in another source article").arg(label));
        }
        return;
    }
    pane.view->showFact(key);
    const Fact fact = facts->fact(key);
    QTextCursor cursor(text->document());
    cursor.setPosition(static_cast<int>(fact.start));
    cursor.setPosition(static_cast<int>(fact.end), QTextCursor::KeepAnchor);
    text->setTextCursor(cursor);
    text->ensureCursorVisible();
    pane.evidence->setText(tr("%1: “%2”").arg(label, fact.text));
}

} // namespace Iwb
