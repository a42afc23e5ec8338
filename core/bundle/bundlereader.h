#pragma once

#include "manifest.h"

#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace lt::bundle {

// What was opened: a collector zip, an unpacked folder, or loose log files.
enum class BundleKind { None, Zip, Folder, Files };

struct BundleEntry {
    QString path;   // '/'-separated, relative to the bundle root (file name for loose files)
    qint64 size = 0; // uncompressed bytes
};

// Read-only, uniform access to a bundle. Opening lists entries only; content is streamed on
// demand. openEntry() is safe to call from several threads at once: every call opens its own
// handle (a zip entry gets its own QuaZip), so parallel triage needs no locking.
// Entry names that try to leave the bundle (`..`, absolute, drive letters) are never listed
// nor opened (zip-slip); they are reported in skippedEntries().
class BundleReader final
{
public:
    BundleReader() = default;

    // A .zip, a folder (recursively, symlinks not followed) or one plain file.
    bool open(const QString &path);
    // Several loose files (or one of the above when the list has a single zip/folder).
    bool open(const QStringList &paths);

    BundleKind kind() const { return m_kind; }
    QString rootPath() const { return m_root; }
    QString errorString() const { return m_error; }
    const QList<BundleEntry> &entries() const { return m_entries; }
    QStringList skippedEntries() const { return m_skipped; }
    bool contains(const QString &entryPath) const;

    // A sequential device positioned at the entry's first byte, or nullptr with *error set.
    std::unique_ptr<QIODevice> openEntry(const QString &entryPath, QString *error = nullptr) const;
    // Reads at most maxBytes of an entry (small files: manifest, fltmc output).
    std::optional<QByteArray> readEntry(const QString &entryPath, qint64 maxBytes = 64 * 1024 * 1024,
                                        QString *error = nullptr) const;

    // manifest.json at the bundle root (or one folder down, when a zip wraps a folder).
    QString manifestPath() const;
    std::optional<Manifest> manifest(QString *error = nullptr) const;

    // True for names that must never be followed: "..", absolute, "C:", backslash tricks.
    static bool isUnsafeEntryName(const QString &name);

private:
    bool openZip(const QString &path);
    bool openFolder(const QString &path);
    QString absoluteFilePath(const QString &entryPath) const;

    BundleKind m_kind = BundleKind::None;
    QString m_root;                 // zip file, folder, or empty for loose files
    QStringList m_looseFiles;       // absolute paths, for BundleKind::Files
    QList<BundleEntry> m_entries;
    QStringList m_skipped;
    QString m_error;
};

} // namespace lt::bundle
