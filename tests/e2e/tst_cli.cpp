// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "programrun.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

/// Runs the real incident-cli as a user would and checks what it prints.
class TestCli : public QObject
{
    Q_OBJECT

private:
    using Run = IwbTest::ProgramRun;

    QTemporaryDir m_dir;
    const QString m_samples = QStringLiteral(IWB_SOURCE_DIR "/resources/samples");

    static Run cli(const QStringList &arguments) { return IwbTest::runCli(arguments); }

private Q_SLOTS:
    void importThenListTheSamples()
    {
        const QString db = m_dir.filePath(QStringLiteral("cli.sqlite"));
        const QStringList files = QDir(m_samples).entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
        QStringList arguments { QStringLiteral("import") };
        for (const QString &file : files) {
            arguments.append(m_samples + QLatin1Char('/') + file);
        }
        arguments << QStringLiteral("--db") << db;
        const Run import = cli(arguments);
        QVERIFY2(import.exitCode == 0, qPrintable(import.err));
        QVERIFY2(import.out.contains(QStringLiteral("%1 imported, 0 already stored, 0 failed").arg(files.size())),
            qPrintable(import.out));

        const Run list = cli({ QStringLiteral("list"), QStringLiteral("--db"), db });
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(QLatin1String("Stolen laptop exposes details of 1,200 insurance customers")));
        QVERIFY(list.out.contains(QLatin1String("2026-02-12")));
        QVERIFY(list.out.contains(QStringLiteral("%1 documents in ").arg(files.size())));

        const Run json = cli({ QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), db });
        QCOMPARE(json.exitCode, 0);
        const QStringList lines = json.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), files.size());
        int german = 0;
        for (const QString &line : lines) {
            const QJsonObject object = QJsonDocument::fromJson(line.toUtf8()).object();
            QVERIFY(object.value(QStringLiteral("id")).toInteger() > 0);
            QVERIFY(!object.value(QStringLiteral("title")).toString().isEmpty());
            german += object.value(QStringLiteral("language")).toString() == QLatin1String("de");
        }
        QCOMPARE(german, 5);

        // Importing the folder again finds every article already there.
        const Run again = cli({ QStringLiteral("import"), m_samples, QStringLiteral("--db"), db });
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("0 imported, %1 already stored, 0 failed").arg(files.size())),
            qPrintable(again.out));
    }

    void badFilesAreReportedAndTheRestImported()
    {
        const QString db = m_dir.filePath(QStringLiteral("partial.sqlite"));
        const QString empty = m_dir.filePath(QStringLiteral("leer.txt"));
        QFile(empty).open(QIODevice::WriteOnly);
        const QString good = m_samples + QStringLiteral("/en-lost-laptop.txt");
        const Run run = cli({ QStringLiteral("import"), empty, good, m_dir.filePath(QStringLiteral("missing.html")),
            QStringLiteral("--db"), db });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(empty + QStringLiteral(": the file is empty")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("missing.html: no such file")), qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("1 imported, 0 already stored, 2 failed")));
        const Run list = cli({ QStringLiteral("list"), QStringLiteral("--db"), db });
        QVERIFY(list.out.contains(QLatin1String("1 documents in")));
    }

    void refusesAFileThatIsNotADatabase()
    {
        const QString notDb = m_dir.filePath(QStringLiteral("text.sqlite"));
        QFile file(notDb);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("kein SQLite, nur Text ").repeated(100));
        file.close();
        const Run run = cli({ QStringLiteral("list"), QStringLiteral("--db"), notDb });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.err.contains(notDb + QStringLiteral(": is not an Incident Workbench database")), qPrintable(run.err));
        // Said once, and nothing else: no log line repeating it, no warning from Qt's SQL layer.
        QCOMPARE(run.err.trimmed().split(QLatin1Char('\n')).size(), 1);
        QCOMPARE(QFileInfo(notDb).size(), qint64(2200));
    }

    void usageErrors()
    {
        const Run unknown = cli({ QStringLiteral("frobnicate") });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QLatin1String("unknown command 'frobnicate'")));
        const Run nothing
            = cli({ QStringLiteral("import"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("x.sqlite")) });
        QCOMPARE(nothing.exitCode, 2);
        QVERIFY(nothing.err.contains(QLatin1String("name at least one file")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
