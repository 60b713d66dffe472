// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "factlistmodel.h"

#include "incident/recordvocabulary.h"
#include <QJsonObject>
#include <QLocale>
#include <QMimeData>

#include <algorithm>
#include <cmath>

namespace Iwb {

namespace {

    bool textOrder(const Fact &a, qint64 keyA, const Fact &b, qint64 keyB)
    {
        if (a.start != b.start) {
            return a.start < b.start;
        }
        if (a.end != b.end) {
            return a.end < b.end;
        }
        return keyA < keyB;
    }

    /// A date or time value, or a from–to range of them, as the interface's locale writes it.
    QString timeLabel(const QJsonValue &value, FactType type)
    {
        const auto shown = [type](const QString &stored) {
            return type == FactType::Date ? RecordVocabulary::dateText(stored) : RecordVocabulary::timeText(stored);
        };
        if (value.isObject()) {
            return shown(value.toObject().value(QStringLiteral("from")).toString()) + QChar(0x2013)
                + shown(value.toObject().value(QStringLiteral("to")).toString());
        }
        return shown(value.toString());
    }

} // namespace

FactListModel::FactListModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_groups(allFactTypes().size())
{
}

int FactListModel::groupRow(FactType type)
{
    return static_cast<int>(type);
}

QString FactListModel::typeLabel(FactType type)
{
    switch (type) {
    case FactType::Organization:
        return tr("organization");
    case FactType::Date:
        return tr("date");
    case FactType::Time:
        return tr("time");
    case FactType::Duration:
        return tr("duration");
    case FactType::Count:
        return tr("count");
    case FactType::DataCategory:
        return tr("data category");
    case FactType::Cause:
        return tr("cause");
    case FactType::Attack:
        return tr("attack");
    case FactType::Discovery:
        return tr("discovery");
    case FactType::Notification:
        return tr("notification");
    case FactType::Remediation:
        return tr("remediation");
    }
    return {};
}

QString FactListModel::statusLabel(FactStatus status)
{
    switch (status) {
    case FactStatus::Suggested:
        return tr("suggested");
    case FactStatus::Accepted:
        return tr("accepted");
    case FactStatus::Rejected:
        return tr("rejected");
    case FactStatus::Edited:
        return tr("edited");
    }
    return {};
}

QString FactListModel::valueLabel(const Fact &fact)
{
    const QJsonValue &value = fact.value;
    switch (fact.type) {
    case FactType::Count: {
        const QJsonObject object = value.toObject();
        return QLocale().toString(static_cast<qint64>(object.value(QStringLiteral("count")).toDouble()))
            + QLatin1Char(' ')
            + RecordVocabulary::valueLabel(
                QStringLiteral("affected_unit"), object.value(QStringLiteral("unit")).toString());
    }
    case FactType::Time:
    case FactType::Date:
        return timeLabel(value, fact.type);
    case FactType::Duration:
        if (value.isObject()) {
            return tr("%1–%2 min")
                .arg(value.toObject().value(QStringLiteral("min")).toInt())
                .arg(value.toObject().value(QStringLiteral("max")).toInt());
        }
        return value.isDouble() ? tr("%n min", nullptr, value.toInt()) : QString();
    case FactType::DataCategory:
        return RecordVocabulary::valueLabel(QStringLiteral("data_exposed"), value.toString());
    case FactType::Cause:
        return RecordVocabulary::valueLabel(QStringLiteral("cause"), value.toString());
    case FactType::Discovery:
        return RecordVocabulary::valueLabel(QStringLiteral("discovered_by"), value.toString());
    default:
        return value.isString() ? value.toString() : QString();
    }
}

QList<qint64> FactListModel::setFacts(const QList<Fact> &facts)
{
    beginResetModel();
    m_facts.clear();
    m_judgements.clear();
    for (QList<qint64> &group : m_groups) {
        group.clear();
    }
    QList<qint64> keys;
    for (const Fact &fact : facts) {
        const qint64 key = m_nextKey++;
        m_facts.insert(key, fact);
        m_groups[groupRow(fact.type)].append(key);
        keys.append(key);
    }
    for (QList<qint64> &group : m_groups) {
        std::sort(
            group.begin(), group.end(), [this](qint64 a, qint64 b) { return textOrder(m_facts[a], a, m_facts[b], b); });
    }
    endResetModel();
    Q_EMIT factsChanged();
    return keys;
}

QList<qint64> FactListModel::keys() const
{
    QList<qint64> all = m_facts.keys();
    std::sort(all.begin(), all.end(), [this](qint64 a, qint64 b) { return textOrder(m_facts[a], a, m_facts[b], b); });
    return all;
}

QList<Fact> FactListModel::facts() const
{
    QList<Fact> all;
    for (const qint64 key : keys()) {
        all.append(m_facts.value(key));
    }
    return all;
}

bool FactListModel::contains(qint64 key) const
{
    return m_facts.contains(key);
}

Fact FactListModel::fact(qint64 key) const
{
    return m_facts.value(key);
}

int FactListModel::insertionRow(const Fact &fact, qint64 key) const
{
    const QList<qint64> &group = m_groups.at(groupRow(fact.type));
    const auto it = std::lower_bound(group.cbegin(), group.cend(), key,
        [this, &fact](qint64 existing, qint64 newKey) { return textOrder(m_facts[existing], existing, fact, newKey); });
    return static_cast<int>(it - group.cbegin());
}

qint64 FactListModel::insertFact(const Fact &fact, qint64 key)
{
    Q_ASSERT_X(fact.start >= 0 && fact.start <= fact.end, "FactListModel::insertFact", "spans are ordered");
    if (key <= 0 || m_facts.contains(key)) {
        key = m_nextKey++;
    } else {
        m_nextKey = std::max(m_nextKey, key + 1);
    }
    const int group = groupRow(fact.type);
    const int row = insertionRow(fact, key);
    beginInsertRows(index(group, 0), row, row);
    m_facts.insert(key, fact);
    m_groups[group].insert(row, key);
    endInsertRows();
    Q_EMIT dataChanged(index(group, 0), index(group, ColumnCount - 1));
    Q_EMIT factsChanged();
    return key;
}

void FactListModel::updateFact(qint64 key, const Fact &fact)
{
    if (!m_facts.contains(key)) {
        return;
    }
    const Fact old = m_facts.value(key);
    if (old.type != fact.type || old.start != fact.start || old.end != fact.end) {
        // Moves to another group or position: remove and insert with the same key.
        removeFact(key);
        insertFact(fact, key);
        return;
    }
    m_facts[key] = fact;
    const QModelIndex first = indexForKey(key, 0);
    Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
    Q_EMIT factsChanged();
}

void FactListModel::removeFact(qint64 key)
{
    const int row = rowInGroup(key);
    if (row < 0) {
        return;
    }
    const int group = groupRow(m_facts.value(key).type);
    beginRemoveRows(index(group, 0), row, row);
    m_groups[group].removeAt(row);
    m_facts.remove(key);
    m_judgements.remove(key);
    endRemoveRows();
    Q_EMIT dataChanged(index(group, 0), index(group, ColumnCount - 1));
    Q_EMIT factsChanged();
}

QList<qint64> FactListModel::keysAt(qsizetype position) const
{
    QList<qint64> covering;
    for (auto it = m_facts.cbegin(); it != m_facts.cend(); ++it) {
        if (it->start <= position && position < it->end) {
            covering.append(it.key());
        }
    }
    std::sort(covering.begin(), covering.end(), [this](qint64 a, qint64 b) {
        return m_facts[a].length() != m_facts[b].length() ? m_facts[a].length() < m_facts[b].length() : a < b;
    });
    return covering;
}

int FactListModel::rowInGroup(qint64 key) const
{
    const auto it = m_facts.constFind(key);
    if (it == m_facts.cend()) {
        return -1;
    }
    return static_cast<int>(m_groups.at(groupRow(it->type)).indexOf(key));
}

QModelIndex FactListModel::indexForKey(qint64 key, int column) const
{
    const int row = rowInGroup(key);
    return row < 0 ? QModelIndex() : createIndex(row, column, quintptr(key));
}

qint64 FactListModel::keyForIndex(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<qint64>(index.internalId()) : 0;
}

QModelIndex FactListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0) {
        return {};
    }
    if (!parent.isValid()) {
        return row < m_groups.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    }
    if (parent.internalId() != 0) {
        return {};
    }
    const QList<qint64> &group = m_groups.at(parent.row());
    return row < group.size() ? createIndex(row, column, quintptr(group.at(row))) : QModelIndex();
}

QModelIndex FactListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0) {
        return {};
    }
    const auto it = m_facts.constFind(static_cast<qint64>(child.internalId()));
    return it == m_facts.cend() ? QModelIndex() : createIndex(groupRow(it->type), 0, quintptr(0));
}

int FactListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return static_cast<int>(m_groups.size());
    }
    if (parent.internalId() != 0 || parent.column() != 0) {
        return 0;
    }
    return static_cast<int>(m_groups.at(parent.row()).size());
}

int FactListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FactListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (index.internalId() == 0) {
        const auto type = static_cast<FactType>(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == TextColumn
                ? QStringLiteral("%1 (%2)").arg(typeLabel(type)).arg(m_groups.at(index.row()).size())
                : QVariant();
        case FactTypeRole:
            return static_cast<int>(type);
        case IsGroupRole:
            return true;
        case FactKeyRole:
            return qint64(0);
        default:
            return {};
        }
    }
    const qint64 key = static_cast<qint64>(index.internalId());
    const Fact &fact = m_facts[key];
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case TextColumn:
            return fact.text;
        case ValueColumn:
            return valueLabel(fact);
        case StatusColumn: {
            QStringList flags { statusLabel(fact.status) };
            if (fact.polarity == Polarity::Negative) {
                flags.append(tr("negated"));
            }
            if (fact.certainty == Certainty::Uncertain) {
                flags.append(tr("uncertain"));
            }
            return flags.join(QStringLiteral(", "));
        }
        case RuleColumn:
            return fact.origin;
        case ConfidenceColumn: {
            const auto it = m_judgements.constFind(key);
            return it == m_judgements.cend() ? QVariant() : QVariant(confidenceLabel(it->confidence));
        }
        case ColumnCount:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == ConfidenceColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        return toolTip(key, fact);
    case ConfidenceRole: {
        const auto it = m_judgements.constFind(key);
        return it == m_judgements.cend() ? QVariant() : QVariant(it->confidence);
    }
    case IsDoubtfulRole:
        return isDoubtful(key);
    case FactKeyRole:
        return key;
    case FactTypeRole:
        return static_cast<int>(fact.type);
    case StartRole:
        return fact.start;
    case EndRole:
        return fact.end;
    case IsGroupRole:
        return false;
    default:
        return {};
    }
}

void FactListModel::setJudgements(const QHash<qint64, Judgement> &judgements, double threshold)
{
    if (judgements.isEmpty() && m_judgements.isEmpty()) {
        m_threshold = threshold;
        return; // nothing shown changes: a long article without a model stays as cheap as before
    }
    m_judgements.clear();
    for (auto it = judgements.cbegin(); it != judgements.cend(); ++it) {
        if (m_facts.contains(it.key()) && it->judged) {
            m_judgements.insert(it.key(), it.value());
        }
    }
    m_threshold = threshold;
    for (int group = 0; group < m_groups.size(); ++group) {
        if (!m_groups.at(group).isEmpty()) {
            const QModelIndex parent = index(group, 0);
            Q_EMIT dataChanged(index(0, 0, parent), index(rowCount(parent) - 1, ColumnCount - 1, parent));
        }
    }
}

std::optional<Judgement> FactListModel::judgement(qint64 key) const
{
    const auto it = m_judgements.constFind(key);
    return it == m_judgements.cend() ? std::nullopt : std::optional<Judgement>(*it);
}

bool FactListModel::isDoubtful(qint64 key) const
{
    const auto it = m_judgements.constFind(key);
    if (it == m_judgements.cend()) {
        return false;
    }
    const Fact &fact = m_facts[key];
    return !fact.isDecided() && !it->isFact(m_threshold);
}

QString FactListModel::confidenceLabel(double confidence)
{
    return tr("%1 %").arg(QLocale().toString(std::round(confidence * 100), 'f', 0));
}

QString FactListModel::toolTip(qint64 key, const Fact &fact) const
{
    QString tip = tr("%1 “%2” → %3 (%4, %5, %6; rule %7)")
                      .arg(typeLabel(fact.type), fact.text, valueLabel(fact), statusLabel(fact.status),
                          fact.polarity == Polarity::Negative ? tr("negated") : tr("affirmed"),
                          fact.certainty == Certainty::Uncertain ? tr("uncertain") : tr("certain"), fact.origin);
    const auto it = m_judgements.constFind(key);
    if (it == m_judgements.cend()) {
        return tip;
    }
    tip += QLatin1Char('\n');
    tip += isDoubtful(key) ? tr("Confidence %1, below the model's threshold of %2: a suggestion, not yet a fact.")
                                 .arg(confidenceLabel(it->confidence), confidenceLabel(m_threshold))
                           : tr("Confidence %1 (the model's threshold is %2).")
                                 .arg(confidenceLabel(it->confidence), confidenceLabel(m_threshold));
    if (!it->why.isEmpty()) {
        QStringList reasons;
        for (const FeatureContribution &reason : it->why) {
            reasons.append(QStringLiteral("%1 (%2%3)")
                    .arg(reason.feature, reason.weight >= 0 ? QStringLiteral("+") : QString(),
                        QLocale().toString(reason.weight, 'f', 2)));
        }
        tip += QLatin1Char('\n') + tr("Weighed most: %1").arg(reasons.join(QStringLiteral(", ")));
    }
    return tip;
}

QVariant FactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case TextColumn:
        return tr("Fact");
    case ValueColumn:
        return tr("Value");
    case StatusColumn:
        return tr("Status");
    case RuleColumn:
        return tr("Rule");
    case ConfidenceColumn:
        return tr("Confidence");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags FactListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != 0) {
        flags |= Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
    }
    return flags;
}

QStringList FactListModel::mimeTypes() const
{
    return { factKeyMimeType() };
}

QMimeData *FactListModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList keys;
    for (const QModelIndex &index : indexes) {
        const QString key = QString::number(keyForIndex(index));
        if (index.internalId() != 0 && !keys.contains(key)) {
            keys.append(key);
        }
    }
    if (keys.isEmpty()) {
        return nullptr;
    }
    auto *data = new QMimeData;
    data->setData(factKeyMimeType(), keys.join(QLatin1Char('\n')).toUtf8());
    data->setText(keys.join(QLatin1Char('\n')));
    return data;
}

} // namespace Iwb
