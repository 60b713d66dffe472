// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// incident-parse FILE: reads one file of a third-party format (PDF) and writes
// what it found as one JSON object to stdout. The workbench runs it through
// IsolatedParser (model/document/isolatedparser.h), so that a reader library
// crashing or hanging on a hostile file takes down this process only.
// Exit codes: 0 read, 2 refused (the JSON's "error" says why), 3 out of memory, 64 usage.
#include "document/isolatedparser.h"
#include "pdfreader.h"

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
    return object;
}

} // namespace

int main(int argc, char *argv[])
{
    std::set_new_handler(outOfMemory);
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        std::fputs("usage: incident-parse FILE.pdf\n"
                   "Reads one file and writes its text and metadata as JSON to stdout.\n",
            stderr);
        return Iwb::IsolatedParser::ExitUsage;
    }
    const QString path = arguments.at(1);
    Iwb::ParsedDocument parsed;
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0) {
        parsed = Iwb::PdfReader::read(path);
    } else {
        parsed.error = QStringLiteral("incident-parse reads only PDF files");
    }
    const QByteArray json = QJsonDocument(toJson(parsed)).toJson(QJsonDocument::Compact);
    std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return parsed.isValid() ? 0 : Iwb::IsolatedParser::ExitUnreadable;
}
