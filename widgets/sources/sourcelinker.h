// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "incident/incidentrecord.h"
#include "resolutiondialog.h"
#include "sources/recordmerge.h"
#include "sources/sourceconflicts.h"
#include "sources/sourcelinking.h"
#include "sources/sourcerecordbuilder.h"

#include <QHash>
#include <QObject>

#include <optional>

class QAction;
class QWidget;

namespace Iwb {

class AnnotationSession;

/**
 * Links the open article to an existing incident record, resolves where the
 * two disagree, and unlinks it again: each an undoable edit of the session's
 * record (so Ctrl+Z takes it back and Ctrl+S stores it in one transaction,
 * the article leaving the incidents it no longer tells).
 *
 * Linking: the record becomes the chosen incident's, with this article among
 * its sources; where the article's own record (its curated draft when it has
 * one of its own, else RecordAssembler over its facts) agrees with the
 * incident, its facts join the evidence. The fields where it differs are
 * returned for resolution (ResolutionDialog). Unlinking gives the article a
 * new record of its own, assembled from its facts.
 */
class SourceLinker : public QObject
{
    Q_OBJECT

public:
    /// Dialogs open over @p dialogParent.
    SourceLinker(AnnotationSession *session, QWidget *dialogParent);

    /// "Link Article to Incident…": chooser, link, resolution view.
    QAction *linkAction() const { return m_linkAction; }
    /// "Unlink Article from Incident": the article leaves the incident its record is.
    QAction *unlinkAction() const { return m_unlinkAction; }

    /// Asks for the incident (IncidentChooser), links, and shows the differences (ResolutionDialog).
    void linkInteractively();
    /// Links the open article to incident @p incidentId as one undoable step. Returns the fields in
    /// which the article differs from the incident record, or nullopt (errorString()) when it cannot.
    std::optional<QList<FieldConflict>> link(qint64 incidentId);
    /// Applies @p choices to the fields in which the article last linked differs, as one undoable step.
    bool resolve(const QHash<QString, FieldResolution> &choices);
    /// Takes the open article out of its multi-source incident, giving it a record of its own. One undoable step.
    bool unlink();

    /// "‘9.500 Nutzer’ (Article title)" for an evidence reference of the session (key, or -fact id).
    QString describeEvidence(qint64 reference) const;
    /// The fact text and article title of an evidence reference.
    EvidenceNote evidenceNote(qint64 reference) const;
    /// The titles of the record's source articles, in the record's order.
    QStringList sourceTitles() const;
    QString errorString() const { return m_error; }

private:
    void updateActions();
    /// The record the open article makes on its own (SourceLinking::articleSide); nullopt and m_error when it cannot.
    std::optional<IncidentRecord> articleSide();
    /// The fact behind a session evidence reference: a key of the open article, or -id of another article's fact.
    EvidenceFactLookup factLookup() const;
    QString documentTitle(qint64 documentId) const;
    QString articleTitle() const;

    AnnotationSession *m_session;
    QWidget *m_dialogParent;
    QAction *m_linkAction;
    QAction *m_unlinkAction;
    SourceRecordBuilder m_builder;
    IncidentRecord m_incoming; ///< the article's own record at the last link
    qint64 m_linkedIncidentId = 0;
    QString m_error;
    int m_storedIncidents = 0; ///< counted when an article is loaded or saved, not on every edit
    mutable QHash<qint64, QString> m_titles;
    /// Other articles' facts do not change while this one is open: read each once.
    mutable QHash<qint64, EvidenceNote> m_otherNotes;
};

} // namespace Iwb
