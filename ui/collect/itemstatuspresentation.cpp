#include "itemstatuspresentation.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace lt::ui {

using collect::ItemStatus;

QIcon ItemStatusPresentation::icon(Phase phase, ItemStatus status)
{
    QStyle *style = QApplication::style();
    if (phase == Phase::Pending)
        return {};
    if (phase == Phase::Running)
        return style->standardIcon(QStyle::SP_BrowserReload);
    switch (status) {
    case ItemStatus::Ok:
    case ItemStatus::Truncated: return style->standardIcon(QStyle::SP_DialogApplyButton);
    case ItemStatus::Missing:
    case ItemStatus::Skipped: return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case ItemStatus::Denied: return style->standardIcon(QStyle::SP_VistaShield).isNull()
            ? style->standardIcon(QStyle::SP_MessageBoxWarning)
            : style->standardIcon(QStyle::SP_VistaShield);
    case ItemStatus::Timeout: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case ItemStatus::Failed: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case ItemStatus::Cancelled: return style->standardIcon(QStyle::SP_DialogCancelButton);
    }
    return {};
}

QString ItemStatusPresentation::label(Phase phase, ItemStatus status)
{
    if (phase == Phase::Pending)
        return tr("Waiting");
    if (phase == Phase::Running)
        return tr("Collecting...");
    switch (status) {
    case ItemStatus::Ok: return tr("Collected");
    case ItemStatus::Truncated: return tr("Collected (newest part)");
    case ItemStatus::Missing: return tr("Not found");
    case ItemStatus::Denied: return tr("Needs administrator rights");
    case ItemStatus::Timeout: return tr("Timed out");
    case ItemStatus::Failed: return tr("Failed");
    case ItemStatus::Skipped: return tr("Skipped");
    case ItemStatus::Cancelled: return tr("Cancelled");
    }
    return {};
}

QString ItemStatusPresentation::reason(const collect::ItemResult &result, bool needsAdmin, bool elevated)
{
    switch (result.status) {
    case ItemStatus::Ok: return {};
    case ItemStatus::Truncated:
        return tr("Very large: only the newest part was kept");
    case ItemStatus::Missing:
        return tr("Not found on this computer");
    case ItemStatus::Denied:
        return tr("Needs administrator rights");
    case ItemStatus::Timeout:
        return tr("Timed out: it took too long and was stopped");
    case ItemStatus::Skipped:
        if (needsAdmin && !elevated)
            return tr("Needs administrator rights");
        return tr("Not applicable on this computer");
    case ItemStatus::Cancelled:
        return tr("Cancelled");
    case ItemStatus::Failed:
        break;
    }
    // The engine's own reason is technical; keep it, but after a plain lead-in.
    if (result.reason.isEmpty())
        return tr("Could not be collected");
    return tr("Could not be collected (%1)").arg(result.reason);
}

bool ItemStatusPresentation::isSuccess(ItemStatus status)
{
    return status == ItemStatus::Ok || status == ItemStatus::Truncated;
}

QString ItemStatusPresentation::formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace lt::ui
