#include "reportingeventsparser.h"

namespace lt::triage {

void ReportingEventsParser::addLine(QStringView line, qint64 lineNumber, QList<LogRecord> &out)
{
    if (line.trimmed().isEmpty())
        return;
    const QList<QStringView> f = line.split(u'\t');
    LogRecord record;
    record.line = lineNumber;
    if (f.size() < 12) {
        record.message = line.trimmed().toString();
        record.level = parse::levelFromText(record.message);
        parse::finishRecord(record);
        out.append(std::move(record));
        return;
    }
    record.timestamp = parse::parseIsoLike(f[1]);   // the local part; the offset is dropped
    record.component = f[8].trimmed().toString() + u" #" + f[3].trimmed().toString();
    const bool failure = f[9].trimmed().compare(u"Failure", Qt::CaseInsensitive) == 0;
    record.level = failure ? RecordLevel::Error : RecordLevel::Info;
    QStringList rest;
    for (qsizetype i = 11; i < f.size(); ++i)
        rest.append(f[i].trimmed().toString());
    record.message = f[10].trimmed().toString() + u": " + rest.join(u' ');
    parse::finishRecord(record);
    bool ok = false;
    const quint32 hr = f[7].trimmed().toUInt(&ok, 16);
    if (ok && (hr & 0x80000000u)) {
        bool known = false;
        for (const RecordCode &c : std::as_const(record.codes))
            known = known || c.value == hr;
        if (!known)
            record.codes.prepend({hr, CodeRole::Primary, {}});
    }
    out.append(std::move(record));
}

} // namespace lt::triage
