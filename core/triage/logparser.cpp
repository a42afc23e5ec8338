#include "logparser.h"

#include "asciiclass.h"
#include "codeextractor.h"
#include "eventtextparser.h"
#include "fltmcparser.h"
#include "linelogparser.h"
#include "procmonparser.h"
#include "reportingeventsparser.h"
#include "setupapiparser.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <string_view>

namespace lt::triage {

std::unique_ptr<LogParser> LogParser::create(LogFormat format)
{
    switch (format) {
    case LogFormat::SetupApi: return std::make_unique<SetupApiParser>();
    case LogFormat::EventText: return std::make_unique<EventTextParser>();
    case LogFormat::Fltmc: return std::make_unique<FltmcParser>();
    case LogFormat::ProcMonCsv: return std::make_unique<ProcMonParser>();
    case LogFormat::ReportingEvents: return std::make_unique<ReportingEventsParser>();
    default: return std::make_unique<LineLogParser>(format);
    }
}

namespace parse {

namespace {

// For QStringView (decoded lines) and QLatin1StringView (raw header bytes, MappedTriager).
template<typename View>
RecordLevel levelFromNameIn(View name)
{
    name = name.trimmed();
    const auto is = [name](QStringView s) { return name.compare(s, Qt::CaseInsensitive) == 0; };
    // The English names by first letter, without a compare chain (this runs for every parsed
    // header line); the rest are the Chinese ones.
    if (!name.isEmpty() && name[0].unicode() < 0x80) {
        switch (name[0].unicode() | 0x20) {
        case u'i': return is(u"Info") || is(u"Information") ? RecordLevel::Info : RecordLevel::Unknown;
        case u'e': return is(u"Error") ? RecordLevel::Error : RecordLevel::Unknown;
        case u'w': return is(u"Warning") || is(u"Warn") ? RecordLevel::Warning : RecordLevel::Unknown;
        case u'p': return is(u"Perf") ? RecordLevel::Info : RecordLevel::Unknown;
        case u'f': return is(u"Fatal") ? RecordLevel::Error : RecordLevel::Unknown;
        case u'c': return is(u"Critical") ? RecordLevel::Error : RecordLevel::Unknown;
        case u'v': return is(u"Verbose") ? RecordLevel::Verbose : RecordLevel::Unknown;
        case u't': return is(u"Trace") ? RecordLevel::Verbose : RecordLevel::Unknown;
        case u'd': return is(u"Debug") ? RecordLevel::Verbose : RecordLevel::Unknown;
        default: return RecordLevel::Unknown;
        }
    }
    if (is(u"错误") || is(u"关键") || is(u"严重"))
        return RecordLevel::Error;
    if (is(u"警告"))
        return RecordLevel::Warning;
    if (is(u"信息"))
        return RecordLevel::Info;
    if (is(u"详细"))
        return RecordLevel::Verbose;
    return RecordLevel::Unknown;
}

} // namespace

RecordLevel levelFromName(QStringView name)
{
    return levelFromNameIn(name);
}

RecordLevel levelFromName(QLatin1StringView name)
{
    return levelFromNameIn(name);
}

namespace {

// ASCII case-insensitive; U+017F (long s) folds to 's' as in PCRE's caseless matching.
inline char16_t foldAscii(char16_t c)
{
    if (c >= u'A' && c <= u'Z')
        return char16_t(c + 32);
    return c == 0x017f ? u's' : c;
}

} // namespace

bool hasFailureWord(QStringView message)
{
    // The words of \bfail(?:ed|ure|s|ing)?\b|\bfatal\b|\berror\b|\babort(?:ed)?\b|\bdenied\b
    // (case-insensitive, ASCII word boundaries) without a regex: this runs for every code of
    // every candidate record. (The regex had "aborted?", which missed a lone "abort".)
    static constexpr std::u16string_view words[] = {u"fail", u"failed", u"failure", u"fails", u"failing",
                                                    u"fatal", u"error", u"abort", u"aborted", u"denied"};
    const qsizetype n = message.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t first = foldAscii(message[i].unicode());
        if ((first != u'f' && first != u'e' && first != u'a' && first != u'd')
            || (i > 0 && ascii::isWord(message[i - 1].unicode())))
            continue;
        for (std::u16string_view word : words) {
            const auto len = qsizetype(word.size());
            if (word[0] != first || i + len > n)
                continue;
            qsizetype k = 1;
            while (k < len && foldAscii(message[i + k].unicode()) == word[size_t(k)])
                ++k;
            // \b after it: the last character and the next differ in being word characters
            // (a U+017F matched as 's' is none).
            const bool lastIsWord = ascii::isWord(message[i + len - 1].unicode());
            const bool nextIsWord = i + len < n && ascii::isWord(message[i + len].unicode());
            if (k == len && lastIsWord != nextIsWord)
                return true;
        }
    }
    return message.contains(u"失败") || message.contains(u"错误") || message.contains(u"拒绝");
}

RecordLevel levelFromText(QStringView message)
{
    if (hasFailureWord(message))
        return RecordLevel::Error;
    if (message.contains(u"warning", Qt::CaseInsensitive) || message.contains(u"警告"))
        return RecordLevel::Warning;
    return RecordLevel::Unknown;
}

QDateTime makeTimestamp(int year, int month, int day, int hour, int minute, int second, int msec)
{
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, qBound(0, msec, 999));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::UTC);
}

int number(QStringView text, qsizetype from, qsizetype count)
{
    if (from < 0 || from + count > text.size())
        return -1;
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

QDateTime parseIsoLike(QStringView t)
{
    t = t.trimmed();
    if (t.size() < 19)
        return {};
    const int y = number(t, 0, 4), mo = number(t, 5, 2), d = number(t, 8, 2);
    const int h = number(t, 11, 2), mi = number(t, 14, 2), s = number(t, 17, 2);
    if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || s < 0)
        return {};
    int ms = 0;
    if (t.size() >= 23 && (t[19] == u'.' || t[19] == u':'))
        ms = qMax(0, number(t, 20, 3));
    return makeTimestamp(y, mo, d, h, mi, s, ms);
}

void finishRecord(LogRecord &record)
{
    record.codes = extractCodes(record.message);
}

} // namespace parse
} // namespace lt::triage
