// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "htmldepthlimiter.h"

#include <QByteArrayView>
#include <QList>

#include <algorithm>
#include <cstring>

namespace Iwb {

namespace {

    bool isAsciiLetter(char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    bool isSpace(char c)
    {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    char asciiLower(char c)
    {
        return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
    }

    bool isOneOf(QByteArrayView name, std::initializer_list<const char *> names)
    {
        return std::any_of(names.begin(), names.end(), [name](const char *candidate) { return name == candidate; });
    }

    bool isVoid(QByteArrayView name)
    {
        return isOneOf(name,
            { "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source",
                "track", "wbr", "basefont", "bgsound", "frame", "image" });
    }

    /// Elements whose content the parser reads as text up to their end tag.
    bool isRawText(QByteArrayView name)
    {
        return isOneOf(name, { "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes" });
    }

    bool isFormatting(QByteArrayView name)
    {
        return isOneOf(
            name, { "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u" });
    }

    /// For an element that a start tag of the same kind closes (`p`, `li`, `tr`, …), the elements the
    /// parser's search for an open one stops at: a row of a table inside a cell does not close the
    /// outer table's row, nor a list item of an inner list the outer item. Null for other elements.
    const QList<QByteArray> *closesItsKindWithin(QByteArrayView name)
    {
        static const QList<QByteArray> table { "table" };
        static const QList<QByteArray> list { "ul", "ol", "dl", "table", "td", "th", "button" };
        static const QList<QByteArray> paragraph { "button", "table", "td", "th" };
        static const QList<QByteArray> select { "select", "datalist", "optgroup" };
        if (isOneOf(name, { "tr", "td", "th" })) {
            return &table;
        }
        if (isOneOf(name, { "li", "dt", "dd" })) {
            return &list;
        }
        if (name == "p") {
            return &paragraph;
        }
        return name == "option" ? &select : nullptr;
    }

    /// Elements whose text reads as a paragraph of its own: left out, they become a line break.
    bool isBlock(QByteArrayView name)
    {
        return isOneOf(name,
            { "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure",
                "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "li", "main", "nav", "ol", "p", "pre",
                "section", "table", "td", "th", "tr", "ul" });
    }

    /// How far down the stack an end tag or an implied close looks for its element. The parser
    /// looks further, but a bounded search keeps this pass linear; an end tag whose element is
    /// deeper than this closes nothing here, which can only overestimate the depth.
    constexpr qsizetype searchReach = 64;

    class Limiter
    {
    public:
        Limiter(const QByteArray &html, const HtmlDepthLimiter::Limits &limits)
            : m_in(html)
            , m_limits(limits)
        {
            m_out.reserve(html.size());
        }

        QByteArray run()
        {
            const qsizetype size = m_in.size();
            qsizetype at = 0;
            while (at < size) {
                const char *next = static_cast<const char *>(std::memchr(m_in.constData() + at, '<', size - at));
                const qsizetype tag = next ? next - m_in.constData() : size;
                m_out.append(m_in.constData() + at, tag - at);
                if (tag >= size) {
                    break;
                }
                at = markup(tag);
            }
            return m_out;
        }

    private:
        /// Handles the markup starting with '<' at @p at; returns where the text goes on.
        qsizetype markup(qsizetype at)
        {
            const qsizetype size = m_in.size();
            const char next = at + 1 < size ? m_in.at(at + 1) : '\0';
            if (next == '!' || next == '?') {
                // Comments, doctype, CDATA, processing instructions: copied whole.
                const bool comment = m_in.sliced(at).startsWith("<!--");
                qsizetype end = comment ? m_in.indexOf("-->", at + 4) : m_in.indexOf('>', at + 2);
                end = end < 0 ? size : end + (comment ? 3 : 1);
                m_out.append(m_in.constData() + at, end - at);
                return end;
            }
            const bool endTag = next == '/';
            const qsizetype nameStart = at + (endTag ? 2 : 1);
            if (nameStart >= size || !isAsciiLetter(m_in.at(nameStart))) {
                m_out.append('<'); // a '<' in text
                return at + 1;
            }
            qsizetype nameEnd = nameStart;
            m_name.clear();
            while (nameEnd < size && !isSpace(m_in.at(nameEnd)) && m_in.at(nameEnd) != '/' && m_in.at(nameEnd) != '>') {
                m_name.append(asciiLower(m_in.at(nameEnd)));
                ++nameEnd;
            }
            return endTag ? closeTag(at, nameEnd) : openTag(at, nameEnd);
        }

        /// The end of a tag's attributes at @p from: the index after its '>', the number of
        /// attributes, and whether it ends with "/>". Attributes past the limit are not copied.
        qsizetype copyAttributes(qsizetype from, bool &selfClosing)
        {
            const qsizetype size = m_in.size();
            int attributes = 0;
            qsizetype at = from;
            selfClosing = false;
            while (at < size) {
                const char c = m_in.at(at);
                if (c == '>') {
                    m_out.append('>');
                    return at + 1;
                }
                if (isSpace(c) || c == '/') {
                    selfClosing = c == '/';
                    if (attributes <= m_limits.maxAttributes) {
                        m_out.append(c);
                    }
                    ++at;
                    continue;
                }
                // One attribute: a name, then maybe '=' and a value, quoted or not.
                selfClosing = false;
                const qsizetype start = at;
                while (at < size && !isSpace(m_in.at(at)) && m_in.at(at) != '>' && m_in.at(at) != '='
                    && (m_in.at(at) != '/' || at == start)) {
                    ++at;
                }
                qsizetype afterName = at;
                while (afterName < size && isSpace(m_in.at(afterName))) {
                    ++afterName;
                }
                if (afterName < size && m_in.at(afterName) == '=') {
                    at = afterName + 1;
                    while (at < size && isSpace(m_in.at(at))) {
                        ++at;
                    }
                    if (at < size && (m_in.at(at) == '"' || m_in.at(at) == '\'')) {
                        const qsizetype close = m_in.indexOf(m_in.at(at), at + 1);
                        at = close < 0 ? size : close + 1;
                    } else {
                        while (at < size && !isSpace(m_in.at(at)) && m_in.at(at) != '>') {
                            ++at;
                        }
                    }
                }
                if (++attributes <= m_limits.maxAttributes) {
                    m_out.append(m_in.constData() + start, at - start);
                }
            }
            return size;
        }

        qsizetype openTag(qsizetype at, qsizetype nameEnd)
        {
            const QByteArray name = m_name;
            const bool foreign = m_foreignDepth > 0 || name == "svg" || name == "math";
            if (const QList<QByteArray> *scope = closesItsKindWithin(name)) {
                // Left-out elements are the innermost: a row of a left-out table closes no open row.
                bool stopped = false;
                if (!closeLeftOut(name, scope, &stopped) && !stopped) {
                    closeOpen(name, scope);
                }
            }
            const bool formatting = isFormatting(name);
            const bool tooDeep = m_open.size() >= m_limits.maxDepth
                || (formatting && m_openFormatting >= m_limits.maxFormattingElements);
            const qsizetype outputMark = m_out.size();
            m_out.append(m_in.constData() + at, nameEnd - at);
            bool selfClosing = false;
            const qsizetype end = copyAttributes(nameEnd, selfClosing);
            const bool opens = !isVoid(name) && !(selfClosing && foreign);
            // A raw-text element holds only text: it never nests, and left out, its script
            // would become the page's text.
            const bool rawText = isRawText(name) && !selfClosing;
            if (tooDeep && opens && !rawText) {
                // Left out, with its end tag later; its text stays where it is.
                m_out.truncate(outputMark);
                if (isBlock(name)) {
                    m_out.append("<br>");
                }
                m_leftOut.append(name);
            } else if (opens && !rawText) {
                m_open.append({ name, formatting, foreign });
                m_openFormatting += formatting ? 1 : 0;
                m_foreignDepth += foreign ? 1 : 0;
            }
            if (rawText) {
                return copyRawText(end, name);
            }
            if (name == "plaintext") {
                m_out.append(m_in.constData() + end, m_in.size() - end);
                return m_in.size();
            }
            return end;
        }

        qsizetype closeTag(qsizetype at, qsizetype nameEnd)
        {
            qsizetype end = m_in.indexOf('>', nameEnd);
            end = end < 0 ? m_in.size() : end + 1;
            // Left-out elements are the innermost: their end tags come first.
            if (closeLeftOut(m_name)) {
                if (isBlock(m_name)) {
                    m_out.append("<br>");
                }
                return end;
            }
            if (closeOpen(m_name)) {
                // Whatever was left out inside the closed element is closed with it.
                m_leftOut.clear();
            }
            m_out.append(m_in.constData() + at, end - at);
            return end;
        }

        /// Pops the left-out elements down to and including the nearest @p name near the top and
        /// above any element of @p scope; false when none is (@p stopped: an element of @p scope
        /// ended the search).
        bool closeLeftOut(const QByteArray &name, const QList<QByteArray> *scope = nullptr, bool *stopped = nullptr)
        {
            const qsizetype bottom = std::max<qsizetype>(0, m_leftOut.size() - searchReach);
            for (qsizetype i = m_leftOut.size() - 1; i >= bottom; --i) {
                if (m_leftOut.at(i) == name) {
                    m_leftOut.resize(i);
                    return true;
                }
                if (scope && scope->contains(m_leftOut.at(i))) {
                    if (stopped) {
                        *stopped = true;
                    }
                    return false;
                }
            }
            return false;
        }

        /// Pops the stack down to and including the nearest open @p name, if it is near the top and
        /// above any element of @p scope; false when none is.
        bool closeOpen(const QByteArray &name, const QList<QByteArray> *scope = nullptr)
        {
            const qsizetype bottom = std::max<qsizetype>(0, m_open.size() - searchReach);
            for (qsizetype i = m_open.size() - 1; i >= bottom; --i) {
                if (m_open.at(i).name == name) {
                    while (m_open.size() > i) {
                        const OpenElement popped = m_open.takeLast();
                        m_openFormatting -= popped.formatting ? 1 : 0;
                        m_foreignDepth -= popped.foreign ? 1 : 0;
                    }
                    return true;
                }
                if (scope && scope->contains(m_open.at(i).name)) {
                    return false;
                }
            }
            return false;
        }

        /// Copies a raw-text element's content up to its end tag, which is handled as markup.
        qsizetype copyRawText(qsizetype from, const QByteArray &name)
        {
            const qsizetype size = m_in.size();
            qsizetype at = from;
            while (at < size) {
                const qsizetype close = m_in.indexOf("</", at);
                if (close < 0) {
                    break;
                }
                const qsizetype after = close + 2 + name.size();
                bool matches = after <= size;
                for (qsizetype i = 0; matches && i < name.size(); ++i) {
                    matches = asciiLower(m_in.at(close + 2 + i)) == name.at(i);
                }
                if (matches
                    && (after == size || isSpace(m_in.at(after)) || m_in.at(after) == '/' || m_in.at(after) == '>')) {
                    m_out.append(m_in.constData() + from, close - from);
                    return close;
                }
                at = close + 2;
            }
            m_out.append(m_in.constData() + from, size - from);
            return size;
        }

        const QByteArray &m_in;
        const HtmlDepthLimiter::Limits m_limits;
        QByteArray m_out;
        QByteArray m_name; // the current tag's name, lower case
        struct OpenElement
        {
            QByteArray name;
            bool formatting = false;
            bool foreign = false; // inside svg or math, where "/>" closes
        };
        QList<OpenElement> m_open; // innermost last
        int m_openFormatting = 0;
        int m_foreignDepth = 0;
        QList<QByteArray> m_leftOut; // names of the elements left out whose end tag has not come, innermost last
    };

} // namespace

QByteArray HtmlDepthLimiter::limit(const QByteArray &html, const Limits &limits)
{
    return Limiter(html, limits).run();
}

} // namespace Iwb
