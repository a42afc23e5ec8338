#pragma once

#include <QByteArray>
#include <QString>

// A small but realistic Windows 11 servicing tree (for --root) and the command outputs of
// the same machine (for --replay), written into a test's temporary folder.
namespace lt::testing {

struct FakeWindows {
    QString root;       // maps C:\ (Windows/Logs/CBS/CBS.log, ...)
    QString replay;     // <item-id>.txt / .evtx / .json
    QByteArray cbsLog;  // the generated CBS.log, several MB
    QString ipconfigText;   // what ipconfig.txt (UTF-16LE) says
};

FakeWindows makeFakeWindows(const QString &folder);
// CBS.log-like lines (CRLF), `size` bytes.
QByteArray cbsLikeLog(qsizetype size);
void writeFile(const QString &path, const QByteArray &data);

} // namespace lt::testing
