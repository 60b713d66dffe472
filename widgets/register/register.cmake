# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
# The breach register's window (docs/register.md): the entries with their clocks, the entry's form with
# undo, the report and the notification log.
target_sources(incident_widgets PRIVATE
    register/registeractions.cpp register/registeractions.h
    register/deadlinereminders.cpp register/deadlinereminders.h
    register/breachregisterdialog.cpp register/breachregisterdialog.h
    register/registerentryeditor.cpp register/registerentryeditor.h
    register/registerimportdialog.cpp register/registerimportdialog.h
    register/registerwindow.cpp register/registerwindow.h
)
