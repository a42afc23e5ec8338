#include "commands.h"

namespace lt::cli {

int runTriageCommand(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    return notImplemented("triage");
}

} // namespace lt::cli
