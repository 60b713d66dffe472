// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "docxreader.h"

#include "document/docxtext.h"

#include <QFile>
#include <QXmlStreamReader>

#include <memory>
#include <optional>

#include <zip.h>

namespace Iwb {

namespace {

    constexpr qint64 maxSmallPartBytes = qint64(4) * 1024 * 1024;

    QString megabytes(qint64 bytes)
    {
        return QString::number(bytes / (qint64(1024) * 1024));
    }

    struct ArchiveCloser
    {
        void operator()(zip_t *archive) const { zip_discard(archive); }
    };

    struct FileCloser
    {
        void operator()(zip_file_t *file) const { zip_fclose(file); }
    };

    /// One part of the archive, unpacked; never more than @p limit bytes, whatever the archive claims.
    struct Part
    {
        QByteArray bytes;
        bool found = false;
        QString error;
    };

    Part readPart(zip_t *archive, const QString &name, qint64 limit)
    {
        Part part;
        const QByteArray utf8 = name.toUtf8();
        const zip_int64_t index = zip_name_locate(archive, utf8.constData(), 0);
        if (index < 0) {
            return part;
        }
        part.found = true;
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive, static_cast<zip_uint64_t>(index), 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE)
            && stat.size > static_cast<zip_uint64_t>(limit)) {
            part.error = QStringLiteral("the Word document is too large when unpacked (%1 is over %2 MB)")
                             .arg(name, megabytes(limit));
            return part;
        }
        const std::unique_ptr<zip_file_t, FileCloser> file(
            zip_fopen_index(archive, static_cast<zip_uint64_t>(index), 0));
        if (!file) {
            const int code = zip_error_code_zip(zip_get_error(archive));
            part.error = code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD
                ? QStringLiteral("the Word document is encrypted (%1 needs a password)").arg(name)
                : QStringLiteral("the Word document is damaged (%1: %2)")
                      .arg(name, QString::fromUtf8(zip_strerror(archive)));
            return part;
        }
        constexpr qsizetype chunk = qsizetype(64) * 1024;
        while (true) {
            const qsizetype before = part.bytes.size();
            if (before + chunk > limit + 1) {
                part.bytes.resize(limit + 1);
            } else {
                part.bytes.resize(before + chunk);
            }
            const qsizetype room = part.bytes.size() - before;
            const zip_int64_t read = zip_fread(file.get(), part.bytes.data() + before, static_cast<zip_uint64_t>(room));
            if (read < 0) {
                part.error = QStringLiteral("the Word document is damaged (%1: %2)")
                                 .arg(name, QString::fromUtf8(zip_file_strerror(file.get())));
                return part;
            }
            part.bytes.resize(before + read);
            if (part.bytes.size() > limit) {
                part.error = QStringLiteral("the Word document is too large when unpacked (%1 is over %2 MB)")
                                 .arg(name, megabytes(limit));
                return part;
            }
            if (read == 0) {
                break;
            }
        }
        return part;
    }

    /// The targets of the package relationships: the main document and the core properties.
    void readRelationships(const QByteArray &xml, QString &document, QString &core)
    {
        QXmlStreamReader reader(xml);
        while (!reader.atEnd()) {
            if (reader.readNext() != QXmlStreamReader::StartElement || reader.name() != u"Relationship") {
                continue;
            }
            const QXmlStreamAttributes attributes = reader.attributes();
            const QStringView type = attributes.value(u"Type");
            QString target = attributes.value(u"Target").toString();
            while (target.startsWith(QLatin1Char('/'))) {
                target.remove(0, 1);
            }
            if (target.isEmpty() || target.contains(QLatin1String(".."))) {
                continue;
            }
            if (type.endsWith(u"/officeDocument")) {
                document = target;
            } else if (type.endsWith(u"/core-properties")) {
                core = target;
            }
        }
    }

    bool isOleCompoundFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) && file.read(8) == QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    }

} // namespace

ParsedDocument DocxReader::read(const QString &path)
{
    ParsedDocument parsed;
    int openError = 0;
    const std::unique_ptr<zip_t, ArchiveCloser> archive(
        zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &openError));
    if (!archive) {
        if (isOleCompoundFile(path)) {
            parsed.error = QStringLiteral("it is an old Word document (.doc) or a password-protected one, not a "
                                          ".docx; save it as .docx without a password");
        } else {
            zip_error_t error;
            zip_error_init_with_code(&error, openError);
            parsed.error = QStringLiteral("the Word document is damaged (not a zip archive: %1)")
                               .arg(QString::fromUtf8(zip_error_strerror(&error)));
            zip_error_fini(&error);
        }
        return parsed;
    }

    QString documentName = QStringLiteral("word/document.xml");
    QString coreName = QStringLiteral("docProps/core.xml");
    const Part relationships = readPart(archive.get(), QStringLiteral("_rels/.rels"), maxSmallPartBytes);
    if (relationships.found && relationships.error.isEmpty()) {
        readRelationships(relationships.bytes, documentName, coreName);
    }
    const Part document = readPart(archive.get(), documentName, maxDocumentXmlBytes);
    if (!document.found) {
        parsed.error = QStringLiteral("it is not a Word document (no %1 in the archive)").arg(documentName);
        return parsed;
    }
    if (!document.error.isEmpty()) {
        parsed.error = document.error;
        return parsed;
    }
    const DocxBody body = DocxText::readDocument(document.bytes);
    if (!body.isValid()) {
        parsed.error = body.error;
        return parsed;
    }
    if (body.text.trimmed().isEmpty()) {
        parsed.error = QStringLiteral("the Word document contains no text");
        return parsed;
    }
    parsed.format = QStringLiteral("docx");
    parsed.text = body.text;
    parsed.title = body.heading;
    const Part core = readPart(archive.get(), coreName, maxSmallPartBytes);
    if (core.found && core.error.isEmpty()) {
        const DocxCoreProperties properties = DocxText::readCoreProperties(core.bytes);
        if (!properties.title.isEmpty()) {
            parsed.title = properties.title;
        }
        parsed.author = properties.creator;
        parsed.published = properties.created;
        parsed.modified = properties.modified;
    }
    return parsed;
}

} // namespace Iwb
