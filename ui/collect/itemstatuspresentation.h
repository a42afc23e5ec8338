#pragma once

#include "collect/collecttypes.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace lt::ui {

// How an item's state is shown to someone who is not technical: an icon, a short label and
// a plain-language reason ("Needs administrator rights", not "EACCES").
class ItemStatusPresentation final
{
    Q_DECLARE_TR_FUNCTIONS(lt::ui::ItemStatusPresentation)

public:
    // Where an item is in its life, as seen from the window.
    enum class Phase { Pending, Running, Done };

    static QIcon icon(Phase phase, collect::ItemStatus status);
    static QString label(Phase phase, collect::ItemStatus status);
    // Plain reason for a result that is not a success; `needsAdmin` comes from the profile.
    static QString reason(const collect::ItemResult &result, bool needsAdmin, bool elevated);
    // Ok and Truncated count as collected (a truncated file keeps its newest lines).
    static bool isSuccess(collect::ItemStatus status);
    // "12.3 MB" in the UI language.
    static QString formatSize(qint64 bytes);
};

} // namespace lt::ui
