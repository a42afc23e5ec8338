#include "commands.h"

namespace lt::cli {

int runProfilesCommand(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    return notImplemented("profiles");
}

} // namespace lt::cli
