#include "logformat.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace lt::triage {
namespace {

struct FormatName {
    LogFormat format;
    const char16_t *id;
    const char16_t *display;
};

constexpr FormatName Names[] = {
    {LogFormat::Unknown, u"unknown", u"Unknown"},
    {LogFormat::Cbs, u"cbs", u"CBS.log"},
    {LogFormat::Dism, u"dism", u"DISM.log"},
    {LogFormat::WindowsUpdate, u"wu-legacy", u"WindowsUpdate.log (legacy)"},
    {LogFormat::WindowsUpdateEtw, u"wu-etw", u"WindowsUpdate.log (Get-WindowsUpdateLog)"},
    {LogFormat::ReportingEvents, u"reporting-events", u"ReportingEvents.log"},
    {LogFormat::Panther, u"panther", u"Panther setupact/setuperr"},
    {LogFormat::SetupApi, u"setupapi", u"setupapi.dev.log"},
    {LogFormat::Fltmc, u"fltmc", u"fltmc filters/instances"},
    {LogFormat::ProcMonCsv, u"procmon-csv", u"Process Monitor CSV"},
    {LogFormat::EventText, u"event-text", u"Event log text (wevtutil /f:text)"},
    {LogFormat::Generic, u"generic", u"Text"},
    {LogFormat::Binary, u"binary", u"Binary"},
};

// Counts the lines of `text` that match `re`, looking at no more than `maxLines` lines.
int countMatchingLines(QStringView text, const QRegularExpression &re, int maxLines = 60)
{
    int hits = 0;
    int seen = 0;
    for (QStringView line : text.tokenize(u'\n')) {
        if (++seen > maxLines)
            break;
        if (re.matchView(line).hasMatch())
            ++hits;
    }
    return hits;
}

} // namespace

QString formatId(LogFormat format)
{
    for (const FormatName &n : Names) {
        if (n.format == format)
            return QString::fromUtf16(n.id);
    }
    return QStringLiteral("unknown");
}

LogFormat formatFromId(QStringView id)
{
    for (const FormatName &n : Names) {
        if (id.compare(QStringView(n.id), Qt::CaseInsensitive) == 0)
            return n.format;
    }
    return LogFormat::Unknown;
}

QString formatDisplayName(LogFormat format)
{
    for (const FormatName &n : Names) {
        if (n.format == format)
            return QString::fromUtf16(n.display);
    }
    return QStringLiteral("Unknown");
}

LogFormat detectFormat(QStringView firstLines, const QString &fileName)
{
    // Line shapes, most specific first. Whitespace is matched with \s+ so logs whose column
    // padding was collapsed (pasted from web pages) are still recognised.
    static const QRegularExpression cbsLike(QStringLiteral(
        R"(^\s*(?:<\w+>)?\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\s+(?:Info|Warning|Error|Perf|Verbose|Trace|Fatal)\s+(?:\[0x[0-9a-fA-F]+\]\s+)?(\S+))"));
    static const QRegularExpression wuEtw(QStringLiteral(
        R"(^\d{4}/\d\d/\d\d \d\d:\d\d:\d\d\.\d+\s+\d+\s+\d+\s+\S+)"));
    static const QRegularExpression wuLegacy(QStringLiteral(
        R"(^\d{4}-\d\d-\d\d\s+\d\d:\d\d:\d\d:\d{3}\s+[0-9a-fA-F]+\s+[0-9a-fA-F]+\s+\S+)"));
    static const QRegularExpression reporting(QStringLiteral(
        R"(^\{[0-9A-Fa-f-]{36}\}\t\d{4}-\d\d-\d\d \d\d:\d\d:\d\d:\d{3}[+-]\d{4}\t)"));
    static const QRegularExpression setupApi(QStringLiteral(
        R"(^\s*(?:>>>|<<<)\s+(?:\[|Section (?:start|end)))"));
    static const QRegularExpression fltmcRule(QStringLiteral(R"(^-{6,}(?:\s+-{3,}){2,})"));
    static const QRegularExpression procmon(QStringLiteral(
        R"re(^\W*"(?:Time of Day|Sequence|Process Name)".*"Result")re"));
    static const QRegularExpression eventHeader(QStringLiteral(R"(^\s*(?:Event|事件)\[\d+\]:?\s*$)"));

    if (countMatchingLines(firstLines, procmon, 3) > 0)
        return LogFormat::ProcMonCsv;
    if (countMatchingLines(firstLines, eventHeader, 80) > 0)
        return LogFormat::EventText;
    if (countMatchingLines(firstLines, fltmcRule, 20) > 0)
        return LogFormat::Fltmc;
    if (countMatchingLines(firstLines, reporting) > 0)
        return LogFormat::ReportingEvents;
    if (countMatchingLines(firstLines, setupApi, 200) > 0)
        return LogFormat::SetupApi;
    if (countMatchingLines(firstLines, wuEtw) > 0)
        return LogFormat::WindowsUpdateEtw;
    if (countMatchingLines(firstLines, wuLegacy) > 0)
        return LogFormat::WindowsUpdate;

    // CBS, DISM and Panther share one line shape; the component column tells them apart.
    int cbs = 0, dism = 0, panther = 0;
    int seen = 0;
    for (QStringView line : firstLines.tokenize(u'\n')) {
        if (++seen > 200)
            break;
        const QRegularExpressionMatch m = cbsLike.matchView(line);
        if (!m.hasMatch())
            continue;
        const QStringView component = m.capturedView(1);
        if (component == u"CBS" || component == u"CSI" || component == u"DPX" || component == u"CBS:")
            ++cbs;
        else if (component == u"DISM")
            ++dism;
        else
            ++panther;
    }
    const QString name = QFileInfo(fileName).fileName().toLower();
    if (cbs + dism + panther > 0) {
        // The name breaks ties: a dism.log holds many CBS lines when DISM drives CBS, and the
        // other way round.
        if (name.startsWith(u"dism") && dism > 0)
            return LogFormat::Dism;
        if ((name.startsWith(u"cbs")) && cbs > 0)
            return LogFormat::Cbs;
        if (name.startsWith(u"setup") && panther > 0)
            return LogFormat::Panther;
        if (cbs >= dism && cbs >= panther)
            return LogFormat::Cbs;
        if (dism >= panther)
            return LogFormat::Dism;
        return LogFormat::Panther;
    }
    return LogFormat::Generic;
}

} // namespace lt::triage
