#include "collecttypes.h"

#include <QCoreApplication>

namespace lt::collect {

namespace {

struct StatusName {
    ItemStatus status;
    const char16_t *name;
};

constexpr StatusName StatusNames[] = {
    {ItemStatus::Ok, u"ok"},           {ItemStatus::Missing, u"missing"},
    {ItemStatus::Denied, u"denied"},   {ItemStatus::Timeout, u"timeout"},
    {ItemStatus::Truncated, u"truncated"}, {ItemStatus::Failed, u"failed"},
    {ItemStatus::Skipped, u"skipped"}, {ItemStatus::Cancelled, u"cancelled"},
};

// Registers the metatypes once, before any queued connection needs them.
const int registered = [] {
    qRegisterMetaType<ItemStatus>();
    qRegisterMetaType<CollectRequest>();
    qRegisterMetaType<StoredFile>();
    qRegisterMetaType<ItemResult>();
    qRegisterMetaType<CollectProgress>();
    qRegisterMetaType<CollectOutcome>();
    return 0;
}();

} // namespace

QString statusName(ItemStatus status)
{
    for (const StatusName &s : StatusNames) {
        if (s.status == status)
            return QString::fromUtf16(s.name);
    }
    return QStringLiteral("failed");
}

bool statusFromName(const QString &name, ItemStatus *status)
{
    for (const StatusName &s : StatusNames) {
        if (name == QStringView(s.name)) {
            *status = s.status;
            return true;
        }
    }
    return false;
}

QString statusLabel(ItemStatus status)
{
    switch (status) {
    case ItemStatus::Ok: return QCoreApplication::translate("lt::collect", "OK");
    case ItemStatus::Missing: return QCoreApplication::translate("lt::collect", "Missing");
    case ItemStatus::Denied: return QCoreApplication::translate("lt::collect", "Access denied");
    case ItemStatus::Timeout: return QCoreApplication::translate("lt::collect", "Timed out");
    case ItemStatus::Truncated: return QCoreApplication::translate("lt::collect", "Truncated");
    case ItemStatus::Failed: return QCoreApplication::translate("lt::collect", "Failed");
    case ItemStatus::Skipped: return QCoreApplication::translate("lt::collect", "Skipped");
    case ItemStatus::Cancelled: return QCoreApplication::translate("lt::collect", "Cancelled");
    }
    return {};
}

} // namespace lt::collect
