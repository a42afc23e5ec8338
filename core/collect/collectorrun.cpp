#include "collectorrun.h"

#include "collector.h"
#include "fileaccess.h"
#include "itemjob.h"
#include "manifest.h"
#include "pathresolver.h"

#include <bundle/bundlewriter.h>

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QThreadPool>

#include <condition_variable>

namespace lt::collect {

CollectorRun::CollectorRun(Profile profile, CollectRequest request, std::shared_ptr<FileAccess> access,
                           int parallelItems, Callbacks callbacks)
    : m_profile(std::move(profile))
    , m_request(std::move(request))
    , m_access(access ? std::move(access) : std::make_shared<FileAccess>())
    , m_parallel(qMax(1, parallelItems))
    , m_callbacks(std::move(callbacks))
{
}

CollectorRun::~CollectorRun()
{
    cancel();
    if (m_thread.joinable())
        m_thread.join();
}

void CollectorRun::start()
{
    m_thread = std::thread([this] { run(); });
}

void CollectorRun::cancel()
{
    m_cancel = true;
}

CollectProgress CollectorRun::progress() const
{
    CollectProgress p;
    p.itemsDone = m_done.load();
    p.itemsTotal = m_total.load();
    // Under the lock: run() detaches the writer under it before the writer goes away.
    std::lock_guard lock(m_currentMutex);
    auto *writer = static_cast<lt::bundle::BundleWriter *>(m_writer.load());
    p.bytesWritten = writer ? writer->bytesIn() : m_bytes.load();
    p.currentItem = m_current;
    return p;
}

QList<Item> CollectorRun::plan(const Profile &profile, const CollectRequest &request, QString *error)
{
    const QStringList selected = request.categories.value_or(profile.defaultCategoryIds());
    if (selected.isEmpty() && request.customPaths.isEmpty()) {
        if (error)
            *error = QStringLiteral("nothing to collect: no category and no custom path");
        return {};
    }
    for (const QString &id : selected) {
        if (!profile.category(id)) {
            QStringList known;
            for (const Category &c : profile.categories())
                known << c.id;
            if (error)
                *error = QStringLiteral("unknown category '%1' in profile %2 (known: %3)").arg(id, profile.name(), known.join(u", "));
            return {};
        }
    }
    QList<Item> items;
    for (const Item &item : profile.items()) {
        if (selected.contains(item.categoryId))
            items << item;
    }
    int n = 0;
    for (const QString &path : request.customPaths) {
        Item item;
        item.id = QStringLiteral("custom-%1").arg(++n);
        item.categoryId = QStringLiteral("custom");
        item.titleZh = QStringLiteral("自定义路径 %1").arg(path);
        item.titleEn = QStringLiteral("Custom path %1").arg(path);
        QString name = QFileInfo(QString(path).replace(u'\\', u'/')).fileName();
        if (name.isEmpty() || hasWildcard(name))
            name = QStringLiteral("files");
        item.bundlePath = QStringLiteral("custom/%1-%2").arg(n).arg(name);
        const PathResolver resolver(request.fakeRoot);
        const QString real = resolver.toReal(resolver.expand(path));
        item.kind = QFileInfo(real).isDir() ? ItemKind::Dir : ItemKind::File;
        item.paths = {path};
        if (item.kind == ItemKind::File)
            item.bundlePath = QStringLiteral("custom/%1").arg(n);
        items << item;
    }
    return items;
}

void CollectorRun::run()
{
    CollectOutcome outcome;
    outcome.started = QDateTime::currentDateTime();
    QString error;
    const QList<Item> items = plan(m_profile, m_request, &error);
    m_total = int(items.size());
    auto fail = [&](const QString &message) {
        outcome.error = message;
        outcome.finished = QDateTime::currentDateTime();
        if (m_callbacks.finished)
            m_callbacks.finished(outcome);
    };
    if (!error.isEmpty())
        return fail(error);

    const QString finalPath = m_request.outputFile.isEmpty() ? defaultBundlePath() : QFileInfo(m_request.outputFile).absoluteFilePath();
    QDir().mkpath(QFileInfo(finalPath).absolutePath());
    lt::bundle::BundleWriter writer(finalPath);
    if (!writer.open(&error))
        return fail(error);
    m_writer = &writer;
    auto detachWriter = [&] {
        std::lock_guard lock(m_currentMutex);
        m_bytes = writer.bytesIn();
        m_writer = nullptr;
    };
    QTemporaryDir temp;

    // Results in plan order; jobs report on whichever thread finishes them.
    QList<ItemResult> results(items.size());
    std::mutex mutex;
    std::condition_variable allDone;
    QList<std::shared_ptr<ItemJob>> jobs;
    for (qsizetype i = 0; i < items.size(); ++i) {
        jobs << std::make_shared<ItemJob>(items.at(i), [&, i](const ItemResult &r) {
            {
                std::lock_guard lock(mutex);
                results[i] = r;
            }
            ++m_done;
            if (m_callbacks.itemFinished)
                m_callbacks.itemFinished(r);
            allDone.notify_all();
        });
    }

    const PathResolver resolver(m_request.fakeRoot);
    GatherContext context;
    context.resolver = &resolver;
    context.access = m_access.get();
    context.writer = &writer;
    context.replayDir = m_request.replayDir;
    context.tempDir = temp.path();
#ifdef Q_OS_WIN
    context.onWindows = true;
#else
    context.onWindows = m_profile.platform() == u"windows" && !m_request.replayDir.isEmpty();
#endif
    context.cancel = &m_cancel;
    context.bytesQueued = &m_bytesQueued;

    QThreadPool pool;
    pool.setMaxThreadCount(m_parallel);
    for (const auto &job : jobs) {
        pool.start([this, job, &context] {
            {
                std::lock_guard lock(m_currentMutex);
                m_current = job->item().id;
            }
            if (m_callbacks.itemStarted && !m_cancel)
                m_callbacks.itemStarted(job->item().id);
            job->gather(context);
        });
    }
    pool.waitForDone();
    // Members may still be compressing; wait for them unless cancelled.
    {
        std::unique_lock lock(mutex);
        while (!m_cancel && m_done < m_total && !writer.hasFailed())
            allDone.wait_for(lock, std::chrono::milliseconds(100));
    }
    if (writer.hasFailed() && !m_cancel) {
        // Disk full or I/O error: say so for the items that never made it, and why.
        detachWriter();
        writer.finish(&error);
        for (const auto &job : jobs)
            job->finishAs(ItemStatus::Failed, QStringLiteral("not written: %1").arg(error));
        outcome.items = results;
        return fail(error);
    }
    if (m_cancel) {
        detachWriter();
        writer.abort();
        for (const auto &job : jobs)
            job->finishAs(ItemStatus::Cancelled, QStringLiteral("the collection was cancelled"));
        outcome.cancelled = true;
        outcome.items = results;
        return fail(QStringLiteral("cancelled; no bundle was written"));
    }

    RunInfo info;
    info.profileName = m_profile.name();
    info.platform = m_profile.platform();
    info.selectedCategories = m_request.categories.value_or(m_profile.defaultCategoryIds());
    info.customPaths = m_request.customPaths;
    info.fakeRoot = m_request.fakeRoot;
    info.replayDir = m_request.replayDir;
    info.started = outcome.started;
    info.finished = QDateTime::currentDateTime();
    // Like the UI: Chinese unless the locale names another language ("C" counts as default).
    const QLocale::Language language = QLocale().language();
    const bool chinese = m_request.language.isEmpty() ? language == QLocale::Chinese || language == QLocale::C
                                                      : m_request.language.startsWith(u"zh");
    writer.addData(QStringLiteral("manifest.json"), buildManifest(m_profile, info, items, results));
    writer.addData(QStringLiteral("summary.txt"), buildSummary(m_profile, info, items, results, chinese).toUtf8());
    detachWriter();
    outcome.items = results;
    outcome.finished = info.finished;
    if (!writer.finish(&error)) {
        return fail(error);
    }
    outcome.bundleWritten = true;
    outcome.bundlePath = finalPath;
    outcome.bundleSize = writer.zipSize();
    if (m_callbacks.finished)
        m_callbacks.finished(outcome);
}

} // namespace lt::collect
