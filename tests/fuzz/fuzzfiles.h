// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTemporaryDir>

/// For harnesses of readers that take a path (the parse helper's readers open the file themselves,
/// as incident-parse runs them): one temporary folder for the whole fuzzing run, the input written
/// into it under a fixed name, and an empty folder for a mail's attachments before every input.
class FuzzFiles
{
public:
    static FuzzFiles &instance()
    {
        static FuzzFiles files;
        return files;
    }

    /// Writes @p bytes to the file @p name in the folder and gives its path.
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_folder.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
            qFatal("fuzz: cannot write %s", qPrintable(path));
        }
        return path;
    }

    /// An empty folder for attachments (what an earlier input left there removed).
    QString attachmentFolder()
    {
        QDir attachments(m_folder.filePath(QStringLiteral("attachments")));
        attachments.removeRecursively();
        if (!QDir().mkpath(attachments.path())) {
            qFatal("fuzz: cannot make %s", qPrintable(attachments.path()));
        }
        return attachments.path();
    }

    /// Whether @p file names a file written into @p folder: a plain name, no folders, no way out.
    static bool isInside(const QString &folder, const QString &file)
    {
        if (file.isEmpty() || file.contains(QLatin1Char('/')) || file.startsWith(QLatin1Char('.'))) {
            return false;
        }
        const QFileInfo info(QDir(folder).filePath(file));
        return info.isFile() && info.absolutePath() == QFileInfo(folder).absoluteFilePath();
    }

private:
    FuzzFiles()
    {
        if (!m_folder.isValid()) {
            qFatal("fuzz: no temporary folder");
        }
    }

    QTemporaryDir m_folder;
};
