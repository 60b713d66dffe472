// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "isolatedparser.h"

#include "installation/installedfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <algorithm>

#include <sys/resource.h>

#if defined(__SANITIZE_ADDRESS__)
#define IWB_ADDRESS_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define IWB_ADDRESS_SANITIZER 1
#endif
#endif

namespace Iwb {

namespace {

    constexpr qsizetype keptErrorBytes = 4096;

    QString megabytes(qint64 bytes)
    {
        return QString::number(bytes / (qint64(1024) * 1024));
    }

} // namespace

IsolatedParser::IsolatedParser()
    : IsolatedParser(Limits {})
{
}

IsolatedParser::IsolatedParser(const Limits &limits)
    : m_limits(limits)
{
}

QString IsolatedParser::helperPath()
{
    QString configured = qEnvironmentVariable(helperVariable);
    if (!configured.isEmpty()) {
        return configured;
    }
    const QString folder = QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QDir::currentPath();
    QString beside = QDir(folder).filePath(QLatin1String(helperName));
    if (QFileInfo(beside).isExecutable()) {
        return beside;
    }
    const QString installed = InstalledFiles::helperProgram(QLatin1String(helperName));
    return installed.isEmpty() ? beside : installed;
}

ParsedDocument IsolatedParser::fromJson(const QByteArray &json)
{
    ParsedDocument parsed;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        parsed.error = QCoreApplication::translate("DocumentImport", "the reader's answer is not readable");
        return parsed;
    }
    const QJsonObject object = document.object();
    parsed.error = object.value(QStringLiteral("error")).toString();
    // A reader's refusal comes as its source text too: shown in the interface's language.
    if (const QJsonValue source = object.value(QStringLiteral("error_source"));
        source.isString() && !source.toString().isEmpty()) {
        QStringList arguments;
        for (const QJsonValue argument : object.value(QStringLiteral("error_arguments")).toArray()) {
            arguments.append(argument.toString());
        }
        parsed.refusal = ReaderMessage::fromSource(source.toString(), arguments);
        parsed.error = parsed.refusal.translated();
    }
    if (!parsed.isValid()) {
        return parsed;
    }
    parsed.format = object.value(QStringLiteral("format")).toString();
    parsed.text = object.value(QStringLiteral("text")).toString();
    parsed.title = object.value(QStringLiteral("title")).toString();
    parsed.author = object.value(QStringLiteral("author")).toString();
    parsed.published = object.value(QStringLiteral("published")).toString();
    parsed.modified = object.value(QStringLiteral("modified")).toString();
    parsed.language = object.value(QStringLiteral("language")).toString();
    qsizetype previous = 0;
    for (const QJsonValue start : object.value(QStringLiteral("page_starts")).toArray()) {
        const qsizetype offset = start.toInteger(-1);
        if (offset < previous || offset > parsed.text.size()) {
            parsed.error = QCoreApplication::translate(
                "DocumentImport", "the reader's answer is not readable (page starts out of order)");
            return parsed;
        }
        parsed.pageStarts.append(offset);
        previous = offset;
    }
    for (const QJsonValue value : object.value(QStringLiteral("attachments")).toArray()) {
        const QJsonObject attachment = value.toObject();
        ParsedAttachment found;
        found.name = attachment.value(QStringLiteral("name")).toString();
        found.contentType = attachment.value(QStringLiteral("content_type")).toString();
        found.size = attachment.value(QStringLiteral("size")).toInteger();
        found.file = attachment.value(QStringLiteral("file")).toString();
        // The helper names a file inside the folder it was given; anything else is not taken.
        if (found.file.contains(QLatin1Char('/')) || found.file.startsWith(QLatin1Char('.'))) {
            found.file.clear();
        }
        parsed.attachments.append(found);
    }
    if (!object.value(QStringLiteral("text")).isString()) {
        parsed.error = QCoreApplication::translate("DocumentImport", "the reader's answer is not readable (no text)");
    }
    return parsed;
}

ParsedDocument IsolatedParser::parse(const QString &path, const QString &kind, const QString &attachmentFolder) const
{
    const QString cannot = QCoreApplication::translate("DocumentImport", "the %1 could not be read: ").arg(kind);
    ParsedDocument failed;
    const QString helper = helperPath();
    if (!QFileInfo(helper).isExecutable()) {
        failed.error = cannot
            + QCoreApplication::translate("DocumentImport", "its reader %1 is missing (set %2 to where it is)")
                  .arg(helper, QLatin1String(helperVariable));
        return failed;
    }

    QProcess process;
    process.setProgram(helper);
    process.setArguments(attachmentFolder.isEmpty() ? QStringList { path } : QStringList { path, attachmentFolder });
    process.setStandardInputFile(QProcess::nullDevice());
    const qint64 memory = m_limits.memoryBytes;
    process.setChildProcessModifier([memory] {
        // Only async-signal-safe calls here: this runs in the child between fork and exec.
        const rlimit noCore { 0, 0 };
        setrlimit(RLIMIT_CORE, &noCore);
#ifndef IWB_ADDRESS_SANITIZER
        if (memory > 0) {
            const rlimit space { static_cast<rlim_t>(memory), static_cast<rlim_t>(memory) };
            setrlimit(RLIMIT_AS, &space);
        }
#else
        (void)memory;
#endif
    });
    process.start();
    if (!process.waitForStarted(30000)) {
        failed.error = cannot
            + QCoreApplication::translate("DocumentImport", "its reader %1 did not start (%2)")
                  .arg(helper, process.errorString());
        return failed;
    }

    QByteArray out;
    QByteArray err;
    QElapsedTimer clock;
    clock.start();
    const qint64 deadline = qint64(m_limits.timeoutSeconds) * 1000;
    const auto stop = [&](const QString &reason) {
        process.kill();
        process.waitForFinished(10000);
        failed.error = cannot + reason;
        return failed;
    };
    while (true) {
        const qint64 left = deadline - clock.elapsed();
        if (left <= 0) {
            return stop(QCoreApplication::translate("DocumentImport", "the reader took longer than %1 s (stopped)")
                    .arg(m_limits.timeoutSeconds));
        }
        const bool running = process.state() != QProcess::NotRunning;
        if (running) {
            process.waitForReadyRead(static_cast<int>(std::min<qint64>(left, 200)));
        }
        out += process.readAllStandardOutput();
        err += process.readAllStandardError();
        err = err.right(keptErrorBytes);
        if (out.size() > m_limits.outputBytes) {
            return stop(QCoreApplication::translate("DocumentImport", "the reader wrote more than %1 MB (stopped)")
                    .arg(megabytes(m_limits.outputBytes)));
        }
        if (!running) {
            break;
        }
    }

    const bool outOfMemory = err.contains("Out of memory") || err.contains("bad_alloc");
    if (process.exitStatus() == QProcess::CrashExit) {
        if (outOfMemory) {
            failed.error = cannot
                + QCoreApplication::translate("DocumentImport", "the reader needed more than %1 MB of memory (stopped)")
                      .arg(megabytes(memory));
        } else {
            failed.error = cannot
                + QCoreApplication::translate("DocumentImport", "the reader crashed (signal %1)")
                      .arg(process.exitCode());
        }
        return failed;
    }
    if (process.exitCode() == ExitOutOfMemory) {
        failed.error = cannot
            + QCoreApplication::translate("DocumentImport", "the reader needed more than %1 MB of memory (stopped)")
                  .arg(megabytes(memory));
        return failed;
    }
    if (process.exitCode() != 0 && process.exitCode() != ExitUnreadable) {
        failed.error = cannot
            + QCoreApplication::translate("DocumentImport", "the reader failed (exit code %1)").arg(process.exitCode());
        return failed;
    }
    ParsedDocument parsed = fromJson(out);
    if (parsed.isValid() && process.exitCode() != 0) {
        parsed.error = QCoreApplication::translate(
            "DocumentImport", "the reader's answer is not readable (no reason for exit code %1)")
                           .arg(process.exitCode());
    }
    if (!parsed.isValid() && parsed.error.startsWith(QLatin1String("the reader's answer"))) {
        parsed.error = cannot + parsed.error;
    }
    return parsed;
}

} // namespace Iwb
