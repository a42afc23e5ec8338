#include "codenames.h"

namespace lt::triage {

QString nameForCode(quint32 code, const QString &logged)
{
    Q_UNUSED(code);
    return logged;
}

bool isBenignCode(quint32 code)
{
    Q_UNUSED(code);
    return false;
}

QString hexCode(quint32 code)
{
    return u"0x" + QStringLiteral("%1").arg(code, 8, 16, QLatin1Char('0')).toUpper();
}

} // namespace lt::triage
