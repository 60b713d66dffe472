// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// The register's filter language (`--filter KEY=VALUE`, the export dialog's filter) on arbitrary
// terms: parsed or refused with a reason, and a parsed filter judges any record without failing.

#include "exchange/incidentfilter.h"
#include "fuzzinput.h"
#include "storage/incidentstore.h"

using namespace Iwb;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const QStringList terms = input.text('\x1d').split(QLatin1Char('\n'));
    IncidentSummary incident;
    incident.organization = input.text();
    incident.incidentDate = input.text();
    incident.cause = input.text();
    incident.affectedUnit = input.text();
    if (input.byte() & 1) {
        incident.affectedCount = input.byte();
    }
    QString error;
    if (const std::optional<IncidentFilter> filter = IncidentFilter::parse(terms, &error)) {
        (void)filter->matches(incident);
    } else {
        FUZZ_REQUIRE(!error.isEmpty());
    }
    (void)IncidentFilter::freeText(terms.join(QLatin1Char(' '))).matches(incident);
    return 0;
}
