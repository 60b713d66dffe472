// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "clicontext.h"

#include "storage/incidentstore.h"

namespace Iwb {

bool CliContext::openStore(IncidentStore &store) const
{
    if (!store.open(databasePath)) {
        err << "incident-cli: " << store.errorString() << Qt::endl;
        return false;
    }
    return true;
}

} // namespace Iwb
