// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "programrun.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

/**
 * Golden files of extraction: `incident-cli extract --json` on each of our own
 * sample and test articles, compared exactly with tests/data/golden/<name>.json.
 * A refactoring of the extraction code must leave them unchanged; a rule change
 * shows its effect as a diff of these files, reviewed like code.
 *
 * To accept new output: tests/data/golden/update.sh (or run this test with
 * IWB_UPDATE_GOLDEN=1), then read the diff before committing it.
 */
class TestGolden : public QObject
{
    Q_OBJECT

private:
    const QString m_source = QStringLiteral(IWB_SOURCE_DIR);

    /// The articles, as paths relative to the source folder, so the golden files do not name this machine.
    QStringList articles() const
    {
        QStringList paths;
        const QList<QPair<QString, QStringList>> folders {
            { QStringLiteral("resources/samples"), { QStringLiteral("*.txt") } },
            { QStringLiteral("tests/model/data/articles"), { QStringLiteral("*.txt") } },
            { QStringLiteral("tests/model/data"), { QStringLiteral("*.html"), QStringLiteral("*.htm") } },
        };
        for (const auto &[folder, patterns] : folders) {
            const QStringList names
                = QDir(m_source + QLatin1Char('/') + folder).entryList(patterns, QDir::Files, QDir::Name);
            for (const QString &name : names) {
                paths.append(folder + QLatin1Char('/') + name);
            }
        }
        return paths;
    }

    static bool updating() { return qEnvironmentVariableIntValue("IWB_UPDATE_GOLDEN") == 1; }

private Q_SLOTS:
    void matchesGolden_data()
    {
        QTest::addColumn<QString>("article");
        const QStringList paths = articles();
        QVERIFY(paths.size() >= 20);
        for (const QString &path : paths) {
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
        }
    }

    void matchesGolden()
    {
        QFETCH(QString, article);
        const IwbTest::ProgramRun run = IwbTest::runProgram(QStringLiteral(IWB_CLI),
            { QStringLiteral("extract"), QStringLiteral("--json"), article }, 120000, m_source);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject output = IwbTest::jsonObjectOf(run.out);
        QVERIFY(!output.isEmpty());
        const QByteArray actual = QJsonDocument(output).toJson(QJsonDocument::Indented);

        const QString goldenPath = m_source + QStringLiteral("/tests/data/golden/")
            + QFileInfo(article).completeBaseName() + QStringLiteral(".json");
        QFile golden(goldenPath);
        if (updating()) {
            QVERIFY2(golden.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(goldenPath));
            golden.write(actual);
            return;
        }
        QVERIFY2(golden.open(QIODevice::ReadOnly),
            qPrintable(goldenPath + QStringLiteral(": missing; run tests/data/golden/update.sh")));
        const QByteArray expected = golden.readAll();
        if (actual != expected) {
            // Show the first line that differs, so the failure says what changed.
            const QList<QByteArray> actualLines = actual.split('\n');
            const QList<QByteArray> expectedLines = expected.split('\n');
            qsizetype line = 0;
            while (line < actualLines.size() && line < expectedLines.size()
                && actualLines.at(line) == expectedLines.at(line)) {
                ++line;
            }
            const QByteArray message = goldenPath.toUtf8() + ':' + QByteArray::number(line + 1) + ": expected\n  "
                + expectedLines.value(line) + "\nbut extraction now gives\n  " + actualLines.value(line);
            QFAIL(message.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
