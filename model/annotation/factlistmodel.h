// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "extraction/learning/factjudge.h"
#include "incident/fact.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

#include <optional>

namespace Iwb {

/**
 * The facts of one document as a two-level tree: one group row per fact type
 * (always all types, in the contract's order), the facts of that type below it
 * in text order.
 *
 * Each fact has a key that stays the same while the model lives, whatever is
 * inserted or removed around it; undo commands and the record's evidence refer
 * to facts by key. Mutators emit row-level signals; setFacts() resets.
 *
 * With a learned model (setJudgements()), each fact it judged shows its
 * confidence and, in its tool tip, the features that weighed most; an
 * undecided fact of a rule below the model's threshold is doubtful: a
 * suggestion rather than a fact (IsDoubtfulRole).
 */
class FactListModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TextColumn, ValueColumn, StatusColumn, RuleColumn, ConfidenceColumn, ColumnCount };
    enum Role {
        FactKeyRole = Qt::UserRole + 1, ///< qint64; 0 on group rows
        FactTypeRole, ///< int (FactType) on group and fact rows
        StartRole, ///< UTF-16 start of the fact
        EndRole,
        IsGroupRole,
        ConfidenceRole, ///< double: the learned model's P(true fact); invalid when the model did not judge the fact
        IsDoubtfulRole, ///< bool: an undecided rule's fact the model puts below its threshold (a suggestion)
    };
    Q_ENUM(Column)

    explicit FactListModel(QObject *parent = nullptr);

    /// Replaces all facts; returns the keys given to them, in the order of @p facts.
    QList<qint64> setFacts(const QList<Fact> &facts);
    /// All facts in text order.
    QList<Fact> facts() const;
    QList<qint64> keys() const;
    int factCount() const { return static_cast<int>(m_facts.size()); }

    bool contains(qint64 key) const;
    Fact fact(qint64 key) const;
    /// Adds @p fact; @p key 0 means a new key. Returns the key.
    qint64 insertFact(const Fact &fact, qint64 key = 0);
    void updateFact(qint64 key, const Fact &fact);
    void removeFact(qint64 key);

    /// The model's judgements of the facts by key (those of unknown keys are ignored) and its threshold;
    /// empty: no model. Emits dataChanged() for the confidences, not factsChanged().
    void setJudgements(const QHash<qint64, Judgement> &judgements, double threshold);
    /// The model's judgement of the fact, if it judged it.
    std::optional<Judgement> judgement(qint64 key) const;
    /// Whether the fact is an undecided rule's fact the model puts below its threshold.
    bool isDoubtful(qint64 key) const;
    /// The confidence as the interface writes it ("87 %").
    static QString confidenceLabel(double confidence);

    /// Keys of the facts that cover @p position (UTF-16), innermost first.
    QList<qint64> keysAt(qsizetype position) const;
    QModelIndex indexForKey(qint64 key, int column = TextColumn) const;
    qint64 keyForIndex(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    /// Dragged facts carry their keys, so a record field can take them as evidence.
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    /// The MIME type of dragged fact keys (decimal, one per line).
    static QString factKeyMimeType() { return QStringLiteral("application/x-incident-workbench-fact-keys"); }

    /// A readable name of a fact type ("data category").
    static QString typeLabel(FactType type);
    /// A fact's status in the interface's language ("suggested"); the ids stay in files and the store.
    static QString statusLabel(FactStatus status);
    /// The value as a short string ("9500 users", "16:08–16:40").
    static QString valueLabel(const Fact &fact);

Q_SIGNALS:
    /// Any fact was added, removed or changed (for views that precompute highlights).
    void factsChanged();

private:
    /// Row of the fact within its group, or -1.
    int rowInGroup(qint64 key) const;
    /// Where a fact of @p type at @p fact's position belongs in its group.
    int insertionRow(const Fact &fact, qint64 key) const;
    static int groupRow(FactType type);

    /// The tool tip of a fact: what it is, and with a judgement how sure the model is and why.
    QString toolTip(qint64 key, const Fact &fact) const;

    QHash<qint64, Fact> m_facts;
    QHash<qint64, Judgement> m_judgements; ///< only of facts the model judged
    double m_threshold = 0.5;
    QList<QList<qint64>> m_groups; // per FactType, keys in text order
    qint64 m_nextKey = 1;
};

} // namespace Iwb
