#include "timelinemerger.h"

#include "text/filesnapshot.h"
#include "timestampextractor.h"

#include <QElapsedTimer>
#include <QThread>

#include <queue>

namespace lt::ui {

namespace {
constexpr int SourceShift = 48;
constexpr quint64 LineMask = (quint64(1) << SourceShift) - 1;
constexpr qsizetype PublishEvery = 20000;   // rows per hand-over to the view
} // namespace

TimelineMerger::TimelineMerger(QObject *parent)
    : QObject(parent)
{
}

TimelineMerger::~TimelineMerger()
{
    cancel();
}

void TimelineMerger::start(QList<Input> inputs)
{
    cancel();
    {
        QWriteLocker locker(&m_lock);
        m_entries.clear();
        m_times.clear();
    }
    m_cancel = false;
    m_running = true;
    m_thread = QThread::create([this, inputs = std::move(inputs)]() mutable { run(std::move(inputs)); });
    m_thread->start(QThread::LowPriority);
}

void TimelineMerger::cancel()
{
    if (!m_thread)
        return;
    m_cancel = true;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_running = false;
}

void TimelineMerger::reset()
{
    cancel();
    QWriteLocker locker(&m_lock);
    m_entries.clear();
    m_times.clear();
}

qint64 TimelineMerger::entryCount() const
{
    QReadLocker locker(&m_lock);
    return qint64(m_entries.size());
}

TimelineMerger::Entry TimelineMerger::entry(qint64 row) const
{
    QReadLocker locker(&m_lock);
    if (row < 0 || row >= qint64(m_entries.size()))
        return {};
    const quint64 packed = m_entries[size_t(row)];
    return {int(packed >> SourceShift), qint64(packed & LineMask)};
}

qint64 TimelineMerger::timestamp(qint64 row) const
{
    QReadLocker locker(&m_lock);
    return row >= 0 && row < qint64(m_times.size()) ? m_times[size_t(row)] : -1;
}

void TimelineMerger::run(QList<Input> inputs)
{
    struct Head {
        qint64 time;
        int source;
        qint64 line;
        bool operator>(const Head &o) const
        {
            return time != o.time ? time > o.time : source != o.source ? source > o.source : line > o.line;
        }
    };
    std::vector<TimestampExtractor> extractors;
    for (const Input &input : inputs)
        extractors.emplace_back(input.format);
    std::priority_queue<Head, std::vector<Head>, std::greater<Head>> heap;
    auto push = [&](int source, qint64 line) {
        const auto &file = *inputs[source].file;
        if (line >= file.lineCount())
            return;
        qint64 time = extractors[size_t(source)].next(file.line(lt::text::LineNumber(line)));
        if (time < 0) {
            // Lines before a file's first timestamp (a setupapi section header) take the first
            // time found a little further down, so they do not all sort to the very top.
            TimestampExtractor peek = extractors[size_t(source)];
            for (qint64 ahead = line + 1; time < 0 && ahead < qMin(file.lineCount(), line + 64); ++ahead)
                time = peek.next(file.line(lt::text::LineNumber(ahead)));
        }
        heap.push({time, source, line});
    };
    for (int i = 0; i < inputs.size(); ++i)
        push(i, 0);

    std::vector<quint64> batch;
    std::vector<qint64> times;
    auto publish = [&] {
        {
            QWriteLocker locker(&m_lock);
            m_entries.insert(m_entries.end(), batch.begin(), batch.end());
            m_times.insert(m_times.end(), times.begin(), times.end());
        }
        batch.clear();
        times.clear();
        emit rowsAppended(entryCount());
    };
    while (!heap.empty() && !m_cancel.load(std::memory_order_relaxed)) {
        const Head head = heap.top();
        heap.pop();
        batch.push_back(quint64(head.source) << SourceShift | quint64(head.line));
        times.push_back(head.time);
        push(head.source, head.line + 1);
        if (qsizetype(batch.size()) >= PublishEvery)
            publish();
    }
    if (m_cancel.load()) {
        m_running = false;   // a cancelled merge says nothing more: a new one may be starting
        return;
    }
    publish();
    m_running = false;
    emit finished(true);
}

} // namespace lt::ui
