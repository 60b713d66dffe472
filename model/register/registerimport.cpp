// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "registerimport.h"

#include "extraction/normalizers/numbernormalizer.h"
#include "extraction/rulepack.h"
#include "register/entryfieldtext.h"
#include "register/registercategories.h"
#include "storage/incidentstore.h"
#include "storage/registerstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <utility>

namespace Iwb {

namespace {

    const QString organizationField = QStringLiteral("organization");
    const QString notesField = QStringLiteral("notes");
    const QString notifiedAtField = QStringLiteral("notified_at");
    const QString referenceField = QStringLiteral("notification_reference");

    /// Lower case, umlauts and ß spelled out, runs of spaces and punctuation as one space: what header and
    /// cell words are compared in.
    QString folded(const QString &text)
    {
        QString out = text.toLower();
        out.replace(QStringLiteral("ä"), QStringLiteral("ae"))
            .replace(QStringLiteral("ö"), QStringLiteral("oe"))
            .replace(QStringLiteral("ü"), QStringLiteral("ue"))
            .replace(QStringLiteral("ß"), QStringLiteral("ss"));
        static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
        out.replace(separators, QStringLiteral(" "));
        return out.trimmed();
    }

    bool containsAny(const QString &text, const QList<const char *> &words)
    {
        for (const char *word : words) {
            if (text.contains(QLatin1String(word))) {
                return true;
            }
        }
        return false;
    }

    /// Header words per field, most specific first: the first field whose words a header contains wins.
    const QList<std::pair<QString, QList<const char *>>> &headerWords()
    {
        static const QList<std::pair<QString, QList<const char *>>> words {
            { notifiedAtField,
                { "datum der meldung", "gemeldet am", "meldedatum", "meldung am", "notified at", "date notified",
                    "notification date" } },
            { referenceField, { "aktenzeichen", "az ", "geschaeftszeichen", "reference", "ticket der behoerde" } },
            { QStringLiteral("delay_reason"), { "verzoegerung", "delay", "verspaet" } },
            { QStringLiteral("risk_reasons"),
                { "begruendung risiko", "risikobegruendung", "begruendung der risiko", "risk reason",
                    "risk justification" } },
            { QStringLiteral("risk_level"), { "risiko", "risk" } },
            { QStringLiteral("inform_subjects"),
                { "benachrichtigung betroffen", "information betroffen", "information der betroffen",
                    "benachrichtigung der betroffen", "art 34", "inform subjects", "data subjects informed",
                    "subjects informed" } },
            { QStringLiteral("notify_authority"),
                { "meldung an", "meldepflicht", "meldung aufsicht", "gemeldet", "melden", "notify authority",
                    "authority notified", "art 33" } },
            { QStringLiteral("discovered_how"),
                { "entdeckt durch", "wie entdeckt", "festgestellt durch", "discovered by", "how discovered",
                    "hinweisgeber" } },
            { QStringLiteral("discovered"), { "entdeck", "festgestellt", "discovered", "discovery" } },
            { QStringLiteral("became_aware"), { "kenntnis", "bekannt geworden", "bekanntwerden", "aware" } },
            { QStringLiteral("occurred_end"), { "ende", "end", "bis" } },
            { QStringLiteral("ongoing"), { "andauernd", "dauert an", "ongoing" } },
            { QStringLiteral("special_categories"), { "art 9", "besondere kategorie", "special categor" } },
            { QStringLiteral("subject_categories"),
                { "kategorien betroffener", "kategorie der betroffenen", "kategorien der betroffenen",
                    "betroffenengruppe", "personengruppe", "categories of data subjects", "subject categor" } },
            { QStringLiteral("records_count"), { "datensaetze", "datensatz", "records" } },
            { QStringLiteral("subjects_count"),
                { "anzahl betroffen", "anzahl der betroffen", "anzahl personen", "zahl der betroffen",
                    "betroffene personen anzahl", "number of data subjects", "number of subjects", "subjects count",
                    "affected count" } },
            { QStringLiteral("data_categories"),
                { "datenkategorie", "kategorien personenbezogener", "kategorien der daten", "betroffene daten",
                    "data categor", "categories of data", "datenarten" } },
            { QStringLiteral("nature"), { "art der verletzung", "schutzziel", "nature" } },
            { QStringLiteral("consequences"), { "folgen", "auswirkung", "consequence" } },
            { QStringLiteral("measures_proposed"),
                { "vorgeschlagene", "geplante massnahme", "measures proposed", "proposed measure" } },
            { QStringLiteral("measures_taken"), { "massnahme", "measures", "measure" } },
            { QStringLiteral("cause"), { "ursache", "cause" } },
            { QStringLiteral("attack"), { "angriff", "attack" } },
            { QStringLiteral("status"), { "status", "bearbeitungsstand" } },
            { QStringLiteral("occurred_start"),
                { "beginn", "zeitpunkt der verletzung", "datum der verletzung", "datum des vorfalls", "vorfallsdatum",
                    "zeitpunkt des vorfalls", "occurred", "happened", "start", "tatzeit" } },
            { QStringLiteral("description"),
                { "beschreibung", "sachverhalt", "description", "was ist passiert", "vorfall", "summary" } },
            { organizationField,
                { "organisation", "verantwortliche stelle", "unternehmen", "organization", "company", "mandant" } },
            { notesField, { "bemerkung", "notiz", "kommentar", "notes", "comment", "lfd nr", "laufende nummer" } },
        };
        return words;
    }

    std::optional<QString> timeText(const QString &cell)
    {
        const QString text = cell.trimmed();
        if (text.isEmpty() || folded(text) == QLatin1String("unbekannt")) {
            return QString();
        }
        static const QRegularExpression iso(
            QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?:\s*Uhr)?$)"));
        static const QRegularExpression german(QStringLiteral(
            R"(^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})(?:[ ,]+(?:um\s+)?(\d{1,2})[:.](\d{2})(?::(\d{2}))?)?(?:\s*Uhr)?$)"));
        int year = 0;
        int month = 0;
        int day = 0;
        QRegularExpressionMatch match = iso.match(text);
        int hourIndex = 4;
        if (match.hasMatch()) {
            year = match.captured(1).toInt();
            month = match.captured(2).toInt();
            day = match.captured(3).toInt();
        } else if (match = german.match(text); match.hasMatch()) {
            day = match.captured(1).toInt();
            month = match.captured(2).toInt();
            year = match.captured(3).toInt();
            year += match.captured(3).size() == 2 ? 2000 : 0;
        } else {
            return std::nullopt;
        }
        const QDate date(year, month, day);
        const QTime time = match.hasCaptured(hourIndex)
            ? QTime(match.captured(hourIndex).toInt(), match.captured(hourIndex + 1).toInt(),
                  match.captured(hourIndex + 2).toInt())
            : QTime(0, 0);
        if (!date.isValid() || !time.isValid()) {
            return std::nullopt;
        }
        return date.toString(Qt::ISODate) + QLatin1Char(' ') + time.toString(QStringLiteral("HH:mm:ss"));
    }

    std::optional<QString> yesNoText(const QString &cell)
    {
        const QString word = folded(cell);
        static const QSet<QString> yes { QStringLiteral("ja"), QStringLiteral("j"), QStringLiteral("yes"),
            QStringLiteral("y"), QStringLiteral("x"), QStringLiteral("1"), QStringLiteral("true"),
            QStringLiteral("wahr"), QStringLiteral("erfolgt"), QStringLiteral("gemeldet") };
        static const QSet<QString> no { QStringLiteral("nein"), QStringLiteral("n"), QStringLiteral("no"),
            QStringLiteral("0"), QStringLiteral("false"), QStringLiteral("falsch"), QStringLiteral("nicht erfolgt"),
            QStringLiteral("nicht gemeldet"), QStringLiteral("entfaellt") };
        if (word.isEmpty() || word == QLatin1String("offen") || word == QLatin1String("unbekannt")) {
            return QString();
        }
        if (yes.contains(word) || word.startsWith(QLatin1String("ja "))) {
            return QStringLiteral("yes");
        }
        if (no.contains(word) || word.startsWith(QLatin1String("nein "))) {
            return QStringLiteral("no");
        }
        return std::nullopt;
    }

    /// The extraction's count normalizer for @p language ("ca. 1.200", "1,5 Mio.", "250 Millionen"), loaded
    /// once from the rule folder the workbench uses; none when the rules cannot be read.
    const std::optional<NumberNormalizer> &numbers(const QString &language)
    {
        static const auto load = [](const QString &code) {
            QString error;
            return NumberNormalizer::load(RulePack::folderFor(code), &error);
        };
        static const std::optional<NumberNormalizer> german = load(QStringLiteral("de"));
        static const std::optional<NumberNormalizer> english = load(QStringLiteral("en"));
        return language == QLatin1String("de") ? german : english;
    }

    std::optional<QString> countText(const QString &cell)
    {
        QString text = cell.trimmed();
        const QString word = folded(text);
        if (text.isEmpty() || word == QLatin1String("unbekannt") || word == QLatin1String("unknown")) {
            return QString();
        }
        // Thousands grouped with spaces ("250 000"), as the normalizer's German reads dots.
        static const QRegularExpression spaceGroups(QStringLiteral(R"((?<=\d)[ \x{00A0}\x{202F}](?=\d{3}\b))"));
        text.replace(spaceGroups, QStringLiteral("."));
        // German first (a German register writes "1.200"), then English ("1,200").
        for (const QString &language : { QStringLiteral("de"), QStringLiteral("en") }) {
            if (const auto &normalizer = numbers(language)) {
                if (const auto number = normalizer->normalize(text)) {
                    return QString::number(number->value);
                }
            }
        }
        return std::nullopt;
    }

    std::optional<QString> riskText(const QString &cell)
    {
        const QString word = folded(cell);
        if (word.isEmpty() || word == QLatin1String("unbekannt") || word == QLatin1String("offen")) {
            return QString();
        }
        if (containsAny(word, { "hoch", "hohe", "high", "schwer" })) {
            return QStringLiteral("high");
        }
        if (containsAny(word, { "kein", "gering", "niedrig", "none", "low", "unwahrscheinlich" })) {
            return QStringLiteral("none");
        }
        if (containsAny(word, { "mittel", "risiko", "risk", "normal", "medium" })) {
            return QStringLiteral("risk");
        }
        return std::nullopt;
    }

    std::optional<QString> statusText(const QString &cell)
    {
        const QString word = folded(cell);
        if (word.isEmpty()) {
            return QString();
        }
        if (containsAny(word, { "nur dokumentiert", "nicht meldepflichtig", "documented", "keine meldung" })) {
            return QStringLiteral("documented_only");
        }
        if (containsAny(word, { "abgeschlossen", "erledigt", "geschlossen", "closed", "done" })) {
            return QStringLiteral("closed");
        }
        if (containsAny(word, { "gemeldet", "notified", "meldung erfolgt" })) {
            return QStringLiteral("notified");
        }
        if (containsAny(word, { "pruefung", "bewertung", "offen", "bearbeitung", "assessing", "open", "neu" })) {
            return QStringLiteral("assessing");
        }
        return std::nullopt;
    }

    std::optional<QString> natureText(const QString &cell)
    {
        const QString word = folded(cell);
        QStringList natures;
        if (containsAny(word, { "vertraulich", "confidential", "offenleg", "unbefugte kenntnis" })) {
            natures.append(QStringLiteral("confidentiality"));
        }
        if (containsAny(word, { "integritaet", "integrity", "veraender", "manipul" })) {
            natures.append(QStringLiteral("integrity"));
        }
        if (containsAny(word, { "verfuegbar", "availability", "verlust", "verschluessel", "ausfall", "loesch" })) {
            natures.append(QStringLiteral("availability"));
        }
        if (natures.isEmpty() && !word.isEmpty()) {
            return std::nullopt;
        }
        return natures.join(QLatin1Char(','));
    }

    /// A cause in the spreadsheet's words as one of the record's cause ids, or the text itself.
    QString causeText(const QString &cell)
    {
        const QString word = folded(cell);
        const QList<std::pair<const char *, QList<const char *>>> causes {
            { "attack", { "angriff", "hacker", "ransomware", "phishing", "cyber", "schadsoftware", "attack" } },
            { "loss_or_theft", { "diebstahl", "verlust", "verloren", "gestohlen", "theft", "lost" } },
            { "misconfiguration", { "konfiguration", "misconfig" } },
            { "software_error", { "softwarefehler", "programmfehler", "bug", "software" } },
            { "insider_misuse", { "innentaeter", "missbrauch", "insider" } },
            { "human_error", { "fehlversand", "versehen", "menschlich", "falsch", "irrtum", "human" } },
        };
        for (const auto &[id, words] : causes) {
            if (containsAny(word, words)) {
                return QLatin1String(id);
            }
        }
        return cell.trimmed();
    }

    QString zoneOf(const BreachRegister &breachRegister)
    {
        return QString::fromUtf8(
            breachRegister.timeZone.isEmpty() ? QByteArray("Europe/Berlin") : breachRegister.timeZone);
    }

} // namespace

QStringList RegisterImport::targetFields()
{
    QStringList fields = RegisterEntry::fieldIds();
    fields << organizationField << notesField << notifiedAtField << referenceField;
    return fields;
}

QString RegisterImport::guessField(const QString &header)
{
    const QString words = QLatin1Char(' ') + folded(header) + QLatin1Char(' ');
    if (words.trimmed().isEmpty()) {
        return {};
    }
    for (const auto &[field, keys] : headerWords()) {
        for (const char *key : keys) {
            const QString k = QLatin1String(key);
            // Short keys ("end", "bis") must be whole words; longer ones may start a word ("entdeck" in
            // "entdeckt am").
            const QString pattern
                = k.size() <= 4 ? QString(QLatin1Char(' ') + k + QLatin1Char(' ')) : QString(QLatin1Char(' ') + k);
            if (words.contains(pattern)) {
                return field;
            }
        }
    }
    // The entry's own ids, as this program's CSV export writes them.
    const QString id = header.trimmed().toLower();
    return targetFields().contains(id) ? id : QString();
}

QStringList RegisterImport::guessMapping(const QStringList &header)
{
    QStringList mapping;
    QSet<QString> taken;
    for (const QString &column : header) {
        QString field = guessField(column);
        if (field != notesField && taken.contains(field)) {
            field.clear();
        }
        taken.insert(field);
        mapping.append(field);
    }
    return mapping;
}

QString RegisterImport::layoutKey(const QStringList &header)
{
    QStringList cells;
    for (const QString &column : header) {
        cells.append(column.simplified().toCaseFolded());
    }
    return cells.join(QLatin1Char('\x1f'));
}

QString RegisterImport::mappingProblem(const QStringList &header, const QStringList &mapping)
{
    const QStringList fields = targetFields();
    QHash<QString, QString> columnOfField;
    for (qsizetype i = 0; i < mapping.size(); ++i) {
        const QString &field = mapping.at(i);
        if (field.isEmpty()) {
            continue;
        }
        if (!fields.contains(field)) {
            return QCoreApplication::translate("Iwb::RegisterImport", "'%1' is not a field of a register entry")
                .arg(field);
        }
        const QString column = header.value(i);
        if (field != notesField && columnOfField.contains(field)) {
            return QCoreApplication::translate("Iwb::RegisterImport", "the columns '%1' and '%2' both give %3")
                .arg(columnOfField.value(field), column, field);
        }
        columnOfField.insert(field, column);
    }
    if (columnOfField.isEmpty()) {
        return QCoreApplication::translate("Iwb::RegisterImport", "no column is mapped to a field");
    }
    return {};
}

void RegisterImport::categoriesOf(
    const QString &cell, QStringList *categories, QStringList *special, QStringList *unknown)
{
    static const QList<std::pair<const char *, QList<const char *>>> words {
        { "health", { "gesundheit", "health", "diagnose", "medizin", "kranken", "befund", "patientendaten" } },
        { "genetic", { "genet" } },
        { "biometric", { "biometr", "fingerabdr", "gesichtserkennung" } },
        { "ethnic_origin", { "ethni", "rassisch", "herkunft" } },
        { "political_opinions", { "politisch", "political" } },
        { "religion", { "religi", "weltanschau", "konfession" } },
        { "trade_union", { "gewerkschaft", "trade union" } },
        { "sex_life", { "sexual", "sex" } },
        { "identity_documents",
            { "ausweis", "reisepass", "passport", "fuehrerschein", "sozialversicherungsnummer", "steuer id",
                "steuernummer", "identity document" } },
        { "credentials", { "passw", "kennwort", "zugangsdaten", "login", "credential", "pin", "benutzername" } },
        { "bank_payment", { "iban", "bank", "konto", "kreditkart", "zahlung", "payment", "card", "finanz" } },
        { "contact", { "adress", "anschrift", "e mail", "email", "telefon", "kontakt", "contact", "phone", "mail" } },
        { "identification", { "name", "geburtsdatum", "kundennummer", "identif", "personalnummer", "stammdaten" } },
        { "location", { "standort", "location", "gps", "aufenthalt", "bewegung" } },
        { "communication", { "kommunikation", "nachricht", "chat", "communication", "message", "korrespondenz" } },
        { "usage", { "nutzung", "usage", "protokoll", "log", "verbindungsdaten", "verlauf" } },
        { "images", { "bild", "foto", "video", "image", "photo" } },
    };
    const QStringList &specialIds = RegisterCategories::specialIds();
    static const QRegularExpression separators(QStringLiteral(R"([,;/|\n]|\bund\b|\band\b)"));
    for (const QString &part : cell.split(separators, Qt::SkipEmptyParts)) {
        const QString word = folded(part);
        if (word.isEmpty()) {
            continue;
        }
        QString found;
        if (RegisterCategories::ids().contains(part.trimmed()) || specialIds.contains(part.trimmed())) {
            found = part.trimmed();
        }
        for (const auto &[id, keys] : words) {
            if (found.isEmpty() && containsAny(word, keys)) {
                found = QLatin1String(id);
            }
        }
        if (found.isEmpty()) {
            unknown->append(part.trimmed());
            continue;
        }
        QStringList *list = specialIds.contains(found) ? special : categories;
        if (!list->contains(found)) {
            list->append(found);
        }
    }
}

std::optional<QString> RegisterImport::canonicalValue(const QString &field, const QString &cell, QString *reason)
{
    const RegisterEntry::FieldKind kind = RegisterEntry::kindOf(field);
    std::optional<QString> value;
    if (field == notifiedAtField || kind == RegisterEntry::FieldKind::Time) {
        value = timeText(cell);
        *reason = QCoreApplication::translate(
            "Iwb::RegisterImport", "'%1' is not a date and time (such as 15.01.2026 14:30 or 2026-01-15 14:30)")
                      .arg(cell);
    } else if (kind == RegisterEntry::FieldKind::Flag || kind == RegisterEntry::FieldKind::NullableFlag) {
        value = yesNoText(cell);
        *reason = QCoreApplication::translate("Iwb::RegisterImport", "'%1' is not yes or no").arg(cell);
    } else if (kind == RegisterEntry::FieldKind::Count) {
        value = countText(cell);
        *reason = QCoreApplication::translate("Iwb::RegisterImport", "'%1' is not a number").arg(cell);
    } else if (kind == RegisterEntry::FieldKind::Nature) {
        value = natureText(cell);
        *reason = QCoreApplication::translate(
            "Iwb::RegisterImport", "'%1' names none of confidentiality, integrity and availability")
                      .arg(cell);
    } else if (field == QLatin1String("risk_level")) {
        value = riskText(cell);
        *reason = QCoreApplication::translate("Iwb::RegisterImport", "'%1' is not a risk level (none, risk, high)")
                      .arg(cell);
    } else if (field == QLatin1String("status")) {
        value = statusText(cell);
        *reason = QCoreApplication::translate(
            "Iwb::RegisterImport", "'%1' is not a status (assessing, notified, documented only, closed)")
                      .arg(cell);
    } else if (field == QLatin1String("cause")) {
        value = causeText(cell);
    } else if (field == QLatin1String("subject_categories") || field == QLatin1String("risk_criteria")) {
        QStringList items;
        for (const QString &part : cell.split(QRegularExpression(QStringLiteral("[,;/|\\n]")), Qt::SkipEmptyParts)) {
            items.append(part.trimmed());
        }
        items.removeAll(QString());
        value = items.join(QLatin1Char(','));
        if (field == QLatin1String("risk_criteria")) {
            for (const QString &item : std::as_const(items)) {
                if (!RegisterCategories::riskCriterionIds().contains(item)) {
                    value.reset();
                    *reason
                        = QCoreApplication::translate("Iwb::RegisterImport", "'%1' is not a risk criterion").arg(item);
                }
            }
        }
    } else {
        value = cell.trimmed();
    }
    if (value) {
        reason->clear();
    }
    return value;
}

QString RegisterImport::duplicateKey(const RegisterEntry &entry)
{
    const QString aware
        = entry.becameAware.isNull() ? QString() : entry.becameAware.utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    return aware + QLatin1Char('|') + folded(entry.description).left(60);
}

QList<ImportedRow> RegisterImport::plan(const QList<QStringList> &table, const QStringList &mapping,
    const BreachRegister &breachRegister, const QList<RegisterEntry> &existing)
{
    QList<ImportedRow> rows;
    if (table.isEmpty()) {
        return rows;
    }
    const QStringList &header = table.first();
    const QByteArray zone = zoneOf(breachRegister).toUtf8();
    QHash<QString, qint64> existingKeys;
    for (const RegisterEntry &entry : existing) {
        if (entry.registerId == breachRegister.id) {
            existingKeys.insert(duplicateKey(entry), entry.id);
        }
    }
    QHash<QString, int> fileKeys;
    for (qsizetype r = 1; r < table.size(); ++r) {
        const QStringList &cells = table.at(r);
        bool blank = true;
        for (const QString &cell : cells) {
            blank = blank && cell.trimmed().isEmpty();
        }
        if (blank) {
            continue;
        }
        ImportedRow row;
        row.line = static_cast<int>(r) + 1;
        row.entry.registerId = breachRegister.id;
        row.entry.status = EntryStatus::Assessing;
        QStringList notes;
        QStringList categories;
        QStringList special;
        QString notifiedAt;
        QString reference;
        for (qsizetype c = 0; c < mapping.size() && c < cells.size(); ++c) {
            const QString &field = mapping.at(c);
            const QString cell = cells.at(c).trimmed();
            const QString column = header.value(c);
            if (field.isEmpty() || cell.isEmpty()) {
                continue;
            }
            if (field == organizationField) {
                row.incident.organization = cell;
                continue;
            }
            if (field == notesField) {
                notes.append(column + QStringLiteral(": ") + cell);
                continue;
            }
            if (field == referenceField) {
                reference = cell;
                continue;
            }
            if (field == QLatin1String("data_categories") || field == QLatin1String("special_categories")) {
                QStringList unknown;
                categoriesOf(cell, &categories, &special, &unknown);
                if (!unknown.isEmpty()) {
                    // Kept in the DPO's words, counted as "other": nothing of the row is lost.
                    if (field == QLatin1String("data_categories") && !categories.contains(QStringLiteral("other"))) {
                        categories.append(QStringLiteral("other"));
                    }
                    notes.append(column + QStringLiteral(": ") + cell);
                }
                continue;
            }
            QString reason;
            const std::optional<QString> value = canonicalValue(field, cell, &reason);
            if (!value) {
                row.problems.append(column + QStringLiteral(": ") + reason);
                continue;
            }
            if (field == notifiedAtField) {
                notifiedAt = *value;
                continue;
            }
            QString error;
            if (!EntryFieldText::set(row.entry, field, *value, zone, &error)) {
                row.problems.append(column + QStringLiteral(": ") + error);
            }
        }
        QString error;
        if (!categories.isEmpty()) {
            EntryFieldText::set(
                row.entry, QStringLiteral("data_categories"), categories.join(QLatin1Char(',')), zone, &error);
        }
        if (!special.isEmpty()) {
            EntryFieldText::set(
                row.entry, QStringLiteral("special_categories"), special.join(QLatin1Char(',')), zone, &error);
        }
        if (row.entry.description.isEmpty() && row.entry.becameAware.isNull()) {
            row.problems.append(QCoreApplication::translate("Iwb::RegisterImport",
                "the row says neither what happened nor when the controller became aware of it"));
        }
        const std::optional<ZonedTime> notifiedTime = EntryFieldText::parseTime(notifiedAt, zone);
        if (!notifiedAt.isEmpty() && notifiedTime && !notifiedTime->isNull()) {
            SentNotification sent;
            sent.kind = NotificationKind::Initial;
            sent.sentAt = *notifiedTime;
            sent.authority = breachRegister.authority;
            sent.reference = reference;
            row.notification = sent;
            if (!row.entry.notifyAuthority.yes) {
                row.entry.notifyAuthority.yes = true;
            }
        } else if (!reference.isEmpty()) {
            notes.append(QCoreApplication::translate("Iwb::RegisterImport", "Reference: %1").arg(reference));
        }

        // The incident record the entry belongs to, with what the record has fields for.
        IncidentRecord &incident = row.incident;
        if (incident.organization.isEmpty()) {
            incident.organization = breachRegister.controllerName;
        }
        const ZonedTime &when = row.entry.occurredStart.isNull() ? row.entry.becameAware : row.entry.occurredStart;
        if (!when.isNull()) {
            incident.incidentDate = when.local().date().toString(Qt::ISODate);
        }
        if (IncidentRecord::causeIds().contains(row.entry.cause)) {
            incident.cause = row.entry.cause;
        }
        if (IncidentRecord::discovererIds().contains(row.entry.discoveredHow)) {
            incident.discoveredBy = row.entry.discoveredHow;
        }
        incident.affectedCount = row.entry.subjectsCount;
        if (row.entry.subjectsCount) {
            incident.affectedUnit = QStringLiteral("people");
        }
        if (row.notification) {
            incident.authorityNotified = true;
        } else if (row.entry.notifyAuthority.yes == false) {
            incident.authorityNotified = false;
        }
        incident.affectedNotified = row.entry.informSubjects.yes;
        notes.prepend(
            QCoreApplication::translate("Iwb::RegisterImport", "From row %1 of a spreadsheet register.").arg(row.line));
        incident.notes = notes.join(QLatin1Char('\n'));

        if (row.fits()) {
            const QString key = duplicateKey(row.entry);
            row.duplicateOfEntry = existingKeys.value(key);
            if (!row.isDuplicate()) {
                row.duplicateOfLine = fileKeys.value(key);
            }
            if (!fileKeys.contains(key)) {
                fileKeys.insert(key, row.line);
            }
        }
        rows.append(row);
    }
    return rows;
}

std::optional<int> RegisterImport::write(IncidentStore &store, QList<ImportedRow> &rows, QString *error)
{
    QList<qsizetype> written;
    QList<IncidentRecord> records;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).fits() && !rows.at(i).isDuplicate()) {
            written.append(i);
            records.append(rows.at(i).incident);
        }
    }
    if (records.isEmpty()) {
        return 0;
    }
    RegisterStore registers(store);
    QList<ImportedRow> result = rows;
    const bool saved = store.saveIncidents(records, [&](qsizetype index, const IncidentRecord &record) {
        ImportedRow &row = result[written.at(index)];
        row.incident = record;
        row.entry.incidentId = record.id;
        if (!registers.saveEntryInOpenTransaction(row.entry)) {
            return false;
        }
        if (row.notification) {
            row.notification->entryId = row.entry.id;
            row.notification->sentContent = row.entry.toJson();
            const EntryStatus status = row.entry.status;
            if (!registers.logNotificationInOpenTransaction(*row.notification)) {
                return false;
            }
            // Logging marks the entry notified; a row that says it is closed (or only documented) stays so.
            if (status != EntryStatus::Assessing && status != EntryStatus::Notified) {
                return registers.saveEntryInOpenTransaction(row.entry);
            }
            row.entry.status = EntryStatus::Notified;
        }
        return true;
    });
    if (!saved) {
        *error = registers.errorString().isEmpty() ? store.errorString() : registers.errorString();
        return std::nullopt;
    }
    rows = result;
    return static_cast<int>(records.size());
}

} // namespace Iwb
