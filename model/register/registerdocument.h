// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "incident/incidentrecord.h"
#include "register/breachregister.h"
#include "register/deadlines.h"
#include "register/registerentry.h"
#include "register/sentnotification.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Iwb {

/**
 * What the register's German documents share (the notification report, the follow-up report, the letter to the
 * data subjects): the German wording of the entry's values and the A4 layout, a form of labelled rows with thin
 * borders, written to PDF with QTextDocument and QPdfWriter. The documents are German legal texts whatever
 * language the interface speaks, so the words here are German and not translated.
 *
 * The *Text functions return plain text (for the letter's mail-merge text and for messages); the HTML helpers
 * escape it.
 */
class RegisterDocument
{
public:
    /// "15.01.2026, 12:00 Uhr (Europe/Berlin, UTC+01:00)", or "–" for a null time.
    static QString timeText(const ZonedTime &time);
    /// "15.01.2026" in the zone the time was entered in, or "–".
    static QString dateText(const ZonedTime &time);
    /// The value of field @p field (RegisterEntry::fieldIds()) of @p entry in German words: "ca. 9.500
    /// (Kundinnen und Kunden)", "Bank- und Zahlungsdaten, Identifikationsdaten", "ja", "–" for nothing stated.
    static QString fieldText(const RegisterEntry &entry, const QString &field);
    /// German words for the ids the record and the entry keep (units, subject categories, discoverers).
    static QString germanWord(const QString &id);
    static QString riskText(RiskLevel level);
    static QString deadlineText(DeadlineKind kind);
    static QString kindText(NotificationKind kind);

    /// @p text escaped for HTML, line breaks kept; "–" for blank text.
    static QString html(const QString &text);
    /// The head of a document to the authority: its title, the addressee, when it was made (in the entry's zone),
    /// and which entry of whose register and which incident it is about.
    static QString authorityHead(const QString &title, const BreachRegister &breachRegister, const RegisterEntry &entry,
        const IncidentRecord &record, const QDateTime &createdAt);
    /// One row of a form: the label (bold on grey, labelWidthPercent of the width, hyphenated()) and its value
    /// (already HTML), which wraps.
    static QString row(const QString &label, const QString &valueHtml);
    /// One cell of a form's table, with a thin grey border; a label on grey in bold; @p widthPercent 0: as wide
    /// as the layout makes it.
    static QString cell(const QString &contentHtml, bool isLabel = false, int widthPercent = 0);
    /// A numbered section: its heading and a table of rows with thin grey lines around every cell.
    static QString section(const QString &heading, const QString &rows);
    /// @p label with soft hyphens in its long compounds ("Datenschutz-beauftragter"), where a narrow column may
    /// break them.
    static QString hyphenated(const QString &label);
    /// The width of the label column in percent.
    static constexpr int labelWidthPercent = 32;

    /// Lays out @p html on A4 (2 cm margins, page numbers, DejaVu Sans 10 pt without ligatures) and writes it
    /// as PDF with @p title to @p path; false with @p error ("FILE: reason") on failure. Needs a
    /// QGuiApplication (fonts).
    static bool writePdf(const QString &html, const QString &title, const QString &path, QString *error);
};

} // namespace Iwb
