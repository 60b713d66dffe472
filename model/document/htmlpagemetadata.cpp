// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "htmlpagemetadata.h"

#include "htmltree.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Iwb {

namespace {

    /// Meta keys in the order they are trusted, for one field.
    struct MetaKeys
    {
        explicit MetaKeys(const QStringList &trusted)
            : keys(trusted)
        {
        }
        QStringList keys;
        QString value = {};
        qsizetype rank = -1;

        void offer(const QString &key, const QString &content)
        {
            const qsizetype at = keys.indexOf(key);
            if (at >= 0 && (rank < 0 || at < rank) && !content.trimmed().isEmpty()) {
                value = content.trimmed();
                rank = at;
            }
        }
    };

    bool isArticleType(const QJsonValue &type)
    {
        static const QStringList articleTypes { QStringLiteral("Article"), QStringLiteral("NewsArticle"),
            QStringLiteral("BlogPosting"), QStringLiteral("Report"), QStringLiteral("ReportageNewsArticle"),
            QStringLiteral("AnalysisNewsArticle"), QStringLiteral("TechArticle"), QStringLiteral("LiveBlogPosting"),
            QStringLiteral("WebPage"), QStringLiteral("ScholarlyArticle"), QStringLiteral("PressRelease") };
        if (type.isArray()) {
            const QJsonArray types = type.toArray();
            return std::any_of(types.begin(), types.end(),
                [](const QJsonValue &value) { return articleTypes.contains(value.toString()); });
        }
        return articleTypes.contains(type.toString());
    }

    QString nameOf(const QJsonValue &value)
    {
        if (value.isString()) {
            return value.toString();
        }
        if (value.isArray()) {
            QStringList names;
            for (const QJsonValue item : value.toArray()) {
                if (const QString name = nameOf(item.isArray() ? QJsonValue() : item); !name.isEmpty()) {
                    names.append(name);
                }
            }
            return names.join(QStringLiteral(", "));
        }
        return value.toObject().value(QStringLiteral("name")).toString();
    }

    /// What the page's JSON-LD says of its article: the first article object's fields win.
    struct JsonLd
    {
        QString headline, published, modified, author, publisher, body, language, url;

        void read(const QString &json)
        {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
            if (error.error != QJsonParseError::NoError) {
                return;
            }
            // Breadth-first over objects and arrays ("@graph", nested "mainEntity"), without recursion.
            QList<QJsonValue> pending { document.isArray() ? QJsonValue(document.array())
                                                           : QJsonValue(document.object()) };
            for (qsizetype i = 0; i < pending.size(); ++i) {
                const QJsonValue value = pending.at(i);
                if (value.isArray()) {
                    for (const QJsonValue item : value.toArray()) {
                        pending.append(item);
                    }
                    continue;
                }
                if (!value.isObject()) {
                    continue;
                }
                const QJsonObject object = value.toObject();
                for (const QString &key :
                    { QStringLiteral("@graph"), QStringLiteral("mainEntity"), QStringLiteral("mainEntityOfPage") }) {
                    if (object.value(key).isObject() || object.value(key).isArray()) {
                        pending.append(object.value(key));
                    }
                }
                if (isArticleType(object.value(QStringLiteral("@type")))) {
                    take(object);
                }
            }
        }

        void take(const QJsonObject &article)
        {
            const auto fill = [](QString &field, const QString &value) {
                if (field.isEmpty()) {
                    field = value.trimmed();
                }
            };
            fill(headline, article.value(QStringLiteral("headline")).toString());
            fill(published, article.value(QStringLiteral("datePublished")).toString());
            fill(modified, article.value(QStringLiteral("dateModified")).toString());
            fill(author, nameOf(article.value(QStringLiteral("author"))));
            fill(publisher, nameOf(article.value(QStringLiteral("publisher"))));
            fill(language, article.value(QStringLiteral("inLanguage")).toString());
            fill(url, article.value(QStringLiteral("url")).toString());
            const QString articleBody = article.value(QStringLiteral("articleBody")).toString();
            if (articleBody.size() > body.size()) {
                body = articleBody;
            }
        }
    };

    QString primaryLanguage(const QString &tag)
    {
        // "de-DE", "de_DE", "en-us" -> "de", "en"
        const QString primary = tag.trimmed().section(QRegularExpression(QStringLiteral("[-_]")), 0, 0).toLower();
        static const QRegularExpression letters(QStringLiteral("^[a-z]{2,3}$"));
        return letters.match(primary).hasMatch() ? primary : QString();
    }

    /// A date in the URL path ("/2019/12/10/"), a common convention of news sites.
    QString dateFromUrl(const QString &url)
    {
        static const QRegularExpression pathDate(QStringLiteral("/(20\\d\\d|19\\d\\d)[/-](\\d\\d)[/-](\\d\\d)/"));
        const QRegularExpressionMatch match = pathDate.match(url);
        if (!match.hasMatch()) {
            return {};
        }
        const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    }

} // namespace

QString HtmlPageMetadata::isoDate(const QString &value)
{
    static const QRegularExpression isoPrefix(QStringLiteral("^\\s*(\\d{4}-\\d{2}-\\d{2})"));
    const QRegularExpressionMatch match = isoPrefix.match(value);
    if (match.hasMatch() && QDate::fromString(match.captured(1), Qt::ISODate).isValid()) {
        return match.captured(1);
    }
    const QDateTime rfc = QDateTime::fromString(value.trimmed(), Qt::RFC2822Date);
    return rfc.isValid() ? rfc.date().toString(Qt::ISODate) : QString();
}

QString HtmlPageMetadata::titleWithoutSiteName(const QString &title, const QString &siteName)
{
    static const QRegularExpression separators(QStringLiteral("\\s+[|\\-\u2013\u2014:\u00B7\u2022/\u00BB]\\s+"));
    // A title is a line: a longer one is no headline to take apart (and is cut before the loop below).
    constexpr qsizetype longestTitle = 1000;
    QString current = title.simplified().left(longestTitle);
    const QString site = siteName.simplified();
    const auto words = [](QStringView text) { return text.split(u' ', Qt::SkipEmptyParts).size(); };
    for (;;) {
        QList<QRegularExpressionMatch> cuts;
        for (auto it = separators.globalMatch(current); it.hasNext();) {
            cuts.append(it.next());
        }
        if (cuts.isEmpty()) {
            return current;
        }
        // The site's name after the last separator, or before the first ("Lokalblatt | Headline").
        const QStringView tail = QStringView(current).sliced(cuts.last().capturedEnd());
        const QStringView head = QStringView(current).first(cuts.last().capturedStart());
        const QStringView lead = QStringView(current).first(cuts.first().capturedStart());
        const bool tailIsSite = !site.isEmpty()
            && (tail.compare(site, Qt::CaseInsensitive) == 0 || site.contains(tail, Qt::CaseInsensitive));
        // Without a known name: a short last part after a headline of several words is the site's.
        if (tailIsSite || (words(tail) <= 3 && words(head) >= 4)) {
            current = head.toString();
            continue;
        }
        if (!site.isEmpty() && lead.compare(site, Qt::CaseInsensitive) == 0) {
            return QStringView(current).sliced(cuts.first().capturedEnd()).toString();
        }
        return current;
    }
}

HtmlPageMetadata HtmlPageMetadata::read(const HtmlTree &tree)
{
    HtmlPageMetadata metadata;
    MetaKeys title { QStringList { QStringLiteral("og:title"), QStringLiteral("twitter:title"),
        QStringLiteral("dc.title"), QStringLiteral("headline") } };
    MetaKeys site { QStringList { QStringLiteral("og:site_name"), QStringLiteral("application-name"),
        QStringLiteral("publisher"), QStringLiteral("dc.publisher") } };
    MetaKeys author { QStringList { QStringLiteral("author"), QStringLiteral("article:author"),
        QStringLiteral("dc.creator"), QStringLiteral("byl"), QStringLiteral("sailthru.author"),
        QStringLiteral("parsely-author") } };
    MetaKeys published { QStringList { QStringLiteral("article:published_time"), QStringLiteral("datepublished"),
        QStringLiteral("og:published_time"), QStringLiteral("date"), QStringLiteral("pubdate"),
        QStringLiteral("publishdate"), QStringLiteral("publish-date"), QStringLiteral("dc.date.issued"),
        QStringLiteral("dc.date"), QStringLiteral("dcterms.date"), QStringLiteral("dcterms.created"),
        QStringLiteral("sailthru.date"), QStringLiteral("parsely-pub-date") } };
    MetaKeys modified { QStringList { QStringLiteral("article:modified_time"), QStringLiteral("datemodified"),
        QStringLiteral("og:updated_time"), QStringLiteral("last-modified"), QStringLiteral("dcterms.modified") } };
    MetaKeys description { QStringList { QStringLiteral("og:description"), QStringLiteral("description"),
        QStringLiteral("twitter:description"), QStringLiteral("dc.description") } };
    MetaKeys language { QStringList { QStringLiteral("content-language"), QStringLiteral("og:locale"),
        QStringLiteral("dc.language"), QStringLiteral("language") } };
    MetaKeys url { QStringList { QStringLiteral("canonical"), QStringLiteral("og:url") } };
    QString titleElement;
    QString timeElement;
    JsonLd jsonLd;

    for (qsizetype i = 0; i < tree.size(); ++i) {
        switch (tree.tag(i)) {
        case GUMBO_TAG_META: {
            QString key = tree.attribute(i, "property");
            if (key.isEmpty()) {
                key = tree.attribute(i, "name");
            }
            if (key.isEmpty()) {
                key = tree.attribute(i, "itemprop");
            }
            if (key.isEmpty()) {
                key = tree.attribute(i, "http-equiv");
            }
            key = key.trimmed().toLower();
            const QString content = tree.attribute(i, "content");
            for (MetaKeys *field : { &title, &site, &author, &published, &modified, &description, &language, &url }) {
                field->offer(key, content);
            }
            break;
        }
        case GUMBO_TAG_LINK:
            if (tree.attribute(i, "rel").toLower().split(QLatin1Char(' ')).contains(QLatin1String("canonical"))) {
                url.offer(QStringLiteral("canonical"), tree.attribute(i, "href"));
            }
            break;
        case GUMBO_TAG_TITLE:
            if (titleElement.isEmpty()) {
                titleElement = tree.textContent(i).simplified();
            }
            break;
        case GUMBO_TAG_TIME:
            if (timeElement.isEmpty()) {
                timeElement = isoDate(tree.attribute(i, "datetime"));
            }
            break;
        case GUMBO_TAG_SCRIPT:
            if (tree.attribute(i, "type").trimmed().toLower() == QLatin1String("application/ld+json")) {
                jsonLd.read(tree.textContent(i));
            }
            break;
        default:
            // itemprop on any element: <span itemprop="author">, <time itemprop="datePublished" datetime=…>
            if (const QString itemprop = tree.attribute(i, "itemprop").toLower(); !itemprop.isEmpty()) {
                if (itemprop == QLatin1String("datepublished")) {
                    published.offer(itemprop, tree.attribute(i, "datetime"));
                } else if (itemprop == QLatin1String("datemodified")) {
                    modified.offer(itemprop, tree.attribute(i, "datetime"));
                }
            }
            break;
        }
    }

    metadata.siteName = site.value.isEmpty() ? jsonLd.publisher : site.value;
    QString headline = title.value.isEmpty() ? jsonLd.headline : title.value;
    if (headline.isEmpty()) {
        headline = titleElement;
    }
    if (headline.isEmpty()) {
        if (const qsizetype h1 = tree.findFirst(GUMBO_TAG_H1); h1 >= 0) {
            headline = tree.textContent(h1);
        }
    }
    metadata.title = titleWithoutSiteName(headline, metadata.siteName);
    metadata.author = author.value.startsWith(QLatin1String("http")) ? jsonLd.author
        : author.value.isEmpty()                                     ? jsonLd.author
                                                                     : author.value;
    metadata.canonicalUrl = url.value.isEmpty() ? jsonLd.url : url.value;
    metadata.published = isoDate(published.value);
    for (const QString &fallback : { isoDate(jsonLd.published), timeElement, dateFromUrl(metadata.canonicalUrl) }) {
        if (metadata.published.isEmpty()) {
            metadata.published = fallback;
        }
    }
    metadata.modified = isoDate(modified.value.isEmpty() ? jsonLd.modified : modified.value);
    metadata.description = description.value.simplified();
    metadata.jsonLdBody = jsonLd.body;

    if (const qsizetype html = tree.htmlElement(); html >= 0) {
        metadata.language = primaryLanguage(tree.attribute(html, "lang"));
        if (metadata.language.isEmpty()) {
            metadata.language = primaryLanguage(tree.attribute(html, "xml:lang"));
        }
    }
    if (metadata.language.isEmpty()) {
        metadata.language = primaryLanguage(language.value.isEmpty() ? jsonLd.language : language.value);
    }
    return metadata;
}

} // namespace Iwb
