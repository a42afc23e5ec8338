#include "appicon.h"

#include <QString>

namespace lt::ui {

QList<int> applicationIconSizes()
{
    return {16, 32, 48, 64, 128, 256};
}

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : applicationIconSizes())
        icon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/logtriage.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace lt::ui
