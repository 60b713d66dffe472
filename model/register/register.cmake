# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
# The GDPR Art. 33/34 breach register (docs/register.md): entries, deadlines, pre-fill, report checks.
# Its SQL lives in storage/registerstore.cpp, like all SQL.
target_sources(incident_model PRIVATE
    register/breachregister.cpp register/breachregister.h
    register/deadlines.cpp register/deadlines.h
    register/entrychanges.cpp register/entrychanges.h
    register/entryclock.cpp register/entryclock.h
    register/entryfieldtext.cpp register/entryfieldtext.h
    register/followupreport.cpp register/followupreport.h
    register/incidentdeadlines.cpp register/incidentdeadlines.h
    register/notificationreport.cpp register/notificationreport.h
    register/registerdocument.cpp register/registerdocument.h
    register/registercategories.cpp register/registercategories.h
    register/registerentry.cpp register/registerentry.h
    register/registerfiltermodel.cpp register/registerfiltermodel.h
    register/registerimport.cpp register/registerimport.h
    register/registerimportlayouts.cpp register/registerimportlayouts.h
    register/registerprefill.cpp register/registerprefill.h
    register/registertablemodel.cpp register/registertablemodel.h
    register/registertexts.cpp register/registertexts.h
    register/reportcheck.cpp register/reportcheck.h
    register/registercalendar.cpp register/registercalendar.h
    register/sentnotification.cpp register/sentnotification.h
    register/subjectletter.cpp register/subjectletter.h
    register/zonedtime.cpp register/zonedtime.h
    storage/registerstore.cpp storage/registerstore.h
    storage/writetransaction.cpp storage/writetransaction.h
)
