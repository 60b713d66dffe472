// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "incident/fact.h"
#include "incident/incidentrecord.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace Iwb {

class FactListModel;

/**
 * Curation of the record: what the open article's record becomes when the
 * analyst takes one field from another version of the article's annotations
 * (another analyst's store, or what extraction finds). The result is handed to
 * AnnotationSession::editRecord(), so the take is the record form's own kind of
 * undoable edit.
 *
 * Only the one field changes. Its evidence is relinked when facts of the other
 * version that are that field's evidence exist here too (same type and span,
 * not rejected); otherwise it stays as it is. Evidence from the incident's
 * other source articles (negative keys) is never touched: this comparison
 * knows only this article.
 */
class RecordFieldTake
{
    Q_DECLARE_TR_FUNCTIONS(RecordFieldTake)

public:
    /// Sets @p field (a contract field name) of @p record to its value in @p other; false for an unknown field.
    static bool copyField(IncidentRecord &record, const IncidentRecord &other, const QString &field);

    /// The session keys of the not rejected facts in @p facts with the type and span of one of @p otherEvidence.
    static QList<qint64> keysHere(const FactListModel &facts, const QList<Fact> &otherEvidence);

    /**
     * @p current with @p field as in @p other. With @p evidenceHere non-empty the field's evidence in this article
     * becomes those keys; for the list fields (data_exposed, data_not_exposed) this article's evidence facts whose
     * category is still in the taken list stay as well. @p facts resolves keys to facts.
     */
    static IncidentRecord taken(const IncidentRecord &current, const IncidentRecord &other, const QString &field,
        const QList<qint64> &evidenceHere, const FactListModel &facts);

    /// The undo text: "Take cause ‘misconfiguration’ from the other version", "Clear cause as in the other version".
    static QString description(const QString &field, const QJsonValue &otherValue);
};

} // namespace Iwb
