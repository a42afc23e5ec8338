// Elsewhere the operating system has no text for Windows codes; the catalog is all there is.
#include "systemmessage.h"

namespace lt::triage {

QString systemMessageFor(quint32 value)
{
    Q_UNUSED(value);
    return {};
}

} // namespace lt::triage
