#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace lt::ui {

// Restarting with administrator rights. Windows asks UAC (ShellExecuteW "runas",
// elevation_win.cpp); elsewhere the window explains how to rerun as root
// (elevation_posix.cpp). The build picks the file by its name.
class Elevation final
{
    Q_DECLARE_TR_FUNCTIONS(lt::ui::Elevation)

public:
    // Whether restartElevated() can work on this platform.
    static bool canRestart();
    // Starts this program again elevated with `arguments`; the caller quits on success.
    // Returns false with *error set when it did not start (e.g. the user declined UAC).
    static bool restartElevated(const QStringList &arguments, QString *error);
    // A command the user can run to start the collector with administrator/root rights.
    static QString rerunCommand(const QStringList &arguments);
};

} // namespace lt::ui
