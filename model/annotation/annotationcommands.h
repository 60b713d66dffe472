// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "incident/fact.h"
#include "incident/incidentrecord.h"

#include <QUndoCommand>

#include <optional>

namespace Iwb {

class AnnotationSession;

/// Merge ids of the commands that merge consecutive edits.
enum class CommandId {
    AdjustBoundaries = 1001,
    EditNotes,
};

/**
 * One change to one fact: adding (no before), removing (no after) or changing
 * it. The fact keeps its key across undo and redo, so evidence links and
 * later commands stay valid.
 */
class FactEditCommand : public QUndoCommand
{
public:
    FactEditCommand(AnnotationSession *session, qint64 key, std::optional<Fact> before, std::optional<Fact> after,
        const QString &text, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

    /// Makes consecutive edits of this kind on the same fact merge into one step.
    void setMergeId(CommandId id) { m_mergeId = static_cast<int>(id); }
    qint64 key() const { return m_key; }

private:
    void apply(const std::optional<Fact> &state);

    AnnotationSession *m_session;
    qint64 m_key;
    std::optional<Fact> m_before;
    std::optional<Fact> m_after;
    int m_mergeId = -1;
};

/// One change to the incident record (any fields at once).
class RecordEditCommand : public QUndoCommand
{
public:
    RecordEditCommand(AnnotationSession *session, IncidentRecord before, IncidentRecord after, const QString &text,
        QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;
    void setMergeId(CommandId id) { m_mergeId = static_cast<int>(id); }

private:
    AnnotationSession *m_session;
    IncidentRecord m_before;
    IncidentRecord m_after;
    int m_mergeId = -1;
};

} // namespace Iwb
