#include "triageengine.h"

#include "bundle/bundlereader.h"
#include "diagnoser.h"
#include "evtxreader.h"
#include "filetriager.h"
#include "mappedtriager.h"
#include "rulebook.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QTemporaryFile>
#include <QtConcurrent>

namespace lt::triage {
namespace {

// Members that are not text logs: the viewer shows them, triage skips them.
bool isSkippedEntry(const QString &path)
{
    static const QStringList binary = {
        QStringLiteral(".evt"), QStringLiteral(".etl"), QStringLiteral(".cab"),
        QStringLiteral(".zip"), QStringLiteral(".pml"), QStringLiteral(".dmp"), QStringLiteral(".exe"),
        QStringLiteral(".dll"), QStringLiteral(".sys"), QStringLiteral(".png"), QStringLiteral(".jpg"),
        QStringLiteral(".jpeg"), QStringLiteral(".gif"), QStringLiteral(".bmp"), QStringLiteral(".7z"),
        QStringLiteral(".hiv"), QStringLiteral(".dat"), QStringLiteral(".edb"), QStringLiteral(".wim"),
        QStringLiteral(".esd"), QStringLiteral(".msu"), QStringLiteral(".pdf")};
    const QString name = QFileInfo(path).fileName().toLower();
    if (name == u"manifest.json" || path == u"summary.txt")
        return true;   // bundle metadata (the collector's own account), read separately
    return std::any_of(binary.cbegin(), binary.cend(), [&name](const QString &ext) { return name.endsWith(ext); });
}

struct Job {
    std::shared_ptr<const lt::bundle::BundleReader> reader;
    QString entry;
};

// Everything the inputs hold, plus the bundle-level facts (manifest, unreadable inputs).
struct Plan {
    QList<Job> jobs;
    TriageReport report;
};

Plan plan(const QStringList &paths)
{
    Plan p;
    QStringList looseFiles;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        auto reader = std::make_shared<lt::bundle::BundleReader>();
        const bool container = info.isDir() || (info.isFile() && (path.endsWith(u".zip", Qt::CaseInsensitive)));
        if (!container && info.isFile()) {
            looseFiles.append(path);
            continue;
        }
        if (!reader->open(path)) {
            p.report.errors.append(reader->errorString());
            continue;
        }
        BundleInfo &bundle = p.report.bundle;
        if (bundle.path.isEmpty()) {
            bundle.path = path;
            bundle.kind = reader->kind() == lt::bundle::BundleKind::Zip ? QStringLiteral("zip") : QStringLiteral("folder");
        }
        bundle.skippedEntries += reader->skippedEntries();
        if (std::optional<lt::bundle::Manifest> m = reader->manifest()) {
            if (!bundle.hasManifest) {
                bundle.hasManifest = true;
                bundle.manifest = *m;
            }
            p.report.failedItems += m->failedItems();
        }
        for (const lt::bundle::BundleEntry &e : reader->entries()) {
            if (!isSkippedEntry(e.path))
                p.jobs.append({reader, e.path});
        }
    }
    for (const QString &file : std::as_const(looseFiles)) {
        auto reader = std::make_shared<lt::bundle::BundleReader>();
        if (!reader->open(QStringList{file})) {
            p.report.errors.append(reader->errorString());
            continue;
        }
        if (p.report.bundle.path.isEmpty()) {
            p.report.bundle.path = file;
            p.report.bundle.kind = QStringLiteral("files");
        }
        for (const lt::bundle::BundleEntry &e : reader->entries())
            p.jobs.append({reader, e.path});
    }
    return p;
}

FileReport errorReport(const QString &path, const QString &error)
{
    FileReport report;
    report.path = path;
    report.error = error;
    return report;
}

// Event log files (wevtutil epl exports, copied .evtx) are rendered to the wevtutil text form
// that EventTextParser reads, in a temporary file: records stream, the file is never in memory.
FileReport triageEvtx(QIODevice &device, const QString &path, const RuleBook &rules,
                      const std::atomic_bool *cancelled)
{
    EvtxReader reader;
    if (!reader.open(&device))
        return errorReport(path, reader.errorString());
    QTemporaryFile text;
    if (!text.open())
        return errorReport(path, text.errorString());
    if (reader.writeText(&text) < 0)
        return errorReport(path, text.errorString());
    text.seek(0);
    FileReport report = FileTriager(rules).triage(text, path, cancelled);
    report.encoding = QStringLiteral("EVTX");
    if (!reader.issues().isEmpty()) {
        report.error = QCoreApplication::translate("lt::triage", "%n damaged part(s) skipped, first: %1", nullptr,
                                                   int(reader.issues().size()))
                           .arg(reader.issues().first().reason);
    }
    return report;
}

// Copies the rest of `from` into `to`; false on a read or write error (a full disk) or cancel.
bool copyAll(QIODevice &from, QIODevice &to, const std::atomic_bool *cancelled)
{
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    for (;;) {
        if (cancelled && cancelled->load())
            return false;
        const qint64 n = from.read(buffer.data(), buffer.size());
        if (n < 0)
            return false;
        if (n == 0)
            return from.atEnd();
        if (to.write(buffer.constData(), n) != n)
            return false;
    }
}

FileReport runJob(const Job &job, const RuleBook &rules, const std::atomic_bool *cancelled)
{
    QString error;
    std::unique_ptr<QIODevice> device = job.reader->openEntry(job.entry, &error);
    if (!device)
        return errorReport(job.entry, error);
    if (EvtxReader::hasEvtxSignature(device->peek(8)))
        return triageEvtx(*device, job.entry, rules, cancelled);
    // A large zip member is inflated into a temporary file first: there it gets the mapped,
    // screened triage (a 256 MiB CBS.log in a bundle: 3.1 s streamed, well under a second this
    // way). Without room for the copy it is streamed from the zip as before.
    // Only text the mapped path takes is worth the copy: a head with NUL bytes (UTF-16, a dump
    // with a log-like name) is streamed as before.
    if (!qobject_cast<QFile *>(device.get()) && device->size() >= MappedTriager::MinimumSize
        && !device->peek(4096).contains('\0')) {
        QTemporaryFile copy;
        if (copy.open() && copyAll(*device, copy, cancelled) && copy.flush() && copy.seek(0))
            return FileTriager(rules).triage(copy, job.entry, cancelled);
        if (cancelled && cancelled->load())
            return errorReport(job.entry, QCoreApplication::translate("lt::triage", "cancelled"));
        device = job.reader->openEntry(job.entry, &error);
        if (!device)
            return errorReport(job.entry, error);
    }
    return FileTriager(rules).triage(*device, job.entry, cancelled);
}

void finishReport(TriageReport &report, const RuleBook &rules)
{
    std::sort(report.files.begin(), report.files.end(),
              [](const FileReport &a, const FileReport &b) { return a.path < b.path; });
    report.diagnoses = Diagnoser(rules).diagnose(report.files);
}

} // namespace

struct TriageEngine::Run {
    std::atomic_bool cancelled{false};
    QFutureWatcher<FileReport> watcher;
    TriageReport report;
    int total = 0;
    int done = 0;
};

TriageEngine::TriageEngine(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<lt::triage::FileReport>();
    qRegisterMetaType<lt::triage::TriageReport>();
}

TriageEngine::~TriageEngine()
{
    if (m_run) {
        m_run->cancelled = true;
        m_run->watcher.disconnect(this);
        m_run->watcher.waitForFinished();
    }
}

bool TriageEngine::isRunning() const
{
    return m_run && m_run->watcher.isRunning();
}

void TriageEngine::cancel()
{
    if (m_run)
        m_run->cancelled = true;
}

void TriageEngine::start(const QStringList &paths)
{
    if (m_run) {
        m_run->cancelled = true;
        m_run->watcher.disconnect(this);
        m_run->watcher.waitForFinished();
    }
    auto run = std::make_shared<Run>();
    m_run = run;
    // Listing a zip directory is quick, but still not the UI thread's job.
    QFuture<Plan> planned = QtConcurrent::run([paths] { return plan(paths); });
    auto *planWatcher = new QFutureWatcher<Plan>(this);
    connect(planWatcher, &QFutureWatcher<Plan>::finished, this, [this, planWatcher, run] {
        planWatcher->deleteLater();
        if (m_run != run)
            return;
        Plan p = planWatcher->result();
        run->report = std::move(p.report);
        run->total = int(p.jobs.size());
        emit progress(0, run->total, QString());
        const RuleBook &rules = RuleBook::builtin();
        std::atomic_bool *cancelled = &run->cancelled;
        connect(&run->watcher, &QFutureWatcher<FileReport>::resultReadyAt, this, [this, run](int index) {
            const FileReport file = run->watcher.resultAt(index);
            run->report.files.append(file);
            ++run->done;
            emit fileTriaged(file);
            emit progress(run->done, run->total, file.path);
        });
        connect(&run->watcher, &QFutureWatcher<FileReport>::finished, this, [this, run] {
            if (run->cancelled)
                run->report.errors.append(QCoreApplication::translate("lt::triage", "triage was cancelled"));
            finishReport(run->report, RuleBook::builtin());
            emit finished(run->report);
        });
        run->watcher.setFuture(QtConcurrent::mapped(std::move(p.jobs), [&rules, cancelled](const Job &job) {
            return runJob(job, rules, cancelled);
        }));
    });
    planWatcher->setFuture(planned);
}

TriageReport TriageEngine::triagePaths(const QStringList &paths)
{
    return triagePaths(paths, RuleBook::builtin());
}

TriageReport TriageEngine::triagePaths(const QStringList &paths, const RuleBook &rules,
                                       const std::atomic_bool *cancelled)
{
    Plan p = plan(paths);
    p.report.files = QtConcurrent::blockingMapped(p.jobs, [&rules, cancelled](const Job &job) {
        return runJob(job, rules, cancelled);
    });
    finishReport(p.report, rules);
    return std::move(p.report);
}

} // namespace lt::triage
