// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "zippart.h"

namespace Iwb {

namespace {

    QString megabytes(qint64 bytes)
    {
        return QString::number(bytes / (qint64(1024) * 1024));
    }

    struct FileCloser
    {
        void operator()(zip_file_t *file) const { zip_fclose(file); }
    };

} // namespace

ZipPart readZipPart(zip_t *archive, const QString &name, qint64 limit, const QString &document)
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
        part.error
            = QStringLiteral("%1 is too large when unpacked (%2 is over %3 MB)").arg(document, name, megabytes(limit));
        return part;
    }
    const std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(archive, static_cast<zip_uint64_t>(index), 0));
    if (!file) {
        const int code = zip_error_code_zip(zip_get_error(archive));
        part.error = code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD
            ? QStringLiteral("%1 is encrypted (%2 needs a password)").arg(document, name)
            : QStringLiteral("%1 is damaged (%2: %3)").arg(document, name, QString::fromUtf8(zip_strerror(archive)));
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
            part.error = QStringLiteral("%1 is damaged (%2: %3)")
                             .arg(document, name, QString::fromUtf8(zip_file_strerror(file.get())));
            return part;
        }
        part.bytes.resize(before + read);
        if (part.bytes.size() > limit) {
            part.error = QStringLiteral("%1 is too large when unpacked (%2 is over %3 MB)")
                             .arg(document, name, megabytes(limit));
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
