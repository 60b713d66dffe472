// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// incident-parse FILE [ATTACHMENT-FOLDER]: reads one file of a third-party format (PDF, e-mail,
// Word) and writes what it found as one JSON object to stdout; a mail's attachments that are
// articles are written into ATTACHMENT-FOLDER when it is given. The workbench runs it through
// IsolatedParser (model/document/isolatedparser.h), so that a reader library
// crashing or hanging on a hostile file takes down this process only.
// Exit codes: 0 read, 2 refused (the JSON's "error" says why), 3 out of memory, 64 usage.
#include "document/isolatedparser.h"
#include "docxreader.h"
#include "mailreader.h"
#include "msgreader.h"
#include "pdfreader.h"
#include "xlsxreader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <new>

#include <unistd.h>

namespace {

/// Under the memory limit an allocation fails: say so on the way out instead of aborting.
void outOfMemory()
{
    static const char message[] = "{\"error\":\"out of memory\"}\n";
    [[maybe_unused]] const ssize_t written = write(STDOUT_FILENO, message, sizeof message - 1);
    static const char note[] = "incident-parse: Out of memory\n";
    [[maybe_unused]] const ssize_t noted = write(STDERR_FILENO, note, sizeof note - 1);
    _exit(Iwb::IsolatedParser::ExitOutOfMemory);
}

QJsonObject toJson(const Iwb::ParsedDocument &parsed)
{
    QJsonObject object;
    if (!parsed.isValid()) {
        object.insert(QStringLiteral("error"), parsed.error);
        if (!parsed.refusal.isEmpty()) {
            object.insert(QStringLiteral("error_source"), parsed.refusal.source());
            object.insert(QStringLiteral("error_arguments"), QJsonArray::fromStringList(parsed.refusal.arguments()));
        }
        return object;
    }
    const std::pair<const char *, const QString *> fields[]
        = { { "format", &parsed.format }, { "title", &parsed.title }, { "author", &parsed.author },
              { "published", &parsed.published }, { "modified", &parsed.modified }, { "language", &parsed.language } };
    for (const auto &[name, value] : fields) {
        if (!value->isEmpty()) {
            object.insert(QLatin1String(name), *value);
        }
    }
    object.insert(QStringLiteral("text"), parsed.text);
    QJsonArray starts;
    for (const qsizetype start : parsed.pageStarts) {
        starts.append(static_cast<qint64>(start));
    }
    object.insert(QStringLiteral("page_starts"), starts);
    if (!parsed.attachments.isEmpty()) {
        QJsonArray attachments;
        for (const Iwb::ParsedAttachment &attachment : parsed.attachments) {
            QJsonObject entry { { QStringLiteral("name"), attachment.name },
                { QStringLiteral("content_type"), attachment.contentType },
                { QStringLiteral("size"), attachment.size } };
            if (!attachment.file.isEmpty()) {
                entry.insert(QStringLiteral("file"), attachment.file);
            }
            attachments.append(entry);
        }
        object.insert(QStringLiteral("attachments"), attachments);
    }
    return object;
}

} // namespace

int main(int argc, char *argv[])
{
    std::set_new_handler(outOfMemory);
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2 && arguments.size() != 3) {
        std::fputs("usage: incident-parse FILE.pdf|FILE.eml|FILE.msg|FILE.docx|FILE.xlsx [ATTACHMENT-FOLDER]\n"
                   "Reads one file and writes its text and metadata as JSON to stdout; a mail's attachments\n"
                   "that are articles are written into ATTACHMENT-FOLDER.\n",
            stderr);
        return Iwb::IsolatedParser::ExitUsage;
    }
    const QString &path = arguments.at(1);
    const QString suffix = QFileInfo(path).suffix().toLower();
    Iwb::ParsedDocument parsed;
    if (suffix == QLatin1String("pdf")) {
        parsed = Iwb::PdfReader::read(path);
    } else if (suffix == QLatin1String("eml")) {
        parsed = Iwb::MailReader::read(path, arguments.size() == 3 ? arguments.at(2) : QString());
    } else if (suffix == QLatin1String("msg")) {
        parsed = Iwb::MsgReader::read(path, arguments.size() == 3 ? arguments.at(2) : QString());
    } else if (suffix == QLatin1String("docx")) {
        parsed = Iwb::DocxReader::read(path);
    } else if (suffix == QLatin1String("xlsx")) {
        parsed = Iwb::XlsxReader::read(path);
    } else {
        parsed.refuse(Iwb::ReaderMessage(QT_TRANSLATE_NOOP("DocumentReader",
            "incident-parse reads only PDF, e-mail (.eml, .msg), Word (.docx) and Excel (.xlsx) files")));
    }
    const QByteArray json = QJsonDocument(toJson(parsed)).toJson(QJsonDocument::Compact);
    std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return parsed.isValid() ? 0 : Iwb::IsolatedParser::ExitUnreadable;
}
