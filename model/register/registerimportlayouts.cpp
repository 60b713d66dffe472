// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "registerimportlayouts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace Iwb {

namespace {

    /// More than a DPO keeps spreadsheets for; the file stays small.
    constexpr qint64 maxFileBytes = qint64(4) * 1024 * 1024;

    QJsonObject readLayouts(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.size() > maxFileBytes) {
            return {};
        }
        return QJsonDocument::fromJson(file.readAll()).object();
    }

} // namespace

RegisterImportLayouts::RegisterImportLayouts(const QString &path)
    : m_path(path)
{
}

QString RegisterImportLayouts::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/register-import-layouts.json");
}

QStringList RegisterImportLayouts::mappingFor(const QString &layoutKey) const
{
    QStringList mapping;
    const QJsonArray fields = readLayouts(m_path).value(layoutKey).toArray();
    for (const auto &field : fields) {
        mapping.append(field.toString());
    }
    return mapping;
}

bool RegisterImportLayouts::remember(const QString &layoutKey, const QStringList &mapping, QString *error) const
{
    QJsonObject layouts = readLayouts(m_path);
    layouts.insert(layoutKey, QJsonArray::fromStringList(mapping));
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("Iwb::RegisterImport", "cannot remember the column mapping in %1: %2")
                     .arg(m_path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(layouts).toJson());
    if (!file.commit()) {
        *error = QCoreApplication::translate("Iwb::RegisterImport", "cannot remember the column mapping in %1: %2")
                     .arg(m_path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Iwb
