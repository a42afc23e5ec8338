#include "eventtextparser.h"

#include <QRegularExpression>

namespace lt::triage {
namespace {

constexpr qsizetype MaxDescription = 64 * 1024;

enum class Field { None, Source, Date, EventId, Level, Description, Other };

// Field labels of both locales; the value follows the first ':' (ASCII or full-width).
Field fieldOf(QStringView key)
{
    key = key.trimmed();
    const auto is = [key](QStringView s) { return key.compare(s, Qt::CaseInsensitive) == 0; };
    if (is(u"Source") || is(u"来源") || is(u"源"))
        return Field::Source;
    if (is(u"Date") || is(u"日期"))
        return Field::Date;
    if (is(u"Event ID") || is(u"事件 ID") || is(u"事件ID"))
        return Field::EventId;
    if (is(u"Level") || is(u"级别"))
        return Field::Level;
    if (is(u"Description") || is(u"描述"))
        return Field::Description;
    if (is(u"Log Name") || is(u"日志名称") || is(u"Task") || is(u"任务") || is(u"任务类别") || is(u"Opcode")
        || is(u"操作代码") || is(u"Keyword") || is(u"关键字") || is(u"User") || is(u"用户") || is(u"User Name")
        || is(u"用户名") || is(u"Computer") || is(u"计算机"))
        return Field::Other;
    return Field::None;
}

} // namespace

void EventTextParser::addLine(QStringView line, qint64 lineNumber, QList<LogRecord> &out)
{
    static const QRegularExpression header(QStringLiteral(R"(^\s*(?:Event|事件)\[\d+\]\s*[:：]?\s*$)"));
    if (header.matchView(line).hasMatch()) {
        flush(out);
        m_event = LogRecord{};
        m_event->line = lineNumber;
        m_eventId.clear();
        m_inDescription = false;
        return;
    }
    if (!m_event)
        return;   // text before the first event (a banner) carries nothing
    if (!m_inDescription) {
        qsizetype colon = line.indexOf(u':');
        const qsizetype wide = line.indexOf(u'：');
        if (colon < 0 || (wide >= 0 && wide < colon))
            colon = wide;
        if (colon > 0) {
            const Field field = fieldOf(line.first(colon));
            const QStringView value = line.sliced(colon + 1).trimmed();
            switch (field) {
            case Field::Source: m_event->component = value.toString(); return;
            case Field::Date: m_event->timestamp = parse::parseIsoLike(value); return;
            case Field::EventId: m_eventId = value.toString(); return;
            case Field::Level: m_event->level = parse::levelFromName(value); return;
            case Field::Description:
                m_inDescription = true;
                m_event->message = value.toString();
                return;
            case Field::Other: return;
            case Field::None: break;
            }
        }
    }
    const QStringView text = line.trimmed();
    if (text.isEmpty() || m_event->message.size() > MaxDescription)
        return;
    if (!m_event->message.isEmpty())
        m_event->message += u' ';
    m_event->message += text;
}

void EventTextParser::flush(QList<LogRecord> &out)
{
    if (!m_event)
        return;
    if (!m_eventId.isEmpty())
        m_event->component = m_event->component + u" #" + m_eventId;
    parse::finishRecord(*m_event);
    out.append(std::move(*m_event));
    m_event.reset();
}

void EventTextParser::finish(QList<LogRecord> &out)
{
    flush(out);
}

} // namespace lt::triage
