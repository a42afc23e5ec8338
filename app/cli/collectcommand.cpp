#include "commands.h"

namespace lt::cli {

int runCollectCommand(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    return notImplemented("collect");
}

} // namespace lt::cli
