// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// iwb-store-crash-child: the workbench's save path (AnnotationSession on an IncidentStore) in a loop, for
// tests/e2e/tst_storecrash, which kills it with SIGKILL at random points and checks the store after each kill.
//
//   iwb-store-crash-child save STORE DOCUMENT_ID   label a word, change the record, save; print "saved N F"
//                                                  after save N committed with F facts; forever
//   iwb-store-crash-child draft STORE DOCUMENT_ID  the same edits without saving, each written to the recovery
//                                                  draft as the window's timer writes it; print "draft N"
//
// Save N writes the record's notes "save N facts=F" and affected count N with F facts in one transaction,
// so a store where the notes and the facts disagree shows half a save. N continues from the stored record.

#include "annotation/annotationsession.h"
#include "annotation/factlistmodel.h"
#include "annotation/recoverydrafts.h"
#include "storage/incidentstore.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cstdio>

using namespace Iwb;

namespace {

/// A session edit a save or a draft carries: one more labelled word (all cleared every 12), the record's
/// notes and affected count naming the step.
void edit(AnnotationSession &session, qint64 step, const QList<std::pair<qsizetype, qsizetype>> &words)
{
    if (session.facts()->facts().size() >= 12) {
        for (const qint64 key : session.facts()->keys()) {
            session.removeFact(key);
        }
    }
    const auto [start, end] = words.at(step % words.size());
    session.labelSpan(FactType::Organization, start, end);
    IncidentRecord record = session.record();
    record.affectedCount = step;
    record.notes = QStringLiteral("save %1 facts=%2").arg(step).arg(session.facts()->facts().size());
    session.editRecord(record, QStringLiteral("crash test step %1").arg(step));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The window's names: RecoveryDrafts::defaultFolder() is the one the workbench reads.
    QCoreApplication::setOrganizationName(QStringLiteral("IncidentWorkbench"));
    QCoreApplication::setApplicationName(QStringLiteral("incident-workbench"));
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 4
        || (arguments.at(1) != QLatin1String("save") && arguments.at(1) != QLatin1String("draft"))) {
        fprintf(stderr, "usage: iwb-store-crash-child save|draft STORE DOCUMENT_ID\n");
        return 2;
    }
    const bool saving = arguments.at(1) == QLatin1String("save");
    IncidentStore store;
    if (!store.open(arguments.at(2))) {
        fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    AnnotationSession session(store);
    if (!session.load(arguments.at(3).toLongLong())) {
        fprintf(stderr, "%s\n", qPrintable(session.errorString()));
        return 1;
    }
    QList<std::pair<qsizetype, qsizetype>> words;
    const QString &text = session.document().text();
    for (auto it = QRegularExpression(QStringLiteral("\\w{3,}")).globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        words.append({ match.capturedStart(), match.capturedEnd() });
    }
    if (words.size() < 20) {
        fprintf(stderr, "the article needs at least 20 words\n");
        return 1;
    }
    const qint64 first = session.record().affectedCount.value_or(0) + 1;
    const RecoveryDrafts drafts;
    printf("ready %lld\n", first - 1);
    fflush(stdout);
    for (qint64 step = first;; ++step) {
        edit(session, step, words);
        if (saving) {
            if (!session.save()) {
                fprintf(stderr, "%s\n", qPrintable(session.errorString()));
                return 1;
            }
            printf("saved %lld %lld\n", step, static_cast<long long>(session.facts()->facts().size()));
        } else {
            if (!drafts.write(session.document().sha256(), session.toRecoveryJson())) {
                fprintf(stderr, "cannot write the recovery draft %s\n",
                    qPrintable(drafts.fileFor(session.document().sha256())));
                return 1;
            }
            printf("draft %lld\n", step);
        }
        fflush(stdout);
    }
}
