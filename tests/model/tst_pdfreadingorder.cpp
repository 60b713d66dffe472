// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "document/pdfreadingorder.h"

#include <QTest>

using namespace Iwb;

namespace {

constexpr double charWidth = 5;
constexpr double wordHeight = 10;
constexpr double lineStep = 12;

/// The words of @p text set from (x, y) at 5 pt a character, as a PDF reader reports them.
QList<PdfWord> line(const QString &text, double x, double y)
{
    QList<PdfWord> words;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const double width = charWidth * static_cast<double>(word.size());
        words.append({ word, QRectF(x, y, width, wordHeight), true });
        x += width + charWidth;
    }
    return words;
}

/// Lines set one below the other from (x, y); an empty string leaves a paragraph gap.
QList<PdfWord> column(const QStringList &lines, double x, double y)
{
    QList<PdfWord> words;
    for (const QString &text : lines) {
        if (!text.isEmpty()) {
            words += line(text, x, y);
        }
        y += text.isEmpty() ? lineStep / 2 : lineStep;
    }
    return words;
}

} // namespace

class TestPdfReadingOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hyphenAtLineEnd_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("expected");
        QTest::newRow("broken word") << QStringLiteral("Die Daten-") << QStringLiteral("schutzbehörde ermittelt.")
                                     << QStringLiteral("Die Datenschutzbehörde ermittelt.");
        QTest::newRow("suspended compound, German")
            << QStringLiteral("keine Karten-") << QStringLiteral("oder Bankdaten.")
            << QStringLiteral("keine Karten- oder Bankdaten.");
        QTest::newRow("suspended compound, English")
            << QStringLiteral("both pre-") << QStringLiteral("and post-incident logs.")
            << QStringLiteral("both pre- and post-incident logs.");
        QTest::newRow("capital after the hyphen") << QStringLiteral("per E-") << QStringLiteral("Mail informiert.")
                                                  << QStringLiteral("per E-Mail informiert.");
        QTest::newRow("compound with a capital")
            << QStringLiteral("die Kunden-") << QStringLiteral("Daten lagen offen.")
            << QStringLiteral("die Kunden-Daten lagen offen.");
        QTest::newRow("number after the hyphen")
            << QStringLiteral("die COVID-") << QStringLiteral("19-Daten.") << QStringLiteral("die COVID-19-Daten.");
        QTest::newRow("dash standing alone") << QStringLiteral("Der Dienst -") << QStringLiteral("nicht die Bank.")
                                             << QStringLiteral("Der Dienst - nicht die Bank.");
        QTest::newRow("soft hyphen") << QStringLiteral("Die Daten\u00AD") << QStringLiteral("panne.")
                                     << QStringLiteral("Die Datenpanne.");
    }

    void hyphenAtLineEnd()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, expected);
        const PdfText text = PdfReadingOrder::arrange({ { column({ first, second }, 50, 100) } });
        QCOMPARE(text.text, expected);
        QCOMPARE(text.pageStarts, QList<qsizetype>({ 0 }));
    }

    void hyphenKeptWhereTheDocumentWritesIt()
    {
        // "well-known" stands on one line elsewhere, so the broken one keeps its hyphen.
        const PdfText text = PdfReadingOrder::arrange({ { column(
            { QStringLiteral("A well-known shop. Another well-"), QStringLiteral("known shop.") }, 50, 100) } });
        QCOMPARE(text.text, QStringLiteral("A well-known shop. Another well-known shop."));
    }

    void paragraphsFromVerticalGaps()
    {
        const PdfText text = PdfReadingOrder::arrange(
            { { column({ QStringLiteral("The shop lost the"), QStringLiteral("data of its clients."), QString(),
                           QStringLiteral("Nobody was told."), QString(), QStringLiteral("The end.") },
                50, 100) } });
        QCOMPARE(text.text, QStringLiteral("The shop lost the data of its clients.\n\nNobody was told.\n\nThe end."));
    }

    void columnsReadOneAfterTheOther()
    {
        // A title over both columns; the left column's paragraph goes on in the right column.
        QList<PdfWord> words
            = line(QStringLiteral("Leak at the Example Shop exposes the data of many clients"), 50, 60);
        words += column({ QStringLiteral("Left one starts"), QStringLiteral("and goes on here"),
                            QStringLiteral("and still on"), QStringLiteral("at its end") },
            50, 100);
        words += column({ QStringLiteral("in the right one."), QString(), QStringLiteral("A new paragraph"),
                            QStringLiteral("ends the page.") },
            200, 100);
        const PdfText text = PdfReadingOrder::arrange({ { words } });
        QCOMPARE(text.text,
            QStringLiteral("Leak at the Example Shop exposes the data of many clients\n\n"
                           "Left one starts and goes on here and still on at its end in the right one.\n\n"
                           "A new paragraph ends the page."));
    }

    void runningHeadersFootersAndPageNumbersDropped()
    {
        const QList<QStringList> bodies { { QStringLiteral("First page text goes"), QStringLiteral("on and on") },
            { QStringLiteral("to the second page"), QStringLiteral("which goes on") },
            { QStringLiteral("and ends on"), QStringLiteral("the third page.") } };
        QList<PdfPageWords> pages;
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            PdfPageWords page;
            page.words += line(QStringLiteral("Incident report 2026 of the Example Shop"), 50, 40);
            page.words += column(bodies.at(i), 50, 100);
            page.words += line(QStringLiteral("Page %1 of 3").arg(i + 1), 120, 700);
            pages.append(page);
        }
        const PdfText text = PdfReadingOrder::arrange(pages);
        QCOMPARE(text.text,
            QStringLiteral("First page text goes on and on to the second page which goes on and ends on the third "
                           "page."));
        QCOMPARE(text.pageStarts, QList<qsizetype>({ 0, 31, 64 }));
    }

    void emptyPagesKeepTheirPlace()
    {
        // A page that ends with a full line goes on on the next page with text, after the empty one.
        const PdfText text = PdfReadingOrder::arrange(
            { { line(QStringLiteral("One."), 50, 100) }, {}, { line(QStringLiteral("Three."), 50, 100) } });
        QCOMPARE(text.text, QStringLiteral("One. Three."));
        QCOMPARE(text.pageStarts, QList<qsizetype>({ 0, 5, 5 }));
    }
};

QTEST_GUILESS_MAIN(TestPdfReadingOrder)
#include "tst_pdfreadingorder.moc"
