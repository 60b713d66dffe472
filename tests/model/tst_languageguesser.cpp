// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "document/languageguesser.h"

#include <QTest>

using namespace Iwb;

class TestLanguageGuesser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guess_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");

        const QString german = QStringLiteral(
            "Die Kunden der Bank konnten am Montag für eine halbe Stunde die Konten von anderen Kunden sehen, "
            "weil bei einem Update ein Fehler passiert ist. Das Unternehmen hat den Fehler nach "
            "eigenen Angaben schnell behoben und die Behörde informiert. ");
        const QString english = QStringLiteral(
            "Customers of the bank could see the accounts of other customers for half an hour on Monday, "
            "because an error happened during an update. The company said it fixed the error quickly "
            "and that it has informed the regulator. ");
        QTest::newRow("German") << german << "de";
        QTest::newRow("English") << english << "en";
        QTest::newRow("German with an English quote")
            << german + german + QStringLiteral("\"We are sorry,\" the bank said. ") + german << "de";
        QTest::newRow("English with a German name")
            << english + QStringLiteral("Die Stadtwerke Wiesenfurt ") + english << "en";
        // A long German text that ends in English: the beginning decides.
        QTest::newRow("language changes late") << german.repeated(4) + english.repeated(8) << "de";
        QTest::newRow("no words") << QStringLiteral("12:30 — 4.100 / 250") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void guess()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QCOMPARE(LanguageGuesser::instance().guess(text), language);
    }
};

QTEST_GUILESS_MAIN(TestLanguageGuesser)
#include "tst_languageguesser.moc"
