// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Iwb {

/**
 * The words people read for the ids a record stores: field names
 * ("discovered_by" → "discovered by", German "entdeckt von"), causes,
 * discoverers, data categories, review states. Files, exports and the
 * command line keep the ids; the workbench shows these words, translated
 * through QCoreApplication::translate (context "RecordVocabulary"), so the
 * model needs Qt Core only. An id this class does not know is shown as it is.
 */
class RecordVocabulary
{
public:
    /// A field's name for people, lower case as it is used inside sentences ("incident date").
    static QString fieldLabel(const QString &field);
    /// The word for @p id in @p field ("cause", "software_error" → "software error"); other values unchanged.
    static QString valueLabel(const QString &field, const QString &id);
    /// valueLabel() of every id, joined with ", ".
    static QString valueLabels(const QString &field, const QStringList &ids);
    /// A contract JSON value of @p field in words: ids as valueLabel(), lists joined, true/false as yes/no,
    /// numbers in the default locale ("9.500" in German); empty for null.
    static QString jsonValueLabel(const QString &field, const QJsonValue &value);
    /// A stored date ("2019-12-09", "2019-12", "2019") as the default locale writes it: "09.12.2019" in
    /// German, "12/9/2019" in US English (always a four-digit year), "Dezember 2019"; anything else unchanged.
    static QString dateText(const QString &isoDate);
    /// A stored time ("16:35") in the default locale's short format ("16:35", "4:35 PM"); else unchanged.
    static QString timeText(const QString &time);
    /// "yes" or "no", translated.
    static QString yesNo(bool value);
};

} // namespace Iwb
