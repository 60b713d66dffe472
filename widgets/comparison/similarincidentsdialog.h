// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "comparison/similarincidents.h"

#include <QDialog>

class QDialogButtonBox;
class QTreeWidget;

namespace Iwb {

/**
 * The ranked answer of "find similar" for one record: score, organization,
 * date, cause and the reasons, best first. Enter, a double click or Compare
 * picks one (selectedIncidentId()); the caller opens the comparison.
 */
class SimilarIncidentsDialog : public QDialog
{
    Q_OBJECT

public:
    SimilarIncidentsDialog(
        const IncidentRecord &target, const QList<SimilarIncident> &similar, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    /// The record chosen in the list, or 0.
    qint64 selectedIncidentId() const;

private:
    QTreeWidget *m_list;
    QDialogButtonBox *m_buttons;
};

} // namespace Iwb
