#include "fltmcparser.h"

#include <QRegularExpression>

namespace lt::triage {

void FltmcParser::addLine(QStringView line, qint64 lineNumber, QList<LogRecord> &out)
{
    const QStringView text = line.trimmed();
    if (text.isEmpty() || text.startsWith(u'-'))
        return;
    static const QRegularExpression altitudeRe(QStringLiteral(R"(^\d{4,6}(?:\.\d+)?$)"));
    static const QRegularExpression ws(QStringLiteral(R"(\s+)"));
    const QList<QStringView> tokens = text.split(ws, Qt::SkipEmptyParts);

    LogRecord record;
    record.line = lineNumber;
    record.level = RecordLevel::Info;
    record.component = QStringLiteral("fltmc");
    record.message = text.toString();

    // Header rows: remember which table this is ("Volume Name" / "卷名" columns).
    if (tokens.size() >= 3 && !altitudeRe.matchView(tokens[1]).hasMatch()
        && !altitudeRe.matchView(tokens[2]).hasMatch()
        && (tokens.size() < 4 || !altitudeRe.matchView(tokens[3]).hasMatch())) {
        if (text.contains(u"Volume", Qt::CaseInsensitive) || text.contains(u"卷"))
            m_instancesTable = true;
        record.level = RecordLevel::Verbose;
        out.append(std::move(record));
        return;
    }
    if (tokens.size() < 3)
        return;

    FilterDriver filter;
    filter.name = tokens[0].toString();
    filter.line = lineNumber;
    // `fltmc filters`: name, instance count (small integer), altitude, frame.
    // `fltmc instances`: name, volume, altitude, instance name (may hold spaces), frame...
    bool isCount = false;
    const int count = tokens[1].toInt(&isCount);
    const bool filtersTable = !m_instancesTable && isCount && tokens[1].size() < 4
                              && altitudeRe.matchView(tokens[2]).hasMatch();
    qsizetype altitudeAt = filtersTable ? 2 : -1;
    for (qsizetype i = 1; altitudeAt < 0 && i < tokens.size() && i <= 3; ++i) {
        if (altitudeRe.matchView(tokens[i]).hasMatch())
            altitudeAt = i;
    }
    if (altitudeAt < 0) {
        out.append(std::move(record));
        return;
    }
    filter.altitude = tokens[altitudeAt].toString();
    if (filtersTable) {
        filter.instances = count;
        if (tokens.size() > 3)
            filter.frame = tokens[3].toInt();
    } else {
        filter.instances = 1;
        if (tokens.size() > altitudeAt + 1)
            filter.frame = tokens.last().toInt();
    }
    const QString key = filter.name.toLower();
    const auto it = m_index.constFind(key);
    if (it == m_index.cend()) {
        m_index.insert(key, m_filters.size());
        m_filters.append(filter);
    } else if (!filtersTable) {
        ++m_filters[*it].instances;   // one row per instance in `fltmc instances`
    }
    out.append(std::move(record));
}

} // namespace lt::triage
