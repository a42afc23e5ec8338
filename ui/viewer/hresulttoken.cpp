#include "hresulttoken.h"

#include "triage/hresult.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace lt::ui {

QList<HResultToken> findHResultTokens(QStringView line)
{
    static const QRegularExpression re(QStringLiteral(
        "(?<![0-9A-Za-z_])(?:0[xX]([0-9A-Fa-f]{8})|(?<=hr=|hr:|HRESULT=|\\[)([0-9A-Fa-f]{8})"
        "|(?<=hr = )([0-9A-Fa-f]{8}))(?![0-9A-Za-z_])"));
    QList<HResultToken> tokens;
    if (!line.contains(u'0') && !line.contains(u'8'))
        return tokens;   // cheap exit for lines that cannot hold a failure code
    auto it = re.globalMatchView(line);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        int group = 1;
        while (group < 3 && m.capturedLength(group) == 0)
            ++group;
        bool ok = false;
        const quint32 code = m.capturedView(group).toUInt(&ok, 16);
        if (!ok || (code & 0x80000000u) == 0)
            continue;
        tokens.append({m.capturedStart(0), m.capturedLength(0), code});
    }
    return tokens;
}

QString hresultTooltip(quint32 code)
{
    const triage::HResultDecoding d = triage::decodeHResult(code);
    QString text = QCoreApplication::translate("lt::ui::LogView", "%1 (%2)")
                       .arg(d.displayName(), d.hexString());
    const QString message = d.message();
    if (!message.isEmpty())
        text += u'\n' + message;
    const QString facility = d.facilityName.isEmpty() ? QString::number(d.facility) : d.facilityName;
    text += u'\n'
        + QCoreApplication::translate("lt::ui::LogView", "Facility: %1, code %2")
              .arg(facility).arg(d.code);
    text += u'\n' + QCoreApplication::translate("lt::ui::LogView", "Click to open the error lookup.");
    return text;
}

} // namespace lt::ui
