// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "resolutiondialog.h"

#include "incident/recordvocabulary.h"

#include "comparison/recordcomparison.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Iwb {

namespace {

    enum Column { FieldColumn, RecordColumn, ArticleColumn, ChoiceColumn };

    /// The value, then one line per article with the texts of its evidence facts: "⌖ ‘9.500 Nutzer’ ×2 (Title)".
    QString cellText(const QString &field, const QJsonValue &value, const QList<qint64> &evidence,
        const std::function<EvidenceNote(qint64)> &describe, bool withArticle)
    {
        QStringList articles;
        QHash<QString, QStringList> textsOfArticle;
        for (const qint64 reference : evidence) {
            const EvidenceNote note = describe(reference);
            if (!articles.contains(note.article)) {
                articles.append(note.article);
            }
            textsOfArticle[note.article].append(note.text);
        }
        QStringList lines { SourceConflicts::isUnstated(value) ? SourceConflicts::displayText(value)
                                                               : RecordVocabulary::jsonValueLabel(field, value) };
        for (const QString &article : std::as_const(articles)) {
            const QStringList &texts = textsOfArticle.value(article);
            QStringList distinct;
            for (const QString &text : texts) {
                if (!distinct.contains(text)) {
                    distinct.append(text);
                }
            }
            QStringList shown;
            for (const QString &text : std::as_const(distinct)) {
                const qsizetype times = texts.count(text);
                shown.append(QChar(0x2018) + text + QChar(0x2019)
                    + (times > 1 ? QStringLiteral(" \u00d7%1").arg(times) : QString()));
            }
            lines.append(QStringLiteral("\u2316 ") + shown.join(QStringLiteral(", "))
                + (withArticle ? QStringLiteral(" (%1)").arg(article) : QString()));
        }
        return lines.join(QLatin1Char('\n'));
    }

} // namespace

ResolutionDialog::ResolutionDialog(const QList<FieldConflict> &conflicts, const QString &recordSources,
    const QString &articleTitle, const std::function<EvidenceNote(qint64)> &describeEvidence, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(static_cast<int>(conflicts.size()), 4, this))
{
    setObjectName(QStringLiteral("resolutionDialog"));
    setWindowTitle(tr("Resolve Differences"));
    m_table->setObjectName(QStringLiteral("resolutionTable"));
    m_table->setHorizontalHeaderLabels({ tr("Field"), tr("Record (%1)").arg(recordSources),
        tr("From \u2018%1\u2019").arg(articleTitle), tr("Choice") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(RecordColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ArticleColumn, QHeaderView::Stretch);

    for (int row = 0; row < conflicts.size(); ++row) {
        const FieldConflict &conflict = conflicts.at(row);
        auto *field = new QTableWidgetItem(RecordVocabulary::fieldLabel(conflict.field));
        field->setToolTip(
            (conflict.kind == SourceDifference::Fill ? tr("The record does not state this; the article does.")
                                                     : tr("Both state this, differently."))
            + QLatin1String(" (") + conflict.field + QLatin1Char(')'));
        m_table->setItem(row, FieldColumn, field);
        // The record's evidence may come from several articles; the other side's all from the one in the header.
        m_table->setItem(row, RecordColumn,
            new QTableWidgetItem(
                cellText(conflict.field, conflict.current, conflict.currentEvidence, describeEvidence, true)));
        m_table->setItem(row, ArticleColumn,
            new QTableWidgetItem(
                cellText(conflict.field, conflict.incoming, conflict.incomingEvidence, describeEvidence, false)));

        auto *cell = new QWidget(m_table);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(2, 2, 2, 2);
        auto *box = new QComboBox(cell);
        cellLayout->addWidget(box, 0, Qt::AlignTop);
        box->setObjectName(QStringLiteral("choice_") + conflict.field);
        const auto data = [](FieldResolution resolution) { return QVariant(static_cast<int>(resolution)); };
        box->addItem(conflict.kind == SourceDifference::Fill ? tr("leave empty") : tr("keep the record's"),
            data(FieldResolution::Keep));
        box->addItem(tr("take the article's"), data(FieldResolution::Take));
        if (conflict.isListField() && conflict.kind == SourceDifference::Conflict) {
            box->addItem(tr("both"), data(FieldResolution::Both));
        }
        box->setCurrentIndex(box->findData(static_cast<int>(RecordMerge::defaultResolution(conflict))));
        m_table->setCellWidget(row, ChoiceColumn, cell);
        m_boxes.insert(conflict.field, box);
    }
    m_table->resizeColumnToContents(FieldColumn);
    m_table->setColumnWidth(ChoiceColumn, m_boxes.isEmpty() ? 120 : (*m_boxes.cbegin())->sizeHint().width() + 24);
    // Wrapped cells need their rows re-measured whenever the columns change width.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table, &QTableWidget::resizeRowsToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("applyButton"));
    apply->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *hint = new QLabel(tr("The linked article differs from the record in %n fields. Choose per field; "
                               "the evidence of every article that supports the chosen value is kept.",
                                nullptr, static_cast<int>(conflicts.size())),
        this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 480);
}

void ResolutionDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_table->resizeRowsToContents();
}

QHash<QString, FieldResolution> ResolutionDialog::choices() const
{
    QHash<QString, FieldResolution> result;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        result.insert(it.key(), static_cast<FieldResolution>(it.value()->currentData().toInt()));
    }
    return result;
}

} // namespace Iwb
