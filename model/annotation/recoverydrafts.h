// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Iwb {

/**
 * Unsaved annotation work kept on disk, one JSON file per article (named by the
 * SHA-256 of its text), so a crash or power cut loses at most the seconds since
 * the last write. Files are written atomically (QSaveFile).
 */
class RecoveryDrafts
{
public:
    /// @p folder: where the drafts live; defaultFolder() in the application.
    explicit RecoveryDrafts(const QString &folder = defaultFolder());

    static QString defaultFolder();

    bool write(const QByteArray &documentSha256, const QJsonObject &draft) const;
    /// The draft for the document, if there is a readable one.
    std::optional<QJsonObject> read(const QByteArray &documentSha256) const;
    void remove(const QByteArray &documentSha256) const;
    QString fileFor(const QByteArray &documentSha256) const;

private:
    QString m_folder;
};

} // namespace Iwb
