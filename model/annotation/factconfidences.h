// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "extraction/learning/factjudge.h"
#include "incident/incidentrecord.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace Iwb {

class AnnotationSession;

/**
 * Keeps the open article's facts judged by the learned model: each fact a
 * rule proposed gets the model's confidence and the features that weighed
 * most (FactListModel::setJudgements()), again after every change to the
 * facts or the record, once per pass of the event loop however many changed.
 *
 * The facts are judged as they stand, not as the rules first proposed them:
 * the features of a fact include the other facts of its sentence and the
 * record fields it is evidence of, so accepting a name as the organization
 * shows in the confidence of the facts around it. Facts made by hand are not
 * judged (no rule proposed them).
 *
 * Articles of longTextThreshold characters or more are not judged: the
 * features tokenize the whole text, which for a 3 MB article would keep the
 * GUI thread for longer than a moment at every edit.
 */
class FactConfidences : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype longTextThreshold = 200000;

    explicit FactConfidences(AnnotationSession *session, QObject *parent = nullptr);

    /// The model to judge with; null: none (the facts show no confidence).
    void setClassifier(std::shared_ptr<const FactClassifier> classifier);
    std::shared_ptr<const FactClassifier> classifier() const { return m_classifier; }

    /// The model's judgement of each rule's fact of @p facts (parallel to @p keys) in @p text, keyed like them;
    /// @p record's evidence names facts by key, as the session's does.
    static QHash<qint64, Judgement> judge(const FactClassifier &classifier, const QString &text,
        const QList<qint64> &keys, const QList<Fact> &facts, const IncidentRecord &record);

Q_SIGNALS:
    /// The facts' judgements were renewed (or removed, without a model).
    void judged();

private:
    void schedule();
    void update();

    AnnotationSession *m_session;
    std::shared_ptr<const FactClassifier> m_classifier;
    bool m_pending = false;
};

} // namespace Iwb
