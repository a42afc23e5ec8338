#pragma once

#include <QStringList>

// Each subcommand takes the arguments after its name and returns the process exit code
// (see docs/cli.md). They print to stdout/stderr themselves.
namespace lt::cli {

enum ExitCode : int {
    ExitOk = 0,
    ExitFindings = 1,        // the command ran and found problems (triage, lookup of unknown codes)
    ExitUsage = 2,           // bad arguments
    ExitNotImplemented = 3,  // the subcommand does not exist in this build yet
    ExitFailure = 4,         // the command could not do its job (no bundle written, unreadable input)
};

int runCollectCommand(const QStringList &arguments);
int runTriageCommand(const QStringList &arguments);
int runLookupCommand(const QStringList &arguments);
int runProfilesCommand(const QStringList &arguments);

// For subcommands that a later change fills in.
int notImplemented(const char *command);

} // namespace lt::cli
