#pragma once

#include <QString>

namespace lt::triage {

// The operating system's own text for a code the catalog does not know (FormatMessageW on
// Windows, in the user's UI language); empty elsewhere or when the system has no text either.
QString systemMessageFor(quint32 value);

} // namespace lt::triage
