#include "fileaccess.h"

#include <QFile>

#include <cerrno>

namespace lt::collect {

FileAccess::Check FileAccess::check(const QString &path) const
{
    const QFileInfo info(path);
    if (!info.exists())
        return Check::Missing;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return file.error() == QFileDevice::PermissionsError || errno == EACCES ? Check::Denied : Check::Missing;
    return Check::Readable;
}

std::unique_ptr<QIODevice> FileAccess::open(const QString &path, QString *error) const
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        if (error)
            *error = file->errorString();
        return nullptr;
    }
    return file;
}

} // namespace lt::collect
