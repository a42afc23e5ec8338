#pragma once

// Builds small zips for tests, entry names taken verbatim (so tests can plant "../evil.txt").
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace lt::test {

using ZipMember = QPair<QString, QByteArray>;

inline bool writeZip(const QString &zipPath, const QList<ZipMember> &members)
{
    QuaZip zip(zipPath);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const ZipMember &m : members) {
        QuaZipFile out(&zip);
        if (!out.open(QIODevice::WriteOnly, QuaZipNewInfo(m.first)))
            return false;
        out.write(m.second);
        out.close();
        if (out.getZipError() != 0)
            return false;
    }
    zip.close();
    return zip.getZipError() == 0;
}

} // namespace lt::test
