#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Collection profiles are data: resources/profiles/*.json, embedded under ":/profiles/".
// The format is documented in docs/profiles.md.
namespace lt::collect {

enum class ItemKind {
    File,       // one path or glob; per-file size cap keeps the tail
    Dir,        // a folder with include/exclude globs, depth and total size caps
    Command,    // argv, timeout, output encoding
    Registry,   // Windows: reg query / reg export of a key
    EventLog,   // Windows: wevtutil epl of a channel + text export of the newest N events
};

QString kindName(ItemKind kind);   // "file", "dir", "command", "registry", "eventlog"

struct Category {
    QString id;
    QString titleZh, titleEn;
    QString descriptionZh, descriptionEn;
    bool defaultOn = true;
    bool needsAdmin = false;

    QString title() const;        // by QLocale(): Chinese unless the UI language is not Chinese
    QString description() const;
};

struct Item {
    QString id;                   // unique in the profile; also the replay file name
    QString categoryId;
    ItemKind kind = ItemKind::File;
    QString titleZh, titleEn;
    QString bundlePath;           // folder (file/dir) or file name (command...) in the bundle

    // file / dir
    QStringList paths;            // with %VAR% / $VAR; globs (*, ?) in the last components
    bool recursive = false;       // file: also match the pattern in subfolders
    qint64 maxFileBytes = 0;      // per-file cap, 0 = none (the tail is kept)
    QStringList include, exclude; // dir: globs on file names
    int maxDepth = -1;            // dir: -1 = unlimited
    qint64 maxTotalBytes = 0;     // dir: 0 = unlimited; files past it are listed as skipped

    // command / registry / eventlog
    QStringList argv;             // command: program and arguments; "{outfile}" = temp file to store
    int timeoutMs = 60000;
    QString encoding = QStringLiteral("auto");   // auto, utf-8, utf-16le, gb18030, latin1, raw
    QString registryKey;          // registry
    QString registryMode = QStringLiteral("query");   // query | export
    QString channel;              // eventlog
    int newestEvents = 500;       // eventlog text export
    bool windowsOnly = false;     // registry/eventlog, or items marked so: skipped elsewhere
    bool needsAdmin = false;

    QString title() const;
    QString describe() const;     // human text of what it gathers, e.g. "file %windir%\Logs\CBS\*.log"
};

class Profile final
{
public:
    // `nameOrPath`: "windows", "linux" (embedded) or a path to a JSON file.
    // On failure returns nullopt and sets *error to a message naming file, item and field.
    static std::optional<Profile> load(const QString &nameOrPath, QString *error);
    static std::optional<Profile> fromJson(const QByteArray &json, const QString &fileName, QString *error);
    static QString defaultName();             // "windows" on Windows, "linux" elsewhere
    static QStringList builtinNames();        // the embedded profiles

    QString name() const { return m_name; }
    QString platform() const { return m_platform; }   // "windows" or "linux"
    QString titleZh() const { return m_titleZh; }
    QString titleEn() const { return m_titleEn; }
    const QList<Category> &categories() const { return m_categories; }
    const QList<Item> &items() const { return m_items; }
    QList<Item> itemsOf(const QString &categoryId) const;
    std::optional<Category> category(const QString &id) const;
    QStringList defaultCategoryIds() const;

private:
    QString m_name, m_platform, m_titleZh, m_titleEn;
    QList<Category> m_categories;
    QList<Item> m_items;
};

} // namespace lt::collect
