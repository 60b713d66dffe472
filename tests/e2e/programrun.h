// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

/// Running the real executables as a user would, for the end-to-end tests.
namespace IwbTest {

/// What a finished program left: its exit code (-1 when it crashed) and what it printed.
struct ProgramRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs @p program without a display (as on a server or in CI) and waits for it; a program that hangs
/// ends the test run, since no later step could mean anything. An empty @p workingDirectory keeps the test's.
inline ProgramRun runProgram(const QString &program, const QStringList &arguments, int timeoutMs = 120000,
    const QString &workingDirectory = QString())
{
    QProcess process;
    if (!workingDirectory.isEmpty()) {
        process.setWorkingDirectory(workingDirectory);
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("minimal"));
    environment.insert(QStringLiteral("PYTHONIOENCODING"), QStringLiteral("utf-8"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        qFatal("%s did not finish", qPrintable(program));
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

#ifdef IWB_CLI
/// Runs incident-cli with @p arguments.
inline ProgramRun runCli(const QStringList &arguments)
{
    return runProgram(QStringLiteral(IWB_CLI), arguments);
}
#endif

/// The one JSON object @p text holds; an empty object (and a warning showing the text) when it holds none.
inline QJsonObject jsonObjectOf(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qWarning("not one JSON object: %s", qPrintable(text.left(300)));
    }
    return document.object();
}

} // namespace IwbTest
