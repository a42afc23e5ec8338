#include "linelogparser.h"

#include <QRegularExpression>

namespace lt::triage {
namespace {

// Continuations beyond this are dropped: a runaway "entry" must not eat the memory.
constexpr qsizetype MaxRecordLength = 64 * 1024;

// "2022-08-23 15:28:01, Info                  CBS    text" (also inside "<LogErrorLine>").
const QRegularExpression &cbsLike()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*(?:<\w+>)?(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d),\s+(Info|Warning|Error|Perf|Verbose|Trace|Fatal)\s+(?:\[0x[0-9a-fA-F]+\]\s+)?(\S+)(?:\s+(.*))?$)"));
    return re;
}

// "2022/08/23 15:10:02.1234567 1204  5520  ComApi          text"
const QRegularExpression &wuEtw()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4}/\d\d/\d\d \d\d:\d\d:\d\d\.\d+)\s+\d+\s+\d+\s+(\S+)(?:\s+(.*))?$)"));
    return re;
}

// "2016-10-31	11:24:28:489	1384	1748	Handler	text"
const QRegularExpression &wuLegacy()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4}-\d\d-\d\d)\s+(\d\d:\d\d:\d\d:\d{3})\s+[0-9a-fA-F]+\s+[0-9a-fA-F]+\s+(\S+)(?:\s+(.*))?$)"));
    return re;
}

// Any line starting with an ISO-like timestamp (generic text).
const QRegularExpression &isoStart()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*\[?(\d{4}[-/]\d\d[-/]\d\d[T ]\d\d:\d\d:\d\d(?:[.,:]\d+)?)\]?[,\s]+(.*)$)"));
    return re;
}

QString trimmedMessage(QStringView text)
{
    return text.trimmed().toString();
}

bool isDigitAt(QStringView s, qsizetype i)
{
    return i < s.size() && s[i] >= u'0' && s[i] <= u'9';
}

// The common CBS/DISM/Panther shape without a regex: "YYYY-MM-DD HH:MM:SS, Level  Component text".
// Anything unusual (XML wrappers, "[0x080831]" message ids) falls back to the regex. Without a
// record it only tells whether the line has that shape (no strings are built).
bool parseCbsFast(QStringView line, LogRecord *record)
{
    if (line.size() < 24 || line[4] != u'-' || line[7] != u'-' || line[10] != u' ' || line[13] != u':'
        || line[16] != u':' || line[19] != u',' || !isDigitAt(line, 0) || !isDigitAt(line, 18))
        return false;
    qsizetype i = 20;
    const auto skipSpaces = [&] {
        while (i < line.size() && (line[i] == u' ' || line[i] == u'\t'))
            ++i;
    };
    const auto word = [&] {
        const qsizetype start = i;
        while (i < line.size() && line[i] != u' ' && line[i] != u'\t')
            ++i;
        return line.sliced(start, i - start);
    };
    skipSpaces();
    const RecordLevel level = parse::levelFromName(word());
    if (level == RecordLevel::Unknown)
        return false;
    skipSpaces();
    if (i < line.size() && line[i] == u'[')
        return false;   // message id column: leave it to the regex
    const QStringView component = word();
    if (component.isEmpty())
        return false;
    skipSpaces();
    QDateTime timestamp = parse::parseIsoLike(line.first(19));
    if (!timestamp.isValid())
        return false;
    if (record) {
        record->timestamp = std::move(timestamp);
        record->level = level;
        record->component = component.toString();
        record->message = trimmedMessage(line.sliced(i));
    }
    return true;
}

} // namespace

LineLogParser::LineLogParser(LogFormat format)
    : m_format(format)
{
}

bool LineLogParser::parseHeader(QStringView line, LogRecord &record) const
{
    const auto tryCbs = [&] {
        if (parseCbsFast(line, &record))
            return true;
        const QRegularExpressionMatch m = cbsLike().matchView(line);
        if (!m.hasMatch())
            return false;
        record.timestamp = parse::parseIsoLike(m.capturedView(1));
        record.level = parse::levelFromName(m.capturedView(2));
        record.component = m.captured(3);
        record.message = trimmedMessage(m.capturedView(4));
        return true;
    };
    const auto tryEtw = [&] {
        const QRegularExpressionMatch m = wuEtw().matchView(line);
        if (!m.hasMatch())
            return false;
        record.timestamp = parse::parseIsoLike(m.capturedView(1));
        record.component = m.captured(2);
        record.message = trimmedMessage(m.capturedView(3));
        record.level = parse::levelFromText(record.message);
        return true;
    };
    const auto tryLegacy = [&] {
        const QRegularExpressionMatch m = wuLegacy().matchView(line);
        if (!m.hasMatch())
            return false;
        const QString stamp = m.captured(1) + u' ' + m.captured(2);
        record.timestamp = parse::parseIsoLike(stamp);
        record.component = m.captured(3);
        record.message = trimmedMessage(m.capturedView(4));
        record.level = parse::levelFromText(record.message);
        return true;
    };

    switch (m_format) {
    case LogFormat::Cbs:
    case LogFormat::Dism:
    case LogFormat::Panther:
        return tryCbs();
    case LogFormat::WindowsUpdateEtw:
        return tryEtw();
    case LogFormat::WindowsUpdate:
        return tryLegacy();
    default:
        break;
    }
    // Generic: whatever shape fits, else a timestamp at the start, else nothing.
    if (tryCbs() || tryEtw() || tryLegacy())
        return true;
    const QRegularExpressionMatch m = isoStart().matchView(line);
    if (m.hasMatch()) {
        record.timestamp = parse::parseIsoLike(m.capturedView(1));
        record.message = trimmedMessage(m.capturedView(2));
        record.level = parse::levelFromText(record.message);
        return true;
    }
    return false;
}

bool LineLogParser::startsRecord(QStringView line) const
{
    // The mapped triage asks this for the neighbours of every candidate line: the usual CBS
    // header is recognised without building a record.
    if (hasCbsHeader(m_format) && parseCbsFast(line, nullptr))
        return true;
    LogRecord record;
    return parseHeader(line, record);
}

void LineLogParser::addLine(QStringView line, qint64 lineNumber, QList<LogRecord> &out)
{
    LogRecord record;
    record.line = lineNumber;
    const bool structured = m_format != LogFormat::Generic;
    const bool header = parseHeader(line, record);
    if (!header && structured && m_pending) {
        // A wrapped entry: consoles cut at a fixed width (join without a space), other
        // continuations ("[gle=0x...]") are separate words.
        if (m_pending->message.size() < MaxRecordLength) {
            const QStringView more = line.trimmed();
            if (!more.isEmpty()) {
                if (m_lastPhysicalLength < 150)
                    m_pending->message += u' ';
                m_pending->message += more.left(MaxRecordLength);
            }
        }
        m_lastPhysicalLength = line.size();
        return;
    }
    flush(out);
    m_lastPhysicalLength = line.size();
    if (!header) {
        const QStringView text = line.trimmed();
        if (text.isEmpty())
            return;
        record.message = text.left(MaxRecordLength).toString();
        record.level = parse::levelFromText(record.message);
    }
    if (structured) {
        m_pending = std::move(record);
    } else {
        parse::finishRecord(record);
        out.append(std::move(record));
    }
}

void LineLogParser::flush(QList<LogRecord> &out)
{
    if (!m_pending)
        return;
    parse::finishRecord(*m_pending);
    out.append(std::move(*m_pending));
    m_pending.reset();
}

void LineLogParser::finish(QList<LogRecord> &out)
{
    flush(out);
}

} // namespace lt::triage
