#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QDateTime>

#include <optional>

// Plain value types shared by the collector engine, the CLI and the collector window.
// All of them are registered metatypes, so they travel through queued connections.
namespace lt::collect {

// What happened to one requested item; the names are the ones written to manifest.json.
enum class ItemStatus {
    Ok,         // everything requested was stored
    Missing,    // the file, folder, key, channel or program does not exist here
    Denied,     // it exists but the account may not read it
    Timeout,    // the command ran past its timeout; its process tree was killed
    Truncated,  // stored, but cut to the size cap (files keep their tail, the newest lines)
    Failed,     // it ran or was read, but failed (non-zero exit, I/O error)
    Skipped,    // not applicable here (Windows-only item on Linux) or needs elevation
    Cancelled,  // the user cancelled before it finished
};

// "ok", "missing", "denied", "timeout", "truncated", "failed", "skipped", "cancelled".
QString statusName(ItemStatus status);
// The inverse of statusName(); std::nullopt-like: returns false when the name is unknown.
bool statusFromName(const QString &name, ItemStatus *status);
// A short translated label for the UI ("OK", "Missing", ...).
QString statusLabel(ItemStatus status);

// What the caller asks for.
struct CollectRequest {
    QString profile;            // "windows", "linux" or a path to a profile JSON file
    // Category ids; unset = the profile's default-on categories, empty = none (only the custom
    // paths: a user who unticks everything and adds one folder wants just that folder).
    std::optional<QStringList> categories;
    QStringList customPaths;    // extra files or folders (stored under custom/)
    QString outputFile;         // empty = defaultBundlePath()
    QString fakeRoot;           // maps C:\ onto this folder (testing the Windows profile)
    QString replayDir;          // command outputs are read from DIR/<item-id>.txt
    QString language;           // "zh" or "en" for summary.txt; empty = QLocale()
};

// One file stored in the bundle.
struct StoredFile {
    QString bundlePath;         // path inside the zip, '/' separated, UTF-8
    QString sourcePath;         // where it came from (file path, or the command line)
    qint64 sourceSize = 0;      // size of the source before any cap
    qint64 storedSize = 0;      // uncompressed bytes stored in the zip
    QString sha256;             // hex SHA-256 of the stored bytes
    QString encoding;           // e.g. "UTF-16LE" for decoded command output; empty for files
    bool truncated = false;     // true when only the tail (files) or head (output) was kept
};

// A source the item named (or matched) that is not in the bundle, and why.
struct NotStored {
    QString sourcePath;
    ItemStatus status = ItemStatus::Missing;
    QString reason;
};

struct ItemResult {
    QString itemId;
    QString categoryId;
    QString title;              // translated by QLocale(), for progress lines
    ItemStatus status = ItemStatus::Ok;
    QString reason;             // why it is not ok (empty when ok)
    int exitCode = -1;          // command items; -1 when not a command or it never exited
    qint64 bytes = 0;           // uncompressed bytes stored for this item
    qint64 durationMs = 0;
    QStringList storedFiles;    // bundle paths, same order as `files`
    QList<StoredFile> files;
    QList<NotStored> notStored;
};

struct CollectProgress {
    int itemsDone = 0;
    int itemsTotal = 0;
    qint64 bytesWritten = 0;    // uncompressed bytes stored so far
    QString currentItem;        // id of an item being gathered
};

struct CollectOutcome {
    bool bundleWritten = false;
    bool cancelled = false;
    QString bundlePath;         // the final .zip (only when bundleWritten)
    QString error;              // why no bundle was written
    qint64 bundleSize = 0;
    QDateTime started;
    QDateTime finished;
    QList<ItemResult> items;
};

} // namespace lt::collect

Q_DECLARE_METATYPE(lt::collect::ItemStatus)
Q_DECLARE_METATYPE(lt::collect::CollectRequest)
Q_DECLARE_METATYPE(lt::collect::StoredFile)
Q_DECLARE_METATYPE(lt::collect::NotStored)
Q_DECLARE_METATYPE(lt::collect::ItemResult)
Q_DECLARE_METATYPE(lt::collect::CollectProgress)
Q_DECLARE_METATYPE(lt::collect::CollectOutcome)
