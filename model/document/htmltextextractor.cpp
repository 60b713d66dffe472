// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "htmltextextractor.h"

#include "articlebodyfinder.h"
#include "articletextwriter.h"
#include "htmltree.h"

#include <QSet>

namespace Iwb {

namespace {

    /// JSON-LD bodies separate paragraphs by line breaks, or not at all.
    QString paragraphsOf(const QString &plain)
    {
        QStringList paragraphs;
        for (const QString &line : plain.split(QLatin1Char('\n'))) {
            if (const QString simplified = line.simplified(); !simplified.isEmpty()) {
                paragraphs.append(simplified);
            }
        }
        return paragraphs.join(QStringLiteral("\n\n"));
    }

} // namespace

HtmlArticle HtmlTextExtractor::extract(const QString &html)
{
    return extract(html.toUtf8());
}

HtmlArticle HtmlTextExtractor::extract(const QByteArray &utf8)
{
    const HtmlTree tree(utf8);
    HtmlArticle article;
    article.page = HtmlPageMetadata::read(tree);
    const ArticleBody body = ArticleBodyFinder::find(tree);
    article.text = ArticleTextWriter::withoutBoilerplateLines(ArticleTextWriter::write(tree, body.roots, body.skipped));
    // A page rendered by script often carries its whole body only in JSON-LD: taken when the
    // markup shows much less of it.
    const QString jsonLdBody = paragraphsOf(article.page.jsonLdBody);
    if (jsonLdBody.size() > 2 * article.text.size()) {
        article.text = jsonLdBody;
    }
    if (qgetenv("IWB_EXP").contains('A') || qgetenv("IWB_EXP").contains('D')) {
        QStringList kept; QSet<QString> seen;
        const QString title = article.page.title.simplified();
        for (const QString &p : article.text.split(QStringLiteral("\n\n"))) {
            if (qgetenv("IWB_EXP").contains('A') && p.simplified() == title) continue;
            if (qgetenv("IWB_EXP").contains('D') && p.size() < 200 && seen.contains(p)) continue;
            seen.insert(p); kept.append(p);
        }
        article.text = kept.join(QStringLiteral("\n\n"));
    }
    if (article.text.isEmpty()) {
        article.text = article.page.description;
    }
    return article;
}

} // namespace Iwb
