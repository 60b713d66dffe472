# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#
# The workbench's translations (Qt Linguist): German, and English plural forms. lrelease compiles
# them and they are built into the widgets library as :/i18n/incident-workbench_<lang>.qm, so the
# program finds them wherever it runs from. Strings come from the model (field names, fact types,
# words for ids), the widgets, the GUI's main() and the file readers' refusals (app/parse, sent to the
# workbench as ReaderMessage source texts); tests/i18n/check-translations.py extracts them
# from the current sources and fails on anything untranslated (ctest i18n_translations_complete);
# with --update it refreshes the .ts files for Qt Linguist. The command line is not translated.
qt_add_translations(incident_widgets
    SOURCE_TARGETS incident_model incident_widgets incident-workbench incident-parse incident_pdf incident_mail
    TS_FILES ${CMAKE_CURRENT_LIST_DIR}/incident-workbench_de.ts
    PLURALS_TS_FILE ${CMAKE_CURRENT_LIST_DIR}/incident-workbench_en.ts
    RESOURCE_PREFIX /i18n
    LUPDATE_OPTIONS -locations none
    LRELEASE_OPTIONS -nounfinished)
