// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "sourcelinker.h"

#include "annotation/annotationsession.h"
#include "annotation/factlistmodel.h"
#include "incidentchooser.h"
#include "resolutiondialog.h"
#include "storage/incidentstore.h"

#include <QAction>
#include <QMessageBox>
#include <QWidget>

namespace Iwb {

namespace {

    QString shortened(const QString &text, qsizetype length = 40)
    {
        return text.size() > length ? text.left(length - 1) + QChar(0x2026) : text;
    }

} // namespace

SourceLinker::SourceLinker(AnnotationSession *session, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_dialogParent(dialogParent)
    , m_linkAction(new QAction(tr("&Link Article to Incident…"), this))
    , m_unlinkAction(new QAction(tr("&Unlink Article from Incident"), this))
{
    m_linkAction->setObjectName(QStringLiteral("linkArticleToIncident"));
    m_linkAction->setToolTip(
        tr("This article tells an incident that already has a record: add it to that record's sources"));
    m_unlinkAction->setObjectName(QStringLiteral("unlinkArticleFromIncident"));
    m_unlinkAction->setToolTip(tr("Remove this article from the incident's sources; it gets a record of its own"));
    connect(m_linkAction, &QAction::triggered, this, &SourceLinker::linkInteractively);
    connect(m_unlinkAction, &QAction::triggered, this, [this] {
        if (!unlink() && !m_error.isEmpty()) {
            QMessageBox::warning(m_dialogParent, tr("Unlink Article"), m_error);
        }
    });
    connect(session, &AnnotationSession::recordChanged, this, &SourceLinker::updateActions);
    connect(session, &AnnotationSession::documentLoaded, this, [this] {
        m_titles.clear();
        m_otherNotes.clear();
        m_linkedIncidentId = 0;
        m_storedIncidents = m_session->store().incidentCount();
        updateActions();
    });
    connect(session, &AnnotationSession::saved, this, [this] {
        m_storedIncidents = m_session->store().incidentCount();
        updateActions();
    });
    m_storedIncidents = m_session->store().incidentCount();
    updateActions();
}

void SourceLinker::updateActions()
{
    const IncidentRecord &record = m_session->record();
    const bool open = m_session->hasDocument();
    // Something to link to: a stored record other than the one shown.
    m_linkAction->setEnabled(open && m_storedIncidents > (record.id > 0 ? 1 : 0));
    m_unlinkAction->setEnabled(open && record.id > 0 && record.sourceDocumentIds.size() > 1
        && record.sourceDocumentIds.contains(m_session->document().id()));
}

QString SourceLinker::articleTitle() const
{
    return m_session->document().title();
}

QString SourceLinker::documentTitle(qint64 documentId) const
{
    if (documentId == m_session->document().id()) {
        return articleTitle();
    }
    const auto cached = m_titles.constFind(documentId);
    if (cached != m_titles.cend()) {
        return *cached;
    }
    const auto document = m_session->store().document(documentId);
    const QString title = document ? document->title() : tr("article %1").arg(documentId);
    m_titles.insert(documentId, title);
    return title;
}

QStringList SourceLinker::sourceTitles() const
{
    QStringList titles;
    for (const qint64 documentId : m_session->record().sourceDocumentIds) {
        titles.append(documentTitle(documentId));
    }
    return titles;
}

EvidenceNote SourceLinker::evidenceNote(qint64 reference) const
{
    if (reference > 0) {
        if (!m_session->facts()->contains(reference)) {
            return { tr("a fact no longer in the article"), shortened(articleTitle()) };
        }
        return { shortened(m_session->facts()->fact(reference).text), shortened(articleTitle()) };
    }
    if (const auto known = m_otherNotes.constFind(reference); known != m_otherNotes.cend()) {
        return *known;
    }
    const auto fact = m_session->store().fact(-reference);
    const EvidenceNote note = fact ? EvidenceNote { shortened(fact->text), shortened(documentTitle(fact->documentId)) }
                                   : EvidenceNote { tr("a fact no longer stored"), tr("unknown article") };
    m_otherNotes.insert(reference, note);
    return note;
}

QString SourceLinker::describeEvidence(qint64 reference) const
{
    const EvidenceNote note = evidenceNote(reference);
    return QStringLiteral("\u2018%1\u2019 (%2)").arg(note.text, note.article);
}

std::optional<IncidentRecord> SourceLinker::articleSide()
{
    QString error;
    auto side = SourceLinking::articleSide(m_session->record(), m_session->document(), m_session->facts()->facts(),
        m_session->facts()->keys(), m_builder, &error);
    if (!side) {
        m_error = tr("The rules for assembling the article's record could not be loaded: %1").arg(error);
    }
    return side;
}

EvidenceFactLookup SourceLinker::factLookup() const
{
    // The session names this article's facts by key and every other article's by -id.
    return [this](qint64 reference) -> std::optional<Fact> {
        if (reference > 0) {
            return m_session->facts()->contains(reference) ? std::optional<Fact>(m_session->facts()->fact(reference))
                                                           : std::nullopt;
        }
        return reference < 0 ? m_session->store().fact(-reference) : std::nullopt;
    };
}

std::optional<QList<FieldConflict>> SourceLinker::link(qint64 incidentId)
{
    m_error.clear();
    if (!m_session->hasDocument()) {
        m_error = tr("No article is open.");
        return std::nullopt;
    }
    if (incidentId == m_session->record().id) {
        m_error = tr("The article already belongs to this incident.");
        return std::nullopt;
    }
    auto target = m_session->store().incident(incidentId);
    if (!target) {
        m_error = m_session->store().errorString();
        return std::nullopt;
    }
    const auto incoming = articleSide();
    if (!incoming) {
        return std::nullopt;
    }
    // The session names this article's facts by key and every other article's by -id.
    QHash<qint64, qint64> keyForId;
    for (const qint64 key : m_session->facts()->keys()) {
        if (const qint64 id = m_session->facts()->fact(key).id; id > 0) {
            keyForId.insert(id, key);
        }
    }
    for (auto it = target->evidence.begin(); it != target->evidence.end(); ++it) {
        for (qint64 &reference : it.value()) {
            reference = keyForId.value(reference, -reference);
        }
    }
    const LinkedRecord linked = SourceLinking::link(*target, *incoming, m_session->document().id(), factLookup());
    const QString organization = target->organization.isEmpty() ? tr("no organization") : target->organization;
    m_session->editRecord(linked.record,
        tr("Link \u2018%1\u2019 to incident %2 (%3)").arg(shortened(articleTitle())).arg(incidentId).arg(organization));
    m_incoming = *incoming;
    m_linkedIncidentId = incidentId;
    return SourceConflicts::find(m_session->record(), m_incoming);
}

bool SourceLinker::resolve(const QHash<QString, FieldResolution> &choices)
{
    m_error.clear();
    const IncidentRecord current = m_session->record();
    if (m_linkedIncidentId == 0 || current.id != m_linkedIncidentId) {
        m_error = tr("The article is no longer linked to the incident it was compared with.");
        return false;
    }
    const QList<FieldConflict> conflicts = SourceConflicts::find(current, m_incoming);
    const IncidentRecord merged = SourceLinking::resolve(current, m_incoming, choices, factLookup());
    if (merged == current) {
        return true;
    }
    const QString summary = RecordMerge::summary(conflicts, choices);
    m_session->editRecord(merged,
        tr("Resolve incident %1 with \u2018%2\u2019: %3").arg(current.id).arg(shortened(articleTitle()), summary));
    return true;
}

bool SourceLinker::unlink()
{
    m_error.clear();
    const IncidentRecord &record = m_session->record();
    const qint64 documentId = m_session->document().id();
    if (record.id <= 0 || record.sourceDocumentIds.size() < 2 || !record.sourceDocumentIds.contains(documentId)) {
        m_error = tr("The article is the only source of its record; there is nothing to unlink it from.");
        return false;
    }
    QString error;
    const auto own = SourceLinking::ownRecord(m_session->document(), m_session->facts()->facts(),
        m_session->facts()->keys(), m_session->analyst(), m_builder, &error);
    if (!own) {
        m_error = tr("The rules for assembling the article's record could not be loaded: %1").arg(error);
        return false;
    }
    const QString organization = record.organization.isEmpty() ? tr("no organization") : record.organization;
    m_session->editRecord(*own,
        tr("Unlink \u2018%1\u2019 from incident %2 (%3)")
            .arg(shortened(articleTitle()))
            .arg(record.id)
            .arg(organization));
    m_linkedIncidentId = 0;
    return true;
}

void SourceLinker::linkInteractively()
{
    if (!m_session->hasDocument()) {
        return;
    }
    const IncidentRecord &record = m_session->record();
    IncidentChooser chooser(m_session->store(), record.organization, record.id, m_dialogParent);
    if (chooser.exec() != QDialog::Accepted || chooser.chosenIncidentId() <= 0) {
        return;
    }
    const auto conflicts = link(chooser.chosenIncidentId());
    if (!conflicts) {
        QMessageBox::warning(m_dialogParent, tr("Link Article to Incident"), m_error);
        return;
    }
    if (conflicts->isEmpty()) {
        return;
    }
    QStringList others = sourceTitles();
    others.removeAll(articleTitle());
    for (QString &title : others) {
        title = shortened(title, 30);
    }
    ResolutionDialog dialog(
        *conflicts, others.join(QStringLiteral(", ")), shortened(articleTitle(), 30),
        [this](qint64 reference) { return evidenceNote(reference); }, m_dialogParent);
    if (dialog.exec() == QDialog::Accepted && !resolve(dialog.choices())) {
        QMessageBox::warning(m_dialogParent, tr("Resolve Differences"), m_error);
    }
}

} // namespace Iwb
