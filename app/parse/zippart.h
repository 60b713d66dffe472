// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "document/readermessage.h"

#include <QByteArray>
#include <QString>

#include <memory>

#include <zip.h>

namespace Iwb {

/// Closes a libzip archive opened read-only (nothing to write back).
struct ZipArchiveCloser
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};
using ZipArchive = std::unique_ptr<zip_t, ZipArchiveCloser>;

/// One part of an Office Open XML package (Word, Excel), unpacked.
struct ZipPart
{
    QByteArray bytes;
    bool found = false;
    ReaderMessage error;
};

/// What kind of package the archive is, for the messages: "the Word document is damaged (...)".
enum class OfficePackage { WordDocument, Workbook };

/// Unpacks part @p name of @p archive, never more than @p limit bytes whatever the archive claims (a zip
/// bomb stops at the limit).
ZipPart readZipPart(zip_t *archive, const QString &name, qint64 limit, OfficePackage package);

/// The error text of libzip's open error @p code.
QString zipOpenError(int code);

} // namespace Iwb
