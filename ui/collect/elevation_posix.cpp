#include "elevation.h"

#include <QDir>

namespace lt::ui {

namespace {

QString shellQuote(const QString &arg)
{
    static const QString safe = QStringLiteral("-_./=:+,%@");
    bool plain = !arg.isEmpty();
    for (QChar c : arg)
        plain = plain && (c.isLetterOrNumber() || safe.contains(c));
    if (plain)
        return arg;
    QString quoted = arg;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

} // namespace

bool Elevation::canRestart()
{
    // A graphical program started by root needs the user's display handed over, which
    // depends on the desktop; telling the user the exact command is more reliable.
    return false;
}

bool Elevation::restartElevated(const QStringList &arguments, QString *error)
{
    Q_UNUSED(arguments)
    if (error)
        *error = tr("Restarting as root is not supported here. Run: %1").arg(rerunCommand(arguments));
    return false;
}

QString Elevation::rerunCommand(const QStringList &arguments)
{
    // pkexec clears the environment, so the display must be passed on explicitly.
    QStringList parts{QStringLiteral("pkexec"), QStringLiteral("env"),
                      QStringLiteral("DISPLAY=$DISPLAY"), QStringLiteral("XAUTHORITY=$XAUTHORITY"),
                      shellQuote(QCoreApplication::applicationFilePath())};
    for (const QString &arg : arguments)
        parts.append(shellQuote(arg));
    return parts.join(u' ');
}

} // namespace lt::ui
