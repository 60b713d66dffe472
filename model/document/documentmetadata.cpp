// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "documentmetadata.h"

#include <QJsonArray>

#include <algorithm>

namespace Iwb {

namespace {

    struct TextField
    {
        const char *name;
        QString DocumentMetadata::*member;
    };

    constexpr TextField textFields[] = {
        { "author", &DocumentMetadata::author },
        { "site_name", &DocumentMetadata::siteName },
        { "modified", &DocumentMetadata::modified },
        { "canonical_url", &DocumentMetadata::canonicalUrl },
        { "description", &DocumentMetadata::description },
        { "requested_url", &DocumentMetadata::requestedUrl },
        { "fetched_url", &DocumentMetadata::fetchedUrl },
        { "content_type", &DocumentMetadata::contentType },
        { "attached_to", &DocumentMetadata::attachedTo },
    };

} // namespace

int DocumentMetadata::pageAt(qsizetype offset) const
{
    if (pageStarts.isEmpty()) {
        return 0;
    }
    // The last page start at or before the offset.
    const auto after = std::upper_bound(pageStarts.cbegin(), pageStarts.cend(), offset);
    return static_cast<int>(std::max<qsizetype>(1, after - pageStarts.cbegin()));
}

bool DocumentMetadata::isEmpty() const
{
    return *this == DocumentMetadata {};
}

QJsonObject DocumentMetadata::toJson() const
{
    QJsonObject json;
    for (const TextField &field : textFields) {
        if (const QString &value = this->*field.member; !value.isEmpty()) {
            json.insert(QLatin1String(field.name), value);
        }
    }
    if (fetchedAt.isValid()) {
        json.insert(QStringLiteral("fetched_at"), fetchedAt.toUTC().toString(Qt::ISODateWithMs));
    }
    if (!attachments.isEmpty()) {
        json.insert(QStringLiteral("attachments"), QJsonArray::fromStringList(attachments));
    }
    if (!pageStarts.isEmpty()) {
        QJsonArray starts;
        for (const qsizetype start : pageStarts) {
            starts.append(static_cast<qint64>(start));
        }
        json.insert(QStringLiteral("page_starts"), starts);
    }
    return json;
}

DocumentMetadata DocumentMetadata::fromJson(const QJsonObject &json)
{
    DocumentMetadata metadata;
    for (const TextField &field : textFields) {
        metadata.*field.member = json.value(QLatin1String(field.name)).toString();
    }
    metadata.fetchedAt = QDateTime::fromString(json.value(QStringLiteral("fetched_at")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue name : json.value(QStringLiteral("attachments")).toArray()) {
        if (name.isString()) {
            metadata.attachments.append(name.toString());
        }
    }
    for (const QJsonValue start : json.value(QStringLiteral("page_starts")).toArray()) {
        if (start.isDouble() && start.toInteger(-1) >= 0) {
            metadata.pageStarts.append(start.toInteger());
        }
    }
    std::sort(metadata.pageStarts.begin(), metadata.pageStarts.end());
    return metadata;
}

} // namespace Iwb
