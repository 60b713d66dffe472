// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "register/breachregister.h"
#include "register/registerentry.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Iwb {

/**
 * The communication to the data subjects (Art. 34 DSGVO), in German and in clear and plain language
 * (Art. 34(2), Art. 12(1)): what happened, which data, the name and contact of the DPO or other contact point,
 * the likely consequences, the measures taken or proposed, and what the person can do (advice derived from the
 * categories of data concerned: a new password for credentials, watching account statements for bank data, …).
 *
 * When the entry's decision is "do not inform" (Art. 34(3) a–c), the document is instead the documented
 * decision with its reason, for the controller's file (Art. 33(5)). The letter is German whatever language the
 * interface speaks; its words are not translated.
 *
 * plainText() is the letter for a mail merge (the address block and the salutation's name are the mail
 * program's); html() and writePdf() the same text laid out on A4.
 */
class SubjectLetter
{
public:
    enum class Kind {
        Letter, ///< the decision is to inform: the letter to the data subjects
        NotNeeded, ///< the decision is not to inform: the documented reason (Art. 34(3))
    };

    SubjectLetter(const BreachRegister &breachRegister, const RegisterEntry &entry, const QDateTime &createdAt);

    Kind kind() const;
    /// What keeps the document from being made, in German field labels ("Beschreibung des Vorfalls, …"): the
    /// decision itself, for a letter the contact point, description, consequences and measures, for the
    /// documented decision its reason. Empty when it can be made.
    QStringList missing() const;

    QString title() const;
    QString plainText() const;
    QString html() const;
    /// Writes the document as PDF to @p path; false with @p error ("FILE: reason") on failure.
    bool writePdf(const QString &path, QString *error) const;

private:
    /// The document as headed paragraphs: (heading, paragraphs), an empty heading for the opening and the close.
    using Part = std::pair<QString, QStringList>;
    QList<Part> parts() const;
    QList<Part> letterParts() const;
    QList<Part> notNeededParts() const;

    BreachRegister m_register;
    RegisterEntry m_entry;
    QDateTime m_createdAt;
};

} // namespace Iwb
