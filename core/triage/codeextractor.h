#pragma once

#include "logrecord.h"

#include <QList>
#include <QStringView>

namespace lt::triage {

// Finds failure codes in one log message: "0x80070005", "[HRESULT = 0x800f0922 - NAME]",
// "hr = 8024402c", "*FAILED* [800703F0]", "HRESULT=800F081F", tab-separated bare hex columns,
// "exit(0xe0000248)". Only values with bit 31 set are failures and returned; "[gle=0x...]"
// codes are marked Secondary. Pointers ("@0x...") and 64-bit values are ignored.
QList<RecordCode> extractCodes(QStringView text);

// Cheap test whether extractCodes() could find anything (skips the regex on most lines).
bool mayContainCode(QStringView text);

} // namespace lt::triage
