// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "librarykeys.h"

#include <QLocale>
#include <QStringList>

#include <unicode/ucol.h>

#include <memory>

namespace Iwb {

namespace {

    struct CollatorCloser
    {
        void operator()(UCollator *collator) const { ucol_close(collator); }
    };

    /// One German collator per thread: ICU collators must not be used by two threads at once.
    UCollator *germanCollator()
    {
        thread_local std::unique_ptr<UCollator, CollatorCloser> collator = [] {
            UErrorCode status = U_ZERO_ERROR;
            std::unique_ptr<UCollator, CollatorCloser> opened(ucol_open("de", &status));
            if (U_FAILURE(status)) {
                opened.reset();
            }
            return opened;
        }();
        return collator.get();
    }

    QString spaced(QString id)
    {
        return id.replace(QLatin1Char('_'), QLatin1Char(' '));
    }

} // namespace

QByteArray LibraryKeys::organizationKey(const QString &organization)
{
    UCollator *collator = germanCollator();
    if (!collator || organization.isEmpty()) {
        // Never a null QByteArray: it would be stored as SQL NULL, and the column is NOT NULL.
        QByteArray key = organization.toCaseFolded().toUtf8();
        return key.isNull() ? QByteArray("") : key;
    }
    const auto *text = reinterpret_cast<const UChar *>(organization.utf16());
    const auto length = static_cast<int32_t>(organization.size());
    QByteArray key(organization.size() * 4 + 16, Qt::Uninitialized);
    int32_t needed = ucol_getSortKey(
        collator, text, length, reinterpret_cast<uint8_t *>(key.data()), static_cast<int32_t>(key.size()));
    if (needed > key.size()) {
        key.resize(needed);
        needed = ucol_getSortKey(collator, text, length, reinterpret_cast<uint8_t *>(key.data()), needed);
    }
    // The key ends with a zero byte, which SQLite's byte comparison does not need.
    key.truncate(std::max(0, needed - 1));
    return key;
}

QString LibraryKeys::searchText(const QString &organization, const QString &incidentDate, const QString &cause,
    std::optional<qint64> affectedCount, const QString &affectedUnit, const QString &reviewStatus)
{
    QStringList parts { organization, incidentDate, spaced(cause) };
    if (affectedCount) {
        // As the table shows it in this locale, and plain, so "9500" and "9,500" (or "9.500") both find it.
        parts << QLocale().toString(*affectedCount) + QLatin1Char(' ') + affectedUnit
              << QString::number(*affectedCount) + QLatin1Char(' ') + affectedUnit;
    }
    parts << spaced(reviewStatus);
    // A separator no filter text contains, so a match never spans two columns.
    return folded(parts.join(QChar(0x1F)));
}

QString LibraryKeys::folded(const QString &text)
{
    return text.toCaseFolded();
}

} // namespace Iwb
