// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "factconfidences.h"

#include "annotation/annotationsession.h"
#include "annotation/factlistmodel.h"
#include "extraction/learning/candidatefeatures.h"

#include <QTimer>

namespace Iwb {

FactConfidences::FactConfidences(AnnotationSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(session, &AnnotationSession::documentLoaded, this, &FactConfidences::schedule);
    connect(session, &AnnotationSession::recordChanged, this, &FactConfidences::schedule);
    connect(session->facts(), &FactListModel::factsChanged, this, &FactConfidences::schedule);
    connect(session->facts(), &QAbstractItemModel::modelReset, this, &FactConfidences::schedule);
}

void FactConfidences::setClassifier(std::shared_ptr<const FactClassifier> classifier)
{
    m_classifier = std::move(classifier);
    update();
}

QHash<qint64, Judgement> FactConfidences::judge(const FactClassifier &classifier, const QString &text,
    const QList<qint64> &keys, const QList<Fact> &facts, const IncidentRecord &record)
{
    Q_ASSERT(keys.size() == facts.size());
    // CandidateFeatures reads the record's evidence as indices into the facts; the session's names keys.
    QHash<qint64, qint64> indexOfKey;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        indexOfKey.insert(keys.at(i), i);
    }
    IncidentRecord indexed = record;
    for (auto it = indexed.evidence.begin(); it != indexed.evidence.end(); ++it) {
        QList<qint64> indices;
        for (const qint64 key : std::as_const(it.value())) {
            if (const auto found = indexOfKey.constFind(key); found != indexOfKey.cend()) {
                indices.append(found.value());
            }
        }
        it.value() = indices;
    }
    const CandidateFeatures features(text, facts, indexed);
    QHash<qint64, Judgement> judgements;
    for (qsizetype i = 0; i < facts.size(); ++i) {
        const Fact &fact = facts.at(i);
        if (!fact.isAnalystMade() && classifier.knows(fact.type)) {
            judgements.insert(keys.at(i), FactJudge::judge(classifier, fact, features.of(i)));
        }
    }
    return judgements;
}

void FactConfidences::schedule()
{
    if (m_pending) {
        return;
    }
    m_pending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_pending) {
            update();
        }
    });
}

void FactConfidences::update()
{
    m_pending = false;
    FactListModel *model = m_session->facts();
    if (!m_classifier || m_classifier->isEmpty() || !m_session->hasDocument()
        || m_session->document().text().size() >= longTextThreshold) {
        model->setJudgements({}, m_classifier ? m_classifier->threshold() : 0.5);
        Q_EMIT judged();
        return;
    }
    model->setJudgements(
        judge(*m_classifier, m_session->document().text(), model->keys(), model->facts(), m_session->record()),
        m_classifier->threshold());
    Q_EMIT judged();
}

} // namespace Iwb
