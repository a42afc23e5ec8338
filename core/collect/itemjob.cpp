#include "itemjob.h"

#include "fileaccess.h"
#include "pathresolver.h"

#include <bundle/bundlewriter.h>

namespace lt::collect {

namespace {

// When several things go wrong in one item, the manifest shows the most serious.
int severity(ItemStatus s)
{
    switch (s) {
    case ItemStatus::Ok: return 0;
    case ItemStatus::Truncated: return 1;
    case ItemStatus::Skipped: return 2;
    case ItemStatus::Missing: return 3;
    case ItemStatus::Timeout: return 4;
    case ItemStatus::Failed: return 5;
    case ItemStatus::Denied: return 6;
    case ItemStatus::Cancelled: return 7;
    }
    return 0;
}

} // namespace

ItemJob::ItemJob(Item item, std::function<void(const ItemResult &)> onFinished)
    : m_item(std::move(item))
    , m_onFinished(std::move(onFinished))
{
    m_result.itemId = m_item.id;
    m_result.categoryId = m_item.categoryId;
    m_result.title = m_item.title();
}

void ItemJob::gather(const GatherContext &c)
{
    m_clock.start();
    if (c.cancel && c.cancel->load()) {
        finishAs(ItemStatus::Cancelled, QStringLiteral("cancelled before it started"));
        return;
    }
    const bool windowsOnly = m_item.windowsOnly || m_item.kind == ItemKind::Registry || m_item.kind == ItemKind::EventLog;
    if (windowsOnly && !c.onWindows) {
        finishAs(ItemStatus::Skipped, QStringLiteral("Windows only (use --replay to test it elsewhere)"));
        return;
    }
    switch (m_item.kind) {
    case ItemKind::File: gatherFiles(*this, c); break;
    case ItemKind::Dir: gatherDir(*this, c); break;
    case ItemKind::Command:
    case ItemKind::Registry:
    case ItemKind::EventLog: gatherCommand(*this, c); break;
    }
    release();
}

void ItemJob::finishAs(ItemStatus status, const QString &reason)
{
    std::lock_guard lock(m_mutex);
    if (m_finished)
        return;
    if (severity(status) >= severity(m_result.status))
        m_result.status = status;
    m_reasons << reason;
    finalizeLocked();
}

bool ItemJob::isFinished() const
{
    std::lock_guard lock(m_mutex);
    return m_finished;
}

void ItemJob::note(ItemStatus status, const QString &reason)
{
    std::lock_guard lock(m_mutex);
    if (severity(status) > severity(m_result.status))
        m_result.status = status;
    if (!reason.isEmpty() && !m_reasons.contains(reason))
        m_reasons << reason;
}

void ItemJob::notStored(const QString &source, ItemStatus status, const QString &reason, bool affectsStatus)
{
    {
        std::lock_guard lock(m_mutex);
        m_result.notStored << NotStored{source, status, reason};
    }
    if (affectsStatus)
        note(status, QStringLiteral("%1: %2").arg(source, reason));
}

void ItemJob::setExitCode(int code)
{
    std::lock_guard lock(m_mutex);
    m_result.exitCode = code;
}

void ItemJob::storeFile(const GatherContext &c, const QString &bundleName, const QString &realPath,
                        const QString &sourcePath, qint64 offset, qint64 sourceSize, bool truncated)
{
    {
        std::lock_guard lock(m_mutex);
        ++m_pending;
    }
    const FileAccess *access = c.access;
    auto self = shared_from_this();
    auto open = [access, realPath](QString *error) { return access->open(realPath, error); };
    c.writer->addDevice(bundleName, open, offset, -1, QFileInfo(realPath).lastModified(),
                        [self, sourcePath, sourceSize, truncated](const lt::bundle::MemberResult &m) {
        if (m.ok || m.size > 0) {
            std::lock_guard lock(self->m_mutex);
            self->m_result.files << StoredFile{m.name, sourcePath, sourceSize, m.size,
                                               QString::fromLatin1(m.sha256.toHex()), QString(), truncated};
            self->m_result.storedFiles << m.name;
            self->m_result.bytes += m.size;
        }
        if (!m.ok)
            self->notStored(sourcePath, ItemStatus::Failed, m.error);
        self->release();
    });
    if (c.bytesQueued)
        *c.bytesQueued += sourceSize - offset;
}

void ItemJob::storeData(const GatherContext &c, const QString &bundleName, const QByteArray &data,
                        const QString &sourcePath, const QString &encoding, bool truncated)
{
    {
        std::lock_guard lock(m_mutex);
        ++m_pending;
    }
    auto self = shared_from_this();
    c.writer->addData(bundleName, data, [self, sourcePath, encoding, truncated, size = qint64(data.size())](const lt::bundle::MemberResult &m) {
        {
            std::lock_guard lock(self->m_mutex);
            if (m.ok) {
                self->m_result.files << StoredFile{m.name, sourcePath, size, m.size,
                                                   QString::fromLatin1(m.sha256.toHex()), encoding, truncated};
                self->m_result.storedFiles << m.name;
                self->m_result.bytes += m.size;
            }
        }
        if (!m.ok)
            self->notStored(sourcePath, ItemStatus::Failed, m.error);
        self->release();
    });
}

void ItemJob::release()
{
    std::lock_guard lock(m_mutex);
    if (--m_pending == 0 && !m_finished)
        finalizeLocked();
}

void ItemJob::finalizeLocked()
{
    m_finished = true;
    m_result.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    // Long lists (hundreds of denied files) stay readable; every source is in notStored anyway.
    QStringList reasons = m_reasons.mid(0, 8);
    if (m_reasons.size() > 8)
        reasons << QStringLiteral("and %1 more").arg(m_reasons.size() - 8);
    m_result.reason = m_result.status == ItemStatus::Ok ? QString() : reasons.join(QStringLiteral("; "));
    if (m_onFinished)
        m_onFinished(m_result);
}

} // namespace lt::collect
