// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "installedfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Iwb {

namespace {

    QString applicationFolder()
    {
        return QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
    }

    // <bindir>/<relative> for an install: IWB_BIN_TO_DATA and IWB_BIN_TO_LIBEXEC are the paths from
    // CMAKE_INSTALL_BINDIR to the data and libexec folders ("../share", "../libexec").
    QString besideApplication(const char *relative)
    {
        const QString folder = applicationFolder();
        if (folder.isEmpty()) {
            return {};
        }
        return QDir::cleanPath(folder + QLatin1Char('/') + QLatin1String(relative) + QLatin1Char('/')
            + QLatin1String(InstalledFiles::folderName));
    }

} // namespace

bool InstalledFiles::runsFromBuildFolder()
{
    const QString folder = applicationFolder();
    if (folder.isEmpty()) {
        // No application object: a library test or benchmark, never an installed program.
        return true;
    }
    return QFileInfo(folder).canonicalFilePath() == QFileInfo(QStringLiteral(IWB_BUILD_BIN_DIR)).canonicalFilePath();
}

QStringList InstalledFiles::dataSearchPath()
{
    QStringList folders;
    const QString own = besideApplication(IWB_BIN_TO_DATA);
    if (!own.isEmpty()) {
        folders.append(own);
    }
    for (const QString &data : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation)) {
        const QString folder = QDir::cleanPath(data + QLatin1Char('/') + QLatin1String(folderName));
        if (!folders.contains(folder)) {
            folders.append(folder);
        }
    }
    return folders;
}

QString InstalledFiles::dataFolder(const QString &relative)
{
    if (runsFromBuildFolder()) {
        return {};
    }
    for (const QString &folder : dataSearchPath()) {
        const QString candidate = folder + QLatin1Char('/') + relative;
        if (QFileInfo(candidate).isDir()) {
            return candidate;
        }
    }
    return {};
}

QString InstalledFiles::helperProgram(const QString &name)
{
    const QString folder = besideApplication(IWB_BIN_TO_LIBEXEC);
    if (folder.isEmpty()) {
        return {};
    }
    const QString candidate = folder + QLatin1Char('/') + name;
    return QFileInfo(candidate).isExecutable() ? candidate : QString();
}

} // namespace Iwb
