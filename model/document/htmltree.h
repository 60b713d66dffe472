// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <gumbo.h>

namespace Iwb {

/**
 * A parsed HTML page as a flat list of its nodes in document order (pre-order),
 * each knowing its parent and where its descendants end: every analysis of the
 * page (metadata, content scores, text) is a loop over this list, forwards for
 * what flows down (an ancestor's state) and backwards for what adds up (a
 * subtree's text), so nothing recurses as deep as the markup nests.
 *
 * The page is parsed by gumbo after HtmlDepthLimiter bounded its nesting.
 * The tree owns gumbo's output; nodes point into it.
 */
class HtmlTree
{
public:
    struct Node
    {
        const GumboNode *node = nullptr;
        qsizetype parent = -1; ///< -1 for the root
        qsizetype end = 0; ///< one past the last descendant: the subtree is [index, end)
    };

    explicit HtmlTree(const QByteArray &utf8);
    ~HtmlTree();
    HtmlTree(const HtmlTree &) = delete;
    HtmlTree &operator=(const HtmlTree &) = delete;

    qsizetype size() const { return m_nodes.size(); }
    const Node &at(qsizetype index) const { return m_nodes.at(index); }
    qsizetype parent(qsizetype index) const { return m_nodes.at(index).parent; }
    qsizetype end(qsizetype index) const { return m_nodes.at(index).end; }

    bool isElement(qsizetype index) const { return m_nodes.at(index).node->type == GUMBO_NODE_ELEMENT; }
    /// Text, whitespace and CDATA nodes.
    bool isText(qsizetype index) const;
    /// The element's tag; GUMBO_TAG_UNKNOWN for text and for elements gumbo does not know.
    GumboTag tag(qsizetype index) const;
    /// An attribute's value, empty when the node has none (or is no element).
    QString attribute(qsizetype index, const char *name) const;
    bool hasAttribute(qsizetype index, const char *name) const;
    /// A text node's text as in the source (entities decoded).
    QString text(qsizetype index) const;
    /// The text of all text nodes in [index, end(index)), concatenated.
    QString textContent(qsizetype index) const;

    /// The first element with @p tag in document order, or -1.
    qsizetype findFirst(GumboTag tag) const;
    /// The `html` element, or -1.
    qsizetype htmlElement() const { return findFirst(GUMBO_TAG_HTML); }

private:
    GumboOutput *m_output = nullptr;
    QList<Node> m_nodes;
};

} // namespace Iwb
