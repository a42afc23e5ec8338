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

} // namespace

LineLogParser::LineLogParser(LogFormat format)
    : m_format(format)
{
}

bool LineLogParser::parseHeader(QStringView line, LogRecord &record) const
{
    const auto tryCbs = [&] {
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
