// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "articlebodyfinder.h"

#include "htmlelementkinds.h"
#include "htmltree.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cstring>

Q_LOGGING_CATEGORY(lcBody, "iwb.document.body", QtWarningMsg)

namespace Iwb {

namespace {

    /// Class and id words: what a container says it is.
    struct NameHints
    {
        bool furniture = false; ///< names page furniture and nothing of content
        bool surelyFurniture = false; ///< names what is never an article's text (cookie banner, share bar)
        int weight = 0; ///< +25 content, -25 furniture, both may apply
    };

    NameHints hintsOf(const HtmlTree &tree, qsizetype node)
    {
        // Substrings, as Readability matches them: "article-body", "storyContent", "comment-list".
        static const QRegularExpression furniture(QStringLiteral(
            "-ad-|\\bads?\\b|advert|agegate|anzeige|banner|breadcrumb|combx|comment|communit|consent|cookie|"
            "cover-wrap|disqus|extra|footer|foot\\b|gdpr|header|kommentar|legends|masthead|menu|meta\\b|"
            "modal|navbar|\\bnav\\b|newsletter|outbrain|pager|pagination|paywall|popup|promo|related|remark|"
            "replies|rss|share|sharing|shoutbox|sidebar|skyscraper|social|sponsor|subscri|supplemental|"
            "taboola|tags?\\b|toolbar|tooltip|werbung|widget|weitere|verwandt|"
            // What stands around the text: who wrote it, when, the pictures' captions and credits.
            "byline|author|caption|credit|copyright|timestamp|dateline|published"));
        static const QRegularExpression content(
            QStringLiteral("article|body|column|content|entry|\\bmain\\b|page|post|story|\\btext\\b|blog|"
                           "artikel|beitrag|inhalt|meldung|nachricht|news|shadow"));
        NameHints hints;
        const QString names = (tree.attribute(node, "class") + QLatin1Char(' ') + tree.attribute(node, "id")).toLower();
        if (names.trimmed().isEmpty()) {
            return hints;
        }
        // Names no article's container carries: trusted even when the other hints are not.
        static const QRegularExpression sure(QStringLiteral(
            "cookie|consent|gdpr|newsletter|breadcrumb|paywall|share|sharing|social|advert|sponsor|outbrain|taboola"));
        hints.surelyFurniture = sure.match(names).hasMatch();
        const bool isFurniture = furniture.match(names).hasMatch();
        // A teaser is a box linking to another article, or this article's lead: a hint, not a verdict.
        if (names.contains(QLatin1String("teaser"))) {
            hints.weight -= 25;
        }
        const bool isContent = content.match(names).hasMatch();
        hints.weight += (isFurniture ? -25 : 0) + (isContent ? 25 : 0);
        hints.furniture = hints.furniture || (isFurniture && !isContent);
        return hints;
    }

    /// ARIA roles say what an element is as plainly as its tag: trusted in every search.
    bool hasFurnitureRole(const HtmlTree &tree, qsizetype node)
    {
        static const QStringList furnitureRoles { QStringLiteral("navigation"), QStringLiteral("banner"),
            QStringLiteral("contentinfo"), QStringLiteral("complementary"), QStringLiteral("dialog"),
            QStringLiteral("alertdialog"), QStringLiteral("menu"), QStringLiteral("menubar"), QStringLiteral("search"),
            QStringLiteral("toolbar") };
        return furnitureRoles.contains(tree.attribute(node, "role").trimmed().toLower());
    }

    bool isHidden(const HtmlTree &tree, qsizetype node)
    {
        if (tree.hasAttribute(node, "hidden") || tree.attribute(node, "aria-hidden") == QLatin1String("true")) {
            return true;
        }
        const QString style = tree.attribute(node, "style");
        if (style.isEmpty()) {
            return false;
        }
        static const QRegularExpression invisible(QStringLiteral("display\\s*:\\s*none|visibility\\s*:\\s*hidden"),
            QRegularExpression::CaseInsensitiveOption);
        return invisible.match(style).hasMatch();
    }

    /// Length of @p text as its words will read: runs of whitespace count as one character.
    qsizetype readableLength(QStringView text, bool &lastWasSpace)
    {
        qsizetype length = 0;
        for (const QChar c : text) {
            const bool space = c.isSpace();
            if (!space || !lastWasSpace) {
                ++length;
            }
            lastWasSpace = space;
        }
        return length;
    }

    /// The search for the content, with or without the class/id hints.
    class Search
    {
    public:
        Search(const HtmlTree &tree, bool useNameHints, bool includeNoscript)
            : m_tree(tree)
            , m_useNameHints(useNameHints)
            , m_includeNoscript(includeNoscript)
        {
        }

        ArticleBody run()
        {
            measure();
            score();
            ArticleBody body;
            body.skipped = m_skipped;
            const qsizetype top = bestCandidate();
            if (top < 0) {
                return body;
            }
            body.roots = withSiblings(top);
            if (lcBody().isDebugEnabled()) {
                logCandidates(top, body.roots);
            }
            addLead(body.roots);
            cleanInside(body);
            return body;
        }

        /// The readable length of the text under @p roots, without the skipped nodes.
        qsizetype textLength(const ArticleBody &body) const
        {
            qsizetype length = 0;
            for (const qsizetype root : body.roots) {
                for (qsizetype i = root; i < m_tree.end(root); ++i) {
                    if (body.skipped.at(i)) {
                        i = m_tree.end(i) - 1;
                        continue;
                    }
                    if (m_tree.isText(i)) {
                        length += m_ownLength.at(i);
                    }
                }
            }
            return length;
        }

    private:
        /// Marks furniture and adds up text, link text and commas per subtree.
        void measure()
        {
            const qsizetype n = m_tree.size();
            m_skipped.fill(false, n);
            m_weight.fill(0, n);
            m_block.fill(-1, n);
            m_ownLength.fill(0, n);
            m_ownCommas.fill(0, n);
            m_textLength.fill(0, n);
            m_linkLength.fill(0, n);
            m_commas.fill(0, n);
            QList<bool> inLink(n, false);
            QList<bool> inArticle(n, false);
            // Furniture is at the edge of a page: an element holding most of the page's text is its
            // frame, whatever its classes say ("page-with-sidebar", "consent-management-enabled").
            const QList<qsizetype> rawLength = visibleTextLengths();
            const qsizetype frame = rawLength.value(0) / 2;
            // Forwards: what flows down from the ancestors.
            for (qsizetype i = 0; i < n; ++i) {
                const qsizetype parent = m_tree.parent(i);
                if (parent >= 0 && m_skipped.at(parent)) {
                    m_skipped[i] = true;
                    continue;
                }
                const GumboTag tag = m_tree.tag(i);
                if (m_tree.isElement(i)) {
                    inArticle[i]
                        = (parent >= 0 && inArticle.at(parent)) || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN;
                    inLink[i] = (parent >= 0 && inLink.at(parent)) || tag == GUMBO_TAG_A;
                    bool furniture
                        = (HtmlElementKinds::isFurniture(tag) && !(tag == GUMBO_TAG_NOSCRIPT && m_includeNoscript))
                        || isHidden(m_tree, i) || hasFurnitureRole(m_tree, i);
                    // A page's <header> holds the logo and the menu (which are furniture by tag or
                    // name), but sometimes also the article's headline and lead: a hint against it.
                    if (tag == GUMBO_TAG_HEADER && !inArticle.at(i)) {
                        m_weight[i] -= 25;
                    }
                    if (tag != GUMBO_TAG_BODY && tag != GUMBO_TAG_HTML && tag != GUMBO_TAG_A
                        && rawLength.at(i) <= frame) {
                        const NameHints hints = hintsOf(m_tree, i);
                        if (m_useNameHints) {
                            m_weight[i] += hints.weight;
                            furniture = furniture || hints.furniture;
                        } else {
                            furniture = furniture || (hints.furniture && hints.surelyFurniture);
                        }
                    }
                    if (m_tree.attribute(i, "itemprop").compare(u"articleBody", Qt::CaseInsensitive) == 0) {
                        m_weight[i] += 40;
                        furniture = false;
                    }
                    m_skipped[i] = furniture;
                    m_block[i] = HtmlElementKinds::isBlock(tag) || parent < 0 ? i : m_block.at(parent);
                } else {
                    inLink[i] = parent >= 0 && inLink.at(parent);
                    m_block[i] = parent >= 0 ? m_block.at(parent) : -1;
                }
            }
            // Text: counted for its block (a paragraph's own text) and for every ancestor.
            bool lastWasSpace = true;
            for (qsizetype i = 0; i < n; ++i) {
                if (m_skipped.at(i)) {
                    i = m_tree.end(i) - 1;
                    continue;
                }
                if (!m_tree.isText(i)) {
                    if (HtmlElementKinds::isBlock(m_tree.tag(i))) {
                        lastWasSpace = true;
                    }
                    continue;
                }
                const QString text = m_tree.text(i);
                const qsizetype length = readableLength(text, lastWasSpace);
                const qsizetype commas = text.count(QLatin1Char(',')) + text.count(QChar(0xFF0C));
                m_ownLength[i] = length;
                m_textLength[i] = length;
                m_commas[i] = commas;
                m_linkLength[i] = inLink.at(i) ? length : 0;
                if (const qsizetype block = m_block.at(i); block >= 0) {
                    m_ownLength[block] += length;
                    m_ownCommas[block] += commas;
                }
            }
            // Backwards: subtrees add up into their parents.
            for (qsizetype i = n - 1; i > 0; --i) {
                if (m_skipped.at(i)) {
                    continue;
                }
                const qsizetype parent = m_tree.parent(i);
                m_textLength[parent] += m_textLength.at(i);
                m_linkLength[parent] += m_linkLength.at(i);
                m_commas[parent] += m_commas.at(i);
            }
        }

        /// The length (in UTF-8 bytes) of the text under each node that a browser would show if
        /// nothing were hidden: furniture included, scripts and styles not.
        QList<qsizetype> visibleTextLengths() const
        {
            QList<qsizetype> lengths(m_tree.size(), 0);
            for (qsizetype i = m_tree.size() - 1; i >= 0; --i) {
                const GumboTag tag = m_tree.tag(i);
                if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TEMPLATE
                    || tag == GUMBO_TAG_HEAD) {
                    lengths[i] = 0;
                } else if (m_tree.isText(i)) {
                    lengths[i] = qsizetype(std::strlen(m_tree.at(i).node->v.text.text));
                }
                if (const qsizetype parent = m_tree.parent(i); parent >= 0) {
                    lengths[parent] += lengths.at(i);
                }
            }
            return lengths;
        }

        double linkDensity(qsizetype node) const
        {
            return m_textLength.at(node) > 0 ? double(m_linkLength.at(node)) / double(m_textLength.at(node)) : 0.0;
        }

        int tagBonus(GumboTag tag) const
        {
            switch (tag) {
            case GUMBO_TAG_DIV:
            case GUMBO_TAG_ARTICLE:
            case GUMBO_TAG_MAIN:
            case GUMBO_TAG_SECTION:
                return 5;
            case GUMBO_TAG_PRE:
            case GUMBO_TAG_TD:
            case GUMBO_TAG_BLOCKQUOTE:
                return 3;
            case GUMBO_TAG_ADDRESS:
            case GUMBO_TAG_OL:
            case GUMBO_TAG_UL:
            case GUMBO_TAG_DL:
            case GUMBO_TAG_DD:
            case GUMBO_TAG_DT:
            case GUMBO_TAG_LI:
            case GUMBO_TAG_FORM:
                return -3;
            case GUMBO_TAG_H1:
            case GUMBO_TAG_H2:
            case GUMBO_TAG_H3:
            case GUMBO_TAG_H4:
            case GUMBO_TAG_H5:
            case GUMBO_TAG_H6:
            case GUMBO_TAG_TH:
                return -5;
            default:
                return 0;
            }
        }

        /// The candidates near the winner's score, for QT_LOGGING_RULES="iwb.document.body.debug=true".
        void logCandidates(qsizetype top, const QList<qsizetype> &roots) const
        {
            for (qsizetype i = 0; i < m_tree.size(); ++i) {
                if (m_scored.at(i) && m_score.at(i) > m_score.at(top) * 0.3) {
                    qCDebug(lcBody).nospace()
                        << (i == top ? "winner " : "candidate ") << i << ' ' << gumbo_normalized_tagname(m_tree.tag(i))
                        << " class \"" << m_tree.attribute(i, "class") << "\" id \"" << m_tree.attribute(i, "id")
                        << "\" score " << m_score.at(i) << " text " << m_textLength.at(i) << " link density "
                        << linkDensity(i) << " hints " << m_weight.at(i);
                }
            }
            qCDebug(lcBody) << "content roots" << roots;
        }

        /// Whether a block of text is a container that scores for itself (a div of text) or a
        /// paragraph, heading or list item that scores for the element around it.
        static bool scoresItself(GumboTag tag)
        {
            switch (tag) {
            case GUMBO_TAG_P:
            case GUMBO_TAG_LI:
            case GUMBO_TAG_DT:
            case GUMBO_TAG_DD:
            case GUMBO_TAG_H1:
            case GUMBO_TAG_H2:
            case GUMBO_TAG_H3:
            case GUMBO_TAG_H4:
            case GUMBO_TAG_H5:
            case GUMBO_TAG_H6:
            case GUMBO_TAG_FIGCAPTION:
            case GUMBO_TAG_CAPTION:
                return false;
            default:
                return true;
            }
        }

        /// Paragraphs score for their container's ancestors, less with each level up.
        void score()
        {
            const qsizetype n = m_tree.size();
            m_score.fill(0.0, n);
            m_scored.fill(false, n);
            constexpr qsizetype shortestParagraph = 25;
            constexpr int levels = 5;
            for (qsizetype block = 0; block < n; ++block) {
                if (m_skipped.at(block)) {
                    block = m_tree.end(block) - 1;
                    continue;
                }
                if (!m_tree.isElement(block) || m_ownLength.at(block) < shortestParagraph) {
                    continue;
                }
                const double points
                    = 1.0 + double(m_ownCommas.at(block)) + double(std::min<qsizetype>(m_ownLength.at(block) / 100, 3));
                // The paragraph's own element (a div of text is its own paragraph), then its ancestors.
                qsizetype ancestor = scoresItself(m_tree.tag(block)) ? block : m_tree.parent(block);
                for (int level = 0; ancestor >= 0 && level < levels; ++level) {
                    const GumboTag tag = m_tree.tag(ancestor);
                    if (tag == GUMBO_TAG_HTML) {
                        break;
                    }
                    if (!m_scored.at(ancestor)) {
                        m_scored[ancestor] = true;
                        m_score[ancestor] = tagBonus(tag) + m_weight.at(ancestor);
                    }
                    const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
                    m_score[ancestor] += points / divider;
                    ancestor = m_tree.parent(ancestor);
                }
            }
            for (qsizetype i = 0; i < n; ++i) {
                if (m_scored.at(i)) {
                    m_score[i] *= 1.0 - linkDensity(i);
                }
            }
        }

        bool contains(qsizetype ancestor, qsizetype node) const
        {
            return node >= ancestor && node < m_tree.end(ancestor);
        }

        qsizetype bestCandidate() const
        {
            // The five best, for the common-ancestor check below.
            QList<qsizetype> best;
            for (qsizetype i = 0; i < m_tree.size(); ++i) {
                if (!m_scored.at(i) || m_tree.tag(i) == GUMBO_TAG_BODY) {
                    continue;
                }
                const auto at = std::find_if(
                    best.begin(), best.end(), [&](qsizetype other) { return m_score.at(i) > m_score.at(other); });
                if (at != best.end() || best.size() < 5) {
                    best.insert(at, i);
                    if (best.size() > 5) {
                        best.removeLast();
                    }
                }
            }
            if (best.isEmpty()) {
                const qsizetype body = m_tree.findFirst(GUMBO_TAG_BODY);
                return body >= 0 && m_textLength.at(body) > 0 ? body : -1;
            }
            qsizetype top = best.first();
            {
                // A page that continues with the next articles (infinite scroll, a list of posts)
                // repeats the article's container: its own article is the first of them.
                const QString topClass = m_tree.attribute(top, "class");
                for (qsizetype i = 0; i < top; ++i) {
                    if (m_scored.at(i) && m_tree.tag(i) == m_tree.tag(top) && !topClass.isEmpty()
                        && m_tree.attribute(i, "class") == topClass && m_score.at(i) >= m_score.at(top) * 0.3
                        && !contains(i, top)) {
                        top = i;
                        break;
                    }
                }
            }
            const double topScore = m_score.at(top);
            // Several near-best candidates under one ancestor: the article is split over them.
            QList<qsizetype> close;
            for (qsizetype i = 1; i < best.size(); ++i) {
                if (m_score.at(best.at(i)) >= topScore * 0.75) {
                    close.append(best.at(i));
                }
            }
            if (close.size() >= 2) {
                for (qsizetype ancestor = m_tree.parent(top); ancestor >= 0 && m_tree.tag(ancestor) != GUMBO_TAG_BODY;
                    ancestor = m_tree.parent(ancestor)) {
                    const auto inside = std::count_if(
                        close.cbegin(), close.cend(), [&](qsizetype other) { return contains(ancestor, other); });
                    if (inside >= 2) {
                        top = ancestor;
                        break;
                    }
                }
            }
            // Climb while the parent holds more of the article than the candidate.
            double lastScore = m_score.at(top);
            for (qsizetype parent = m_tree.parent(top);
                parent >= 0 && m_tree.tag(parent) != GUMBO_TAG_BODY && m_tree.tag(parent) != GUMBO_TAG_HTML;
                parent = m_tree.parent(parent)) {
                if (!m_scored.at(parent)) {
                    continue;
                }
                if (m_score.at(parent) < topScore / 3.0) {
                    break;
                }
                if (m_score.at(parent) > lastScore) {
                    top = parent;
                    break;
                }
                lastScore = m_score.at(parent);
            }
            // A candidate that is its parent's only content is the parent.
            while (m_tree.parent(top) >= 0 && m_tree.tag(m_tree.parent(top)) != GUMBO_TAG_BODY
                && m_tree.tag(m_tree.parent(top)) != GUMBO_TAG_HTML
                && m_textLength.at(m_tree.parent(top)) == m_textLength.at(top)) {
                top = m_tree.parent(top);
            }
            return firstOfSeveralArticles(top);
        }

        /// A feed or an endless page holds several <article>s of similar weight: the page's own
        /// article is the first of them.
        qsizetype firstOfSeveralArticles(qsizetype top) const
        {
            const qsizetype share = m_textLength.at(top) / 5;
            qsizetype first = -1;
            int articles = 0;
            for (qsizetype i = top + 1; i < m_tree.end(top); ++i) {
                if (m_tree.tag(i) != GUMBO_TAG_ARTICLE || m_skipped.at(i)) {
                    continue;
                }
                if (m_textLength.at(i) >= share) {
                    first = first < 0 ? i : first;
                    ++articles;
                }
                i = m_tree.end(i) - 1; // an article's own articles (comments) do not count
            }
            return articles >= 2 ? first : top;
        }

        /// The winner and those of its siblings that continue the article.
        QList<qsizetype> withSiblings(qsizetype top) const
        {
            const qsizetype parent = m_tree.parent(top);
            if (parent < 0) {
                return { top };
            }
            const double topScore = m_score.at(top);
            const double threshold = std::max(10.0, topScore * 0.2);
            const QString topClass = m_tree.attribute(top, "class");
            QList<qsizetype> roots;
            for (qsizetype sibling = parent + 1; sibling < m_tree.end(parent); sibling = m_tree.end(sibling)) {
                if (sibling == top) {
                    roots.append(sibling);
                    continue;
                }
                // Two <article>s side by side are two articles (a feed, the next story), not one.
                if (m_skipped.at(sibling) || m_textLength.at(sibling) == 0
                    || (m_tree.tag(sibling) == GUMBO_TAG_ARTICLE && m_tree.tag(top) == GUMBO_TAG_ARTICLE)) {
                    continue;
                }
                double bonus = 0;
                if (!topClass.isEmpty() && m_tree.attribute(sibling, "class") == topClass) {
                    bonus = topScore * 0.2;
                }
                if (m_scored.at(sibling) && m_score.at(sibling) + bonus >= threshold) {
                    roots.append(sibling);
                    continue;
                }
                const GumboTag tag = m_tree.tag(sibling);
                if (tag == GUMBO_TAG_P || (m_tree.isElement(sibling) && m_ownLength.at(sibling) > 0)) {
                    const qsizetype length = m_textLength.at(sibling);
                    const double density = linkDensity(sibling);
                    if ((length > 80 && density < 0.25) || (length < 80 && density == 0.0 && endsASentence(sibling))) {
                        roots.append(sibling);
                    }
                }
            }
            return roots;
        }

        qsizetype rootsLength(const QList<qsizetype> &roots) const
        {
            qsizetype length = 0;
            for (const qsizetype root : roots) {
                length += m_textLength.at(root);
            }
            return length;
        }

        /// The article's lead, subheadline or summary, set apart before the body in the article's
        /// head ("intro", "lead", "standfirst", "chapo", "bajada", …): it joins the body.
        void addLead(QList<qsizetype> &roots) const
        {
            static const QRegularExpression lead(QStringLiteral(
                "intro|lead|lede|teaser|summary|standfirst|chapo|abstract|excerpt|\\bdeck\\b|subtitle|subline|"
                "subhead|sub-head|vorspann|bajada|sottotitolo|occhiello|descri"));
            // Where to look: up to the article around the body (or three levels up), before the body.
            const qsizetype first = roots.first();
            qsizetype scope = m_tree.parent(first);
            for (int level = 1; scope >= 0 && level < 3; ++level) {
                const GumboTag tag = m_tree.tag(scope);
                const qsizetype parent = m_tree.parent(scope);
                if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN || parent < 0
                    || m_tree.tag(parent) == GUMBO_TAG_BODY) {
                    break;
                }
                scope = parent;
            }
            if (scope < 0) {
                return;
            }
            QList<qsizetype> leads;
            for (qsizetype i = scope + 1; i < first; ++i) {
                if (m_skipped.at(i)) {
                    i = m_tree.end(i) - 1;
                    continue;
                }
                if (!m_tree.isElement(i) || m_tree.end(i) > first) {
                    continue; // an ancestor of the body
                }
                const QString names
                    = (m_tree.attribute(i, "class") + QLatin1Char(' ') + m_tree.attribute(i, "id")).toLower();
                if (m_textLength.at(i) >= 25 && linkDensity(i) < 0.2 && lead.match(names).hasMatch()) {
                    leads.append(i);
                    i = m_tree.end(i) - 1; // its parts are in it
                }
            }
            roots = leads + roots;
        }

        bool endsASentence(qsizetype node) const
        {
            const QString text = m_tree.textContent(node).trimmed();
            static const QRegularExpression sentenceEnd(QStringLiteral("[.!?][\"'\u201C\u201D\u00AB\u00BB)]*$"));
            return sentenceEnd.match(text).hasMatch();
        }

        /// Inside the content: link lists, forms and containers named like furniture go.
        void cleanInside(ArticleBody &body) const
        {
            for (const qsizetype root : std::as_const(body.roots)) {
                for (qsizetype i = root + 1; i < m_tree.end(root); ++i) {
                    if (body.skipped.at(i)) {
                        i = m_tree.end(i) - 1;
                        continue;
                    }
                    if (!m_tree.isElement(i) || !removeFromContent(i)) {
                        continue;
                    }
                    body.skipped[i] = true;
                    i = m_tree.end(i) - 1;
                }
            }
        }

        bool removeFromContent(qsizetype node) const
        {
            const GumboTag tag = m_tree.tag(node);
            const int weight = m_weight.at(node);
            const double density = linkDensity(node);
            // "Lesen Sie auch: <a>…</a>": a short paragraph that is mostly a link points elsewhere.
            if ((tag == GUMBO_TAG_P || tag == GUMBO_TAG_LI) && density > 0.5 && m_commas.at(node) == 0
                && m_textLength.at(node) < 200) {
                return true;
            }
            switch (tag) {
            case GUMBO_TAG_H1:
            case GUMBO_TAG_H2:
            case GUMBO_TAG_H3:
            case GUMBO_TAG_H4:
            case GUMBO_TAG_H5:
            case GUMBO_TAG_H6:
                return weight < 0 || density > 0.33;
            case GUMBO_TAG_FORM:
            case GUMBO_TAG_FIELDSET:
            case GUMBO_TAG_TABLE:
            case GUMBO_TAG_UL:
            case GUMBO_TAG_OL:
            case GUMBO_TAG_DIV:
            case GUMBO_TAG_SECTION:
            case GUMBO_TAG_FIGURE: {
                // Named like furniture. (Not the score: a list's tag gives it a head start below zero,
                // which would drop every list of the article.)
                if (weight < 0) {
                    return true;
                }
                if (m_commas.at(node) >= 10) {
                    return false;
                }
                return (weight < 25 && density > 0.2 && m_textLength.at(node) < 1000) || density > 0.5;
            }
            default:
                return false;
            }
        }

        const HtmlTree &m_tree;
        const bool m_useNameHints;
        const bool m_includeNoscript;
        QList<bool> m_skipped;
        QList<int> m_weight;
        QList<qsizetype> m_block; // nearest block-level element, the node itself for blocks
        QList<qsizetype> m_ownLength; // text nodes: their length; blocks: their own (not nested blocks') text
        QList<qsizetype> m_ownCommas;
        QList<qsizetype> m_textLength; // whole subtree
        QList<qsizetype> m_linkLength;
        QList<qsizetype> m_commas;
        QList<double> m_score;
        QList<bool> m_scored;
    };

} // namespace

ArticleBody ArticleBodyFinder::find(const HtmlTree &tree)
{
    // Readability's threshold: an article shorter than this was probably cut by a wrong hint.
    constexpr qsizetype enoughText = 500;
    // Shorter than this, the first search surely missed the article.
    constexpr qsizetype tooLittle = 200;
    ArticleBody best;
    qsizetype bestLength = -1;
    QList<qsizetype> firstRoots;
    for (const auto &[useNameHints, includeNoscript] :
        { std::pair { true, false }, std::pair { false, false }, std::pair { false, true } }) {
        Search search(tree, useNameHints, includeNoscript);
        ArticleBody body = search.run();
        const qsizetype length = search.textLength(body);
        const bool first = bestLength < 0;
        // A later search that only widens the first one's choice adds the page around a short
        // article, not the article.
        const bool widensFirst = !first && bestLength >= tooLittle
            && std::all_of(firstRoots.cbegin(), firstRoots.cend(), [&](qsizetype root) {
                   return std::any_of(body.roots.cbegin(), body.roots.cend(),
                       [&](qsizetype other) { return root >= other && root < tree.end(other); });
               });
        if (first) {
            firstRoots = body.roots;
        }
        if (length > bestLength && !widensFirst) {
            best = std::move(body);
            bestLength = length;
        }
        if (bestLength >= enoughText) {
            break;
        }
    }
    return best;
}

} // namespace Iwb
