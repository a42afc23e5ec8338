#include "commands.h"

namespace lt::cli {

int runLookupCommand(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    return notImplemented("lookup");
}

} // namespace lt::cli
