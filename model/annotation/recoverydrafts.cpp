// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "recoverydrafts.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace Iwb {

RecoveryDrafts::RecoveryDrafts(const QString &folder)
    : m_folder(folder)
{
}

QString RecoveryDrafts::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QString RecoveryDrafts::fileFor(const QByteArray &documentSha256) const
{
    return m_folder + QLatin1Char('/') + QString::fromLatin1(documentSha256) + QStringLiteral(".json");
}

bool RecoveryDrafts::write(const QByteArray &documentSha256, const QJsonObject &draft) const
{
    if (!QDir().mkpath(m_folder)) {
        return false;
    }
    QSaveFile file(fileFor(documentSha256));
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    file.write(QJsonDocument(draft).toJson(QJsonDocument::Compact));
    return file.commit();
}

std::optional<QJsonObject> RecoveryDrafts::read(const QByteArray &documentSha256) const
{
    QFile file(fileFor(documentSha256));
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject()) {
        return std::nullopt;
    }
    return document.object();
}

void RecoveryDrafts::remove(const QByteArray &documentSha256) const
{
    QFile::remove(fileFor(documentSha256));
}

} // namespace Iwb
