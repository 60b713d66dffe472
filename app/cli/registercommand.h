// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QString>
#include <QStringList>

namespace Iwb {

struct CliContext;

/// `incident-cli register [--overdue] [--json]`: every breach-register entry with its status, risk and the
/// 72-hour deadline (time left, or how far past it), as a table or JSON Lines; --overdue only those past
/// their deadline without a notification sent. Returns the exit code.
int runRegisterCommand(const CliContext &context, bool overdueOnly, bool json);

/// `incident-cli register new|configure|mark|set|confirm|sent|remove ...`: keeps a register and its entries from the
/// command line (docs/register.md lists the forms). Returns the exit code: 0, 1 on failure, 2 on bad usage.
int runRegisterEditCommand(const CliContext &context, const QStringList &arguments, const QString &registerId,
    const QString &reference, const QString &attachment);

/// `incident-cli report ID [--follow-up] --out FILE.pdf`: the German notification report of register entry ID
/// as PDF, or with --follow-up the Art. 33(4) follow-up (what changed since the last notification sent);
/// refused (exit 1) with the missing required fields named, or for a follow-up when nothing was sent or nothing
/// changed. Needs a QGuiApplication (fonts).
int runReportCommand(const CliContext &context, const QString &entryId, const QString &outPath, bool followUp);

/// `incident-cli letter ID --out FILE.pdf|FILE.txt`: the Art. 34 letter to the data subjects of register entry
/// ID (PDF, or plain text for a mail merge), or the documented decision not to inform them (Art. 34(3)); refused
/// (exit 1) with the missing fields named. Needs a QGuiApplication for PDF.
int runLetterCommand(const CliContext &context, const QString &entryId, const QString &outPath);

/// `incident-cli register --ics FILE`: every open deadline of every entry as an iCalendar file with reminders.
int runRegisterCalendarCommand(const CliContext &context, const QString &icsPath);

} // namespace Iwb
