#include "collector.h"

#include "collectorrun.h"
#include "fileaccess.h"

#include <QDateTime>
#include <QDir>
#include <QPointer>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTimer>

namespace lt::collect {

Collector::Collector(QObject *parent)
    : QObject(parent)
{
}

Collector::~Collector()
{
    if (m_run)
        m_run->cancel();
    m_run.reset();   // joins the driver thread
}

void Collector::start(const CollectRequest &request)
{
    QString error;
    const auto profile = Profile::load(request.profile.isEmpty() ? Profile::defaultName() : request.profile, &error);
    if (!profile) {
        CollectOutcome outcome;
        outcome.error = error;
        QMetaObject::invokeMethod(this, [this, outcome] { emit finished(outcome); }, Qt::QueuedConnection);
        return;
    }
    start(*profile, request);
}

void Collector::start(const Profile &profile, const CollectRequest &request)
{
    if (isRunning())
        return;
    m_run.reset();
    QPointer<Collector> self(this);
    // Worker-thread callbacks become queued calls in this object's thread.
    CollectorRun::Callbacks callbacks;
    callbacks.itemStarted = [self](const QString &id) {
        QMetaObject::invokeMethod(self, [self, id] { if (self) emit self->itemStarted(id); }, Qt::QueuedConnection);
    };
    callbacks.itemFinished = [self](const ItemResult &r) {
        QMetaObject::invokeMethod(self, [self, r] {
            if (!self)
                return;
            emit self->itemFinished(r);
            if (self->m_run)
                emit self->progressChanged(self->m_run->progress());
        }, Qt::QueuedConnection);
    };
    callbacks.finished = [self](const CollectOutcome &outcome) {
        QMetaObject::invokeMethod(self, [self, outcome] { if (self) self->onRunFinished(outcome); }, Qt::QueuedConnection);
    };
    m_run = std::make_unique<CollectorRun>(profile, request, m_access, m_maxParallelItems, std::move(callbacks));
    m_running = true;
    m_run->start();
    // Bytes move between item completions too (a 2 GB CBS.log): poll a few times a second.
    auto *timer = new QTimer(this);
    timer->setInterval(250);
    connect(timer, &QTimer::timeout, this, [this, timer] {
        if (!m_running || !m_run) {
            timer->deleteLater();
            return;
        }
        emit progressChanged(m_run->progress());
    });
    timer->start();
}

void Collector::cancel()
{
    if (m_run)
        m_run->cancel();
}

bool Collector::isRunning() const
{
    return m_running;
}

void Collector::setFileAccess(std::shared_ptr<FileAccess> access)
{
    m_access = std::move(access);
}

void Collector::setMaxParallelItems(int count)
{
    m_maxParallelItems = qMax(1, count);
}

void Collector::onRunFinished(const CollectOutcome &outcome)
{
    m_running = false;
    if (m_run)
        emit progressChanged(m_run->progress());
    emit finished(outcome);
}

QString defaultBundlePath()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DesktopLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    QString host = QSysInfo::machineHostName();
    for (QChar &c : host) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'_';
    }
    if (host.isEmpty())
        host = QStringLiteral("host");
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return QDir(folder).filePath(QStringLiteral("logtriage-%1-%2.zip").arg(host, stamp));
}

} // namespace lt::collect
