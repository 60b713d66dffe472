// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "articletextwriter.h"

#include "htmlelementkinds.h"
#include "htmltree.h"

#include <QRegularExpression>
#include <QStringList>

namespace Iwb {

namespace {

    /// Stands for a cell boundary while a row is collected; a private-use character no page writes.
    constexpr QChar cellBoundary(0xE000);

    bool isCell(GumboTag tag)
    {
        return tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH;
    }

    class Paragraphs
    {
    public:
        void append(const QString &text) { m_current += text; }
        void breakCell()
        {
            if (!m_current.trimmed().isEmpty()) {
                m_current += cellBoundary;
            }
        }
        void breakParagraph()
        {
            if (m_current.isEmpty()) {
                return;
            }
            QStringList cells = m_current.split(cellBoundary);
            for (QString &cell : cells) {
                cell = cell.simplified();
            }
            cells.removeAll(QString());
            if (!cells.isEmpty()) {
                m_paragraphs.append(cells.join(QLatin1Char('\t')));
            }
            m_current.clear();
        }
        QString text()
        {
            breakParagraph();
            return m_paragraphs.join(QStringLiteral("\n\n"));
        }

    private:
        QString m_current;
        QStringList m_paragraphs;
    };

} // namespace

QString ArticleTextWriter::write(const HtmlTree &tree, const QList<qsizetype> &roots, const QList<bool> &skipped)
{
    Paragraphs paragraphs;
    QList<qsizetype> openBlockEnds; // where the open paragraph-making elements end, innermost last
    for (const qsizetype root : roots) {
        paragraphs.breakParagraph();
        for (qsizetype i = root; i < tree.end(root); ++i) {
            while (!openBlockEnds.isEmpty() && openBlockEnds.last() <= i) {
                openBlockEnds.removeLast();
                paragraphs.breakParagraph();
            }
            if (skipped.at(i)) {
                i = tree.end(i) - 1;
                continue;
            }
            if (tree.isText(i)) {
                paragraphs.append(tree.text(i));
                continue;
            }
            const GumboTag tag = tree.tag(i);
            if (tag == GUMBO_TAG_BR) {
                paragraphs.breakParagraph();
            } else if (isCell(tag)) {
                paragraphs.breakCell();
            } else if (HtmlElementKinds::startsLine(tag)) {
                paragraphs.breakParagraph();
                openBlockEnds.append(tree.end(i));
            }
        }
        openBlockEnds.clear();
    }
    return paragraphs.text();
}

QString ArticleTextWriter::withoutBoilerplateLines(const QString &text)
{
    static const QRegularExpression furniture(
        QStringLiteral("^[\\-–—*\\s]*(?:lesen sie (?:auch|mehr)|mehr zum thema|mehr dazu|weiterlesen|weitere artikel|"
                       "auch interessant|das könnte sie (?:auch )?interessieren|zum thema|"
                       "read more|related(?: articles| stories| posts)?|more on this|recommended|"
                       "share(?: this)?(?: article| story| post)?|teilen|jetzt teilen|artikel teilen|"
                       "anzeige|werbung|advertisement|sponsored|"
                       "newsletter|jetzt abonnieren|abonnieren|subscribe|sign up|"
                       "folgen sie uns|follow us|kommentare|comments|"
                       "alle rechte vorbehalten|all rights reserved)\\b[^\\n]{0,60}$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // Labels of the furniture around an article, in the languages analysts read most: a short
    // line that starts with one is the label, not a sentence ("Tags: …", "Von Erika Muster").
    static const QRegularExpression labels(
        QStringLiteral(
            "^[\\-–\\s]*(?:ähnliche beiträge|verwandte beiträge|verwandte artikel|weitere beiträge|inhaltsverzeichnis|"
            "tags|schlagw(?:ö|o)rter|stichw(?:ö|o)rter|themen|kontakt|weitere informationen|zum weiterlesen|"
            "aktualisiert(?: am)?|veröffentlicht(?: am)?|erstellt am|stand|titelbild|beitragsbild|bildquelle|"
            "von|autor(?:in)?|quelle|foto|fotos|bild|bilder|kommentieren|kommentar schreiben|"
            "drucken|e-mail|teilen auf|empfehlen|"
            "table of contents|contents|related posts|related|you may also like|see also|more from|"
            "posted in|filed under|this entry was posted|release date|published|updated|last updated|"
            "by|author|photo|image|source|credit|tags|topics|categories|category|"
            "join our newsletter|leave a (?:comment|reply)|print|email|"
            "à lire aussi|lire aussi|lea también|lee también|leggi anche|zobacz też|czytaj też)"
            "\\b[^\\n]{0,40}$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // Who took the picture: "Foto: Erika Muster/dpa", "Titelbild: …", "Crédits photos : …", and the
    // agency credit alone ("Erika Muster/dpa", "aja/PAP").
    static const QRegularExpression credits(
        QStringLiteral("^(?:(?:titel|beitrags|vorschau)?bild(?:er|quelle)?|fotos?|photos?|credits?(?: photos?)?|"
                       "crédits?(?: photos?)?|abbildung|image|quelle|source|copyright|©)\\s*:|"
                       "^[^.!?:/\\n]{2,40}\\s?/\\s?[^.!?:/\\n]{2,30}$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // What the site asks of the reader, and its widgets' states.
    static const QRegularExpression prompts(
        QStringLiteral("^(?:das könnte (?:dich|sie) (?:auch )?interessieren|externer inhalt|zurück zu|wird geladen|"
                       "lade\\s*\\.\\.\\.|quellen (?:ein|aus)blenden|vorschau auf|entdecken sie|sie wollen mehr|"
                       "sie müssen sich (?:ein|an)loggen|melden sie sich an|jetzt anmelden|"
                       "veröffentlichung|publikacja|pubblicato|ultima modifica|publié le|mis à jour|"
                       "never miss|sign up|get the latest|don't miss|subscribe|follow us|"
                       "gefällt mir)|newsletter"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QStringList kept;
    for (const QString &paragraph : text.split(QStringLiteral("\n\n"))) {
        if (paragraph.size() < 80 && furniture.match(paragraph).hasMatch()) {
            continue;
        }
        if (paragraph.size() < 60 && labels.match(paragraph).hasMatch()) {
            continue;
        }
        if (paragraph.size() < 80 && (credits.match(paragraph).hasMatch() || prompts.match(paragraph).hasMatch())) {
            continue;
        }
        kept.append(paragraph);
    }
    return kept.join(QStringLiteral("\n\n"));
}

} // namespace Iwb
