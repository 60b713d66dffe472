// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "agreement/versioncomparison.h"
#include "document/document.h"

#include <QDialog>
#include <QHash>

#include <memory>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QTreeWidget;

namespace Iwb {

class AnnotationSession;
class LearningChart;
class ArticleView;
class ExtractionEngine;
class IncidentStore;

/**
 * Compare → Compare Annotation Versions: the open article's facts and record
 * (this version, the reference) against another version of the same article —
 * what extraction finds now, or another analyst's database (the article found
 * there by the SHA-256 of its text, opened read-only in its own store).
 *
 * Shows per-type precision, recall and F1 (exact and lenient), Cohen's kappa
 * of the tokens' labels and of the record's categorical fields, and the list
 * of disagreements. Selecting one shows it in both versions: in the main
 * article view and in this dialog's read-only pane with the other version.
 * "Take Theirs" makes the open article's fact look like the other version's,
 * or, with a differing record field selected, sets that field of the open
 * article's record as the other version has it (with the other version's
 * evidence where those facts exist here), as one undoable step of the
 * article's session; the figures follow every change of the session.
 */
class AgreementDialog : public QDialog
{
    Q_OBJECT

public:
    /// Without an @p engine the automatic version is not offered. The session and the view must outlive the dialog.
    AgreementDialog(AnnotationSession *session, std::shared_ptr<const ExtractionEngine> engine,
        ArticleView *articleView, QWidget *parent = nullptr);
    ~AgreementDialog() override;

    /// Compares with what extraction finds in the open article now; false when there is no engine or article.
    bool compareWithAutomatic();
    /// Compares with the same article in the database at @p path; false (and the reason shown) when it cannot.
    bool compareWithDatabase(const QString &path);

    /// The comparison shown; its facts are empty until a comparison ran.
    const DocumentAgreement &comparison() const { return m_comparison; }
    /// Why the last comparison could not be made; empty when it could.
    QString errorString() const { return m_error; }

    QTreeWidget *disagreementList() const { return m_disagreements; }
    QTableWidget *typeTable() const { return m_types; }
    /// The chart of the store's models learning (their cross-validated precision and recall).
    LearningChart *learningChart() const { return m_learningChart; }
    /// The record fields that differ, one row each, in the order of comparison().recordDifferences().
    QTableWidget *recordTable() const { return m_record; }
    QPlainTextEdit *otherView() const { return m_otherText; }
    QLabel *summaryLabel() const { return m_summary; }

    /// Takes the other version of the selected disagreement, or of the selected record field, into the open
    /// article (one undo step). Whichever of the two lists was selected last is meant.
    void takeTheirs();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Source { None, Automatic, Database };

    void chooseDatabase();
    /// Loads the other version for the session's current document.
    bool loadOtherVersion();
    void recompute();
    void fillTypes();
    void fillRecord(int selectRow);
    void fillDisagreements(int selectRow);
    void showSelected();
    /// Shows the selected record field's evidence in both versions.
    void showSelectedField();
    void takeFact();
    void takeRecordField();
    /// A row of the record table or of the disagreements was selected: the other list lets go of its selection.
    void pickField(bool field);
    void highlightOther(const std::optional<Fact> &current);
    void fail(const QString &message);

    AnnotationSession *m_session;
    std::shared_ptr<const ExtractionEngine> m_engine;
    ArticleView *m_articleView;
    Source m_source = Source::None;
    std::unique_ptr<IncidentStore> m_otherStore;
    QString m_otherPath;
    Document m_otherDocument;
    QList<Fact> m_otherFacts;
    std::optional<IncidentRecord> m_otherRecord;
    QHash<QString, QList<Fact>>
        m_otherEvidence; ///< per record field: the other version's evidence facts in this article
    QList<RecordFieldDifference> m_recordDifferences; ///< the rows of m_record
    bool m_fieldPicked = false; ///< Take Theirs means the selected record field, not the selected disagreement
    QList<qint64> m_referenceKeys; ///< session keys of the reference facts, in the order compared
    DocumentAgreement m_comparison;
    QString m_error;

    QRadioButton *m_automatic;
    QRadioButton *m_database;
    QPushButton *m_chooseButton;
    QLabel *m_databaseLabel;
    QLabel *m_summary;
    QTableWidget *m_types;
    QTableWidget *m_record;
    QTreeWidget *m_disagreements;
    QPlainTextEdit *m_otherText;
    QPushButton *m_takeButton;
    LearningChart *m_learningChart;
};

} // namespace Iwb
