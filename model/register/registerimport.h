// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "incident/incidentrecord.h"
#include "register/breachregister.h"
#include "register/registerentry.h"
#include "register/sentnotification.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Iwb {

class IncidentStore;

/// One row of the spreadsheet as it would enter the register.
struct ImportedRow
{
    int line = 0; ///< the spreadsheet's row number (the header is row 1)
    IncidentRecord incident; ///< the incident record the entry belongs to (made with the entry)
    RegisterEntry entry;
    std::optional<SentNotification> notification; ///< the notification the row says was sent
    QStringList problems; ///< "column: reason" for each cell that did not fit; the row is not imported
    int duplicateOfLine = 0; ///< an earlier row of the same file tells the same breach
    qint64 duplicateOfEntry = 0; ///< an entry already in the register tells the same breach

    bool fits() const { return problems.isEmpty(); }
    bool isDuplicate() const { return duplicateOfLine > 0 || duplicateOfEntry > 0; }
};

/**
 * Brings a breach register the DPO kept in a spreadsheet into a register of the store
 * (docs/register.md, "Importing a spreadsheet register"):
 *
 *  1. map each column to a field: guessMapping() reads German and English headers ("Datum der Kenntnisnahme",
 *     "Anzahl Betroffene", "Risiko", ...); the analyst corrects it, and the mapping is remembered per layout
 *     (layoutKey(), RegisterImportLayouts);
 *  2. plan(): every row read into an incident record and an entry, values as spreadsheets write them
 *     ("15.01.2026 14:30", "ja", "ca. 1.200", "hoch", "Gesundheitsdaten") turned into the register's, each cell
 *     that does not fit named; rows that tell a breach already in the register, or told by an earlier row,
 *     marked as duplicates;
 *  3. write(): the fitting rows that are not duplicates, all in one transaction, or nothing.
 *
 * Besides the entry's fields (RegisterEntry::fieldIds()) a column can be: `organization` (the incident's
 * organization; the register's controller when none), `notes` (kept in the incident's notes as
 * "header: value"; several columns may), `notified_at` and `notification_reference` (the initial notification
 * as sent, logged without a document so the clock shows it met). A cell of a list field whose words name no
 * category keeps its text in the notes and counts as "other".
 */
class RegisterImport
{
public:
    /// Every field a column can fill, in the order the mapping dialog offers them.
    static QStringList targetFields();
    /// The field a header names, or empty when it names none.
    static QString guessField(const QString &header);
    /// guessField() for each column; a field is guessed once (the first column that names it).
    static QStringList guessMapping(const QStringList &header);
    /// The layout of a spreadsheet: its headers, trimmed and case-folded, in order.
    static QString layoutKey(const QStringList &header);
    /// Why @p mapping cannot be used (a field other than notes given by two columns, an unknown field), or
    /// empty.
    static QString mappingProblem(const QStringList &header, const QStringList &mapping);

    /// @p cell as EntryFieldText reads @p field, or nullopt with @p reason.
    static std::optional<QString> canonicalValue(const QString &field, const QString &cell, QString *reason);
    /// The register data category ids and Art. 9 ids that the words of @p cell name; what names none is
    /// returned in @p unknown.
    static void categoriesOf(const QString &cell, QStringList *categories, QStringList *special, QStringList *unknown);

    /// The rows of @p table (its first row the header) read with @p mapping (one field or empty per column)
    /// into @p breachRegister, compared with @p existing entries of that register and their incidents.
    static QList<ImportedRow> plan(const QList<QStringList> &table, const QStringList &mapping,
        const BreachRegister &breachRegister, const QList<RegisterEntry> &existing);

    /// Writes the rows of @p rows that fit and are not duplicates, in one transaction; sets their ids.
    /// The number written, or nullopt with @p error (then nothing was written).
    static std::optional<int> write(IncidentStore &store, QList<ImportedRow> &rows, QString *error);

    /// What identifies a breach across a spreadsheet and the register: when the controller became aware (to
    /// the minute) and the first words of the description, case- and space-folded.
    static QString duplicateKey(const RegisterEntry &entry);
};

} // namespace Iwb
