// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "zippart.h"

namespace Iwb {

namespace {

    QString megabytes(qint64 bytes)
    {
        return QString::number(bytes / (qint64(1024) * 1024));
    }

    ReaderMessage tooLarge(OfficePackage package, const QString &name, qint64 limit)
    {
        return package == OfficePackage::WordDocument
            ? ReaderMessage(QT_TRANSLATE_NOOP(
                                "DocumentReader", "the Word document is too large when unpacked (%1 is over %2 MB)"),
                  { name, megabytes(limit) })
            : ReaderMessage(
                  QT_TRANSLATE_NOOP("DocumentReader", "the workbook is too large when unpacked (%1 is over %2 MB)"),
                  { name, megabytes(limit) });
    }

    ReaderMessage encrypted(OfficePackage package, const QString &name)
    {
        return package == OfficePackage::WordDocument
            ? ReaderMessage(
                  QT_TRANSLATE_NOOP("DocumentReader", "the Word document is encrypted (%1 needs a password)"), { name })
            : ReaderMessage(
                  QT_TRANSLATE_NOOP("DocumentReader", "the workbook is encrypted (%1 needs a password)"), { name });
    }

    ReaderMessage damaged(OfficePackage package, const QString &name, const char *reason)
    {
        return package == OfficePackage::WordDocument
            ? ReaderMessage(QT_TRANSLATE_NOOP("DocumentReader", "the Word document is damaged (%1: %2)"),
                  { name, QString::fromUtf8(reason) })
            : ReaderMessage(QT_TRANSLATE_NOOP("DocumentReader", "the workbook is damaged (%1: %2)"),
                  { name, QString::fromUtf8(reason) });
    }

    struct FileCloser
    {
        void operator()(zip_file_t *file) const { zip_fclose(file); }
    };

} // namespace

ZipPart readZipPart(zip_t *archive, const QString &name, qint64 limit, OfficePackage package)
{
    ZipPart part;
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
        part.error = tooLarge(package, name, limit);
        return part;
    }
    const std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(archive, static_cast<zip_uint64_t>(index), 0));
    if (!file) {
        const int code = zip_error_code_zip(zip_get_error(archive));
        part.error = code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD
            ? encrypted(package, name)
            : damaged(package, name, zip_strerror(archive));
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
            part.error = damaged(package, name, zip_file_strerror(file.get()));
            return part;
        }
        part.bytes.resize(before + read);
        if (part.bytes.size() > limit) {
            part.error = tooLarge(package, name, limit);
            return part;
        }
        if (read == 0) {
            break;
        }
    }
    return part;
}

QString zipOpenError(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString text = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return text;
}

} // namespace Iwb
