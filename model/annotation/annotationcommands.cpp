// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "annotationcommands.h"

#include "annotation/factlistmodel.h"
#include "annotationsession.h"

namespace Iwb {

FactEditCommand::FactEditCommand(AnnotationSession *session, qint64 key, std::optional<Fact> before,
    std::optional<Fact> after, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_session(session)
    , m_key(key)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void FactEditCommand::apply(const std::optional<Fact> &state)
{
    FactListModel *facts = m_session->facts();
    if (!state) {
        facts->removeFact(m_key);
    } else if (facts->contains(m_key)) {
        facts->updateFact(m_key, *state);
    } else {
        m_key = facts->insertFact(*state, m_key);
    }
}

void FactEditCommand::undo()
{
    apply(m_before);
}

void FactEditCommand::redo()
{
    apply(m_after);
}

bool FactEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const FactEditCommand *>(other);
    if (next->m_key != m_key || !next->m_after || !m_after) {
        return false;
    }
    m_after = next->m_after;
    setText(next->text());
    return true;
}

RecordEditCommand::RecordEditCommand(
    AnnotationSession *session, IncidentRecord before, IncidentRecord after, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void RecordEditCommand::undo()
{
    m_session->setRecordDirectly(m_before);
}

void RecordEditCommand::redo()
{
    m_session->setRecordDirectly(m_after);
}

bool RecordEditCommand::mergeWith(const QUndoCommand *other)
{
    m_after = static_cast<const RecordEditCommand *>(other)->m_after;
    return true;
}

} // namespace Iwb
