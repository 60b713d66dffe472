# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
# Comparing annotation versions: the agreement dialog (Compare → Compare Annotation Versions…).
target_sources(incident_widgets PRIVATE
    agreement/agreementdialog.cpp agreement/agreementdialog.h
    agreement/recordfieldtake.cpp agreement/recordfieldtake.h
    agreement/learningchart.cpp agreement/learningchart.h
)
