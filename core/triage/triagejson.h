#pragma once

#include "triagereport.h"

#include <QJsonObject>
#include <QLocale>

namespace lt::triage {

// The stable JSON form of a report (schema "logtriage.triage/1", docs/triage-json.md). Texts of
// rules come in the locale's language; `allFindings` false keeps only Error findings.
QJsonObject reportToJson(const TriageReport &report, const QLocale &locale, bool allFindings = true);

} // namespace lt::triage
