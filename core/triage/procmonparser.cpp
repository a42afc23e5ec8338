#include "procmonparser.h"

namespace lt::triage {
namespace {

struct ResultCode {
    const char16_t *result;
    quint32 code;
    const char16_t *name;
};

// The Results that block an installer, as the HRESULT Windows setup would report.
constexpr ResultCode FailureResults[] = {
    {u"ACCESS DENIED", 0x80070005, u"E_ACCESSDENIED"},
    {u"SHARING VIOLATION", 0x80070020, u"ERROR_SHARING_VIOLATION"},
    {u"FILE LOCKED WITH ONLY READERS", 0x80070020, u"ERROR_SHARING_VIOLATION"},
    {u"FILE LOCKED WITH WRITERS", 0x80070020, u"ERROR_SHARING_VIOLATION"},
    {u"DELETE PENDING", 0x80070057, u"ERROR_DELETE_PENDING"},
    {u"DISK FULL", 0x80070070, u"ERROR_DISK_FULL"},
    {u"PRIVILEGE NOT HELD", 0x80070522, u"ERROR_PRIVILEGE_NOT_HELD"},
};

} // namespace

QStringList ProcMonParser::splitCsv(QStringView line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < line.size() && line[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(field);
            field.clear();
        } else {
            field += c;
        }
    }
    fields.append(field);
    return fields;
}

void ProcMonParser::addLine(QStringView line, qint64 lineNumber, QList<LogRecord> &out)
{
    if (line.trimmed().isEmpty())
        return;
    QStringList fields = splitCsv(line);
    if (!m_haveHeader) {
        for (int i = 0; i < fields.size(); ++i) {
            const QString name = fields[i].trimmed().remove(QChar(0xFEFF));
            if (name == u"Time of Day") m_time = i;
            else if (name == u"Process Name") m_process = i;
            else if (name == u"Operation") m_operation = i;
            else if (name == u"Path") m_path = i;
            else if (name == u"Result") m_result = i;
        }
        m_haveHeader = m_result >= 0;
        return;
    }
    const auto field = [&fields](int i) { return i >= 0 && i < fields.size() ? fields[i] : QString(); };
    LogRecord record;
    record.line = lineNumber;
    record.component = field(m_process);
    const QString result = field(m_result).trimmed();
    record.message = field(m_operation) + u' ' + field(m_path) + u' ' + result;
    record.level = RecordLevel::Verbose;
    for (const ResultCode &r : FailureResults) {
        if (result.compare(QStringView(r.result), Qt::CaseInsensitive) == 0) {
            record.level = RecordLevel::Warning;
            record.codes.append({r.code, CodeRole::Primary, QString::fromUtf16(r.name)});
            break;
        }
    }
    // "3:27:40.1234567 PM": no date in the export, so the time is kept on a null date only as
    // text; records without a date cannot take part in time conditions.
    out.append(std::move(record));
}

} // namespace lt::triage
