#pragma once

#include <QString>

namespace lt::triage {

// The symbolic name for a code: what the log printed if anything, else the error catalog's.
QString nameForCode(quint32 code, const QString &logged = {});
// True when the error catalog marks the code as not a failure on its own.
bool isBenignCode(quint32 code);
// "0x80070005".
QString hexCode(quint32 code);

} // namespace lt::triage
