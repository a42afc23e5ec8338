#include "bundlereader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <quazip.h>
#include <quazipfile.h>

#include <algorithm>

namespace lt::bundle {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lt::bundle", text);
}

bool isZipFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray magic = f.read(4);
    // Local header, empty archive, or spanned marker.
    return magic == QByteArrayView("PK\x03\x04", 4) || magic == QByteArrayView("PK\x05\x06", 4)
           || magic == QByteArrayView("PK\x07\x08", 4)
           || path.endsWith(u".zip", Qt::CaseInsensitive);
}

QString zipErrorText(int code)
{
    return tr("zip error %1 (damaged or truncated archive)").arg(code);
}

} // namespace

bool BundleReader::isUnsafeEntryName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(u'/') || name.startsWith(u'\\') || name.contains(QChar(0)))
        return true;
    if (name.size() >= 2 && name[1] == u':')
        return true;   // "C:..." drive paths
    const QList<QStringView> parts = QStringView(name).split(u'/');
    for (QStringView part : parts) {
        for (QStringView piece : part.split(u'\\')) {
            if (piece == u"..")
                return true;
        }
    }
    return false;
}

bool BundleReader::open(const QString &path)
{
    return open(QStringList{path});
}

bool BundleReader::open(const QStringList &paths)
{
    *this = BundleReader();
    if (paths.isEmpty()) {
        m_error = tr("nothing to open");
        return false;
    }
    if (paths.size() == 1) {
        const QFileInfo info(paths.first());
        if (!info.exists()) {
            m_error = tr("%1: no such file or folder").arg(paths.first());
            return false;
        }
        if (info.isDir())
            return openFolder(info.absoluteFilePath());
        if (isZipFile(info.absoluteFilePath()))
            return openZip(info.absoluteFilePath());
    }
    m_kind = BundleKind::Files;
    for (const QString &p : paths) {
        const QFileInfo info(p);
        if (!info.isFile() || !info.isReadable()) {
            m_error = tr("%1: not a readable file").arg(p);
            m_kind = BundleKind::None;
            m_entries.clear();
            m_looseFiles.clear();
            return false;
        }
        m_looseFiles.append(info.absoluteFilePath());
        m_entries.append({info.fileName(), info.size()});
    }
    return true;
}

bool BundleReader::openZip(const QString &path)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        m_error = tr("%1: cannot open as zip: %2").arg(path, zipErrorText(zip.getZipError()));
        return false;
    }
    const QList<QuaZipFileInfo64> infos = zip.getFileInfoList64();
    if (zip.getZipError() != UNZ_OK) {
        m_error = tr("%1: cannot read the zip directory: %2").arg(path, zipErrorText(zip.getZipError()));
        return false;
    }
    for (const QuaZipFileInfo64 &info : infos) {
        if (info.name.endsWith(u'/'))
            continue;   // folder entry
        if (isUnsafeEntryName(info.name)) {
            m_skipped.append(info.name);
            continue;
        }
        m_entries.append({info.name, static_cast<qint64>(info.uncompressedSize)});
    }
    zip.close();
    m_kind = BundleKind::Zip;
    m_root = path;
    return true;
}

bool BundleReader::openFolder(const QString &path)
{
    const QString root = QFileInfo(path).canonicalFilePath();
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    const QDir dir(root);
    while (it.hasNext()) {
        const QFileInfo info = it.nextFileInfo();
        m_entries.append({dir.relativeFilePath(info.filePath()), info.size()});
    }
    std::sort(m_entries.begin(), m_entries.end(),
              [](const BundleEntry &a, const BundleEntry &b) { return a.path < b.path; });
    m_kind = BundleKind::Folder;
    m_root = root;
    return true;
}

bool BundleReader::contains(const QString &entryPath) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [&entryPath](const BundleEntry &e) { return e.path == entryPath; });
}

QString BundleReader::absoluteFilePath(const QString &entryPath) const
{
    if (m_kind == BundleKind::Files) {
        for (const QString &f : m_looseFiles) {
            if (QFileInfo(f).fileName() == entryPath)
                return f;
        }
        return {};
    }
    const QString full = QDir(m_root).filePath(entryPath);
    // Never leave the folder, whatever the name says.
    const QString canonical = QFileInfo(full).canonicalFilePath();
    if (canonical.isEmpty() || !canonical.startsWith(m_root + u'/'))
        return {};
    return canonical;
}

std::unique_ptr<QIODevice> BundleReader::openEntry(const QString &entryPath, QString *error) const
{
    const auto fail = [error](const QString &why) -> std::unique_ptr<QIODevice> {
        if (error)
            *error = why;
        return nullptr;
    };
    if (m_kind == BundleKind::None)
        return fail(tr("no bundle is open"));
    if (isUnsafeEntryName(entryPath) || !contains(entryPath))
        return fail(tr("%1: no such entry in the bundle").arg(entryPath));
    if (m_kind == BundleKind::Zip) {
        auto file = std::make_unique<QuaZipFile>(m_root, entryPath, QuaZip::csSensitive);
        if (!file->open(QIODevice::ReadOnly) || file->getZipError() != UNZ_OK)
            return fail(tr("%1: cannot open the zip entry: %2").arg(entryPath, zipErrorText(file->getZipError())));
        return file;
    }
    const QString path = absoluteFilePath(entryPath);
    if (path.isEmpty())
        return fail(tr("%1: outside the bundle folder").arg(entryPath));
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return fail(tr("%1: %2").arg(entryPath, file->errorString()));
    return file;
}

std::optional<QByteArray> BundleReader::readEntry(const QString &entryPath, qint64 maxBytes, QString *error) const
{
    std::unique_ptr<QIODevice> device = openEntry(entryPath, error);
    if (!device)
        return std::nullopt;
    QByteArray data;
    while (data.size() < maxBytes) {
        const QByteArray chunk = device->read(qMin<qint64>(maxBytes - data.size(), 1024 * 1024));
        if (chunk.isEmpty())
            break;
        data += chunk;
    }
    if (!device->atEnd() && data.size() < maxBytes) {
        if (error)
            *error = tr("%1: read error: %2").arg(entryPath, device->errorString());
        return std::nullopt;
    }
    if (auto *zipped = qobject_cast<QuaZipFile *>(device.get())) {
        zipped->close();
        if (data.size() < maxBytes && zipped->getZipError() != UNZ_OK) {
            if (error)
                *error = tr("%1: %2").arg(entryPath, zipErrorText(zipped->getZipError()));
            return std::nullopt;
        }
    }
    return data;
}

QString BundleReader::manifestPath() const
{
    QString best;
    for (const BundleEntry &e : m_entries) {
        const qsizetype depth = e.path.count(u'/');
        if (QFileInfo(e.path).fileName().compare(u"manifest.json", Qt::CaseInsensitive) == 0 && depth <= 1
            && (best.isEmpty() || depth < best.count(u'/')))
            best = e.path;
    }
    return best;
}

std::optional<Manifest> BundleReader::manifest(QString *error) const
{
    const QString path = manifestPath();
    if (path.isEmpty()) {
        if (error)
            *error = tr("the bundle has no manifest.json");
        return std::nullopt;
    }
    const std::optional<QByteArray> json = readEntry(path, 16 * 1024 * 1024, error);
    if (!json)
        return std::nullopt;
    return Manifest::fromJson(*json, error);
}

} // namespace lt::bundle
