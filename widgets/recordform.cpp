// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "recordform.h"

#include "annotation/annotationcommands.h"
#include "annotation/annotationsession.h"
#include "annotation/factlistmodel.h"
#include "incident/recordvocabulary.h"
#include "sources/sourcelinker.h"
#include "sources/sourcesbar.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Iwb {

namespace {

    /// The words of @p field's ids to choose from; the stored id is the item's data.
    QComboBox *choiceBox(const QString &field, const QStringList &ids, QWidget *parent)
    {
        auto *box = new QComboBox(parent);
        box->addItem(QString(), QString());
        for (const QString &id : ids) {
            box->addItem(RecordVocabulary::valueLabel(field, id), id);
        }
        return box;
    }

    QComboBox *yesNoBox(QWidget *parent)
    {
        auto *box = new QComboBox(parent);
        box->addItem(RecordForm::tr("not stated"), QString());
        box->addItem(RecordForm::tr("yes"), QStringLiteral("yes"));
        box->addItem(RecordForm::tr("no"), QStringLiteral("no"));
        return box;
    }

    QLineEdit *validatedLine(const QString &pattern, const QString &placeholder, QWidget *parent)
    {
        auto *line = new QLineEdit(parent);
        line->setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), line));
        line->setPlaceholderText(placeholder);
        line->setClearButtonEnabled(true);
        return line;
    }

    void setChoice(QComboBox *box, const QString &id)
    {
        box->setCurrentIndex(std::max(0, box->findData(id)));
    }

    /// Data categories as typed: their words in the interface's language ("Namen, Zugangsdaten") or their ids.
    QStringList splitIds(const QString &field, const QString &text)
    {
        QStringList ids;
        for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString typed = part.trimmed();
            QString found;
            for (const QString &id : IncidentRecord::dataCategoryIds()) {
                if (typed.compare(RecordVocabulary::valueLabel(field, id), Qt::CaseInsensitive) == 0
                    || QString(typed).replace(QLatin1Char(' '), QLatin1Char('_')) == id) {
                    found = id;
                    break;
                }
            }
            if (!found.isEmpty() && !ids.contains(found)) {
                ids.append(found);
            }
        }
        return ids;
    }

    /// A count as typed in any locale's grouping ("9.500", "9,500", "9 500"): its digits.
    QString digitsOf(const QString &text)
    {
        QString digits;
        for (const QChar c : text) {
            if (c.isDigit()) {
                digits.append(c);
            }
        }
        return digits;
    }

} // namespace

RecordForm::RecordForm(AnnotationSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_sourcesBar(new SourcesBar(session, this))
    , m_reviewStatus(new QComboBox(this))
    , m_analyst(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
{
    auto *content = new QWidget;
    auto *form = new QFormLayout(content);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    const QString categoryHint
        = tr("Comma-separated: %1")
              .arg(RecordVocabulary::valueLabels(QStringLiteral("data_exposed"), IncidentRecord::dataCategoryIds()));
    auto *exposed = new QLineEdit(content);
    exposed->setToolTip(categoryHint);
    auto *notExposed = new QLineEdit(content);
    notExposed->setToolTip(categoryHint);
    auto *unit = new QComboBox(content);
    unit->setEditable(true);
    unit->addItem(QString(), QString());
    for (const QString &id : IncidentRecord::personUnitIds()) {
        unit->addItem(RecordVocabulary::valueLabel(QStringLiteral("affected_unit"), id), id);
    }

    addFieldRow(form, QStringLiteral("organization"), tr("Organization"), new QLineEdit(content));
    addFieldRow(form, QStringLiteral("incident_date"), tr("Incident date"),
        validatedLine(QStringLiteral("^\\d{4}(-\\d{2}(-\\d{2})?)?$"), QStringLiteral("YYYY-MM-DD"), content));
    addFieldRow(form, QStringLiteral("start_time"), tr("Start time"),
        validatedLine(QStringLiteral("^([01]?\\d|2[0-4]):[0-5]\\d$"), QStringLiteral("HH:MM"), content));
    addFieldRow(form, QStringLiteral("end_time"), tr("End time"),
        validatedLine(QStringLiteral("^([01]?\\d|2[0-4]):[0-5]\\d$"), QStringLiteral("HH:MM"), content));
    addFieldRow(form, QStringLiteral("duration_minutes"), tr("Duration (minutes)"),
        validatedLine(QStringLiteral("^\\d{0,9}$"), QString(), content));
    addFieldRow(form, QStringLiteral("affected_count"), tr("Affected"),
        validatedLine(QStringLiteral("^[\\d.,' \\x{00a0}\\x{202f}]{0,24}$"), QString(), content));
    addFieldRow(form, QStringLiteral("affected_unit"), tr("Affected unit"), unit);
    // The editable combo box's line edit is a control of its own to a screen reader.
    unit->lineEdit()->setAccessibleName(tr("Affected unit"));
    addFieldRow(form, QStringLiteral("data_exposed"), tr("Data exposed"), exposed);
    addFieldRow(form, QStringLiteral("data_not_exposed"), tr("Data not exposed"), notExposed);
    addFieldRow(form, QStringLiteral("cause"), tr("Cause"),
        choiceBox(QStringLiteral("cause"), IncidentRecord::causeIds(), content));
    addFieldRow(form, QStringLiteral("external_attack"), tr("External attack"),
        choiceBox(QStringLiteral("external_attack"), IncidentRecord::externalAttackIds(), content));
    addFieldRow(form, QStringLiteral("discovered_by"), tr("Discovered by"),
        choiceBox(QStringLiteral("discovered_by"), IncidentRecord::discovererIds(), content));
    addFieldRow(form, QStringLiteral("authority_notified"), tr("Authority notified"), yesNoBox(content));
    addFieldRow(form, QStringLiteral("affected_notified"), tr("Affected notified"), yesNoBox(content));

    m_reviewStatus->addItem(tr("draft"), reviewStatusName(ReviewStatus::Draft));
    m_reviewStatus->addItem(tr("first pass"), reviewStatusName(ReviewStatus::FirstPass));
    m_reviewStatus->addItem(tr("reviewed"), reviewStatusName(ReviewStatus::Reviewed));
    m_reviewStatus->setObjectName(QStringLiteral("reviewStatus"));
    form->addRow(tr("Review status"), m_reviewStatus);
    form->addRow(tr("Analyst"), m_analyst);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("Notes"));
    m_notes->setMaximumHeight(90);
    form->addRow(tr("Notes"), m_notes);

    // A choice is as wide as the pane allows, not as its longest item: the form fits a third of a laptop
    // screen, and the open list shows the whole words.
    for (QComboBox *box : findChildren<QComboBox *>()) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Record fields"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sourcesBar);
    layout->addWidget(scroll);

    connect(m_reviewStatus, &QComboBox::activated, this, [this] {
        IncidentRecord record = m_session->record();
        record.reviewStatus
            = reviewStatusFromName(m_reviewStatus->currentData().toString()).value_or(ReviewStatus::Draft);
        m_session->editRecord(record, tr("Set review status to %1").arg(m_reviewStatus->currentText()));
    });
    connect(m_analyst, &QLineEdit::editingFinished, this, [this] {
        IncidentRecord record = m_session->record();
        record.analyst = m_analyst->text();
        m_session->editRecord(record, tr("Set analyst to %1").arg(record.analyst));
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_notes->toPlainText() != m_session->record().notes) {
            IncidentRecord record = m_session->record();
            record.notes = m_notes->toPlainText();
            m_session->editRecord(record, tr("Edit notes"), static_cast<int>(CommandId::EditNotes));
        }
    });
    connect(session, &AnnotationSession::recordChanged, this, &RecordForm::refresh);
    refresh();
}

QWidget *RecordForm::addFieldRow(QFormLayout *layout, const QString &field, const QString &label, QWidget *editor)
{
    editor->setObjectName(field);
    editor->setAcceptDrops(true);
    editor->installEventFilter(this);
    if (auto *box = qobject_cast<QComboBox *>(editor); box && box->isEditable()) {
        box->lineEdit()->setAcceptDrops(false); // the box takes the drop
    }
    m_editors.insert(field, editor);
    // The label is beside a row of three widgets, so it names none of them for a screen reader: each gets its own.
    editor->setAccessibleName(label);
    editor->setAccessibleDescription(tr("Field %1 of the incident record").arg(RecordVocabulary::fieldLabel(field)));
    auto *use = new QToolButton(layout->parentWidget());
    use->setText(QStringLiteral("\u2190"));
    use->setToolTip(tr("Fill from the current fact"));
    use->setObjectName(field + QStringLiteral("_use"));
    use->setAccessibleName(tr("Fill %1 from the current fact").arg(label));
    auto *evidence = new QToolButton(layout->parentWidget());
    evidence->setToolTip(tr("Facts that are this field's evidence; click to show the first"));
    evidence->setObjectName(field + QStringLiteral("_evidence"));
    evidence->setAccessibleName(tr("Evidence of %1").arg(label));
    m_useButtons.insert(field, use);
    m_evidenceButtons.insert(field, evidence);

    auto *row = new QWidget(layout->parentWidget());
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(editor, 1);
    rowLayout->addWidget(use);
    rowLayout->addWidget(evidence);
    layout->addRow(label, row);

    connect(use, &QToolButton::clicked, this, [this, field] { m_session->useFactForField(m_currentFact, field); });
    connect(evidence, &QToolButton::clicked, this, [this, field] {
        const QList<qint64> keys = m_session->record().evidence.value(field);
        // The open article's own evidence first; a fact of another source article only when there is none.
        const auto own = std::find_if(keys.cbegin(), keys.cend(), [](qint64 key) { return key > 0; });
        if (own != keys.cend()) {
            Q_EMIT evidenceRequested(*own);
        } else if (!keys.isEmpty()) {
            Q_EMIT evidenceRequested(keys.first());
        }
    });
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        connect(line, &QLineEdit::editingFinished, this, [this, field] { commit(field); });
    } else if (auto *box = qobject_cast<QComboBox *>(editor)) {
        connect(box, &QComboBox::activated, this, [this, field] { commit(field); });
        if (box->isEditable()) {
            connect(box->lineEdit(), &QLineEdit::editingFinished, this, [this, field] { commit(field); });
        }
    }
    return row;
}

bool RecordForm::eventFilter(QObject *watched, QEvent *event)
{
    const QString field = m_editors.key(qobject_cast<QWidget *>(watched));
    if (!field.isEmpty() && (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove)) {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (drag->mimeData()->hasFormat(FactListModel::factKeyMimeType())) {
            drag->acceptProposedAction();
            return true;
        }
    }
    if (!field.isEmpty() && event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QList<QByteArray> keys = drop->mimeData()->data(FactListModel::factKeyMimeType()).split('\n');
        bool used = false;
        for (const QByteArray &key : keys) {
            used = m_session->useFactForField(key.toLongLong(), field) || used;
        }
        if (used) {
            drop->acceptProposedAction();
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void RecordForm::commit(const QString &field)
{
    IncidentRecord record = m_session->record();
    QWidget *editor = m_editors.value(field);
    const auto text = [editor] {
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            return line->text().trimmed();
        }
        auto *box = qobject_cast<QComboBox *>(editor);
        if (!box->isEditable()) {
            return box->currentData().toString();
        }
        // An editable box (the unit): one of its words stands for its id, anything else is kept as typed.
        const QString typed = box->currentText().trimmed();
        const int index = box->findText(typed, Qt::MatchFixedString);
        return index > 0 ? box->itemData(index).toString() : typed;
    }();
    const auto optionalBool = [&text]() -> std::optional<bool> {
        return text.isEmpty() ? std::nullopt : std::optional<bool>(text == QLatin1String("yes"));
    };
    if (field == QLatin1String("organization")) {
        record.organization = text;
    } else if (field == QLatin1String("incident_date")) {
        record.incidentDate = text;
    } else if (field == QLatin1String("start_time")) {
        record.startTime = text;
    } else if (field == QLatin1String("end_time")) {
        record.endTime = text;
    } else if (field == QLatin1String("duration_minutes")) {
        record.durationMinutes = text.isEmpty() ? std::nullopt : std::optional<int>(text.toInt());
    } else if (field == QLatin1String("affected_count")) {
        record.affectedCount = text.isEmpty() ? std::nullopt : std::optional<qint64>(digitsOf(text).toLongLong());
    } else if (field == QLatin1String("affected_unit")) {
        record.affectedUnit = text;
    } else if (field == QLatin1String("data_exposed")) {
        record.dataExposed = splitIds(field, text);
    } else if (field == QLatin1String("data_not_exposed")) {
        record.dataNotExposed = splitIds(field, text);
    } else if (field == QLatin1String("cause")) {
        record.cause = text;
    } else if (field == QLatin1String("external_attack")) {
        record.externalAttack = text;
    } else if (field == QLatin1String("discovered_by")) {
        record.discoveredBy = text;
    } else if (field == QLatin1String("authority_notified")) {
        record.authorityNotified = optionalBool();
    } else if (field == QLatin1String("affected_notified")) {
        record.affectedNotified = optionalBool();
    }
    const QString words = RecordVocabulary::jsonValueLabel(field, record.toContractJson().value(field));
    const QString shown = words.size() > 30 ? words.left(29) + QChar(0x2026) : words;
    m_session->editRecord(record,
        text.isEmpty() ? tr("Clear %1").arg(RecordVocabulary::fieldLabel(field))
                       : tr("Set %1 to \u2018%2\u2019").arg(RecordVocabulary::fieldLabel(field), shown));
    refresh(); // a refused value (e.g. an unknown category) shows as it is stored
}

void RecordForm::refresh()
{
    const IncidentRecord &record = m_session->record();
    const QJsonObject values = record.toContractJson();
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        const QJsonValue value = values.value(it.key());
        if (auto *line = qobject_cast<QLineEdit *>(it.value())) {
            // Lists and counts in words and the interface's number format; durations as plain minutes.
            line->setText(value.isDouble() && it.key() == QLatin1String("duration_minutes")
                    ? QString::number(static_cast<qint64>(value.toDouble()))
                    : RecordVocabulary::jsonValueLabel(it.key(), value));
            line->setCursorPosition(0); // show the start of long lists
        } else if (auto *box = qobject_cast<QComboBox *>(it.value())) {
            const QString id
                = value.isBool() ? (value.toBool() ? QStringLiteral("yes") : QStringLiteral("no")) : value.toString();
            box->isEditable() ? box->setCurrentText(RecordVocabulary::valueLabel(it.key(), id)) : setChoice(box, id);
        }
        const QList<qint64> &keys = record.evidence.value(it.key());
        const int evidence = static_cast<int>(keys.size());
        QToolButton *button = m_evidenceButtons.value(it.key());
        button->setText(QStringLiteral("\u2316 %1").arg(evidence));
        button->setEnabled(evidence > 0);
        QStringList described;
        for (const qint64 key : keys) {
            described.append(m_sourcesBar->linker()->describeEvidence(key));
        }
        button->setToolTip(evidence > 0
                ? tr("Evidence; click to show the first:\n%1").arg(described.join(QLatin1Char('\n')))
                : tr("Facts that are this field's evidence; click to show the first"));
    }
    const QSignalBlocker statusBlocker(m_reviewStatus);
    setChoice(m_reviewStatus, reviewStatusName(record.reviewStatus));
    const QSignalBlocker analystBlocker(m_analyst);
    m_analyst->setText(record.analyst);
    if (m_notes->toPlainText() != record.notes) {
        const QSignalBlocker notesBlocker(m_notes);
        m_notes->setPlainText(record.notes);
    }
    setEnabled(m_session->hasDocument());
}

} // namespace Iwb
