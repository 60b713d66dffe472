// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// fuzz_msgseeds FOLDER: writes the seed corpus of fuzz_msg (Outlook mails, OLE2 compound files) with
// libgsf's writer, from texts we wrote (the same writer as tst_msgimport). Run by hand when the seeds
// change: `build/dev/bin/fuzz_msgseeds tests/fuzz/corpus/msg`; tests/fuzz/make-seeds.py writes the
// other harnesses' seeds.

#include "msgtesting.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <gsf/gsf-utils.h>

#include <cstdio>

using namespace IwbMsgTest;

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    if (argc != 2) {
        std::fputs("usage: fuzz_msgseeds FOLDER\n", stderr);
        return 64;
    }
    gsf_init();
    const QDir folder(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(folder.path());

    const Msg release = releaseMsg();
    Msg html = releaseMsg();
    html.streams.removeIf([](const auto &stream) { return stream.first == "__substg1.0_1000001F"; });
    html.streams.append({ "__substg1.0_10130102",
        QByteArray("<html><head><meta charset=\"windows-1252\"></head><body><p>Die Aufsichtsbeh\xf6rde "
                   "wurde informiert.</p><script>x()</script></body></html>") });
    const Msg ansi { { { "__substg1.0_0037001E", QByteArray("Fehlversand von Kontoauszuegen\0", 31) },
                         { "__substg1.0_0C1A001E", QByteArray("Jana Beispiel") },
                         { "__substg1.0_0065001E", QByteArray("jana@lokalblatt.example") },
                         { "__substg1.0_1000001E", QByteArray("Die Behoerde wurde informiert.\r\n") } },
        {} };
    Msg attached = releaseMsg();
    attached.attachments = {
        { { "__substg1.0_3707001F", unicode(QStringLiteral("stellungnahme.txt")) },
            { "__substg1.0_37010102", second.toUtf8() } },
        { { "__substg1.0_3707001F", unicode(QStringLiteral("../logo.png")) },
            { "__substg1.0_37010102", QByteArray::fromBase64("iVBORw0KGgo=") } },
        { { "__substg1.0_370E001F", unicode(QStringLiteral("application/pdf")) },
            { "__substg1.0_37010102", QByteArray("%PDF-1.4\n%%EOF\n") } },
    };
    Msg smime = releaseMsg();
    smime.streams[0].second = unicode(QStringLiteral("IPM.Note.SMIME"));
    const Msg noMail { { { "WordDocument", QByteArray(64, '\x11') } }, {} };

    const QList<std::pair<const char *, Msg>> seeds { { "release.msg", release }, { "html.msg", html },
        { "ansi.msg", ansi }, { "attachments.msg", attached }, { "smime.msg", smime }, { "no-mail.msg", noMail } };
    for (const auto &[name, msg] : seeds) {
        if (!writeMsg(folder.filePath(QLatin1String(name)), msg)) {
            std::fprintf(stderr, "cannot write %s\n", name);
            return 1;
        }
    }
    // A damaged one: the release cut after its first sectors.
    QFile whole(folder.filePath(QStringLiteral("release.msg")));
    QFile cut(folder.filePath(QStringLiteral("truncated.msg")));
    if (!whole.open(QIODevice::ReadOnly) || !cut.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || cut.write(whole.read(1536)) != 1536) {
        std::fputs("cannot write truncated.msg\n", stderr);
        return 1;
    }
    return 0;
}
