// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "agreementdialog.h"

#include "helpdialogs.h"
#include "learningchart.h"
#include "recentplaces.h"

#include "annotation/annotationsession.h"
#include "annotation/factlistmodel.h"
#include "articleview.h"
#include "comparison/recordcomparison.h"
#include "extraction/extractionengine.h"
#include "factstyles.h"
#include "incident/factjson.h"
#include "recordfieldtake.h"
#include "storage/incidentstore.h"
#include "storage/storeprobe.h"

#include <KSyntaxHighlighting/Repository>

#include <QAction>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFocusEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Iwb {

namespace {

    QString score(const std::optional<double> &value)
    {
        return value ? QString::number(*value, 'f', 3) : QStringLiteral("–");
    }

    QString jsonText(const QJsonValue &value)
    {
        if (value.isNull() || value.isUndefined()) {
            return QStringLiteral("–");
        }
        return jsonValueText(value);
    }

    QString sideText(const std::optional<Fact> &fact)
    {
        if (!fact) {
            return QStringLiteral("—");
        }
        return QStringLiteral("%1 “%2” → %3")
            .arg(FactListModel::typeLabel(fact->type), fact->text, AnnotationAgreement::valueText(*fact));
    }

    const KSyntaxHighlighting::Theme &paneTheme()
    {
        static KSyntaxHighlighting::Repository repository;
        static const KSyntaxHighlighting::Theme theme
            = repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme);
        return theme;
    }

    void selectSpan(QPlainTextEdit *edit, qsizetype start, qsizetype end)
    {
        QTextCursor cursor(edit->document());
        cursor.setPosition(static_cast<int>(std::min<qsizetype>(start, edit->document()->characterCount() - 1)));
        cursor.setPosition(static_cast<int>(std::min<qsizetype>(end, edit->document()->characterCount() - 1)),
            QTextCursor::KeepAnchor);
        edit->setTextCursor(cursor);
        edit->ensureCursorVisible();
    }

} // namespace

AgreementDialog::AgreementDialog(AnnotationSession *session, std::shared_ptr<const ExtractionEngine> engine,
    ArticleView *articleView, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_engine(std::move(engine))
    , m_articleView(articleView)
    , m_automatic(new QRadioButton(tr("&Automatic vs curated (this article)"), this))
    , m_database(new QRadioButton(tr("Another &database:"), this))
    , m_chooseButton(new QPushButton(tr("C&hoose…"), this))
    , m_databaseLabel(new QLabel(tr("none chosen"), this))
    , m_summary(new QLabel(this))
    , m_types(new QTableWidget(0, 9, this))
    , m_record(new QTableWidget(0, 3, this))
    , m_disagreements(new QTreeWidget(this))
    , m_otherText(new QPlainTextEdit(this))
    , m_takeButton(new QPushButton(tr("&Take Theirs"), this))
    , m_learningChart(new LearningChart(this))
{
    setObjectName(QStringLiteral("agreementDialog"));
    setWindowTitle(tr("Compare Annotation Versions"));
    resize(RecentPlaces::fittingSize(parent, QSize(1200, 800)));

    auto *sources = new QGroupBox(tr("Compare this article's annotations with"), this);
    auto *group = new QButtonGroup(this);
    group->addButton(m_automatic);
    group->addButton(m_database);
    m_automatic->setObjectName(QStringLiteral("compareAutomatic"));
    m_automatic->setEnabled(m_engine != nullptr);
    m_database->setObjectName(QStringLiteral("compareDatabase"));
    m_chooseButton->setObjectName(QStringLiteral("chooseDatabase"));
    auto *sourceLayout = new QHBoxLayout(sources);
    sourceLayout->addWidget(m_automatic);
    sourceLayout->addSpacing(24);
    sourceLayout->addWidget(m_database);
    sourceLayout->addWidget(m_chooseButton);
    sourceLayout->addWidget(m_databaseLabel, 1);
    connect(m_automatic, &QRadioButton::clicked, this, &AgreementDialog::compareWithAutomatic);
    connect(m_database, &QRadioButton::clicked, this, [this] {
        if (m_otherPath.isEmpty()) {
            chooseDatabase();
        } else {
            compareWithDatabase(m_otherPath);
        }
    });
    connect(m_chooseButton, &QPushButton::clicked, this, &AgreementDialog::chooseDatabase);

    m_summary->setObjectName(QStringLiteral("agreementSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_types->setObjectName(QStringLiteral("agreementTypes"));
    m_types->setHorizontalHeaderLabels({ tr("Type"), tr("Here"), tr("There"), tr("P exact"), tr("R exact"),
        tr("F1 exact"), tr("P lenient"), tr("R lenient"), tr("F1 lenient") });
    m_types->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_types->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_types->verticalHeader()->hide();
    m_types->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_record->setObjectName(QStringLiteral("agreementRecord"));
    m_record->setHorizontalHeaderLabels({ tr("Record field"), tr("This version"), tr("Other version") });
    m_record->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_record->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_record->setSelectionMode(QAbstractItemView::SingleSelection);
    m_record->setTabKeyNavigation(false); // Tab leaves the table, as it leaves the list of disagreements
    m_record->verticalHeader()->hide();
    m_record->horizontalHeader()->setStretchLastSection(true);
    m_record->installEventFilter(this);
    connect(m_record, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_recordDifferences.size()) {
            pickField(true);
            showSelectedField();
        }
    });
    // Enter on a record field takes the other version's value, as Enter on a disagreement takes its fact.
    for (const QKeySequence &keys : { QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) }) {
        auto *shortcut = new QShortcut(keys, m_record);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, &AgreementDialog::takeRecordField);
    }

    m_disagreements->setObjectName(QStringLiteral("agreementDisagreements"));
    m_disagreements->setRootIsDecorated(false);
    m_disagreements->setUniformRowHeights(true);
    m_disagreements->setAllColumnsShowFocus(true);
    m_disagreements->setHeaderLabels(
        { tr("Disagreement"), tr("Type"), tr("This version"), tr("Other version"), tr("Details") });
    m_disagreements->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_disagreements->installEventFilter(this);
    connect(m_disagreements, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (current) {
            pickField(false);
        }
        showSelected();
    });
    // Enter on a disagreement takes the other side (a shortcut, not itemActivated: some styles activate on a single
    // click).
    for (const QKeySequence &keys : { QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) }) {
        auto *shortcut = new QShortcut(keys, m_disagreements);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, &AgreementDialog::takeFact);
    }

    m_otherText->setObjectName(QStringLiteral("otherVersion"));
    m_otherText->setReadOnly(true);
    m_otherText->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    m_takeButton->setObjectName(QStringLiteral("takeTheirs"));
    m_takeButton->setToolTip(tr("Make this article's fact, or the selected record field, look like the other version's "
                                "(Enter on a disagreement or a record field does the same); "
                                "Ctrl+Z, here or in the main window, takes it back"));
    m_takeButton->setEnabled(false);
    connect(m_takeButton, &QPushButton::clicked, this, &AgreementDialog::takeTheirs);

    auto *figures = new QWidget(this);
    auto *figuresLayout = new QHBoxLayout(figures);
    figuresLayout->setContentsMargins(0, 0, 0, 0);
    figuresLayout->addWidget(m_types, 3);
    auto *recordPane = new QWidget(figures);
    auto *recordLayout = new QVBoxLayout(recordPane);
    recordLayout->setContentsMargins(0, 0, 0, 0);
    auto *recordLabel
        = new QLabel(tr("&Record fields that differ (select one to take the other version's value):"), recordPane);
    recordLabel->setWordWrap(true);
    recordLabel->setBuddy(m_record);
    recordLayout->addWidget(recordLabel);
    recordLayout->addWidget(m_record, 1);
    figuresLayout->addWidget(recordPane, 2);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *listLabel = new QLabel(tr("D&isagreements (select one to see it in both versions):"), listPane);
    listLabel->setBuddy(m_disagreements);
    listLayout->addWidget(listLabel);
    listLayout->addWidget(m_disagreements, 1);
    auto *otherPane = new QWidget(this);
    auto *otherLayout = new QVBoxLayout(otherPane);
    otherLayout->setContentsMargins(0, 0, 0, 0);
    auto *otherLabel = new QLabel(tr("The &other version:"), otherPane);
    otherLabel->setBuddy(m_otherText);
    otherLayout->addWidget(otherLabel);
    otherLayout->addWidget(m_otherText, 1);

    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(listPane);
    lower->addWidget(otherPane);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(figures);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_takeButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter in the list takes a side; it must not close the dialog.
    m_takeButton->setAutoDefault(false);
    m_chooseButton->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);

    // Beside the choice of versions: how the store's model has learned from the curated articles so far.
    auto *learning = new QGroupBox(tr("The model learning (cross-validated on the curated articles)"), this);
    auto *learningLayout = new QVBoxLayout(learning);
    learningLayout->addWidget(m_learningChart);
    if (const auto history = m_session->store().extractionModelHistory()) {
        m_learningChart->setHistory(*history);
    }
    auto *top = new QHBoxLayout;
    top->addWidget(sources, 3);
    top->addWidget(learning, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    // Taking a side is undone here as in the main window: the dialog shares the article's undo stack.
    QAction *undo = m_session->undoStack()->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_session->undoStack()->createRedoAction(this);
    redo->setShortcuts(HelpDialogs::redoShortcuts());
    addActions({ undo, redo });

    // The figures follow the session: every edit, undo and redo, and another article.
    connect(m_session->facts(), &FactListModel::factsChanged, this, &AgreementDialog::recompute);
    connect(m_session, &AnnotationSession::recordChanged, this, &AgreementDialog::recompute);
    connect(m_session, &AnnotationSession::documentLoaded, this, [this] {
        if (m_source != Source::None && !loadOtherVersion()) {
            return;
        }
        recompute();
    });

    m_summary->setText(
        m_session->hasDocument() ? tr("Choose the version to compare with.") : tr("Open an article first."));
}

AgreementDialog::~AgreementDialog() = default;

void AgreementDialog::fail(const QString &message)
{
    m_error = message;
    m_comparison = DocumentAgreement();
    m_referenceKeys.clear();
    m_recordDifferences.clear();
    m_fieldPicked = false;
    m_summary->setText(message);
    m_types->setRowCount(0);
    m_record->setRowCount(0);
    m_disagreements->clear();
    m_otherText->clear();
    m_takeButton->setEnabled(false);
}

bool AgreementDialog::compareWithAutomatic()
{
    m_automatic->setChecked(true);
    m_source = Source::Automatic;
    if (!loadOtherVersion()) {
        return false;
    }
    recompute();
    return true;
}

bool AgreementDialog::compareWithDatabase(const QString &path)
{
    m_database->setChecked(true);
    m_source = Source::Database;
    m_otherStore.reset();
    m_otherPath = path;
    m_databaseLabel->setText(QFileInfo(path).fileName());
    m_databaseLabel->setToolTip(path);
    QString error;
    if (!StoreProbe::isExistingStore(path, &error)) {
        fail(error);
        return false;
    }
    auto store = std::make_unique<IncidentStore>();
    if (!store->open(path)) {
        fail(store->errorString());
        return false;
    }
    m_otherStore = std::move(store);
    if (!loadOtherVersion()) {
        return false;
    }
    recompute();
    return true;
}

void AgreementDialog::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Another Analyst's Database"),
        QFileInfo(m_otherPath).absolutePath(), tr("Incident Workbench databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty()) {
        compareWithDatabase(path);
    } else if (m_otherPath.isEmpty() && m_engine) {
        m_automatic->setChecked(m_source == Source::Automatic);
    }
}

bool AgreementDialog::loadOtherVersion()
{
    m_otherFacts.clear();
    m_otherRecord.reset();
    m_otherEvidence.clear();
    m_otherDocument = Document();
    if (!m_session->hasDocument()) {
        fail(tr("Open an article first."));
        return false;
    }
    if (m_source == Source::Automatic) {
        if (!m_engine) {
            fail(tr("Extraction is not available in this window."));
            return false;
        }
        const ExtractionResult result = m_engine->extract(m_session->document());
        m_otherDocument = m_session->document();
        m_otherFacts = result.facts;
        m_otherRecord = result.record;
    } else if (m_source == Source::Database) {
        if (!m_otherStore) {
            fail(tr("Choose the other database."));
            return false;
        }
        const auto id = m_otherStore->documentIdForHash(m_session->document().sha256());
        if (!id) {
            fail(tr("“%1” is not in %2 (no article there has the same text).")
                    .arg(m_session->document().title(), m_otherPath));
            return false;
        }
        const auto document = m_otherStore->document(*id);
        const auto facts = VersionComparison::storedFacts(*m_otherStore, *id);
        if (!document || !facts) {
            fail(m_otherStore->errorString());
            return false;
        }
        m_otherDocument = *document;
        m_otherFacts = *facts;
        m_otherRecord = VersionComparison::storedRecord(*m_otherStore, *id);
    }
    // The other record's evidence as facts of this article: extraction's draft names them by their index in its
    // facts, a stored record by fact id (facts of the incident's other source articles are not among them).
    if (m_otherRecord) {
        for (auto it = m_otherRecord->evidence.cbegin(); it != m_otherRecord->evidence.cend(); ++it) {
            QList<Fact> evidence;
            for (const qint64 reference : it.value()) {
                if (m_source == Source::Automatic) {
                    if (reference >= 0 && reference < m_otherFacts.size()) {
                        evidence.append(m_otherFacts.at(reference));
                    }
                } else if (reference > 0) {
                    const auto fact = std::find_if(m_otherFacts.cbegin(), m_otherFacts.cend(),
                        [reference](const Fact &candidate) { return candidate.id == reference; });
                    if (fact != m_otherFacts.cend()) {
                        evidence.append(*fact);
                    }
                }
            }
            if (!evidence.isEmpty()) {
                m_otherEvidence.insert(it.key(), evidence);
            }
        }
    }
    m_otherText->setPlainText(m_otherDocument.text());
    return true;
}

void AgreementDialog::recompute()
{
    if (m_source == Source::None || m_otherDocument.sha256().isEmpty() || !m_session->hasDocument()
        || m_otherDocument.sha256() != m_session->document().sha256()) {
        return;
    }
    const int selectedRow
        = m_disagreements->currentItem() ? m_disagreements->indexOfTopLevelItem(m_disagreements->currentItem()) : 0;
    const int selectedField = m_fieldPicked ? m_record->currentRow() : -1;
    QList<Fact> reference;
    m_referenceKeys.clear();
    for (const qint64 key : m_session->facts()->keys()) {
        const Fact fact = m_session->facts()->fact(key);
        if (fact.status != FactStatus::Rejected) {
            reference.append(fact);
            m_referenceKeys.append(key);
        }
    }
    m_comparison = VersionComparison::compareDocument(
        m_session->document(), reference, m_otherFacts, m_session->record(), m_otherRecord);
    m_error.clear();

    // The record: pooled kappa over its categorical fields (one unit per field), as docs/agreement.md says.
    AgreementReport fields;
    fields.add(m_comparison);
    const MatchCounts &exact = m_comparison.facts.micro.exact;
    const MatchCounts &lenient = m_comparison.facts.micro.lenient;
    const QString other
        = m_source == Source::Automatic ? tr("what extraction finds now") : QFileInfo(m_otherPath).fileName();
    m_summary->setText(
        tr("This article (curated, %1 facts) against %2 (%3 facts): micro F1 %4 exact (P %5, R %6), %7 lenient; "
           "token κ %8; record fields κ %9 (%10 of %11 fields agree); %12 disagreements.")
            .arg(exact.reference)
            .arg(other)
            .arg(exact.other)
            .arg(score(exact.f1()), score(exact.precision()), score(exact.recall()), score(lenient.f1()),
                score(m_comparison.facts.tokens.kappa()), score(fields.recordFields.kappa()))
            .arg(fields.recordFields.agreements())
            .arg(fields.recordFields.unitCount())
            .arg(m_comparison.facts.disagreements.size()));
    fillTypes();
    fillRecord(selectedField);
    fillDisagreements(selectedRow);
    highlightOther(std::nullopt);
    if (m_fieldPicked) {
        showSelectedField();
    } else {
        showSelected();
    }
}

void AgreementDialog::fillTypes()
{
    QList<TypeScores> rows = m_comparison.facts.perType;
    rows.append(m_comparison.facts.micro);
    m_types->setRowCount(static_cast<int>(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const TypeScores &scores = rows.at(row);
        const bool micro = row == rows.size() - 1;
        const QStringList cells { micro ? tr("all (micro)") : FactListModel::typeLabel(scores.type),
            QString::number(scores.exact.reference), QString::number(scores.exact.other),
            score(scores.exact.precision()), score(scores.exact.recall()), score(scores.exact.f1()),
            score(scores.lenient.precision()), score(scores.lenient.recall()), score(scores.lenient.f1()) };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column > 0) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            if (micro) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_types->setItem(row, column, item);
        }
    }
}

void AgreementDialog::fillRecord(int selectRow)
{
    const QSignalBlocker blocker(m_record);
    m_recordDifferences = m_comparison.recordDifferences();
    const QList<RecordFieldDifference> &differences = m_recordDifferences;
    m_record->clearContents();
    m_record->clearSpans();
    m_record->setRowCount(static_cast<int>(differences.size()));
    for (int row = 0; row < differences.size(); ++row) {
        const RecordFieldDifference &difference = differences.at(row);
        auto *fieldItem = new QTableWidgetItem(RecordComparison::fieldLabel(difference.field));
        fieldItem->setToolTip(difference.field); // the contract's name, as in exports and the CLI
        m_record->setItem(row, 0, fieldItem);
        m_record->setItem(row, 1, new QTableWidgetItem(jsonText(difference.reference)));
        m_record->setItem(row, 2, new QTableWidgetItem(jsonText(difference.other)));
    }
    const auto note = [this](const QString &text) {
        m_record->setRowCount(1);
        auto *item = new QTableWidgetItem(text);
        item->setFlags(Qt::ItemIsEnabled); // a note, nothing to select or take
        m_record->setItem(0, 0, item);
        m_record->setSpan(0, 0, 1, m_record->columnCount()); // readable across the table, not clipped to one column
    };
    if (!m_comparison.otherRecord) {
        note(tr("(the other version has no record for this article)"));
    } else if (differences.isEmpty()) {
        note(tr("(all record fields agree)"));
    }
    if (differences.isEmpty()) {
        m_fieldPicked = false;
    }
    if (m_fieldPicked) {
        // After a take the row holds the next differing field.
        m_record->setCurrentCell(std::clamp(selectRow, 0, static_cast<int>(differences.size()) - 1), 0);
    } else {
        m_record->setCurrentCell(-1, -1);
    }
}

void AgreementDialog::fillDisagreements(int selectRow)
{
    const QSignalBlocker blocker(m_disagreements);
    m_disagreements->clear();
    for (const Disagreement &item : std::as_const(m_comparison.facts.disagreements)) {
        auto *row = new QTreeWidgetItem(m_disagreements,
            { disagreementKindLabel(item.kind), FactListModel::typeLabel(item.type()), sideText(item.reference),
                sideText(item.other), item.details.join(QStringLiteral("; ")) });
        row->setToolTip(4, item.details.join(QLatin1Char('\n')));
    }
    for (int column = 0; column < 4; ++column) {
        m_disagreements->resizeColumnToContents(column);
    }
    const int count = m_disagreements->topLevelItemCount();
    if (count > 0 && !m_fieldPicked) {
        m_disagreements->setCurrentItem(m_disagreements->topLevelItem(std::clamp(selectRow, 0, count - 1)));
    }
    m_takeButton->setEnabled(count > 0 || !m_recordDifferences.isEmpty());
}

void AgreementDialog::highlightOther(const std::optional<Fact> &current)
{
    const FactStyles styles(paneTheme());
    QList<QTextEdit::ExtraSelection> selections;
    QList<Fact> facts = m_otherFacts;
    std::stable_sort(facts.begin(), facts.end(), [](const Fact &a, const Fact &b) { return a.length() > b.length(); });
    const int last = m_otherText->document()->characterCount() - 1;
    for (const Fact &fact : std::as_const(facts)) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_otherText->document());
        selection.cursor.setPosition(std::min(static_cast<int>(fact.start), last));
        selection.cursor.setPosition(std::min(static_cast<int>(fact.end), last), QTextCursor::KeepAnchor);
        selection.format = styles.format(fact);
        selections.append(selection);
    }
    if (current) {
        QTextEdit::ExtraSelection outline;
        outline.cursor = QTextCursor(m_otherText->document());
        outline.cursor.setPosition(std::min(static_cast<int>(current->start), last));
        outline.cursor.setPosition(std::min(static_cast<int>(current->end), last), QTextCursor::KeepAnchor);
        outline.format = styles.format(*current);
        QColor strong = styles.color(current->type);
        strong.setAlpha(150);
        outline.format.setBackground(strong);
        selections.append(outline);
    }
    m_otherText->setExtraSelections(selections);
}

void AgreementDialog::showSelected()
{
    QTreeWidgetItem *item = m_disagreements->currentItem();
    const int row = item ? m_disagreements->indexOfTopLevelItem(item) : -1;
    if (row < 0 || row >= m_comparison.facts.disagreements.size()) {
        return;
    }
    const Disagreement &disagreement = m_comparison.facts.disagreements.at(row);
    // This version: the fact in the main article view, or, when only the other version has it, the span it covers.
    if (m_articleView) {
        if (disagreement.reference) {
            m_articleView->showFact(m_referenceKeys.value(disagreement.referenceIndex));
            selectSpan(m_articleView->textEdit(), disagreement.reference->start, disagreement.reference->end);
        } else {
            const Fact &other = disagreement.fact(); // only the other version has it
            selectSpan(m_articleView->textEdit(), other.start, other.end);
        }
    }
    // The other version: its fact, or the span of this version's fact it lacks.
    const Fact &shown = disagreement.other ? *disagreement.other : disagreement.fact();
    selectSpan(m_otherText, shown.start, shown.end);
    highlightOther(disagreement.other);
}

void AgreementDialog::pickField(bool field)
{
    m_fieldPicked = field;
    // One selection at a time, so Take Theirs is never ambiguous.
    if (field) {
        const QSignalBlocker blocker(m_disagreements);
        m_disagreements->setCurrentItem(nullptr);
        m_disagreements->clearSelection();
    } else {
        const QSignalBlocker blocker(m_record);
        m_record->setCurrentCell(-1, -1);
        m_record->clearSelection();
    }
}

void AgreementDialog::showSelectedField()
{
    const int row = m_record->currentRow();
    if (row < 0 || row >= m_recordDifferences.size()) {
        return;
    }
    const QString &field = m_recordDifferences.at(row).field;
    // This version: the field's first evidence in this article, if it has any.
    if (m_articleView) {
        for (const qint64 key : m_session->record().evidence.value(field)) {
            if (key > 0 && m_session->facts()->contains(key)) {
                const Fact fact = m_session->facts()->fact(key);
                m_articleView->showFact(key);
                selectSpan(m_articleView->textEdit(), fact.start, fact.end);
                break;
            }
        }
    }
    // The other version: its first evidence fact for the field.
    const QList<Fact> there = m_otherEvidence.value(field);
    if (!there.isEmpty()) {
        selectSpan(m_otherText, there.first().start, there.first().end);
        highlightOther(there.first());
    } else {
        highlightOther(std::nullopt);
    }
}

bool AgreementDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Reaching a list by keyboard (Tab, its Alt shortcut) selects its first row, so Enter or Take Theirs act on it;
    // a click selects the row it hits.
    if (event->type() == QEvent::FocusIn && static_cast<QFocusEvent *>(event)->reason() != Qt::MouseFocusReason) {
        if (watched == m_record && m_record->currentRow() < 0 && !m_recordDifferences.isEmpty()) {
            m_record->setCurrentCell(0, 0);
        } else if (watched == m_disagreements && !m_disagreements->currentItem()
            && m_disagreements->topLevelItemCount() > 0) {
            m_disagreements->setCurrentItem(m_disagreements->topLevelItem(0));
        }
    }
    return QDialog::eventFilter(watched, event);
}

void AgreementDialog::takeTheirs()
{
    if (m_fieldPicked) {
        takeRecordField();
    } else {
        takeFact();
    }
}

void AgreementDialog::takeRecordField()
{
    const int row = m_record->currentRow();
    if (!m_comparison.otherRecord || row < 0 || row >= m_recordDifferences.size()) {
        return;
    }
    const RecordFieldDifference difference = m_recordDifferences.at(row);
    const QList<qint64> evidenceHere
        = RecordFieldTake::keysHere(*m_session->facts(), m_otherEvidence.value(difference.field));
    const IncidentRecord record = RecordFieldTake::taken(
        m_session->record(), *m_comparison.otherRecord, difference.field, evidenceHere, *m_session->facts());
    // The record form's own edit: one RecordEditCommand on the article's undo stack.
    m_session->editRecord(record, RecordFieldTake::description(difference.field, difference.other));
    // The session's change has recomputed the table; the row now holds the next differing field, if any.
    if (m_fieldPicked) {
        m_record->setFocus(Qt::OtherFocusReason);
    } else {
        m_disagreements->setFocus(Qt::OtherFocusReason);
    }
}

void AgreementDialog::takeFact()
{
    QTreeWidgetItem *item = m_disagreements->currentItem();
    const int row = item ? m_disagreements->indexOfTopLevelItem(item) : -1;
    if (row < 0 || row >= m_comparison.facts.disagreements.size()) {
        return;
    }
    const Disagreement disagreement = m_comparison.facts.disagreements.at(row);
    const qint64 key = disagreement.referenceIndex >= 0 ? m_referenceKeys.value(disagreement.referenceIndex) : 0;
    const int before = m_session->undoStack()->index();
    m_session->takeOtherVersion(key, disagreement.other);
    if (m_session->undoStack()->index() == before && !m_session->errorString().isEmpty()) {
        m_summary->setText(m_session->errorString());
    }
    // The session's change has recomputed the list; the row now holds the next disagreement.
    m_disagreements->setFocus(Qt::OtherFocusReason);
}

} // namespace Iwb
