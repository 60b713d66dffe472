// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "htmltextextractor.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include <gumbo.h>

namespace Iwb {

namespace {

    QString attribute(const GumboElement &element, const char *name)
    {
        const GumboAttribute *attr = gumbo_get_attribute(&element.attributes, name);
        return attr ? QString::fromUtf8(attr->value) : QString();
    }

    /// Concatenated text of a node's descendants, whitespace as in the source.
    QString rawText(const GumboNode *node)
    {
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE) {
            return QString::fromUtf8(node->v.text.text);
        }
        if (node->type != GUMBO_NODE_ELEMENT) {
            return {};
        }
        QString text;
        const GumboVector &children = node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            text += rawText(static_cast<const GumboNode *>(children.data[i]));
        }
        return text;
    }

    QString collapseWhitespace(const QString &text)
    {
        return text.simplified();
    }

    /// Elements whose content is never article text.
    bool isFurnitureTag(GumboTag tag)
    {
        switch (tag) {
        case GUMBO_TAG_SCRIPT:
        case GUMBO_TAG_STYLE:
        case GUMBO_TAG_NOSCRIPT:
        case GUMBO_TAG_TEMPLATE:
        case GUMBO_TAG_NAV:
        case GUMBO_TAG_FOOTER:
        case GUMBO_TAG_ASIDE:
        case GUMBO_TAG_FORM:
        case GUMBO_TAG_BUTTON:
        case GUMBO_TAG_SELECT:
        case GUMBO_TAG_IFRAME:
        case GUMBO_TAG_SVG:
        case GUMBO_TAG_CANVAS:
        case GUMBO_TAG_HEAD:
            return true;
        default:
            return false;
        }
    }

    /// Class, id and role words that mark page furniture in common CMS markup.
    bool isFurnitureByAttributes(const GumboElement &element)
    {
        static const QStringList markers {
            QStringLiteral("cookie"),
            QStringLiteral("consent"),
            QStringLiteral("newsletter"),
            QStringLiteral("footer"),
            QStringLiteral("sidebar"),
            QStringLiteral("navbar"),
            QStringLiteral("nav-"),
            QStringLiteral("breadcrumb"),
            QStringLiteral("share"),
            QStringLiteral("social"),
            QStringLiteral("advert"),
            QStringLiteral("related"),
            QStringLiteral("comment"),
            QStringLiteral("paywall"),
            QStringLiteral("menu"),
        };
        static const QStringList furnitureRoles {
            QStringLiteral("navigation"),
            QStringLiteral("banner"),
            QStringLiteral("contentinfo"),
            QStringLiteral("complementary"),
            QStringLiteral("dialog"),
            QStringLiteral("alertdialog"),
        };
        if (gumbo_get_attribute(&element.attributes, "hidden")
            || attribute(element, "aria-hidden") == QLatin1String("true")) {
            return true;
        }
        if (furnitureRoles.contains(attribute(element, "role").toLower())) {
            return true;
        }
        const QString names = (attribute(element, "class") + QLatin1Char(' ') + attribute(element, "id")).toLower();
        if (names.isEmpty()) {
            return false;
        }
        for (const QString &marker : markers) {
            if (names.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    bool isBlockTag(GumboTag tag)
    {
        switch (tag) {
        case GUMBO_TAG_P:
        case GUMBO_TAG_DIV:
        case GUMBO_TAG_SECTION:
        case GUMBO_TAG_ARTICLE:
        case GUMBO_TAG_MAIN:
        case GUMBO_TAG_HEADER:
        case GUMBO_TAG_H1:
        case GUMBO_TAG_H2:
        case GUMBO_TAG_H3:
        case GUMBO_TAG_H4:
        case GUMBO_TAG_H5:
        case GUMBO_TAG_H6:
        case GUMBO_TAG_LI:
        case GUMBO_TAG_UL:
        case GUMBO_TAG_OL:
        case GUMBO_TAG_DL:
        case GUMBO_TAG_DT:
        case GUMBO_TAG_DD:
        case GUMBO_TAG_BLOCKQUOTE:
        case GUMBO_TAG_PRE:
        case GUMBO_TAG_TABLE:
        case GUMBO_TAG_TR:
        case GUMBO_TAG_FIGURE:
        case GUMBO_TAG_FIGCAPTION:
        case GUMBO_TAG_ADDRESS:
        case GUMBO_TAG_HR:
            return true;
        default:
            return false;
        }
    }

    /// Collects paragraphs from the visible content under a root element.
    class ParagraphCollector
    {
    public:
        explicit ParagraphCollector(bool insideArticle)
            : m_insideArticle(insideArticle)
        {
        }

        void visit(const GumboNode *node)
        {
            if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA
                || node->type == GUMBO_NODE_WHITESPACE) {
                m_current += QString::fromUtf8(node->v.text.text);
                return;
            }
            if (node->type != GUMBO_NODE_ELEMENT) {
                return;
            }
            const GumboElement &element = node->v.element;
            if (isFurnitureTag(element.tag) || isFurnitureByAttributes(element)) {
                return;
            }
            // A page-level <header> holds the site's logo and menu; inside an
            // <article> it holds the headline, which belongs to the text.
            if (element.tag == GUMBO_TAG_HEADER && !m_insideArticle) {
                return;
            }
            if (element.tag == GUMBO_TAG_BR) {
                breakParagraph();
                return;
            }
            const bool block = isBlockTag(element.tag);
            if (block) {
                breakParagraph();
            }
            const GumboVector &children = element.children;
            for (unsigned i = 0; i < children.length; ++i) {
                visit(static_cast<const GumboNode *>(children.data[i]));
            }
            if (block) {
                breakParagraph();
            }
        }

        QString text()
        {
            breakParagraph();
            return m_paragraphs.join(QStringLiteral("\n\n"));
        }

    private:
        void breakParagraph()
        {
            const QString paragraph = collapseWhitespace(m_current);
            if (!paragraph.isEmpty()) {
                m_paragraphs.append(paragraph);
            }
            m_current.clear();
        }

        bool m_insideArticle;
        QString m_current;
        QStringList m_paragraphs;
    };

    const GumboNode *findFirst(const GumboNode *node, GumboTag tag)
    {
        if (node->type != GUMBO_NODE_ELEMENT) {
            return nullptr;
        }
        if (node->v.element.tag == tag) {
            return node;
        }
        const GumboVector &children = node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            if (const GumboNode *found = findFirst(static_cast<const GumboNode *>(children.data[i]), tag)) {
                return found;
            }
        }
        return nullptr;
    }

    template<typename Visitor> void forEachElement(const GumboNode *node, Visitor &&visitor)
    {
        if (node->type != GUMBO_NODE_ELEMENT) {
            return;
        }
        visitor(node->v.element);
        const GumboVector &children = node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            forEachElement(static_cast<const GumboNode *>(children.data[i]), visitor);
        }
    }

    /// "2019-12-10T08:15:00+01:00", "2019-12-10" -> "2019-12-10"; anything else -> empty.
    QString isoDateFrom(const QString &value)
    {
        static const QRegularExpression isoPrefix(QStringLiteral("^\\s*(\\d{4}-\\d{2}-\\d{2})"));
        const QRegularExpressionMatch match = isoPrefix.match(value);
        if (match.hasMatch() && QDate::fromString(match.captured(1), Qt::ISODate).isValid()) {
            return match.captured(1);
        }
        const QDateTime rfc = QDateTime::fromString(value.trimmed(), Qt::RFC2822Date);
        return rfc.isValid() ? rfc.date().toString(Qt::ISODate) : QString();
    }

    QString datePublishedFromJsonLd(const QJsonValue &value)
    {
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (const QJsonValue &item : array) {
                if (QString date = datePublishedFromJsonLd(item); !date.isEmpty()) {
                    return date;
                }
            }
            return {};
        }
        if (!value.isObject()) {
            return {};
        }
        const QJsonObject object = value.toObject();
        if (const QString date = isoDateFrom(object.value(QStringLiteral("datePublished")).toString());
            !date.isEmpty()) {
            return date;
        }
        return datePublishedFromJsonLd(object.value(QStringLiteral("@graph")));
    }

    QString publishedDate(const GumboNode *root)
    {
        static const QStringList metaKeys {
            QStringLiteral("article:published_time"),
            QStringLiteral("date"),
            QStringLiteral("pubdate"),
            QStringLiteral("publishdate"),
            QStringLiteral("publish-date"),
            QStringLiteral("datepublished"),
            QStringLiteral("dc.date.issued"),
            QStringLiteral("dc.date"),
            QStringLiteral("dcterms.date"),
            QStringLiteral("og:published_time"),
        };
        QString fromMeta;
        int bestRank = static_cast<int>(metaKeys.size());
        QString fromJsonLd;
        forEachElement(root, [&](const GumboElement &element) {
            if (element.tag == GUMBO_TAG_META) {
                QString key = attribute(element, "property");
                if (key.isEmpty()) {
                    key = attribute(element, "name");
                }
                if (key.isEmpty()) {
                    key = attribute(element, "itemprop");
                }
                const int rank = static_cast<int>(metaKeys.indexOf(key.toLower()));
                if (rank >= 0 && rank < bestRank) {
                    if (const QString date = isoDateFrom(attribute(element, "content")); !date.isEmpty()) {
                        fromMeta = date;
                        bestRank = rank;
                    }
                }
            } else if (element.tag == GUMBO_TAG_SCRIPT && fromJsonLd.isEmpty()
                && attribute(element, "type").toLower() == QLatin1String("application/ld+json")
                && element.children.length > 0) {
                const QString json = rawText(static_cast<const GumboNode *>(element.children.data[0]));
                const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
                fromJsonLd
                    = datePublishedFromJsonLd(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
            }
        });
        return fromMeta.isEmpty() ? fromJsonLd : fromMeta;
    }

} // namespace

HtmlArticle HtmlTextExtractor::extract(const QString &html)
{
    const QByteArray utf8 = html.toUtf8();
    GumboOutput *output
        = gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), static_cast<size_t>(utf8.size()));
    HtmlArticle article;

    if (const GumboNode *title = findFirst(output->root, GUMBO_TAG_TITLE)) {
        article.title = collapseWhitespace(rawText(title));
    }
    if (article.title.isEmpty()) {
        if (const GumboNode *heading = findFirst(output->root, GUMBO_TAG_H1)) {
            article.title = collapseWhitespace(rawText(heading));
        }
    }
    if (output->root->type == GUMBO_NODE_ELEMENT) {
        article.language = attribute(output->root->v.element, "lang").section(QLatin1Char('-'), 0, 0).toLower();
    }
    article.published = publishedDate(output->root);

    // Prefer the most specific container the page marks as its content.
    const GumboNode *content = findFirst(output->root, GUMBO_TAG_ARTICLE);
    bool insideArticle = content != nullptr;
    if (!content) {
        content = findFirst(output->root, GUMBO_TAG_MAIN);
        insideArticle = content != nullptr;
    }
    if (!content) {
        content = findFirst(output->root, GUMBO_TAG_BODY);
    }
    if (content) {
        ParagraphCollector collector(insideArticle);
        collector.visit(content);
        article.text = collector.text();
    }

    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return article;
}

} // namespace Iwb
