#pragma once

#include "collecttypes.h"
#include "profile.h"

#include <QByteArray>

// manifest.json and summary.txt: the bundle's own account of what it holds (docs/manifest.md).
namespace lt::collect {

struct RunInfo {
    QString profileName;
    QString platform;
    QStringList selectedCategories;
    QStringList customPaths;
    QString fakeRoot;
    QString replayDir;
    QDateTime started;
    QDateTime finished;
};

inline constexpr int ManifestFormatVersion = 1;

QByteArray buildManifest(const Profile &profile, const RunInfo &run, const QList<Item> &items,
                         const QList<ItemResult> &results);
// Human summary; `chinese` picks the language.
QString buildSummary(const Profile &profile, const RunInfo &run, const QList<Item> &items,
                     const QList<ItemResult> &results, bool chinese);

} // namespace lt::collect
