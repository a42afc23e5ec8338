#include "elevation.h"

#include <QDir>

#include <qt_windows.h>
#include <shellapi.h>

namespace lt::ui {

namespace {

// Quotes one argument so CommandLineToArgvW (and the CRT) read it back unchanged.
QString quoteWindowsArgument(const QString &arg)
{
    if (!arg.isEmpty() && !arg.contains(u' ') && !arg.contains(u'\t') && !arg.contains(u'"'))
        return arg;
    QString quoted = QStringLiteral("\"");
    int backslashes = 0;
    for (QChar c : arg) {
        if (c == u'\\') {
            ++backslashes;
            continue;
        }
        if (c == u'"')
            quoted += QString(backslashes * 2 + 1, u'\\');   // escape them and the quote
        else
            quoted += QString(backslashes, u'\\');
        backslashes = 0;
        quoted += c;
    }
    quoted += QString(backslashes * 2, u'\\');   // before the closing quote
    quoted += u'"';
    return quoted;
}

} // namespace

bool Elevation::canRestart()
{
    return true;
}

bool Elevation::restartElevated(const QStringList &arguments, QString *error)
{
    const QString exe = QDir::toNativeSeparators(QCoreApplication::applicationFilePath());
    QStringList quoted;
    for (const QString &arg : arguments)
        quoted.append(quoteWindowsArgument(arg));
    const QString parameters = quoted.join(u' ');
    // "runas" shows the UAC prompt; the new process runs with the elevated token.
    const auto result = reinterpret_cast<INT_PTR>(
        ShellExecuteW(nullptr, L"runas", reinterpret_cast<LPCWSTR>(exe.utf16()),
                      reinterpret_cast<LPCWSTR>(parameters.utf16()), nullptr, SW_SHOWNORMAL));
    if (result > 32)
        return true;
    if (error) {
        const DWORD lastError = GetLastError();
        if (lastError == ERROR_CANCELLED || result == SE_ERR_ACCESSDENIED)
            *error = tr("Administrator rights were not granted, so the program keeps running as before.");
        else
            *error = tr("Could not restart as administrator (error %1).").arg(qulonglong(lastError));
    }
    return false;
}

QString Elevation::rerunCommand(const QStringList &arguments)
{
    QStringList parts{quoteWindowsArgument(QDir::toNativeSeparators(QCoreApplication::applicationFilePath()))};
    for (const QString &arg : arguments)
        parts.append(quoteWindowsArgument(arg));
    return parts.join(u' ');
}

} // namespace lt::ui
