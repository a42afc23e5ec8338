#pragma once

#include "collect/profile.h"

#include <QString>
#include <QStringList>

namespace lt::test {

// Builds, for a Windows profile, a fake C:\ tree with realistic log files (a CBS.log excerpt
// with the 0x80070005 cabinet extraction failure, a DISM log, Panther setupact) and a replay
// folder with recorded command outputs (one of them UTF-16LE with BOM, as ipconfig writes it
// on a Chinese system; one recorded as timed out). One file item is left out on purpose, so
// the run has a "not found" item.
struct FakeWindowsRoot {
    QString root;          // maps C:\ (CollectRequest::fakeRoot)
    QString replayDir;     // CollectRequest::replayDir
    QString utf16ItemId;   // the command whose replay is UTF-16LE
    QString timeoutItemId; // the command whose replay says it timed out
    QString missingItemId; // the file item with nothing in the tree

    bool build(const collect::Profile &profile, const QString &baseDir, QString *error);
};

} // namespace lt::test
