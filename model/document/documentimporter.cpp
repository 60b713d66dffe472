// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "documentimporter.h"

#include "htmltextextractor.h"
#include "languageguesser.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <optional>

namespace Iwb {

namespace {

    constexpr qsizetype maxTitleLength = 200;

    QString formatForSuffix(const QString &suffix)
    {
        if (suffix == QLatin1String("htm") || suffix == QLatin1String("html")) {
            return QStringLiteral("html");
        }
        if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown")) {
            return QStringLiteral("md");
        }
        if (suffix == QLatin1String("txt") || suffix == QLatin1String("text")) {
            return QStringLiteral("txt");
        }
        if (suffix == QLatin1String("pdf")) {
            return QStringLiteral("pdf");
        }
        if (suffix == QLatin1String("eml")) {
            return QStringLiteral("eml");
        }
        if (suffix == QLatin1String("docx")) {
            return QStringLiteral("docx");
        }
        if (suffix == QLatin1String("msg")) {
            return QStringLiteral("msg");
        }
        return {};
    }

    /// Formats read by the helper incident-parse, with their names in messages.
    QString helperKind(const QString &format)
    {
        if (format == QLatin1String("pdf")) {
            return QCoreApplication::translate("DocumentImport", "PDF");
        }
        if (format == QLatin1String("eml")) {
            return QCoreApplication::translate("DocumentImport", "e-mail");
        }
        if (format == QLatin1String("docx")) {
            return QCoreApplication::translate("DocumentImport", "Word document");
        }
        if (format == QLatin1String("msg")) {
            return QCoreApplication::translate("DocumentImport", "Outlook mail");
        }
        return {};
    }

    /// The `date 2019-12-10` marker some article dumps start with.
    const QRegularExpression &leadingDateMarker()
    {
        static const QRegularExpression marker(QStringLiteral("^\\s*date\\s+(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)(?=\\s|$)"),
            QRegularExpression::CaseInsensitiveOption);
        return marker;
    }

    /// The first line that still has text once a date marker is taken off.
    QString firstNonEmptyLine(const QString &text)
    {
        for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
            QString candidate = line.toString();
            candidate.remove(leadingDateMarker());
            candidate = candidate.trimmed();
            if (!candidate.isEmpty()) {
                return candidate;
            }
        }
        return {};
    }

    /// The published date from a `date ...` marker at the start of one of the first lines
    /// (before or after a title line).
    QString publishedFromMarker(const QString &text)
    {
        constexpr int linesToLookAt = 3;
        int seen = 0;
        for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
            if (line.trimmed().isEmpty()) {
                continue;
            }
            const QRegularExpressionMatch match = leadingDateMarker().matchView(line);
            if (match.hasMatch()) {
                return match.captured(1);
            }
            if (++seen == linesToLookAt) {
                break;
            }
        }
        return {};
    }

    QString titleFromLine(QString line, const QString &format)
    {
        if (format == QLatin1String("md")) {
            static const QRegularExpression headingMarks(QStringLiteral("^#+\\s*|\\s*#+$"));
            line.remove(headingMarks);
        }
        line = line.trimmed();
        if (line.size() > maxTitleLength) {
            line = line.left(maxTitleLength - 1).trimmed() + QChar(0x2026);
        }
        return line;
    }

    /// A PDF's info title, unless it is empty or the name of the file it was made from
    /// ("Microsoft Word - bericht.docx", "untitled", "report.tex").
    bool isUsableTitle(const QString &title)
    {
        static const QRegularExpression fileName(
            QStringLiteral("\\.(?:docx?|odt|rtf|tex|dvi|ps|pdf|txt|indd|pages|qxd)$|^untitled|^microsoft word - "),
            QRegularExpression::CaseInsensitiveOption);
        return !title.trimmed().isEmpty() && !fileName.match(title.trimmed()).hasMatch();
    }

} // namespace

DocumentImporter::DocumentImporter(qint64 maxBytes)
    : m_maxBytes(maxBytes)
{
}

QStringList DocumentImporter::supportedSuffixes()
{
    return { QStringLiteral("txt"), QStringLiteral("text"), QStringLiteral("md"), QStringLiteral("markdown"),
        QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("pdf"), QStringLiteral("eml"),
        QStringLiteral("msg"), QStringLiteral("docx") };
}

QStringList DocumentImporter::expandPaths(const QStringList &paths)
{
    QStringList nameFilters;
    for (const QString &suffix : supportedSuffixes()) {
        nameFilters.append(QStringLiteral("*.") + suffix);
    }
    QStringList files;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            files.append(path);
            continue;
        }
        QStringList found;
        QDirIterator it(path, nameFilters, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            found.append(it.next());
        }
        found.sort();
        files += found;
    }
    return files;
}

ImportResult DocumentImporter::importFile(const QString &path) const
{
    ImportResult result = readFile(path, path);
    if (!result.isValid()) {
        result.error = path + QStringLiteral(": ") + result.error;
    }
    return result;
}

ImportResult DocumentImporter::readFile(const QString &path, const QString &shownPath) const
{
    ImportResult result;
    const auto fail = [&](const QString &reason) {
        result.error = reason;
        return result;
    };

    const QFileInfo info(path);
    const QString format = formatForSuffix(info.suffix().toLower());
    if (!info.exists()) {
        return fail(QCoreApplication::translate("DocumentImport", "no such file"));
    }
    if (info.isDir()) {
        return fail(QCoreApplication::translate("DocumentImport", "is a folder, not a file"));
    }
    if (format.isEmpty()) {
        return fail(QCoreApplication::translate("DocumentImport",
            "unsupported file type '.%1' (supported: .txt, .md, .html, .htm, .pdf, .eml, .msg, .docx)")
                .arg(info.suffix()));
    }
    if (info.size() == 0) {
        return fail(QCoreApplication::translate("DocumentImport", "the file is empty"));
    }
    const bool helper = !helperKind(format).isEmpty();
    const qint64 limit = helper ? pdfSizeFactor * m_maxBytes : m_maxBytes;
    if (info.size() > limit) {
        return fail(QCoreApplication::translate("DocumentImport", "the file is %1 MB, over the import limit of %2 MB")
                .arg(static_cast<double>(info.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                .arg(static_cast<double>(limit) / (1024.0 * 1024.0), 0, 'f', 0));
    }
    if (helper) {
        return importParsed(info.absoluteFilePath(), format, shownPath);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(QCoreApplication::translate("DocumentImport", "cannot be read (%1)").arg(file.errorString()));
    }
    const QByteArray bytes = file.readAll();
    if (bytes.size() != info.size()) {
        return fail(
            QCoreApplication::translate("DocumentImport", "could not be read completely (%1)").arg(file.errorString()));
    }

    // Web pages decode as a browser reads them (declared charset, broken bytes replaced);
    // other text strictly, so that a wrongly guessed encoding is reported, not imported.
    const DecodedText decoded
        = format == QLatin1String("html") ? TextDecoder::decodeWebPage(bytes) : TextDecoder::decode(bytes);
    if (!decoded.isValid()) {
        return fail(decoded.error);
    }
    return importText(decoded.text, format, info.absoluteFilePath());
}

ImportResult DocumentImporter::importParsed(const QString &path, const QString &format, const QString &shownPath) const
{
    ImportResult result;
    // A PDF's bytes are kept with the document (the page view shows them); read before the helper reads
    // the file, so a file replaced meanwhile would give pages that differ from the text, never a crash.
    QByteArray original;
    if (format == QLatin1String("pdf")) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            result.error = QCoreApplication::translate("DocumentImport", "cannot be read (%1)").arg(file.errorString());
            return result;
        }
        original = file.readAll();
        if (original.size() != file.size()) {
            result.error = QCoreApplication::translate("DocumentImport", "could not be read completely (%1)")
                               .arg(file.errorString());
            return result;
        }
    }
    // A mail's attachments are written by the helper into a folder of our own, read from there and removed.
    std::optional<QTemporaryDir> attachmentFolder;
    if (format == QLatin1String("eml") || format == QLatin1String("msg")) {
        attachmentFolder.emplace(QDir::tempPath() + QStringLiteral("/incident-workbench-mail-XXXXXX"));
        if (!attachmentFolder->isValid()) {
            result.error = QCoreApplication::translate("DocumentImport", "no temporary folder for its attachments (%1)")
                               .arg(attachmentFolder->errorString());
            return result;
        }
    }
    const ParsedDocument parsed
        = IsolatedParser(m_parserLimits)
              .parse(path, helperKind(format), attachmentFolder ? attachmentFolder->path() : QString());
    if (!parsed.isValid()) {
        result.error = parsed.error;
        return result;
    }
    Document &document = result.document;
    document.setSource(path);
    document.setFormat(format);
    document.setImportedAt(QDateTime::currentDateTimeUtc());
    document.setText(parsed.text);
    document.setTitle(isUsableTitle(parsed.title) ? titleFromLine(parsed.title, format)
                                                  : titleFromLine(firstNonEmptyLine(parsed.text), format));
    document.setPublished(parsed.published);
    DocumentMetadata metadata;
    metadata.author = parsed.author;
    metadata.modified = parsed.modified;
    metadata.pageStarts = parsed.pageStarts;
    for (const ParsedAttachment &attachment : parsed.attachments) {
        if (attachment.file.isEmpty() || !attachmentFolder) {
            continue;
        }
        metadata.attachments.append(attachment.name);
        // An attachment is read like a file of its own; attachments of attachments are not looked for
        // (a mail inside a mail is read as part of the mail, see MailReader).
        ImportResult read = readFile(attachmentFolder->filePath(attachment.file), shownPath);
        if (read.isValid()) {
            read.document.setSource(path + QLatin1Char('#') + attachment.name);
            DocumentMetadata attachedMetadata = read.document.metadata();
            attachedMetadata.attachedTo = path;
            read.document.setMetadata(attachedMetadata);
        } else {
            read.error = QCoreApplication::translate("DocumentImport", "%1: attachment '%2': %3")
                             .arg(shownPath, attachment.name, read.error);
        }
        result.attachments.append(read);
    }
    document.setMetadata(metadata);
    if (!original.isEmpty()) {
        document.setOriginal(original, QStringLiteral("application/pdf"));
    }
    const LanguageGuesser &guesser = LanguageGuesser::instance();
    document.setLanguage(
        guesser.languages().contains(parsed.language) ? parsed.language : guesser.guess(document.text()));
    return result;
}

ImportResult DocumentImporter::importText(const QString &input, const QString &format, const QString &source) const
{
    ImportResult result;
    Document &document = result.document;
    document.setSource(source);
    document.setFormat(format);
    document.setImportedAt(QDateTime::currentDateTimeUtc());
    const QString text = TextDecoder::normalizeLineEndings(input);

    QString htmlLanguage;
    if (format == QLatin1String("html")) {
        const HtmlArticle article = HtmlTextExtractor::extract(text);
        if (article.text.trimmed().isEmpty()) {
            result.error
                = QCoreApplication::translate("DocumentImport", "the HTML page contains no visible article text");
            return result;
        }
        document.setRawSource(text);
        document.setText(article.text);
        document.setTitle(
            article.page.title.isEmpty() ? titleFromLine(firstNonEmptyLine(article.text), format) : article.page.title);
        document.setPublished(article.page.published);
        DocumentMetadata metadata;
        metadata.author = article.page.author;
        metadata.siteName = article.page.siteName;
        metadata.modified = article.page.modified;
        metadata.canonicalUrl = article.page.canonicalUrl;
        metadata.description = article.page.description;
        document.setMetadata(metadata);
        htmlLanguage = article.page.language;
    } else {
        if (text.trimmed().isEmpty()) {
            result.error = QCoreApplication::translate("DocumentImport", "the file contains no text, only white space");
            return result;
        }
        document.setText(text);
        document.setTitle(titleFromLine(firstNonEmptyLine(text), format));
        document.setPublished(publishedFromMarker(text));
    }

    const LanguageGuesser &guesser = LanguageGuesser::instance();
    document.setLanguage(guesser.languages().contains(htmlLanguage) ? htmlLanguage : guesser.guess(document.text()));
    return result;
}

} // namespace Iwb
