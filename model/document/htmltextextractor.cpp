// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "htmltextextractor.h"

#include "articlebodyfinder.h"
#include "articletextwriter.h"
#include "htmltree.h"

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

    /// The headline is the document's title, not a paragraph of its body.
    QString withoutHeadline(const QString &text, const QString &title)
    {
        const QString headline = title.simplified();
        QStringList kept;
        for (const QString &paragraph : text.split(QStringLiteral("\n\n"))) {
            if (headline.isEmpty() || paragraph.simplified() != headline) {
                kept.append(paragraph);
            }
        }
        return kept.join(QStringLiteral("\n\n"));
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
    // markup shows less of it (the JSON-LD body has no paragraphs, so the markup's wins a tie).
    const QString jsonLdBody = paragraphsOf(article.page.jsonLdBody);
    if (jsonLdBody.size() > 2 * article.text.size()) {
        article.text = jsonLdBody;
    }
    article.text = withoutHeadline(article.text, article.page.title);
    if (article.text.isEmpty()) {
        article.text = article.page.description;
    }
    return article;
}

} // namespace Iwb
