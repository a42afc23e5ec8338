#include "filetriager.h"

#include "mappedtriager.h"
#include "recordsink.h"
#include "logparser.h"
#include "rulebook.h"
#include "text/encodingdetector.h"
#include "text/textdecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace lt::triage {
namespace {

constexpr qint64 ChunkSize = 1024 * 1024;
constexpr qsizetype MaxLineLength = 1024 * 1024;   // characters

// Not text: NULs outside UTF-16, or many C0 control bytes.
bool looksBinary(QByteArrayView head, lt::text::TextEncoding encoding)
{
    if (encoding == lt::text::TextEncoding::Utf16LE || encoding == lt::text::TextEncoding::Utf16BE)
        return false;
    qsizetype control = 0;
    for (char ch : head) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b)
            ++control;
    }
    return control * 20 > head.size();
}

QByteArray readUpTo(QIODevice &device, qint64 size)
{
    QByteArray data;
    while (data.size() < size) {
        const QByteArray more = device.read(size - data.size());
        if (more.isEmpty())
            break;
        data += more;
    }
    return data;
}

// Splits decoded text into lines (LF, CRLF or lone CR), keeping an unfinished tail.
class LineSplitter
{
public:
    template<typename F>
    void feed(const QString &text, bool last, F &&onLine)
    {
        m_buffer += text;
        const QStringView buffer(m_buffer);
        const qsizetype n = buffer.size();
        qsizetype start = 0;
        // indexOf is vectorised; lone CRs are rare, so both are searched ahead and refreshed.
        qsizetype lf = buffer.indexOf(u'\n');
        qsizetype cr = buffer.indexOf(u'\r');
        while (lf >= 0 || cr >= 0) {
            const qsizetype pos = (lf < 0) ? cr : (cr < 0 ? lf : qMin(lf, cr));
            const bool isCr = pos == cr;
            if (isCr && pos + 1 == n && !last)
                break;   // a CRLF may be split across chunks
            onLine(buffer.sliced(start, pos - start));
            start = pos + 1;
            if (isCr && start < n && buffer[start] == u'\n')
                ++start;
            if (lf >= 0 && lf < start)
                lf = buffer.indexOf(u'\n', start);
            if (cr >= 0 && cr < start)
                cr = buffer.indexOf(u'\r', start);
        }
        m_buffer.remove(0, start);
        // A file without line breaks must not be buffered whole: cut overlong lines.
        while (m_buffer.size() > MaxLineLength) {
            onLine(QStringView(m_buffer).first(MaxLineLength));
            m_buffer.remove(0, MaxLineLength);
        }
        if (last && !m_buffer.isEmpty()) {
            onLine(QStringView(m_buffer));   // a truncated last line still counts
            m_buffer.clear();
        }
    }

private:
    QString m_buffer;
};

} // namespace

FileTriager::FileTriager(const RuleBook &rules)
    : m_rules(rules)
{
}

FileReport FileTriager::triageFile(const QString &fileName) const
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        FileReport report;
        report.path = fileName;
        report.error = QCoreApplication::translate("lt::triage", "cannot open: %1").arg(file.errorString());
        return report;
    }
    return triage(file, QFileInfo(fileName).fileName());
}

FileReport FileTriager::triage(QIODevice &device, const QString &path, const std::atomic_bool *cancelled) const
{
    // Local files: screened in place, on both cores (same report, see MappedTriager).
    if (auto *file = qobject_cast<QFile *>(&device); file && file->size() >= MappedTriager::MinimumSize
                                                     && !file->fileName().isEmpty()) {
        if (std::optional<FileReport> fast = MappedTriager(m_rules).triage(file->fileName(), path, cancelled))
            return *fast;
    }
    FileReport report;
    report.path = path;
    const QByteArray head = readUpTo(device, lt::text::EncodingSampleSize);
    if (head.isEmpty()) {
        report.error = device.errorString().isEmpty() || device.atEnd()
                           ? QCoreApplication::translate("lt::triage", "empty file")
                           : QCoreApplication::translate("lt::triage", "cannot read: %1").arg(device.errorString());
        return report;
    }
    const lt::text::EncodingGuess guess = lt::text::detectEncoding(head);
    report.encoding = lt::text::encodingName(guess.encoding);
    if (looksBinary(head, guess.encoding)) {
        report.format = LogFormat::Binary;
        report.bytes = head.size();
        report.error = QCoreApplication::translate("lt::triage", "not a text file (binary content), not parsed");
        return report;
    }

    lt::text::TextDecoder decoder(guess);
    QString text = decoder.decode(head);
    report.format = detectFormat(QStringView(text).left(32 * 1024), path);
    const std::unique_ptr<LogParser> parser = LogParser::create(report.format);
    RecordSink sink(m_rules, path, report.format);

    QList<LogRecord> records;
    const auto consume = [&] {
        for (const LogRecord &record : std::as_const(records))
            sink.add(record);
        records.clear();
    };

    LineSplitter splitter;
    qint64 lineNumber = 0;
    const auto onLine = [&](QStringView line) { parser->addLine(line, ++lineNumber, records); };
    report.bytes = head.size();
    bool atEnd = device.atEnd();
    if (atEnd)
        text += decoder.finish();   // a character cut off by the end is kept as U+FFFD
    splitter.feed(text, atEnd, onLine);
    consume();
    while (!atEnd) {
        if (cancelled && cancelled->load()) {
            report.error = QCoreApplication::translate("lt::triage", "cancelled");
            break;
        }
        const QByteArray chunk = device.read(ChunkSize);
        if (chunk.isEmpty()) {
            if (!device.atEnd()) {
                const QString why = device.errorString().isEmpty()
                                        ? QCoreApplication::translate("lt::triage", "data ends early")
                                        : device.errorString();
                report.error = QCoreApplication::translate("lt::triage", "read error: %1").arg(why);
            }
            atEnd = true;
        } else {
            report.bytes += chunk.size();
            atEnd = device.atEnd();
        }
        QString piece = decoder.decode(chunk);
        if (atEnd)
            piece += decoder.finish();
        splitter.feed(piece, atEnd, onLine);
        consume();
    }
    parser->finish(records);
    consume();

    report.lines = lineNumber;
    sink.finish(report);
    report.filters = parser->filters();
    for (FilterDriver &f : report.filters)
        f.file = path;
    return report;
}

} // namespace lt::triage
