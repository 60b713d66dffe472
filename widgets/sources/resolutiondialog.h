// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "sources/recordmerge.h"
#include "sources/sourceconflicts.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QComboBox;
class QTableWidget;

namespace Iwb {

/// What the resolution view shows of one evidence fact.
struct EvidenceNote
{
    QString text; ///< the fact's text in its article
    QString article; ///< the title of the article it is in
};

/**
 * The side-by-side view of the fields in which a newly linked article
 * disagrees with the incident record: one row per field, with the record's
 * value and its evidence (fact text and source article), the linked
 * article's value and its evidence, and the choice: keep, take the other, or
 * both (list fields). Gaps the article fills start as "take", real conflicts
 * as "keep".
 */
class ResolutionDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p describeEvidence tells the fact text and article of an evidence reference.
    ResolutionDialog(const QList<FieldConflict> &conflicts, const QString &recordSources, const QString &articleTitle,
        const std::function<EvidenceNote(qint64)> &describeEvidence, QWidget *parent = nullptr);

    QHash<QString, FieldResolution> choices() const;
    /// The choice box of @p field's row (object name "choice_<field>"), or nullptr.
    QComboBox *choiceBox(const QString &field) const { return m_boxes.value(field); }
    QTableWidget *table() const { return m_table; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QTableWidget *m_table;
    QHash<QString, QComboBox *> m_boxes;
};

} // namespace Iwb
