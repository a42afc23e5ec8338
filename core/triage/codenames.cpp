#include "codenames.h"

#include "errorcatalog.h"
#include "hresult.h"

namespace lt::triage {

QString nameForCode(quint32 code, const QString &logged)
{
    if (!logged.isEmpty())
        return logged;
    // decodeHResult() also maps 0x8007xxxx to its Win32 entry.
    const HResultDecoding decoded = decodeHResult(code);
    return decoded.entry ? decoded.entry->name : QString();
}

bool isBenignCode(quint32 code)
{
    const ErrorEntry *entry = ErrorCatalog::builtin().find(code);
    return entry && entry->benign;
}

QString hexCode(quint32 code)
{
    return u"0x" + QStringLiteral("%1").arg(code, 8, 16, QLatin1Char('0')).toUpper();
}

} // namespace lt::triage
