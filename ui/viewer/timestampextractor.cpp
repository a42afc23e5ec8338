#include "timestampextractor.h"

namespace lt::ui {

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

// Reads `count` digits at `pos`; -1 if any is not a digit.
int digits(QStringView s, qsizetype pos, int count)
{
    if (pos + count > s.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = s[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// "YYYY-MM-DD" or "YYYY/MM/DD" at pos: ms of midnight, or -1.
qint64 parseDate(QStringView s, qsizetype pos)
{
    const int y = digits(s, pos, 4), mo = digits(s, pos + 5, 2), d = digits(s, pos + 8, 2);
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31)
        return -1;
    const QChar sep = s[pos + 4];
    if ((sep != u'-' && sep != u'/') || s[pos + 7] != sep)
        return -1;
    return daysFromCivil(y, mo, d) * 86400000;
}

// "HH:MM:SS" plus optional ".fff…" or ":fff" at pos: ms since midnight, or -1.
qint64 parseTime(QStringView s, qsizetype pos)
{
    const int h = digits(s, pos, 2), mi = digits(s, pos + 3, 2), sec = digits(s, pos + 6, 2);
    if (h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 60 || s[pos + 2] != u':'
        || s[pos + 5] != u':')
        return -1;
    qint64 ms = ((h * 60 + mi) * 60 + sec) * 1000;
    if (pos + 9 < s.size() && (s[pos + 8] == u'.' || s[pos + 8] == u':')) {
        const int frac = digits(s, pos + 9, 3);
        if (frac >= 0)
            ms += frac;
    }
    return ms;
}

} // namespace

TimestampExtractor::TimestampExtractor(lt::triage::LogFormat format)
    : m_format(format)
{
}

qint64 TimestampExtractor::parseLeading(QStringView line)
{
    if (line.size() < 19)
        return -1;
    const qint64 day = parseDate(line, 0);
    if (day < 0 || (line[10] != u' ' && line[10] != u'\t'))
        return -1;
    const qint64 time = parseTime(line, 11);
    return time < 0 ? -1 : day + time;
}

qint64 TimestampExtractor::next(QStringView line)
{
    const qint64 own = parseLeading(line);
    if (own >= 0)
        return m_last = own;
    if (m_format == lt::triage::LogFormat::SetupApi) {
        // ">>>  Section start 2022/07/14 09:41:01.120" sets the date; body lines end in a time.
        const qsizetype at = line.indexOf(u"Section start ");
        if (at >= 0) {
            const qsizetype pos = at + 14;
            const qint64 day = parseDate(line, pos);
            const qint64 time = day >= 0 ? parseTime(line, pos + 11) : -1;
            if (time >= 0) {
                m_day = day;
                return m_last = day + time;
            }
        }
        if (m_day >= 0 && line.size() >= 12) {
            const qint64 time = parseTime(line, line.size() - 12);
            if (time >= 0 && m_day + time >= m_last)
                return m_last = m_day + time;
        }
    }
    return m_last;
}

} // namespace lt::ui
