#include "setupapiparser.h"

namespace lt::triage {

void SetupApiParser::addLine(QStringView line, qint64 lineNumber, QList<LogRecord> &out)
{
    const QStringView text = line.trimmed();
    if (text.isEmpty())
        return;
    LogRecord record;
    record.line = lineNumber;
    if (text.startsWith(u">>>")) {
        const QStringView rest = text.sliced(3).trimmed();
        if (rest.startsWith(u'[')) {
            m_section = rest.sliced(1).chopped(rest.endsWith(u']') ? 1 : 0).toString();
            m_sectionStart = {};
        } else if (rest.startsWith(u"Section start")) {
            m_sectionStart = parse::parseIsoLike(rest.sliced(13));
        }
        record.level = RecordLevel::Verbose;
    } else if (text.startsWith(u"<<<")) {
        const QStringView rest = text.sliced(3).trimmed();
        if (rest.contains(u"FAILURE", Qt::CaseInsensitive))
            record.level = RecordLevel::Error;
        else
            record.level = RecordLevel::Verbose;
    } else if (text.startsWith(u"!!!")) {
        record.level = RecordLevel::Error;
    } else if (text.startsWith(u'!')) {
        record.level = RecordLevel::Warning;
    } else {
        record.level = RecordLevel::Info;
    }
    record.timestamp = m_sectionStart;
    record.component = m_section;
    record.message = text.toString();
    parse::finishRecord(record);
    // Body lines print "exit(0x...)" for every step; only the "!!!" lines and the section exit
    // status say the step failed, so codes on plain lines are informational.
    if (record.level == RecordLevel::Info)
        record.level = RecordLevel::Verbose;
    out.append(std::move(record));
    if (text.startsWith(u"<<<") && text.contains(u"Exit status"))
        m_section.clear();
}

} // namespace lt::triage
