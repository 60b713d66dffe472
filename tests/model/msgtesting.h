// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

// Outlook mails (.msg) written by the tests with libgsf's OLE2 writer (GsfOutfileMSOle), from texts we wrote.

#include "mailtesting.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QtEndian>

#include <gsf/gsf-outfile-msole.h>
#include <gsf/gsf-outfile.h>
#include <gsf/gsf-output-stdio.h>

#include <utility>

namespace IwbMsgTest {

using namespace IwbMailTest;

/// The streams of one storage: name and bytes.
using Streams = QList<std::pair<QByteArray, QByteArray>>;

/// A .msg the test writes with libgsf's OLE2 writer (GsfOutfileMSOle): the message's streams and its
/// attachment storages.
struct Msg
{
    Streams streams;
    QList<Streams> attachments;
};

/// A Unicode string property (PT_UNICODE, UTF-16LE with its terminating zero, as Outlook writes it).
inline QByteArray unicode(const QString &text)
{
    QByteArray bytes(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    return bytes + QByteArray(2, '\0');
}

/// The message's `__properties_version1.0`: the 32-byte header, then PR_CLIENT_SUBMIT_TIME.
inline QByteArray submitTime(const QDateTime &when)
{
    QByteArray bytes(32 + 16, '\0');
    qToLittleEndian<quint32>(0x00390040, bytes.data() + 32);
    qToLittleEndian<quint32>(6, bytes.data() + 36); // readable, writable
    const quint64 ticks = static_cast<quint64>(when.toSecsSinceEpoch() + 11644473600LL) * 10000000ULL;
    qToLittleEndian<quint64>(ticks, bytes.data() + 40);
    return bytes;
}

inline bool writeStreams(GsfOutfile *storage, const Streams &streams)
{
    for (const auto &[name, bytes] : streams) {
        GsfOutput *stream = gsf_outfile_new_child(storage, name.constData(), FALSE);
        if (stream == nullptr) {
            return false;
        }
        const bool written = gsf_output_write(stream, static_cast<size_t>(bytes.size()),
                                 reinterpret_cast<const guint8 *>(bytes.constData()))
            && gsf_output_close(stream);
        g_object_unref(stream);
        if (!written) {
            return false;
        }
    }
    return true;
}

inline bool writeMsg(const QString &path, const Msg &msg)
{
    GError *error = nullptr;
    GsfOutput *file = gsf_output_stdio_new(path.toUtf8().constData(), &error);
    if (file == nullptr) {
        g_clear_error(&error);
        return false;
    }
    GsfOutfile *root = gsf_outfile_msole_new(file);
    bool written = writeStreams(root, msg.streams);
    for (qsizetype i = 0; written && i < msg.attachments.size(); ++i) {
        const QByteArray name = QStringLiteral("__attach_version1.0_#%1").arg(i, 8, 16, QLatin1Char('0')).toLatin1();
        GsfOutput *storage = gsf_outfile_new_child(root, name.constData(), TRUE);
        written = storage != nullptr && writeStreams(GSF_OUTFILE(storage), msg.attachments.at(i))
            && gsf_output_close(storage);
        if (storage != nullptr) {
            g_object_unref(storage);
        }
    }
    written = gsf_output_close(GSF_OUTPUT(root)) && written;
    g_object_unref(root);
    g_object_unref(file);
    return written;
}

/// The press office's release as Outlook saves it: subject, sender, plain body, submit time.
inline Msg releaseMsg(const QString &subject = releaseTitle)
{
    return Msg {
        { { "__substg1.0_001A001F", unicode(QStringLiteral("IPM.Note")) }, { "__substg1.0_0037001F", unicode(subject) },
            { "__substg1.0_0C1A001F", unicode(QStringLiteral("Pressestelle Stadtwerke Nordheim")) },
            { "__substg1.0_0C1F001F",
                unicode(QStringLiteral("/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP/CN=RECIPIENTS/"
                                       "CN=PRESSE")) },
            { "__substg1.0_5D01001F", unicode(QStringLiteral("presse@stadtwerke-nordheim.example")) },
            { "__substg1.0_1000001F", unicode(first + QStringLiteral("\r\n\r\n") + second + QStringLiteral("\r\n")) },
            { "__properties_version1.0", submitTime(QDateTime(QDate(2026, 3, 2), QTime(8, 15), QTimeZone::UTC)) } },
        {}
    };
}

} // namespace IwbMsgTest
