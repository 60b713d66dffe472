// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "htmltree.h"

#include "htmldepthlimiter.h"

namespace Iwb {

HtmlTree::HtmlTree(const QByteArray &utf8)
{
    const QByteArray bounded = HtmlDepthLimiter::limit(utf8);
    GumboOptions options = kGumboDefaultOptions;
    // Parse errors are of no use here, and recording them costs memory on broken pages.
    options.max_errors = 0;
    m_output = gumbo_parse_with_options(&options, bounded.constData(), static_cast<size_t>(bounded.size()));

    // Pre-order with an explicit stack: (node index, next child to visit).
    struct Pending
    {
        qsizetype index;
        unsigned nextChild;
    };
    QList<Pending> stack;
    m_nodes.append({ m_output->root, -1, 0 });
    stack.append({ 0, 0 });
    while (!stack.isEmpty()) {
        Pending &top = stack.last();
        const GumboNode *node = m_nodes.at(top.index).node;
        const GumboVector *children = node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE
            ? &node->v.element.children
            : nullptr;
        if (!children || top.nextChild >= children->length) {
            m_nodes[top.index].end = m_nodes.size();
            stack.removeLast();
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(children->data[top.nextChild++]);
        if (child->type == GUMBO_NODE_COMMENT) {
            continue;
        }
        const qsizetype parentIndex = top.index; // `top` is invalid once the stack grows
        m_nodes.append({ child, parentIndex, 0 });
        stack.append({ m_nodes.size() - 1, 0 });
    }
}

HtmlTree::~HtmlTree()
{
    GumboOptions options = kGumboDefaultOptions;
    gumbo_destroy_output(&options, m_output);
}

bool HtmlTree::isText(qsizetype index) const
{
    const GumboNodeType type = m_nodes.at(index).node->type;
    return type == GUMBO_NODE_TEXT || type == GUMBO_NODE_WHITESPACE || type == GUMBO_NODE_CDATA;
}

GumboTag HtmlTree::tag(qsizetype index) const
{
    const GumboNode *node = m_nodes.at(index).node;
    return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE ? node->v.element.tag
                                                                                 : GUMBO_TAG_UNKNOWN;
}

QString HtmlTree::attribute(qsizetype index, const char *name) const
{
    const GumboNode *node = m_nodes.at(index).node;
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) {
        return {};
    }
    const GumboAttribute *attribute = gumbo_get_attribute(&node->v.element.attributes, name);
    return attribute ? QString::fromUtf8(attribute->value) : QString();
}

bool HtmlTree::hasAttribute(qsizetype index, const char *name) const
{
    const GumboNode *node = m_nodes.at(index).node;
    return (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
        && gumbo_get_attribute(&node->v.element.attributes, name) != nullptr;
}

QString HtmlTree::text(qsizetype index) const
{
    return isText(index) ? QString::fromUtf8(m_nodes.at(index).node->v.text.text) : QString();
}

QString HtmlTree::textContent(qsizetype index) const
{
    QString content;
    for (qsizetype i = index; i < end(index); ++i) {
        if (isText(i)) {
            content += QString::fromUtf8(m_nodes.at(i).node->v.text.text);
        }
    }
    return content;
}

qsizetype HtmlTree::findFirst(GumboTag wanted) const
{
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        if (tag(i) == wanted && isElement(i)) {
            return i;
        }
    }
    return -1;
}

} // namespace Iwb
