// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "document/readermessage.h"

#include <QList>
#include <QString>

namespace Iwb {

/// A file attached to a mail, as the parse helper found it.
struct ParsedAttachment
{
    QString name; ///< the name the mail gives it (or one made from its type), without folders
    QString contentType; ///< "application/pdf"
    qint64 size = 0; ///< decoded bytes
    /// Where the helper wrote it, relative to the attachment folder it was given; empty when it was
    /// not written (not an article format, or no folder given).
    QString file;
};

/// What the parse helper read from one file, or why it could not (a reason without the file's name).
struct ParsedDocument
{
    QString format; ///< "pdf", "eml", "msg", "docx"
    QString text;
    QString title;
    QString author;
    QString published; ///< ISO date, possibly empty
    QString modified; ///< ISO date, possibly empty
    QString language; ///< only when the file states it
    QList<qsizetype> pageStarts; ///< UTF-16 offsets into text, the first 0
    QList<ParsedAttachment> attachments; ///< a mail's attachments, in the mail's order
    QString error; ///< why the file was refused, as shown; empty when it was read
    ReaderMessage refusal; ///< the same, translatable, when a reader refused it

    bool isValid() const { return error.isEmpty(); }
    /// Refuses the file with @p message (error is its English text).
    void refuse(const ReaderMessage &message)
    {
        refusal = message;
        error = message.english();
    }
};

/**
 * Reads third-party formats (PDF, e-mail, Word) in a separate process, so that a library
 * crashing or hanging on a hostile file costs that one file and a message,
 * never the workbench or the store.
 *
 * The helper is the executable `incident-parse` (app/parse): it reads ONE
 * file and writes the parsed document as one JSON object to stdout (`text`,
 * `title`, `author`, `published`, `modified`, `language`, `page_starts`,
 * `attachments`, or `error` with its translatable `error_source` and
 * `error_arguments`, see ReaderMessage). Given a second argument, a folder, it writes a
 * mail's attachments that are articles (PDF, HTML, text, Word) into it. It is found
 *  - at the path in the environment variable `INCIDENT_WORKBENCH_PARSER`, when
 *    set (tests point it to stand-ins that crash or hang; an install that keeps
 *    helpers elsewhere sets it), otherwise
 *  - next to the running executable (`QCoreApplication::applicationDirPath()`:
 *    the build puts every executable and test in build/<preset>/bin), otherwise
 *  - in `<libexecdir>/incident-workbench/` of the executable's own prefix, where
 *    `cmake --install` puts it (InstalledFiles::helperProgram).
 *
 * Each run is limited: it is killed after `Limits::timeoutSeconds`, its
 * address space is capped with setrlimit(RLIMIT_AS) in the child (not in
 * builds with AddressSanitizer, which reserves terabytes of address space), no
 * core file is written, and it is stopped when it writes more than
 * `Limits::outputBytes`. Each of these, and a crash, gives a message such as
 * "the PDF could not be read: the reader crashed (signal 11)".
 *
 * parse() blocks until the helper ends; call it off the GUI thread (imports
 * run on workers, see BackgroundImport). It is safe to call from several
 * threads at once, each call starting its own process.
 */
class IsolatedParser
{
public:
    static constexpr const char *helperVariable = "INCIDENT_WORKBENCH_PARSER";
    static constexpr const char *helperName = "incident-parse";

    /// Exit codes of the helper besides 0 (read) and a crash.
    enum HelperExit {
        ExitUnreadable = 2, ///< the JSON carries the reason in `error`
        ExitOutOfMemory = 3, ///< an allocation failed under the memory limit
        ExitUsage = 64,
    };

    struct Limits
    {
        int timeoutSeconds = 60;
        qint64 memoryBytes = qint64(2) * 1024 * 1024 * 1024;
        qint64 outputBytes = qint64(256) * 1024 * 1024;
    };

    IsolatedParser();
    explicit IsolatedParser(const Limits &limits);

    /// Runs the helper on @p path; @p kind names the format in messages ("PDF"). A mail's
    /// attachments are written into @p attachmentFolder when it is given.
    ParsedDocument parse(const QString &path, const QString &kind, const QString &attachmentFolder = {}) const;

    /// The helper that parse() runs (see the class comment).
    static QString helperPath();

    const Limits &limits() const { return m_limits; }

    /// Reads the helper's JSON answer; a ParsedDocument with an error when it is not one.
    static ParsedDocument fromJson(const QByteArray &json);

private:
    Limits m_limits;
};

} // namespace Iwb
