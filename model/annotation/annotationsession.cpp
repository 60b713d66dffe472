// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "annotationsession.h"

#include "incident/recordvocabulary.h"

#include "annotation/factlistmodel.h"
#include "annotationcommands.h"
#include "extraction/extractionengine.h"
#include "incident/factjson.h"
#include "storage/incidentstore.h"

#include <QJsonArray>
#include <QUndoStack>

namespace Iwb {

namespace {

    QString dateValue(const QJsonValue &value)
    {
        return value.isObject() ? value.toObject().value(QStringLiteral("from")).toString() : value.toString();
    }

    QJsonObject evidenceToJson(const QHash<QString, QList<qint64>> &evidence)
    {
        QJsonObject object;
        for (auto it = evidence.cbegin(); it != evidence.cend(); ++it) {
            QJsonArray keys;
            for (const qint64 key : it.value()) {
                keys.append(static_cast<double>(key));
            }
            object.insert(it.key(), keys);
        }
        return object;
    }

    /// Sets @p field of @p record (and the fields that go with it, listed in @p fields) to what @p fact
    /// says; false when the fact cannot support that field.
    bool fillFromFact(IncidentRecord &record, const Fact &fact, const QString &field, QStringList &fields)
    {
        const bool asserted = fact.polarity == Polarity::Positive;
        const QJsonValue &value = fact.value;
        fields = { field };
        bool fits = true;
        switch (fact.type) {
        case FactType::Organization:
            fits = field == QLatin1String("organization");
            record.organization = value.isString() && !value.toString().isEmpty() ? value.toString() : fact.text;
            break;
        case FactType::Date:
            fits = field == QLatin1String("incident_date") && !dateValue(value).isEmpty();
            record.incidentDate = dateValue(value);
            break;
        case FactType::Time:
            fits = field == QLatin1String("start_time") || field == QLatin1String("end_time");
            if (value.isObject()) {
                record.startTime = value.toObject().value(QStringLiteral("from")).toString();
                record.endTime = value.toObject().value(QStringLiteral("to")).toString();
                fields = { QStringLiteral("start_time"), QStringLiteral("end_time") };
            } else {
                (field == QLatin1String("end_time") ? record.endTime : record.startTime) = value.toString();
            }
            break;
        case FactType::Duration:
            fits = field == QLatin1String("duration_minutes") && value.isDouble();
            record.durationMinutes = value.toInt();
            break;
        case FactType::Count:
            fits = field == QLatin1String("affected_count") || field == QLatin1String("affected_unit");
            record.affectedCount = static_cast<qint64>(value.toObject().value(QStringLiteral("count")).toDouble());
            record.affectedUnit = value.toObject().value(QStringLiteral("unit")).toString();
            fields = { QStringLiteral("affected_count"), QStringLiteral("affected_unit") };
            break;
        case FactType::DataCategory: {
            fits = field == QLatin1String("data_exposed") || field == QLatin1String("data_not_exposed");
            const bool exposed = field == QLatin1String("data_exposed");
            QStringList &target = exposed ? record.dataExposed : record.dataNotExposed;
            (exposed ? record.dataNotExposed : record.dataExposed).removeAll(value.toString());
            if (!target.contains(value.toString())) {
                target.append(value.toString());
            }
            break;
        }
        case FactType::Cause:
            fits = field == QLatin1String("cause") && IncidentRecord::causeIds().contains(value.toString());
            record.cause = value.toString();
            break;
        case FactType::Attack:
            fits = field == QLatin1String("external_attack");
            record.externalAttack = asserted ? QStringLiteral("yes") : QStringLiteral("no");
            break;
        case FactType::Discovery:
            fits
                = field == QLatin1String("discovered_by") && IncidentRecord::discovererIds().contains(value.toString());
            record.discoveredBy = value.toString();
            break;
        case FactType::Notification:
            fits = field == QLatin1String("authority_notified") || field == QLatin1String("affected_notified");
            (field == QLatin1String("authority_notified") ? record.authorityNotified : record.affectedNotified)
                = asserted;
            break;
        case FactType::Remediation:
            fits = false;
            break;
        }
        return fits;
    }

} // namespace

AnnotationSession::AnnotationSession(IncidentStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_facts(new FactListModel(this))
    , m_undoStack(new QUndoStack(this))
    , m_analyst(store.author())
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

AnnotationSession::~AnnotationSession() = default;

void AnnotationSession::setAnalyst(const QString &analyst)
{
    m_analyst = analyst;
    m_store.setAuthor(analyst);
}

QString AnnotationSession::quoted(const QString &text)
{
    const QString shortened = text.size() > 40 ? text.left(39) + QChar(0x2026) : text;
    return QChar(0x2018) + shortened + QChar(0x2019);
}

bool AnnotationSession::load(qint64 documentId)
{
    const auto document = m_store.document(documentId);
    const auto facts = document ? m_store.facts(documentId) : std::nullopt;
    if (!document || !facts) {
        m_error = m_store.errorString();
        return false;
    }
    m_document = *document;
    const QList<qint64> keys = m_facts->setFacts(*facts);
    QHash<qint64, qint64> keyForId;
    for (qsizetype i = 0; i < facts->size(); ++i) {
        keyForId.insert(facts->at(i).id, keys.at(i));
    }
    m_record = IncidentRecord();
    const QList<qint64> incidents = m_store.incidentIdsForDocument(documentId);
    if (!incidents.isEmpty()) {
        if (auto record = m_store.incident(incidents.first())) {
            m_record = *record;
            for (auto it = m_record.evidence.begin(); it != m_record.evidence.end(); ++it) {
                for (qint64 &reference : it.value()) {
                    // Facts of the incident's other source articles keep their id, negated.
                    reference = keyForId.value(reference, -reference);
                }
            }
        }
    }
    if (m_record.sourceDocumentIds.isEmpty()) {
        m_record.sourceDocumentIds = { documentId };
    }
    if (m_record.analyst.isEmpty()) {
        m_record.analyst = m_analyst;
    }
    m_unannotated = facts->isEmpty() && incidents.isEmpty();
    m_syncedRecordId = m_record.id;
    m_undoStack->clear();
    m_error.clear();
    Q_EMIT documentLoaded();
    Q_EMIT recordChanged();
    return true;
}

void AnnotationSession::clear()
{
    m_document = Document();
    m_record = IncidentRecord();
    m_facts->setFacts({});
    m_undoStack->clear();
    m_unannotated = false;
    m_syncedRecordId = 0;
    Q_EMIT documentLoaded();
    Q_EMIT recordChanged();
}

bool AnnotationSession::isModified() const
{
    return !m_undoStack->isClean();
}

bool AnnotationSession::save()
{
    if (!hasDocument()) {
        return false;
    }
    const QList<qint64> keys = m_facts->keys();
    QList<Fact> facts = m_facts->facts();
    QHash<qint64, qint64> indexForKey;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        indexForKey.insert(keys.at(i), i);
    }
    IncidentRecord record = m_record;
    record.evidence.clear();
    for (auto it = m_record.evidence.cbegin(); it != m_record.evidence.cend(); ++it) {
        for (const qint64 key : it.value()) {
            if (indexForKey.contains(key)) {
                record.evidence[it.key()].append(indexForKey.value(key));
            } else if (key < 0) {
                record.evidence[it.key()].append(key); // a fact of another source article, by -id
            }
        }
    }
    // Undoing a link after saving it can bring back a record the save deleted: store it anew.
    if (record.id > 0 && record.id != m_syncedRecordId && !m_store.incident(record.id)) {
        record.id = 0;
        record.createdAt = QDateTime();
    }
    // Another record than the one loaded: the article was linked elsewhere (or unlinked) and leaves the others.
    const auto others
        = record.id != m_syncedRecordId ? IncidentStore::OtherIncidents::Release : IncidentStore::OtherIncidents::Keep;
    // An article that tells no incident (a storm report) keeps its facts but gets no record until the
    // analyst states something in it: a blank draft would only add an empty row to the register and its exports.
    const bool blankNewRecord = record.id == 0 && m_syncedRecordId == 0 && !record.statesAnything()
        && record.notes.trimmed().isEmpty() && record.reviewStatus == ReviewStatus::Draft;
    const bool stored = blankNewRecord ? m_store.saveFacts(m_document.id(), facts)
                                       : m_store.saveAnnotations(m_document.id(), facts, record, others);
    if (!stored) {
        m_error = m_store.errorString();
        return false;
    }
    // Take the store's ids without an undo step: they are bookkeeping, not edits.
    for (qsizetype i = 0; i < keys.size(); ++i) {
        m_facts->updateFact(keys.at(i), facts.at(i));
    }
    m_record.id = record.id;
    m_record.createdAt = record.createdAt;
    m_record.modifiedAt = record.modifiedAt;
    m_record.sourceDocumentIds = record.sourceDocumentIds;
    m_syncedRecordId = record.id;
    m_unannotated = false;
    m_undoStack->setClean();
    Q_EMIT saved();
    return true;
}

Fact AnnotationSession::stamped(Fact fact) const
{
    fact.author = m_analyst;
    fact.modifiedAt = QDateTime::currentDateTimeUtc();
    return fact;
}

void AnnotationSession::editFact(qint64 key, const Fact &after, const QString &text, int mergeId)
{
    Q_ASSERT_X(after.start >= 0 && after.start <= after.end && after.end <= m_document.text().size(),
        "AnnotationSession::editFact", "a fact's span lies inside its document");
    Q_ASSERT_X(key == 0 || m_facts->contains(key), "AnnotationSession::editFact", "an edited fact exists");
    auto *command = new FactEditCommand(this, key, m_facts->fact(key), stamped(after), text);
    if (mergeId >= 0) {
        command->setMergeId(static_cast<CommandId>(mergeId));
    }
    m_undoStack->push(command);
}

qint64 AnnotationSession::labelSpan(FactType type, qsizetype start, qsizetype end)
{
    const QString &text = m_document.text();
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(end, start, text.size());
    // Labels never start or end in white space: selections often do.
    while (start < end && text.at(start).isSpace()) {
        ++start;
    }
    while (end > start && text.at(end - 1).isSpace()) {
        --end;
    }
    if (start == end) {
        return 0;
    }
    Fact fact;
    fact.documentId = m_document.id();
    fact.type = type;
    fact.start = start;
    fact.end = end;
    fact.text = text.mid(start, end - start);
    fact.origin = Fact::analystOrigin();
    fact.status = FactStatus::Edited;
    if (type == FactType::Organization) {
        fact.value = fact.text;
    }
    auto *command = new FactEditCommand(this, 0, std::nullopt, stamped(fact),
        tr("Label %1 as %2").arg(quoted(fact.text), FactListModel::typeLabel(type)));
    m_undoStack->push(command);
    return command->key();
}

void AnnotationSession::changeType(qint64 key, FactType type)
{
    Fact fact = m_facts->fact(key);
    if (fact.type == type) {
        return;
    }
    fact.type = type;
    fact.status = FactStatus::Edited;
    editFact(key, fact, tr("Change type of %1 to %2").arg(quoted(fact.text), FactListModel::typeLabel(type)));
}

void AnnotationSession::setStatus(qint64 key, FactStatus status)
{
    Fact fact = m_facts->fact(key);
    if (fact.status == status) {
        return;
    }
    fact.status = status;
    const QString verb = status == FactStatus::Accepted ? tr("Accept %1")
        : status == FactStatus::Rejected                ? tr("Reject %1")
                                                        : tr("Mark %1 as suggested");
    if (status != FactStatus::Rejected) {
        editFact(key, fact, verb.arg(quoted(fact.text)));
        return;
    }
    // The record must not rest on a fact the analyst says is wrong: one step rejects it and
    // takes it out of the record's evidence.
    const IncidentRecord record = recordWithoutEvidence(key);
    if (record == m_record) {
        editFact(key, fact, verb.arg(quoted(fact.text)));
        return;
    }
    m_undoStack->beginMacro(verb.arg(quoted(fact.text)));
    editFact(key, fact, verb.arg(quoted(fact.text)));
    editRecord(record, tr("Remove %1 from the record's evidence").arg(quoted(fact.text)));
    m_undoStack->endMacro();
}

IncidentRecord AnnotationSession::recordWithoutEvidence(qint64 key) const
{
    IncidentRecord record = m_record;
    if (!m_facts->contains(key)) {
        return record;
    }
    const Fact fact = m_facts->fact(key);
    const QStringList supported = record.evidence.keys();
    for (const QString &field : supported) {
        QList<qint64> evidence = record.evidence.value(field);
        if (!evidence.removeAll(key)) {
            continue;
        }
        // What the fact alone would have put into the field: if the field still says that, the value
        // came from the fact and goes with it, unless another piece of evidence gives the same.
        IncidentRecord fromFact;
        QStringList fields;
        const bool gaveValue = fillFromFact(fromFact, fact, field, fields);
        const auto givesSame = [&](qint64 other) {
            if (other <= 0 || !m_facts->contains(other) || m_facts->fact(other).status == FactStatus::Rejected) {
                return other < 0; // a fact of another source article still supports the field
            }
            IncidentRecord fromOther;
            QStringList otherFields;
            return fillFromFact(fromOther, m_facts->fact(other), field, otherFields)
                && fromOther.toContractJson().value(field) == fromFact.toContractJson().value(field);
        };
        if (gaveValue && !std::any_of(evidence.cbegin(), evidence.cend(), givesSame)) {
            if (IncidentRecord::isListField(field)) {
                QStringList &list = field == QLatin1String("data_exposed") ? record.dataExposed : record.dataNotExposed;
                list.removeAll(fact.value.toString());
            } else if (record.toContractJson().value(field) == fromFact.toContractJson().value(field)) {
                record.copyContractField(IncidentRecord(), field);
            }
        }
        if (evidence.isEmpty()) {
            record.evidence.remove(field);
        } else {
            record.evidence.insert(field, evidence);
        }
    }
    return record;
}

void AnnotationSession::setStatusOfSuggestions(FactType type, FactStatus status)
{
    QList<qint64> targets;
    for (const qint64 key : m_facts->keys()) {
        const Fact fact = m_facts->fact(key);
        if (fact.type == type && fact.status == FactStatus::Suggested) {
            targets.append(key);
        }
    }
    if (targets.isEmpty()) {
        return;
    }
    const QString text
        = status == FactStatus::Accepted ? tr("Accept all suggested %1 facts") : tr("Reject all suggested %1 facts");
    m_undoStack->beginMacro(text.arg(FactListModel::typeLabel(type)));
    for (const qint64 key : std::as_const(targets)) {
        setStatus(key, status);
    }
    m_undoStack->endMacro();
}

void AnnotationSession::adjustBoundaries(qint64 key, qsizetype start, qsizetype end)
{
    const QString &text = m_document.text();
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(end, start + 1, text.size());
    Fact fact = m_facts->fact(key);
    if (start >= end || (fact.start == start && fact.end == end)) {
        return;
    }
    fact.start = start;
    fact.end = end;
    fact.text = text.mid(start, end - start);
    fact.status = FactStatus::Edited;
    editFact(
        key, fact, tr("Adjust the span of %1").arg(quoted(fact.text)), static_cast<int>(CommandId::AdjustBoundaries));
}

void AnnotationSession::toggleNegated(qint64 key)
{
    Fact fact = m_facts->fact(key);
    fact.polarity = fact.polarity == Polarity::Negative ? Polarity::Positive : Polarity::Negative;
    fact.status = FactStatus::Edited;
    editFact(key, fact,
        (fact.polarity == Polarity::Negative ? tr("Mark %1 as negated") : tr("Mark %1 as not negated"))
            .arg(quoted(fact.text)));
}

void AnnotationSession::toggleUncertain(qint64 key)
{
    Fact fact = m_facts->fact(key);
    fact.certainty = fact.certainty == Certainty::Uncertain ? Certainty::Certain : Certainty::Uncertain;
    fact.status = FactStatus::Edited;
    editFact(key, fact,
        (fact.certainty == Certainty::Uncertain ? tr("Mark %1 as uncertain") : tr("Mark %1 as certain"))
            .arg(quoted(fact.text)));
}

void AnnotationSession::setValue(qint64 key, const QJsonValue &value)
{
    Fact fact = m_facts->fact(key);
    if (fact.value == value) {
        return;
    }
    fact.value = value;
    fact.status = FactStatus::Edited;
    editFact(key, fact, tr("Change the value of %1").arg(quoted(fact.text)));
}

void AnnotationSession::removeFact(qint64 key)
{
    if (!m_facts->contains(key)) {
        return;
    }
    const Fact fact = m_facts->fact(key);
    const IncidentRecord record = recordWithoutEvidence(key);
    m_undoStack->beginMacro(tr("Delete %1").arg(quoted(fact.text)));
    editRecord(record, tr("Remove %1 from the record's evidence").arg(quoted(fact.text)));
    m_undoStack->push(new FactEditCommand(this, key, fact, std::nullopt, tr("Delete %1").arg(quoted(fact.text))));
    m_undoStack->endMacro();
}

void AnnotationSession::editRecord(const IncidentRecord &record, const QString &description, int mergeId)
{
    if (record == m_record) {
        return;
    }
    IncidentRecord after = record;
    if (after.analyst.isEmpty()) {
        after.analyst = m_analyst;
    }
    auto *command = new RecordEditCommand(this, m_record, after, description);
    if (mergeId >= 0) {
        command->setMergeId(static_cast<CommandId>(mergeId));
    }
    m_undoStack->push(command);
}

void AnnotationSession::setRecordDirectly(const IncidentRecord &record)
{
    m_record = record;
    Q_EMIT recordChanged();
}

bool AnnotationSession::useFactForField(qint64 key, const QString &field)
{
    if (!m_facts->contains(key)) {
        return false;
    }
    const Fact fact = m_facts->fact(key);
    IncidentRecord record = m_record;
    QStringList fields;
    const bool fits = fillFromFact(record, fact, field, fields);
    if (!fits) {
        return false;
    }
    // A list field gains the fact as one more piece of evidence; any other field now rests on it alone.
    const bool listField = field == QLatin1String("data_exposed") || field == QLatin1String("data_not_exposed");
    for (const QString &target : std::as_const(fields)) {
        QList<qint64> &evidence = record.evidence[target];
        if (!listField) {
            evidence.clear();
        }
        if (!evidence.contains(key)) {
            evidence.append(key);
        }
    }
    editRecord(record, tr("Fill %1 from %2").arg(RecordVocabulary::fieldLabel(field), quoted(fact.text)));
    return true;
}

void AnnotationSession::applyExtraction(const ExtractionResult &result, const QString &description)
{
    m_undoStack->beginMacro(description);
    // Suggestions go; the analyst's decisions and hand-made facts stay, and a new
    // suggestion on the very span of a decided fact of the same type is not added again.
    QList<Fact> decided;
    for (const qint64 key : m_facts->keys()) {
        const Fact fact = m_facts->fact(key);
        if (fact.isDecided()) {
            decided.append(fact);
        } else {
            m_undoStack->push(
                new FactEditCommand(this, key, fact, std::nullopt, tr("Remove suggestion %1").arg(quoted(fact.text))));
        }
    }
    QHash<qint64, qint64> keyForIndex;
    for (qsizetype i = 0; i < result.facts.size(); ++i) {
        Fact fact = result.facts.at(i);
        const bool known = std::any_of(decided.cbegin(), decided.cend(), [&fact](const Fact &other) {
            return other.type == fact.type && other.start == fact.start && other.end == fact.end;
        });
        if (known) {
            continue;
        }
        fact.documentId = m_document.id();
        fact.status = FactStatus::Suggested;
        auto *command = new FactEditCommand(this, 0, std::nullopt, fact, tr("Suggest %1").arg(quoted(fact.text)));
        m_undoStack->push(command);
        keyForIndex.insert(i, command->key());
    }
    // Fill only the record fields the analyst has left empty.
    IncidentRecord record = m_record;
    const IncidentRecord &found = result.record;
    const auto fill = [&](const QString &field, auto &target, const auto &value, bool empty) {
        if (empty) {
            target = value;
            for (const qint64 index : found.evidence.value(field)) {
                if (keyForIndex.contains(index)) {
                    record.evidence[field].append(keyForIndex.value(index));
                }
            }
        }
    };
    fill(QStringLiteral("organization"), record.organization, found.organization, record.organization.isEmpty());
    fill(QStringLiteral("incident_date"), record.incidentDate, found.incidentDate, record.incidentDate.isEmpty());
    fill(QStringLiteral("start_time"), record.startTime, found.startTime, record.startTime.isEmpty());
    fill(QStringLiteral("end_time"), record.endTime, found.endTime, record.endTime.isEmpty());
    fill(QStringLiteral("duration_minutes"), record.durationMinutes, found.durationMinutes,
        !record.durationMinutes.has_value());
    fill(
        QStringLiteral("affected_count"), record.affectedCount, found.affectedCount, !record.affectedCount.has_value());
    fill(QStringLiteral("affected_unit"), record.affectedUnit, found.affectedUnit, record.affectedUnit.isEmpty());
    fill(QStringLiteral("data_exposed"), record.dataExposed, found.dataExposed, record.dataExposed.isEmpty());
    fill(QStringLiteral("data_not_exposed"), record.dataNotExposed, found.dataNotExposed,
        record.dataNotExposed.isEmpty());
    fill(QStringLiteral("cause"), record.cause, found.cause, record.cause.isEmpty());
    fill(QStringLiteral("external_attack"), record.externalAttack, found.externalAttack,
        record.externalAttack.isEmpty());
    fill(QStringLiteral("discovered_by"), record.discoveredBy, found.discoveredBy, record.discoveredBy.isEmpty());
    fill(QStringLiteral("authority_notified"), record.authorityNotified, found.authorityNotified,
        !record.authorityNotified.has_value());
    fill(QStringLiteral("affected_notified"), record.affectedNotified, found.affectedNotified,
        !record.affectedNotified.has_value());
    editRecord(record, tr("Fill the record from extraction"));
    m_undoStack->endMacro();
}

qint64 AnnotationSession::takeOtherVersion(qint64 key, const std::optional<Fact> &other)
{
    if (!other) {
        if (!m_facts->contains(key)) {
            return 0;
        }
        const Fact fact = m_facts->fact(key);
        if (fact.isAnalystMade()) {
            m_undoStack->push(new FactEditCommand(
                this, key, fact, std::nullopt, tr("Delete %1 as in the other version").arg(quoted(fact.text))));
            return 0;
        }
        Fact rejected = fact;
        rejected.status = FactStatus::Rejected;
        editFact(key, rejected, tr("Reject %1 as in the other version").arg(quoted(fact.text)));
        return key;
    }
    if (other->end > m_document.text().size() || m_document.text().mid(other->start, other->length()) != other->text) {
        m_error = tr("the other version's fact %1 does not fit this article's text").arg(quoted(other->text));
        return 0;
    }
    if (key == 0) {
        // A rejected fact on the very span is the same fact, said no to: bring it back rather than add a twin.
        for (const qint64 candidate : m_facts->keys()) {
            const Fact fact = m_facts->fact(candidate);
            if (fact.status == FactStatus::Rejected && fact.type == other->type && fact.start == other->start
                && fact.end == other->end) {
                key = candidate;
                break;
            }
        }
    }
    const bool adding = key == 0 || !m_facts->contains(key);
    Fact taken = adding ? Fact() : m_facts->fact(key);
    taken.documentId = m_document.id();
    taken.type = other->type;
    taken.start = other->start;
    taken.end = other->end;
    taken.text = other->text;
    taken.value = other->value;
    taken.polarity = other->polarity;
    taken.certainty = other->certainty;
    if (adding) {
        taken.origin = other->origin.isEmpty() ? Fact::analystOrigin() : other->origin;
    }
    // Taking a version is a decision: a rule's fact taken as the rule made it is accepted, anything else edited.
    const bool asMade = !taken.isAnalystMade() && taken.origin == other->origin;
    taken.status = asMade ? FactStatus::Accepted : FactStatus::Edited;
    if (adding) {
        auto *command = new FactEditCommand(
            this, 0, std::nullopt, stamped(taken), tr("Add %1 from the other version").arg(quoted(taken.text)));
        m_undoStack->push(command);
        return command->key();
    }
    editFact(key, taken, tr("Take the other version of %1").arg(quoted(taken.text)));
    return key;
}

QJsonObject AnnotationSession::toRecoveryJson() const
{
    QJsonArray facts;
    for (const qint64 key : m_facts->keys()) {
        QJsonObject fact = FactJson::toJson(m_facts->fact(key));
        fact.insert(QStringLiteral("key"), static_cast<double>(key));
        facts.append(fact);
    }
    QJsonObject record = m_record.toContractJson();
    record.insert(QStringLiteral("id"), static_cast<double>(m_record.id));
    record.insert(QStringLiteral("review_status"), reviewStatusName(m_record.reviewStatus));
    record.insert(QStringLiteral("analyst"), m_record.analyst);
    record.insert(QStringLiteral("notes"), m_record.notes);
    record.insert(QStringLiteral("evidence_keys"), evidenceToJson(m_record.evidence));
    QJsonArray sources;
    for (const qint64 documentId : m_record.sourceDocumentIds) {
        sources.append(static_cast<double>(documentId));
    }
    record.insert(QStringLiteral("source_document_ids"), sources);
    return QJsonObject {
        { QStringLiteral("document_id"), static_cast<double>(m_document.id()) },
        { QStringLiteral("document_sha256"), QString::fromLatin1(m_document.sha256()) },
        { QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
        { QStringLiteral("facts"), facts },
        { QStringLiteral("record"), record },
    };
}

bool AnnotationSession::restoreFromRecoveryJson(const QJsonObject &draft)
{
    if (!hasDocument()
        || draft.value(QStringLiteral("document_sha256")).toString() != QString::fromLatin1(m_document.sha256())) {
        m_error = tr("the recovery draft belongs to another article");
        return false;
    }
    QList<std::pair<qint64, Fact>> facts;
    for (const QJsonValue value : draft.value(QStringLiteral("facts")).toArray()) {
        const auto fact = FactJson::fromJson(value.toObject(), &m_error);
        if (!fact || fact->end > m_document.text().size()) {
            if (fact) {
                m_error = tr("a fact in the recovery draft lies outside the article");
            }
            return false;
        }
        facts.append({ static_cast<qint64>(value.toObject().value(QStringLiteral("key")).toDouble()), *fact });
    }
    const QJsonObject recordJson = draft.value(QStringLiteral("record")).toObject();
    IncidentRecord record = IncidentRecord::fromContractJson(recordJson);
    record.id = m_record.id;
    record.createdAt = m_record.createdAt;
    record.sourceDocumentIds = m_record.sourceDocumentIds;
    if (recordJson.contains(QStringLiteral("source_document_ids"))) {
        // The unsaved work may have linked the article to another incident.
        record.id = static_cast<qint64>(recordJson.value(QStringLiteral("id")).toDouble());
        record.sourceDocumentIds.clear();
        for (const QJsonValue documentId : recordJson.value(QStringLiteral("source_document_ids")).toArray()) {
            record.sourceDocumentIds.append(static_cast<qint64>(documentId.toDouble()));
        }
        if (record.id != m_record.id) {
            record.createdAt = QDateTime();
        }
    }
    record.reviewStatus = reviewStatusFromName(recordJson.value(QStringLiteral("review_status")).toString())
                              .value_or(ReviewStatus::Draft);
    record.analyst = recordJson.value(QStringLiteral("analyst")).toString();
    record.notes = recordJson.value(QStringLiteral("notes")).toString();

    m_undoStack->beginMacro(tr("Restore unsaved work"));
    for (const qint64 key : m_facts->keys()) {
        m_undoStack->push(new FactEditCommand(this, key, m_facts->fact(key), std::nullopt, QString()));
    }
    // Keys are given anew; the draft's keys map to them for the evidence.
    QHash<qint64, qint64> newKeyForOld;
    for (const auto &[oldKey, fact] : std::as_const(facts)) {
        auto *command = new FactEditCommand(this, 0, std::nullopt, fact, QString());
        m_undoStack->push(command);
        newKeyForOld.insert(oldKey, command->key());
    }
    const QJsonObject evidence = recordJson.value(QStringLiteral("evidence_keys")).toObject();
    for (auto it = evidence.constBegin(); it != evidence.constEnd(); ++it) {
        for (const QJsonValue key : it.value().toArray()) {
            const qint64 oldKey = static_cast<qint64>(key.toDouble());
            const qint64 mapped = oldKey < 0 ? oldKey : newKeyForOld.value(oldKey, 0);
            if (mapped != 0) {
                record.evidence[it.key()].append(mapped);
            }
        }
    }
    m_undoStack->push(new RecordEditCommand(this, m_record, record, QString()));
    m_undoStack->endMacro();
    return true;
}

} // namespace Iwb
