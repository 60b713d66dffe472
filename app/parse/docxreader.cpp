// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "docxreader.h"

#include "document/docxtext.h"
#include "zippart.h"

#include <QFile>
#include <QXmlStreamReader>

#include <memory>
#include <optional>

#include <zip.h>

namespace Iwb {

namespace {

    constexpr qint64 maxSmallPartBytes = qint64(4) * 1024 * 1024;

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
    const ZipArchive archive(zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &openError));
    if (!archive) {
        if (isOleCompoundFile(path)) {
            parsed.refuse(ReaderMessage(QT_TRANSLATE_NOOP("DocumentReader",
                "it is an old Word document (.doc) or a password-protected one, not a .docx; save it as .docx "
                "without a password")));
        } else {
            parsed.refuse(ReaderMessage(
                QT_TRANSLATE_NOOP("DocumentReader", "the Word document is damaged (not a zip archive: %1)"),
                { zipOpenError(openError) }));
        }
        return parsed;
    }

    QString documentName = QStringLiteral("word/document.xml");
    QString coreName = QStringLiteral("docProps/core.xml");
    const ZipPart relationships
        = readZipPart(archive.get(), QStringLiteral("_rels/.rels"), maxSmallPartBytes, OfficePackage::WordDocument);
    if (relationships.found && relationships.error.isEmpty()) {
        readRelationships(relationships.bytes, documentName, coreName);
    }
    const ZipPart document = readZipPart(archive.get(), documentName, maxDocumentXmlBytes, OfficePackage::WordDocument);
    if (!document.found) {
        parsed.refuse(ReaderMessage(
            QT_TRANSLATE_NOOP("DocumentReader", "it is not a Word document (no %1 in the archive)"), { documentName }));
        return parsed;
    }
    if (!document.error.isEmpty()) {
        parsed.refuse(document.error);
        return parsed;
    }
    const DocxBody body = DocxText::readDocument(document.bytes);
    if (!body.isValid()) {
        parsed.refuse(body.error);
        return parsed;
    }
    if (body.text.trimmed().isEmpty()) {
        parsed.refuse(ReaderMessage(QT_TRANSLATE_NOOP("DocumentReader", "the Word document contains no text")));
        return parsed;
    }
    parsed.format = QStringLiteral("docx");
    parsed.text = body.text;
    parsed.title = body.heading;
    const ZipPart core = readZipPart(archive.get(), coreName, maxSmallPartBytes, OfficePackage::WordDocument);
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
