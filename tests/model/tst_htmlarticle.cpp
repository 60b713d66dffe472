// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// Reading articles out of web pages: the bound on nesting in front of the parser, what a page
// says about itself, the body among the page's furniture, and decoding as a browser does.
// Every page here is written for the test.

#include "document/articletextwriter.h"
#include "document/htmldepthlimiter.h"
#include "document/htmlpagemetadata.h"
#include "document/htmltextextractor.h"
#include "document/htmltree.h"
#include "document/textdecoder.h"

#include <QTest>

using namespace Iwb;

namespace {

/// A page around @p body with a site's usual furniture: menu, cookie banner, sidebar, footer.
QByteArray pageAround(const QByteArray &body, const QByteArray &head = {})
{
    return "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Datenpanne bei den Stadtwerken | "
           "Lokalblatt Online</title>"
        + head
        + "</head><body>"
          "<header class=\"site-header\"><a href=\"/\">Lokalblatt</a><nav><a href=\"/politik\">Politik</a> "
          "<a href=\"/wirtschaft\">Wirtschaft</a></nav></header>"
          "<div class=\"cookie-banner\">Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten. "
          "<button>Akzeptieren</button></div>"
        + body
        + "<aside class=\"sidebar\"><h3>Meistgelesen</h3><ul><li><a href=\"/a\">Neuer Radweg eröffnet</a></li>"
          "<li><a href=\"/b\">Stadtfest mit Rekordbesuch</a></li></ul></aside>"
          "<footer><p>© 2026 Lokalblatt Online. Alle Rechte vorbehalten.</p><a href=\"/impressum\">Impressum</a>"
          "</footer></body></html>";
}

const QByteArray articleParagraphs
    = "<p>Die Stadtwerke Wiesenfurt haben am Montag eingeräumt, dass Unbekannte auf das Kundenportal zugegriffen "
      "haben. Betroffen seien Namen, Anschriften und Zählerstände von rund 12.000 Kunden.</p>"
      "<p>Der Zugriff sei über ein gestohlenes Passwort eines Dienstleisters erfolgt, teilte ein Sprecher mit. "
      "Die Landesdatenschutzbeauftragte wurde informiert.</p>"
      "<p>Kunden sollen ihre Passwörter ändern, rät das Unternehmen, und auf verdächtige E-Mails achten.</p>";

const QString articleText = QStringLiteral(
    "Die Stadtwerke Wiesenfurt haben am Montag eingeräumt, dass Unbekannte auf das Kundenportal zugegriffen "
    "haben. Betroffen seien Namen, Anschriften und Zählerstände von rund 12.000 Kunden.\n\n"
    "Der Zugriff sei über ein gestohlenes Passwort eines Dienstleisters erfolgt, teilte ein Sprecher mit. "
    "Die Landesdatenschutzbeauftragte wurde informiert.\n\n"
    "Kunden sollen ihre Passwörter ändern, rät das Unternehmen, und auf verdächtige E-Mails achten.");

QByteArray repeated(const QByteArray &part, int times)
{
    QByteArray result;
    result.reserve(part.size() * times);
    for (int i = 0; i < times; ++i) {
        result += part;
    }
    return result;
}

} // namespace

class TestHtmlArticle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void depthLimiter_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QByteArray>("limited");

        QTest::newRow("shallow page unchanged") << QByteArray("<div><p>a<b>b</b></p><img src=x><br/></div>")
                                                << QByteArray("<div><p>a<b>b</b></p><img src=x><br/></div>");
        QTest::newRow("too deep: blocks become line breaks, text stays")
            << QByteArray("<div><div><div><div>tief</div></div></div></div>")
            << QByteArray("<div><div><div><br>tief<br></div></div></div>");
        QTest::newRow("too deep inline elements vanish with their end tags")
            << QByteArray("<div><div><div><span>a</span><span>b</span></div></div></div>")
            << QByteArray("<div><div><div>ab</div></div></div>");
        QTest::newRow("p closes p, so siblings never nest") << QByteArray("<div><p>eins<p>zwei<p>drei<p>vier</div>")
                                                            << QByteArray("<div><p>eins<p>zwei<p>drei<p>vier</div>");
        QTest::newRow("raw text is copied, tags in it are text")
            << QByteArray("<div><div><div><script>var s = '<div><div>';</script></div></div></div>")
            << QByteArray("<div><div><div><script>var s = '<div><div>';</script></div></div></div>");
        QTest::newRow("comments are copied") << QByteArray("<div><div><div><!-- <div><div> --></div></div></div>")
                                             << QByteArray("<div><div><div><!-- <div><div> --></div></div></div>");
        QTest::newRow("formatting elements beyond their limit vanish")
            << QByteArray("<b><i><u><s>x</s></u></i></b>") << QByteArray("<b><i>x</i></b>");
        QTest::newRow("attributes beyond the limit are dropped")
            << QByteArray("<p a=1 b=\"2\" c='3' d>x</p>") << QByteArray("<p a=1 b=\"2\" >x</p>");
        QTest::newRow("a lone < is text") << QByteArray("<p>3 < 4</p>") << QByteArray("<p>3 < 4</p>");
        QTest::newRow("self-closing in svg does not nest")
            << QByteArray("<svg><g/><g/><g/><g/></svg>") << QByteArray("<svg><g/><g/><g/><g/></svg>");
    }

    void depthLimiter()
    {
        QFETCH(QByteArray, html);
        QFETCH(QByteArray, limited);
        HtmlDepthLimiter::Limits limits;
        limits.maxDepth = 3;
        limits.maxFormattingElements = 2;
        limits.maxAttributes = 2;
        QCOMPARE(HtmlDepthLimiter::limit(html, limits), limited);
    }

    void pathologicalShapesKeepAllTheirText_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<int>("words");

        const int n = 100000;
        QTest::newRow("100,000 nested divs") << repeated("<div>wort ", n) << n;
        QTest::newRow("100,000 unclosed formatting elements") << repeated("<b class=x>wort ", n) << n;
        QTest::newRow("10,000 nested tables")
            << "<table><tr><td>wort " + repeated("<table><tr><td>wort ", 9999) << 10000;
        QTest::newRow("a tag with 100,000 attributes")
            << "<p " + repeated("a=1 ", n) + ">wort</p>" + repeated("<p>wort</p>", 9) << 10;
    }

    void pathologicalShapesKeepAllTheirText()
    {
        QFETCH(QByteArray, html);
        QFETCH(int, words);
        // No crash, no recursion as deep as the markup, and not a word lost by the bound on nesting.
        const HtmlTree tree(html);
        QCOMPARE(tree.textContent(0).count(QStringLiteral("wort")), words);
        QVERIFY(HtmlTextExtractor::extract(html).text.contains(QLatin1String("wort")));
    }

    void pageMetadata_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");

        const QByteArray ogSite = "<meta property=\"og:site_name\" content=\"Lokalblatt Online\">";
        QTest::newRow("title without the site name from og:site_name")
            << ogSite << QStringLiteral("title") << QStringLiteral("Datenpanne bei den Stadtwerken");
        QTest::newRow("og:title wins over <title>")
            << QByteArray("<meta property=\"og:title\" content=\"Kundendaten offen im Netz\">")
            << QStringLiteral("title") << QStringLiteral("Kundendaten offen im Netz");
        QTest::newRow("site name") << ogSite << QStringLiteral("siteName") << QStringLiteral("Lokalblatt Online");
        QTest::newRow("author from meta") << QByteArray("<meta name=\"author\" content=\"Erika Muster\">")
                                          << QStringLiteral("author") << QStringLiteral("Erika Muster");
        QTest::newRow("published from article:published_time")
            << QByteArray("<meta property=\"article:published_time\" content=\"2026-03-04T08:15:00+01:00\">")
            << QStringLiteral("published") << QStringLiteral("2026-03-04");
        QTest::newRow("modified") << QByteArray("<meta property=\"article:modified_time\" content=\"2026-03-05\">")
                                  << QStringLiteral("modified") << QStringLiteral("2026-03-05");
        QTest::newRow("canonical link") << QByteArray("<link rel=\"canonical\" href=\"https://lokalblatt.example/a\">")
                                        << QStringLiteral("canonicalUrl")
                                        << QStringLiteral("https://lokalblatt.example/a");
        QTest::newRow("JSON-LD in @graph: date, author, publisher")
            << QByteArray("<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebSite\"},"
                          "{\"@type\":\"NewsArticle\",\"datePublished\":\"2026-02-01T10:00:00Z\","
                          "\"author\":[{\"@type\":\"Person\",\"name\":\"Max Beispiel\"}]}]}</script>")
            << QStringLiteral("published+author") << QStringLiteral("2026-02-01|Max Beispiel");
        QTest::newRow("JSON-LD articleBody") << QByteArray(
            "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"articleBody\":\"Erster Satz.\"}</script>")
                                             << QStringLiteral("jsonLdBody") << QStringLiteral("Erster Satz.");
        QTest::newRow("broken JSON-LD is ignored")
            << QByteArray("<script type=\"application/ld+json\">{\"@type\":\"Article\",</script>")
            << QStringLiteral("jsonLdBody") << QString();
        QTest::newRow("language from <html lang>")
            << QByteArray() << QStringLiteral("language") << QStringLiteral("de");
        QTest::newRow("date in the canonical URL as the last resort")
            << QByteArray("<link rel=\"canonical\" href=\"https://lokalblatt.example/2026/03/04/panne/\">")
            << QStringLiteral("published") << QStringLiteral("2026-03-04");
    }

    void pageMetadata()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, field);
        QFETCH(QString, value);
        const HtmlTree tree(pageAround("<article>" + articleParagraphs + "</article>", head));
        const HtmlPageMetadata page = HtmlPageMetadata::read(tree);
        const QHash<QString, QString> fields { { QStringLiteral("title"), page.title },
            { QStringLiteral("siteName"), page.siteName }, { QStringLiteral("author"), page.author },
            { QStringLiteral("published"), page.published }, { QStringLiteral("modified"), page.modified },
            { QStringLiteral("canonicalUrl"), page.canonicalUrl }, { QStringLiteral("jsonLdBody"), page.jsonLdBody },
            { QStringLiteral("language"), page.language },
            { QStringLiteral("published+author"), page.published + QLatin1Char('|') + page.author } };
        QVERIFY(fields.contains(field));
        QCOMPARE(fields.value(field), value);
    }

    void titleWithoutSiteName_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("expected");

        QTest::newRow("known site after a bar")
            << QStringLiteral("Leck beim Versorger | Lokalblatt") << QStringLiteral("Lokalblatt")
            << QStringLiteral("Leck beim Versorger");
        QTest::newRow("known site before the headline")
            << QStringLiteral("Lokalblatt – Leck beim Versorger") << QStringLiteral("Lokalblatt")
            << QStringLiteral("Leck beim Versorger");
        QTest::newRow("unknown short site after a long headline")
            << QStringLiteral("Unbekannte greifen auf Kundenportal zu - Kurier Nord") << QString()
            << QStringLiteral("Unbekannte greifen auf Kundenportal zu");
        QTest::newRow("a dash inside a short headline stays") << QStringLiteral(
            "Angriff - Polizei ermittelt") << QString() << QStringLiteral("Angriff - Polizei ermittelt");
        QTest::newRow("several site parts")
            << QStringLiteral("Datenleck bei der Kasse bestätigt | Region | Kurier") << QStringLiteral("Kurier")
            << QStringLiteral("Datenleck bei der Kasse bestätigt");
        QTest::newRow("hyphen in a word is no separator")
            << QStringLiteral("E-Mail-Adressen von Kunden offen") << QString()
            << QStringLiteral("E-Mail-Adressen von Kunden offen");
    }

    void titleWithoutSiteName()
    {
        QFETCH(QString, title);
        QFETCH(QString, site);
        QFETCH(QString, expected);
        QCOMPARE(HtmlPageMetadata::titleWithoutSiteName(title, site), expected);
    }

    void articleBody_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("text");

        QTest::newRow("article among the furniture")
            << pageAround("<article><h1>Datenpanne bei den Stadtwerken</h1><p class=\"byline\">Von Erika Muster</p>"
                   + articleParagraphs
                   + "<div class=\"share-bar\"><a href=\"#\">Teilen</a> <a href=\"#\">Twittern</a></div>"
                     "</article>"
                     "<section class=\"comments\"><p>Das ist ja unglaublich, wie kann das passieren, fragt "
                     "man sich, und wer haftet dafür eigentlich am Ende?</p></section>")
            << articleText;
        QTest::newRow("no semantic tags: the div with the prose wins") << pageAround(
            "<div id=\"wrap\"><div class=\"col\"><ul><li><a href=\"/1\">Sport</a></li><li><a "
            "href=\"/2\">Kultur</a></li></ul></div><div class=\"col\">"
            + articleParagraphs + "</div></div>") << articleText;
        QTest::newRow("a related-articles list inside the article goes") << pageAround("<article>" + articleParagraphs
            + "<h3>Mehr zum Thema</h3><ul><li><a href=\"/x\">Hackerangriff auf Klinik: Was wir "
              "wissen</a></li><li><a href=\"/y\">So schützen Sie Ihr Konto</a></li></ul></article>")
                                                                         << articleText;
        QTest::newRow("lead paragraph in the article's head joins the body")
            << pageAround("<div class=\"article\"><div class=\"article-intro\"><p>Ein gestohlenes Passwort öffnete "
                          "das Kundenportal der Stadtwerke.</p></div><div class=\"article-body\">"
                   + articleParagraphs + "</div></div>")
            << QStringLiteral("Ein gestohlenes Passwort öffnete das Kundenportal der Stadtwerke.\n\n") + articleText;
        QTest::newRow("one big div of br-separated text")
            << pageAround("<div>Die Stadtwerke Wiesenfurt haben am Montag einen Zugriff auf das Kundenportal "
                          "gemeldet, betroffen sind rund 12.000 Kunden.<br><br>Der Zugriff erfolgte über ein "
                          "gestohlenes Passwort, sagte ein Sprecher, und wurde gestoppt.<br>Die Behörde ist "
                          "informiert.</div>")
            << QStringLiteral("Die Stadtwerke Wiesenfurt haben am Montag einen Zugriff auf das Kundenportal gemeldet, "
                              "betroffen sind rund 12.000 Kunden.\n\n"
                              "Der Zugriff erfolgte über ein gestohlenes Passwort, sagte ein Sprecher, und wurde "
                              "gestoppt.\n\nDie Behörde ist informiert.");
        QTest::newRow("a table stays readable: one row a line, cells apart") << pageAround("<article>"
            + articleParagraphs
            + "<table><tr><th>Daten</th><th>Betroffene</th></tr><tr><td>Namen</td><td>12.000</td></tr>"
              "</table></article>") << articleText + QStringLiteral("\n\nDaten\tBetroffene\n\nNamen\t12.000");
        QTest::newRow("the next article of an endless page is not this one's")
            << pageAround("<main><article class=\"story\"><h2>Lücke im Portal</h2><p>Erster Artikel, über das "
                          "Portal, die Kunden, und seine Lücke, die am Montag bekannt wurde.</p><p>Die Stadtwerke "
                          "prüfen, wie es dazu kam, und wer davon betroffen ist.</p></article>"
                          "<article class=\"story\"><h2>Stadtfest</h2><p>Zweiter Artikel, über ein Stadtfest, die "
                          "Bühne, die Gäste, die Musik, das Wetter, und die Aufräumarbeiten danach.</p><p>Die "
                          "Veranstalter, die Helfer und die Polizei zogen eine gute, ruhige, fröhliche Bilanz, sagte "
                          "der Sprecher, und dankte allen.</p></article></main>")
            << QStringLiteral("Lücke im Portal\n\nErster Artikel, über das Portal, die Kunden, und seine Lücke, die "
                              "am Montag bekannt wurde.\n\nDie Stadtwerke prüfen, wie es dazu kam, und wer davon "
                              "betroffen ist.");
        QTest::newRow("body only in noscript")
            << pageAround("<div id=\"app\"></div><noscript>" + articleParagraphs + "</noscript>") << articleText;
        QTest::newRow("body only in JSON-LD (rendered by script)")
            << pageAround("<div id=\"app\">Laden …</div>",
                   "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"Die Stadtwerke "
                   "Wiesenfurt melden einen Zugriff auf ihr Kundenportal.\\nBetroffen sind rund 12.000 "
                   "Kunden.\"}</script>")
            << QStringLiteral("Die Stadtwerke Wiesenfurt melden einen Zugriff auf ihr Kundenportal.\n\n"
                              "Betroffen sind rund 12.000 Kunden.");
        QTest::newRow("hidden elements and ARIA furniture stay out")
            << pageAround("<main><div role=\"navigation\">Zurück Weiter</div>" + articleParagraphs
                   + "<div hidden>Geheimer Hinweis</div><p style=\"display: none\">Unsichtbar</p></main>")
            << articleText;
        QTest::newRow("ruby readings are not part of the sentence")
            << pageAround(
                   "<article><p><ruby>個人<rt>こじん</rt></ruby>情報が<ruby>流出<rp>(</rp><rt>りゅうしゅつ</rt><rp>)"
                   "</rp></ruby>した可能性があると、会社は発表しました。</p></article>")
            << QStringLiteral("個人情報が流出した可能性があると、会社は発表しました。");
        QTest::newRow("page with no text at all") << QByteArray("<html><body><script>x()</script><img src=a.png>"
                                                                "</body></html>")
                                                  << QString();
    }

    void articleBody()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, text);
        QCOMPARE(HtmlTextExtractor::extract(html).text, text);
    }

    void boilerplateLines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kept");

        QTest::newRow("read-more line") << QStringLiteral("Ein Satz.\n\nLesen Sie auch: Der Fall im Überblick")
                                        << QStringLiteral("Ein Satz.");
        QTest::newRow("label of a tag list")
            << QStringLiteral("Ein Satz.\n\nTags: Datenschutz, Stadtwerke") << QStringLiteral("Ein Satz.");
        QTest::newRow("byline") << QStringLiteral("Von Erika Muster\n\nEin Satz.") << QStringLiteral("Ein Satz.");
        QTest::newRow("an advert marker with dashes")
            << QStringLiteral("- Anzeige -\n\nEin Satz.") << QStringLiteral("Ein Satz.");
        QTest::newRow("a sentence that starts like a label stays")
            << QStringLiteral("Von den Daten der 12.000 Kunden seien Namen und Anschriften betroffen, hieß es am "
                              "Montag aus dem Rathaus.")
            << QStringLiteral("Von den Daten der 12.000 Kunden seien Namen und Anschriften betroffen, hieß es am "
                              "Montag aus dem Rathaus.");
        QTest::newRow("English furniture")
            << QStringLiteral("A sentence.\n\nShare this article\n\nRelated") << QStringLiteral("A sentence.");
    }

    void boilerplateLines()
    {
        QFETCH(QString, text);
        QFETCH(QString, kept);
        QCOMPARE(ArticleTextWriter::withoutBoilerplateLines(text), kept);
    }

    void decodesWebPagesAsABrowser_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("transportCharset");
        QTest::addColumn<QString>("text");

        QTest::newRow("declared Latin-1 read as Windows-1252") << QByteArray(
            "<meta charset=\"iso-8859-1\"><p>Gr\xfc\xdf"
            "e \x80</p>") << QString() << QStringLiteral("<meta charset=\"iso-8859-1\"><p>Grüße €</p>");
        QTest::newRow("http-equiv declaration")
            << QByteArray("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">\xe4")
            << QString()
            << QStringLiteral("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">ä");
        QTest::newRow("the server's charset wins over the page's")
            << QByteArray("<meta charset=\"utf-8\">\xe4") << QStringLiteral("ISO-8859-15")
            << QStringLiteral("<meta charset=\"utf-8\">ä");
        QTest::newRow("broken bytes in UTF-8 become U+FFFD instead of a refusal")
            << QByteArray("<meta charset=\"utf-8\"><p>Stra\xc3\xa9 und \xff</p>") << QString()
            << QStringLiteral("<meta charset=\"utf-8\"><p>Straé und \uFFFD</p>");
        QTest::newRow("undeclared valid UTF-8")
            << QByteArray("<p>K\xc3\xb6ln</p>") << QString() << QStringLiteral("<p>Köln</p>");
    }

    void decodesWebPagesAsABrowser()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, transportCharset);
        QFETCH(QString, text);
        const DecodedText decoded = TextDecoder::decodeWebPage(bytes, transportCharset);
        QVERIFY2(decoded.isValid(), qPrintable(decoded.error));
        QCOMPARE(decoded.text, text);
    }

    void refusesOnlyBinaryData()
    {
        const DecodedText decoded = TextDecoder::decodeWebPage(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        QVERIFY(!decoded.isValid());
        QVERIFY(decoded.error.contains(QLatin1String("binary")));
    }
};

QTEST_GUILESS_MAIN(TestHtmlArticle)
#include "tst_htmlarticle.moc"
