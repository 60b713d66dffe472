// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "document/document.h"
#include "incident/fact.h"
#include "incident/incidentrecord.h"

#include <QJsonObject>
#include <QObject>

class QUndoStack;

namespace Iwb {

class FactListModel;
class IncidentStore;
struct ExtractionResult;

/**
 * The analyst's working copy of one article: its facts (FactListModel), its
 * incident record, and the undo stack of every edit made to them since the
 * last save. All edits go through the methods below, each one a command on
 * the undo stack with a readable text; the stack's clean state is the
 * "modified" flag. save() writes facts and record in one transaction.
 *
 * Inside the session, the record's evidence names facts by their FactListModel
 * key; the store's fact ids are mapped to keys on load and back on save. An
 * incident can have several source articles (sources/): evidence facts of the
 * other articles are not in the model and appear as negative numbers, -(store
 * fact id).
 *
 * The record shown can change to another incident (linking, sources/
 * SourceLinker); when the record saved is not the one last loaded or saved,
 * save() makes the article leave every other incident it was a source of.
 */
class AnnotationSession : public QObject
{
    Q_OBJECT

public:
    explicit AnnotationSession(IncidentStore &store, QObject *parent = nullptr);
    ~AnnotationSession() override;

    /// Loads a stored document with its facts and record; false (errorString()) when it cannot.
    bool load(qint64 documentId);
    void clear();
    bool hasDocument() const { return m_document.id() > 0; }
    /// True when the document has neither stored facts nor a stored record: a first look.
    bool isUnannotated() const { return m_unannotated; }

    const Document &document() const { return m_document; }
    FactListModel *facts() const { return m_facts; }
    QUndoStack *undoStack() const { return m_undoStack; }
    /// The record; evidence values are fact keys, or -(fact id) for facts of another source article.
    const IncidentRecord &record() const { return m_record; }
    IncidentStore &store() const { return m_store; }

    bool isModified() const;
    bool save();
    QString errorString() const { return m_error; }

    QString analyst() const { return m_analyst; }
    void setAnalyst(const QString &analyst);

    // --- edits (each pushes one undoable command)
    /// A hand-made fact of @p type over [start, end). Returns its key.
    qint64 labelSpan(FactType type, qsizetype start, qsizetype end);
    void changeType(qint64 key, FactType type);
    /// Rejecting a fact also takes it out of the record's evidence, in the same undo step
    /// (see recordWithoutEvidence()); removeFact() does the same.
    void setStatus(qint64 key, FactStatus status);
    /// Accepts or rejects all still-suggested facts of @p type, as one step.
    void setStatusOfSuggestions(FactType type, FactStatus status);
    void adjustBoundaries(qint64 key, qsizetype start, qsizetype end);
    void toggleNegated(qint64 key);
    void toggleUncertain(qint64 key);
    void setValue(qint64 key, const QJsonValue &value);
    void removeFact(qint64 key);
    /// @p mergeId merges consecutive edits of one kind (typing notes) into one undo step.
    void editRecord(const IncidentRecord &record, const QString &description, int mergeId = -1);
    /// Fills @p field of the record from the fact's value and links the fact as its evidence.
    bool useFactForField(qint64 key, const QString &field);
    /// Takes new extraction results: suggestions are replaced, decided and hand-made facts stay,
    /// and empty record fields are filled. One undoable step.
    void applyExtraction(const ExtractionResult &result, const QString &description);
    /// Curation: makes the fact @p key look like @p other, another version's fact over the same text,
    /// as one undoable step. Key 0 adds @p other (or brings back a rejected fact of its type and span);
    /// no @p other takes the fact away (a rule's suggestion is rejected, so re-extraction leaves it out;
    /// a hand-made fact is deleted). Returns the key of the fact now in place, or 0.
    qint64 takeOtherVersion(qint64 key, const std::optional<Fact> &other);

    // --- crash recovery
    QJsonObject toRecoveryJson() const;
    /// Restores unsaved work written by toRecoveryJson() for the loaded document, as one undoable step.
    bool restoreFromRecoveryJson(const QJsonObject &draft);

    /// For commands only: sets the record without an undo step.
    void setRecordDirectly(const IncidentRecord &record);

Q_SIGNALS:
    void documentLoaded();
    void recordChanged();
    void modifiedChanged(bool modified);
    void saved();

private:
    void editFact(qint64 key, const Fact &after, const QString &text, int mergeId = -1);
    /// The record without fact @p key as evidence: a field whose value came from that fact alone is
    /// emptied (a list field loses the fact's category); a value the analyst changed since stays.
    IncidentRecord recordWithoutEvidence(qint64 key) const;
    Fact stamped(Fact fact) const;
    static QString quoted(const QString &text);

    IncidentStore &m_store;
    Document m_document;
    IncidentRecord m_record;
    FactListModel *m_facts;
    QUndoStack *m_undoStack;
    QString m_analyst;
    QString m_error;
    bool m_unannotated = false;
    qint64 m_syncedRecordId = 0; ///< the stored record the article was a source of at the last load or save
};

} // namespace Iwb
