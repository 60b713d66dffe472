// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QString>

class QIODevice;

namespace Iwb {

class IncidentStore;

/**
 * The whole store as one JSON file, and back: documents (with text, raw
 * source and the original file, a PDF, in base64), facts, incident records with their sources and evidence, and the
 * edit history, each with its id and timestamps (docs/exchange.md).
 *
 * The file is deterministic: a fixed top-level order, rows sorted by id, keys
 * of every row sorted, one row per line. Importing it into an empty store and
 * writing that store again gives the same bytes. Offsets are code points, as
 * everywhere data leaves the program.
 *
 * An import is all or nothing: the file is read and checked completely, then
 * written in one transaction. It adds no history entry of its own, since the
 * file's history is restored as it was (an entry would make the re-export
 * differ from the file).
 *
 * Size caps come before parsing (Limits): a file over the file limit is refused
 * by its size before a byte of it is read, and a string (a value or a key) over
 * the string limit is found by one pass over the bytes, before the JSON parser
 * makes anything of them.
 */
class StoreSnapshot
{
public:
    /// The value of the file's "format" key.
    static QString formatName() { return QStringLiteral("incident-workbench-snapshot"); }
    /// The value of the file's "format_version" key that this program writes and reads.
    static int formatVersion() { return 1; }

    /// Writes the snapshot of @p store to @p device.
    bool write(const IncidentStore &store, QIODevice &device);
    /// Writes the snapshot to @p path, replacing the file only when everything was written.
    bool writeFile(const IncidentStore &store, const QString &path);

    struct Limits
    {
        /// The largest snapshot file read (512 MiB): the file is parsed in memory, which takes several
        /// times its size, so a larger store is better kept as a copy of its database file.
        qint64 fileBytes = qint64(512) * 1024 * 1024;
        /// The longest string, in bytes as written in the file (escapes included): the longest a store
        /// holds is a PDF of 100 MB (DocumentImporter's limit for PDFs) in base64, 134 MB.
        qint64 stringBytes = qint64(160) * 1024 * 1024;
    };
    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }

    /// Restores the snapshot in @p path into @p store, which must be empty. On failure the store is untouched.
    bool importFile(IncidentStore &store, const QString &path);

    /// True when @p path looks like a snapshot by its name (ends in .json); importers use it to tell snapshots from
    /// articles.
    static bool isSnapshotPath(const QString &path);

    /// Why the last call failed; starts with the file or database it is about.
    QString errorString() const { return m_error; }

    /// What the last successful import restored.
    struct Counts
    {
        qint64 documents = 0;
        qint64 facts = 0;
        qint64 incidents = 0;
        qint64 history = 0;
    };
    Counts importedCounts() const { return m_counts; }

private:
    bool fail(const QString &message);

    QString m_error;
    Counts m_counts;
    Limits m_limits;
};

} // namespace Iwb
