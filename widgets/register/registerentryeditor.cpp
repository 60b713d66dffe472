// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "register/registerentryeditor.h"

#include "incident/incidentrecord.h"
#include "incident/recordvocabulary.h"
#include "register/entryfieldtext.h"
#include "register/registercategories.h"
#include "register/registertexts.h"
#include "storage/incidentstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace Iwb {

namespace {

    /// The categories of data subjects as the analyst reads them: the words of the record's units
    /// ("Kundinnen und Kunden") for their ids, anything else as written.
    QString subjectCategoryWords(const QString &stored)
    {
        QStringList words;
        for (const QString &part : stored.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString id = part.trimmed();
            words.append(IncidentRecord::personUnitIds().contains(id)
                    ? RecordVocabulary::valueLabel(QStringLiteral("affected_unit"), id)
                    : id);
        }
        return words.join(QStringLiteral(", "));
    }

    /// subjectCategoryWords() read back: a unit's word stands for its id.
    QString subjectCategoryIds(const QString &shown)
    {
        QStringList ids;
        for (const QString &part : shown.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString word = part.trimmed();
            const QStringList &units = IncidentRecord::personUnitIds();
            const auto unit = std::find_if(units.cbegin(), units.cend(), [&word](const QString &id) {
                return RecordVocabulary::valueLabel(QStringLiteral("affected_unit"), id)
                           .compare(word, Qt::CaseInsensitive)
                    == 0;
            });
            ids.append(unit != units.cend() ? *unit : word);
        }
        return ids.join(QStringLiteral(", "));
    }

    /// One edit of the entry: the whole entry before and after, so every field kind undoes the same way.
    class EntryEditCommand : public QUndoCommand
    {
    public:
        EntryEditCommand(
            RegisterEntryEditor *editor, RegisterEntry before, RegisterEntry after, const QString &text, int mergeId)
            : QUndoCommand(text)
            , m_editor(editor)
            , m_before(std::move(before))
            , m_after(std::move(after))
            , m_mergeId(mergeId)
        {
        }
        void redo() override { m_editor->setEntryDirectly(m_after); }
        void undo() override { m_editor->setEntryDirectly(m_before); }
        int id() const override { return m_mergeId; }
        bool mergeWith(const QUndoCommand *other) override
        {
            // Typing into one text field is one step: keep our "before", take the newer "after".
            m_after = static_cast<const EntryEditCommand *>(other)->m_after;
            return true;
        }

    private:
        RegisterEntryEditor *m_editor;
        RegisterEntry m_before;
        RegisterEntry m_after;
        int m_mergeId;
    };

    /// Checkboxes for a list of ids (categories, criteria, the nature of the breach), two to a row.
    class CheckList : public QWidget
    {
    public:
        CheckList(
            const QStringList &ids, const std::function<QString(const QString &)> &label, int columns, QWidget *parent)
            : QWidget(parent)
        {
            auto *grid = new QGridLayout(this);
            grid->setContentsMargins(0, 0, 0, 0);
            for (int i = 0; i < ids.size(); ++i) {
                auto *box = new QCheckBox(label(ids.at(i)), this);
                box->setObjectName(ids.at(i));
                grid->addWidget(box, i / columns, i % columns);
                m_boxes.append(box);
                connect(box, &QCheckBox::toggled, this, [this] {
                    if (m_changed) {
                        m_changed();
                    }
                });
            }
        }
        QString text() const
        {
            QStringList checked;
            for (const QCheckBox *box : m_boxes) {
                if (box->isChecked()) {
                    checked.append(box->objectName());
                }
            }
            return checked.join(QLatin1Char(','));
        }
        void setText(const QString &text)
        {
            const QStringList ids = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (QCheckBox *box : std::as_const(m_boxes)) {
                box->setChecked(ids.contains(box->objectName()));
            }
        }
        void onChanged(std::function<void()> changed) { m_changed = std::move(changed); }

    private:
        QList<QCheckBox *> m_boxes;
        std::function<void()> m_changed;
    };

    /// Long texts get a box of a few lines; the rest a line.
    bool isLongText(const QString &field)
    {
        static const QStringList fields { QStringLiteral("description"), QStringLiteral("consequences"),
            QStringLiteral("measures_taken"), QStringLiteral("measures_proposed"), QStringLiteral("risk_reasons"),
            QStringLiteral("notify_justification"), QStringLiteral("inform_justification"),
            QStringLiteral("delay_reason") };
        return fields.contains(field);
    }

    struct Section
    {
        const char *title;
        QStringList fields;
    };

    QList<Section> sections()
    {
        return {
            { QT_TRANSLATE_NOOP("Iwb::RegisterEntryEditor", "Timeline"),
                { QStringLiteral("became_aware"), QStringLiteral("occurred_start"), QStringLiteral("occurred_end"),
                    QStringLiteral("ongoing"), QStringLiteral("discovered"), QStringLiteral("discovered_how") } },
            { QT_TRANSLATE_NOOP("Iwb::RegisterEntryEditor", "The breach"),
                { QStringLiteral("nature"), QStringLiteral("description"), QStringLiteral("cause"),
                    QStringLiteral("attack") } },
            { QT_TRANSLATE_NOOP("Iwb::RegisterEntryEditor", "People and data"),
                { QStringLiteral("subjects_count"), QStringLiteral("subjects_unit"),
                    QStringLiteral("subject_categories"), QStringLiteral("records_count"),
                    QStringLiteral("data_categories"), QStringLiteral("special_categories"),
                    QStringLiteral("criminal_data") } },
            { QT_TRANSLATE_NOOP("Iwb::RegisterEntryEditor", "Consequences and measures"),
                { QStringLiteral("consequences"), QStringLiteral("measures_taken"),
                    QStringLiteral("measures_proposed") } },
            { QT_TRANSLATE_NOOP("Iwb::RegisterEntryEditor", "Assessment and decisions"),
                { QStringLiteral("risk_level"), QStringLiteral("risk_reasons"), QStringLiteral("risk_criteria"),
                    QStringLiteral("notify_authority"), QStringLiteral("notify_justification"),
                    QStringLiteral("inform_subjects"), QStringLiteral("inform_justification"),
                    QStringLiteral("delay_reason"), QStringLiteral("status") } },
        };
    }

    /// Each text field merges its typing into one undo step under its own id.
    int mergeIdOf(const QString &field)
    {
        return 1000 + int(RegisterEntry::fieldIds().indexOf(field));
    }

} // namespace

RegisterEntryEditor::RegisterEntryEditor(QWidget *parent)
    : QWidget(parent)
    , m_undo(new QUndoStack(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_placeholder = new QLabel(tr("Select an entry of the register to see and edit it."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    layout->addWidget(m_placeholder);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_form = new QWidget(scroll);
    scroll->setWidget(m_form);
    layout->addWidget(scroll, 1);
    buildForm();
    clear();
}

RegisterEntryEditor::~RegisterEntryEditor() = default;

void RegisterEntryEditor::buildForm()
{
    auto *column = new QVBoxLayout(m_form);
    auto *confirmAll = new QPushButton(tr("Confirm All Values from the Article"), m_form);
    confirmAll->setObjectName(QStringLiteral("confirmAll"));
    confirmAll->setToolTip(tr("Confirm every value that was taken from the article, after checking it."));
    connect(confirmAll, &QPushButton::clicked, this, &RegisterEntryEditor::confirmAll);
    m_confirmAllButton = confirmAll;
    column->addWidget(confirmAll, 0, Qt::AlignLeft);
    for (const Section &section : sections()) {
        auto *group = new QGroupBox(tr(section.title), m_form);
        auto *form = new QFormLayout(group);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        // A narrow form puts a field below its long label instead of cutting it off.
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        for (const QString &field : section.fields) {
            auto *label = new QLabel(RegisterTexts::fieldLabel(field), group);
            label->setToolTip(RegisterTexts::fieldLaw(field));
            auto *row = new QWidget(group);
            auto *rowLayout = new QHBoxLayout(row);
            rowLayout->setContentsMargins(0, 0, 0, 0);
            QWidget *editor = makeEditor(field);
            editor->setParent(row);
            editor->setObjectName(field);
            editor->setToolTip(RegisterTexts::fieldLaw(field));
            label->setBuddy(editor);
            rowLayout->addWidget(editor, 1);
            auto *confirm = new QToolButton(row);
            confirm->setText(tr("Confirm"));
            confirm->setIcon(QIcon::fromTheme(QStringLiteral("dialog-ok")));
            confirm->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            connect(confirm, &QToolButton::clicked, this, [this, field] { confirmField(field); });
            rowLayout->addWidget(confirm, 0, Qt::AlignTop);
            form->addRow(label, row);
            m_editors.insert(field, editor);
            m_labels.insert(field, label);
            m_confirmButtons.insert(field, confirm);
        }
        column->addWidget(group);
    }
    column->addStretch(1);
}

QWidget *RegisterEntryEditor::makeEditor(const QString &field)
{
    const RegisterEntry::FieldKind kind = RegisterEntry::kindOf(field);
    if (field == QLatin1String("risk_level") || field == QLatin1String("status")
        || kind == RegisterEntry::FieldKind::NullableFlag) {
        auto *combo = new QComboBox;
        if (field == QLatin1String("risk_level")) {
            for (RiskLevel level : { RiskLevel::Unassessed, RiskLevel::None, RiskLevel::Risk, RiskLevel::High }) {
                combo->addItem(RegisterTexts::riskText(level), riskLevelId(level));
            }
        } else if (field == QLatin1String("status")) {
            for (EntryStatus status :
                { EntryStatus::Assessing, EntryStatus::Notified, EntryStatus::DocumentedOnly, EntryStatus::Closed }) {
                combo->addItem(RegisterTexts::statusText(status), entryStatusId(status));
            }
        } else {
            combo->addItem(field == QLatin1String("attack") ? tr("Not known") : tr("Not decided"), QString());
            combo->addItem(tr("Yes"), QStringLiteral("yes"));
            combo->addItem(tr("No"), QStringLiteral("no"));
        }
        connect(combo, &QComboBox::activated, this, [this, field] { commitEditor(field); });
        return combo;
    }
    if (field == QLatin1String("cause") || field == QLatin1String("discovered_how")
        || field == QLatin1String("subjects_unit")) {
        // The record's vocabulary by its labels, or the analyst's own words.
        auto *combo = new QComboBox;
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->addItem(QString(), QString());
        const QString recordField = field == QLatin1String("cause") ? QStringLiteral("cause")
            : field == QLatin1String("discovered_how")              ? QStringLiteral("discovered_by")
                                                                    : QStringLiteral("affected_unit");
        const QStringList &ids = field == QLatin1String("cause") ? IncidentRecord::causeIds()
            : field == QLatin1String("discovered_how")           ? IncidentRecord::discovererIds()
                                                                 : IncidentRecord::personUnitIds();
        for (const QString &id : ids) {
            combo->addItem(RecordVocabulary::valueLabel(recordField, id), id);
        }
        connect(combo, &QComboBox::activated, this, [this, field] { commitEditor(field); });
        connect(combo->lineEdit(), &QLineEdit::editingFinished, this, [this, field] { commitEditor(field); });
        return combo;
    }
    if (kind == RegisterEntry::FieldKind::Flag) {
        auto *box = new QCheckBox;
        connect(box, &QCheckBox::toggled, this, [this, field] { commitEditor(field); });
        return box;
    }
    if (kind == RegisterEntry::FieldKind::Nature || field == QLatin1String("data_categories")
        || field == QLatin1String("special_categories") || field == QLatin1String("risk_criteria")) {
        CheckList *list = nullptr;
        if (kind == RegisterEntry::FieldKind::Nature) {
            list = new CheckList(
                { QStringLiteral("confidentiality"), QStringLiteral("integrity"), QStringLiteral("availability") },
                [](const QString &id) {
                    if (id == QLatin1String("confidentiality")) {
                        return tr("Confidentiality");
                    }
                    return id == QLatin1String("integrity") ? tr("Integrity") : tr("Availability");
                },
                3, nullptr);
        } else {
            const QStringList &ids = field == QLatin1String("data_categories") ? RegisterCategories::ids()
                : field == QLatin1String("special_categories")                 ? RegisterCategories::specialIds()
                                                                               : RegisterCategories::riskCriterionIds();
            list = new CheckList(ids, &RegisterTexts::categoryLabel, 2, nullptr);
        }
        list->onChanged([this, field] { commitEditor(field); });
        return list;
    }
    if (kind == RegisterEntry::FieldKind::Text && isLongText(field)) {
        auto *text = new QPlainTextEdit;
        text->setTabChangesFocus(true);
        text->setFixedHeight(text->fontMetrics().lineSpacing() * 4 + 12);
        connect(text, &QPlainTextEdit::textChanged, this, [this, field] { commitEditor(field); });
        return text;
    }
    auto *line = new QLineEdit;
    if (kind == RegisterEntry::FieldKind::Time) {
        line->setPlaceholderText(tr("YYYY-MM-DD HH:MM"));
        connect(line, &QLineEdit::editingFinished, this, [this, field] { commitEditor(field); });
    } else if (kind == RegisterEntry::FieldKind::Count) {
        line->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,15}")), line));
        connect(line, &QLineEdit::editingFinished, this, [this, field] { commitEditor(field); });
    } else {
        if (kind == RegisterEntry::FieldKind::List) {
            line->setPlaceholderText(tr("comma-separated, e.g. customers, employees"));
        }
        connect(line, &QLineEdit::textEdited, this, [this, field] { commitEditor(field); });
    }
    return line;
}

void RegisterEntryEditor::setEntry(
    const RegisterEntry &entry, const BreachRegister &breachRegister, const IncidentStore *store)
{
    m_undo->clear();
    m_entry = entry;
    m_register = breachRegister;
    m_store = store;
    m_hasEntry = true;
    m_placeholder->hide();
    m_form->parentWidget()->parentWidget()->show();
    showEntry();
    Q_EMIT entryChanged();
}

void RegisterEntryEditor::clear()
{
    m_undo->clear();
    m_entry = {};
    m_register = {};
    m_hasEntry = false;
    m_form->parentWidget()->parentWidget()->hide();
    m_placeholder->show();
    Q_EMIT entryChanged();
}

bool RegisterEntryEditor::isModified() const
{
    return m_hasEntry && !m_undo->isClean();
}

void RegisterEntryEditor::markSaved(const RegisterEntry &saved)
{
    m_entry.id = saved.id;
    m_entry.createdAt = saved.createdAt;
    m_entry.modifiedAt = saved.modifiedAt;
    m_undo->setClean();
    Q_EMIT entryChanged();
}

void RegisterEntryEditor::setEntryDirectly(const RegisterEntry &entry)
{
    // The store's ids and times are not part of an edit: an undo after a save keeps the saved row's id.
    const qint64 id = m_entry.id;
    m_entry = entry;
    m_entry.id = id;
    showEntry();
    Q_EMIT entryChanged();
}

void RegisterEntryEditor::pushChange(
    const RegisterEntry &changed, const QString &description, const QString &mergeField)
{
    if (changed == m_entry) {
        return;
    }
    m_undo->push(
        new EntryEditCommand(this, m_entry, changed, description, mergeField.isEmpty() ? -1 : mergeIdOf(mergeField)));
}

bool RegisterEntryEditor::setFieldText(const QString &field, const QString &text)
{
    if (!m_hasEntry) {
        return false;
    }
    RegisterEntry changed = m_entry;
    QString error;
    if (!EntryFieldText::set(changed, field, text, m_register.timeZone, &error)) {
        Q_EMIT message(error);
        return false;
    }
    const RegisterEntry::FieldKind kind = RegisterEntry::kindOf(field);
    const bool typing = kind == RegisterEntry::FieldKind::Text || field == QLatin1String("subject_categories");
    pushChange(changed, tr("Edit %1").arg(RegisterTexts::fieldLabel(field)), typing ? field : QString());
    return true;
}

void RegisterEntryEditor::commitEditor(const QString &field)
{
    if (m_showing || !m_hasEntry) {
        return;
    }
    m_typing = field;
    const bool accepted = setFieldText(field, fieldText(field));
    m_typing.clear();
    if (!accepted) {
        showField(field); // back to the value the entry holds
    }
}

void RegisterEntryEditor::confirmField(const QString &field)
{
    if (!m_hasEntry || !m_entry.isUnconfirmed(field)) {
        return;
    }
    RegisterEntry changed = m_entry;
    changed.confirm(field);
    pushChange(changed, tr("Confirm %1").arg(RegisterTexts::fieldLabel(field)));
}

void RegisterEntryEditor::confirmAll()
{
    if (!m_hasEntry || m_entry.unconfirmedFields().isEmpty()) {
        return;
    }
    RegisterEntry changed = m_entry;
    for (const QString &field : m_entry.unconfirmedFields()) {
        changed.confirm(field);
    }
    pushChange(changed, tr("Confirm all values from the article"));
}

QString RegisterEntryEditor::fieldText(const QString &field) const
{
    const QWidget *editor = m_editors.value(field);
    if (const auto *combo = qobject_cast<const QComboBox *>(editor)) {
        if (combo->isEditable()) {
            // A label of the vocabulary stands for its id; other words are the analyst's own.
            const int item = combo->findText(combo->currentText());
            return item >= 0 ? combo->itemData(item).toString() : combo->currentText().trimmed();
        }
        return combo->currentData().toString();
    }
    if (const auto *box = qobject_cast<const QCheckBox *>(editor)) {
        return box->isChecked() ? QStringLiteral("yes") : QStringLiteral("no");
    }
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(editor)) {
        return text->toPlainText();
    }
    if (const auto *line = qobject_cast<const QLineEdit *>(editor)) {
        return field == QLatin1String("subject_categories") ? subjectCategoryIds(line->text()) : line->text();
    }
    if (const auto *list = dynamic_cast<const CheckList *>(editor)) {
        return list->text();
    }
    return {};
}

namespace {

    /// The entry's value of a field as EntryFieldText reads it back.
    QString valueText(const RegisterEntry &entry, const QString &field, const QByteArray &registerZone)
    {
        const QJsonValue value = entry.fieldValue(field);
        switch (RegisterEntry::kindOf(field)) {
        case RegisterEntry::FieldKind::Time: {
            const QJsonObject object = value.toObject();
            const ZonedTime time = ZonedTime::fromStored(
                object.value(QStringLiteral("utc")).toString(), object.value(QStringLiteral("zone")).toString());
            if (time.isNull()) {
                return {};
            }
            const QString wall = time.local().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            return time.zone == registerZone ? wall : wall + QLatin1Char(' ') + QString::fromUtf8(time.zone);
        }
        case RegisterEntry::FieldKind::Flag:
        case RegisterEntry::FieldKind::NullableFlag:
            return value.isBool() ? (value.toBool() ? QStringLiteral("yes") : QStringLiteral("no")) : QString();
        case RegisterEntry::FieldKind::Count:
            return value.isDouble() ? QString::number(value.toInteger()) : QString();
        case RegisterEntry::FieldKind::List:
        case RegisterEntry::FieldKind::Nature: {
            QStringList items;
            const QJsonArray array = value.toArray();
            for (const auto &item : array) {
                items.append(item.toString());
            }
            return items.join(QLatin1Char(','));
        }
        case RegisterEntry::FieldKind::Text:
            return value.toString();
        }
        return {};
    }

} // namespace

void RegisterEntryEditor::showField(const QString &field)
{
    QWidget *editor = m_editors.value(field);
    const bool wasShowing = m_showing;
    m_showing = true;
    QString text = valueText(m_entry, field, m_register.timeZone);
    if (field == QLatin1String("subject_categories")) {
        text = subjectCategoryWords(text);
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int item = combo->findData(text);
        if (combo->isEditable() && item < 0) {
            combo->setEditText(text);
        } else {
            combo->setCurrentIndex(qMax(0, item));
        }
    } else if (auto *box = qobject_cast<QCheckBox *>(editor)) {
        box->setChecked(text == QLatin1String("yes"));
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(editor)) {
        if (field != m_typing && plain->toPlainText() != text) {
            plain->setPlainText(text);
        }
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        // While the analyst types, the box keeps what they typed ("customers, " is read as "customers").
        const bool typed = field == m_typing && RegisterEntry::kindOf(field) != RegisterEntry::FieldKind::Time
            && RegisterEntry::kindOf(field) != RegisterEntry::FieldKind::Count;
        if (!typed && line->text() != text) {
            line->setText(text);
        }
    } else if (auto *list = dynamic_cast<CheckList *>(editor)) {
        list->setText(text);
    }
    // A value taken from the article: italic, with its Confirm button and the evidence in the tooltip.
    const bool unconfirmed = m_entry.isUnconfirmed(field);
    QLabel *label = m_labels.value(field);
    QFont font = label->font();
    font.setItalic(unconfirmed);
    label->setFont(font);
    const QString evidence = m_entry.origins.contains(field) ? evidenceText(field) : QString();
    label->setText(unconfirmed ? tr("%1 (from the article)").arg(RegisterTexts::fieldLabel(field))
                               : RegisterTexts::fieldLabel(field));
    label->setToolTip(evidence.isEmpty() ? RegisterTexts::fieldLaw(field)
                                         : RegisterTexts::fieldLaw(field) + QStringLiteral("\n\n") + evidence);
    QAbstractButton *confirm = m_confirmButtons.value(field);
    confirm->setVisible(unconfirmed);
    confirm->setToolTip(evidence);
    m_showing = wasShowing;
}

void RegisterEntryEditor::showEntry()
{
    m_showing = true;
    for (const QString &field : m_editors.keys()) {
        showField(field);
    }
    m_confirmAllButton->setVisible(!m_entry.unconfirmedFields().isEmpty());
    m_showing = false;
}

QString RegisterEntryEditor::evidenceText(const QString &field) const
{
    QStringList quotes;
    for (const qint64 factId : m_entry.origins.value(field).factIds) {
        const auto fact = m_store ? m_store->fact(factId) : std::nullopt;
        if (fact) {
            quotes.append(QStringLiteral("“%1”").arg(fact->text));
        }
    }
    if (quotes.isEmpty()) {
        return tr("Taken from the incident record.");
    }
    return tr("Taken from the article:") + QLatin1Char('\n') + quotes.join(QLatin1Char('\n'));
}

} // namespace Iwb
