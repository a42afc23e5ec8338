// logtriage-cli: the collector and triage engines for scripts, fleets and helpdesk terminals.
#include "commands.h"
#include "terminal.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

struct Subcommand {
    const char *name;
    const char *summary;
    int (*run)(const QStringList &);
};

constexpr Subcommand Subcommands[] = {
    {"collect", "collect logs and system information into a bundle zip", lt::cli::runCollectCommand},
    {"triage", "find failures in a bundle, folder or log and explain them", lt::cli::runTriageCommand},
    {"lookup", "decode HRESULT / Win32 / NTSTATUS codes like err.exe", lt::cli::runLookupCommand},
    {"profiles", "list the collection profiles, their categories and items", lt::cli::runProfilesCommand},
};

void printUsage(FILE *to)
{
    QTextStream out(to);
    out << "Usage: logtriage-cli <command> [options]\n"
           "       logtriage-cli --version | --help\n\n"
           "Commands:\n";
    for (const Subcommand &c : Subcommands)
        out << QStringLiteral("  %1  %2\n").arg(QLatin1StringView(c.name), -9).arg(QLatin1StringView(c.summary));
    out << "\nRun 'logtriage-cli <command> --help' for the options of a command.\n"
           "Exit codes: 0 ok, 1 problems found, 2 usage error, 3 not implemented, 4 failure "
           "(see docs/cli.md).\n";
}

} // namespace

namespace lt::cli {

int notImplemented(const char *command)
{
    QTextStream(stderr) << "logtriage-cli: '" << command
                        << "' is not implemented in this build yet\n";
    return ExitNotImplemented;
}

} // namespace lt::cli

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("LogTriage"));
    QCoreApplication::setApplicationName(QStringLiteral("logtriage-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LT_VERSION));
    lt::cli::terminal::setUp();

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty()) {
        printUsage(stderr);
        return lt::cli::ExitUsage;
    }
    const QString first = args.takeFirst();
    if (first == u"--version" || first == u"-v") {
        QTextStream(stdout) << "logtriage-cli " << LT_VERSION << " (Qt " << qVersion() << ")\n";
        return lt::cli::ExitOk;
    }
    if (first == u"--help" || first == u"-h" || first == u"help") {
        printUsage(stdout);
        return lt::cli::ExitOk;
    }
    for (const Subcommand &c : Subcommands) {
        if (first == QLatin1StringView(c.name))
            return c.run(args);
    }
    QTextStream(stderr) << "logtriage-cli: unknown command '" << first << "'\n\n";
    printUsage(stderr);
    return lt::cli::ExitUsage;
}
