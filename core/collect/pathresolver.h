#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace lt::collect {

// One file a pattern matched.
struct ResolvedFile {
    QString realPath;       // where to read it on this machine
    QString sourcePath;     // as the profile names it (Windows-style under --root), for the manifest
    QString relativePath;   // below the pattern's fixed base folder: keeps subfolders in the bundle
};

// Turns profile paths (environment variables, globs) into real files. With a fake root the
// Windows layout is simulated: "C:\" maps onto the folder, names are looked up
// case-insensitively and %windir% & co. expand to their usual Windows values.
class PathResolver final
{
public:
    explicit PathResolver(QString fakeRoot = {});

    bool windowsStyle() const { return m_windows; }
    // Expands %VAR% (Windows style) and $VAR / ${VAR}; unknown variables are left as they are.
    QString expand(const QString &path) const;
    // Expanded path mapped onto this machine (fake root applied, case-insensitive lookup of
    // the components that exist). Used for folders and single files.
    QString toReal(const QString &expandedPath) const;
    // The files matching a pattern; `recursive` also matches the last component in subfolders.
    // *baseMissing is set when even the fixed part of the pattern does not exist.
    QList<ResolvedFile> match(const QString &pattern, bool recursive, bool *baseMissing = nullptr) const;

    const QHash<QString, QString> &environment() const { return m_env; }

private:
    QString lookupChild(const QString &dir, const QString &name) const;

    QString m_fakeRoot;
    bool m_windows = false;
    QHash<QString, QString> m_env;   // upper-case keys when Windows-style
};

bool hasWildcard(const QString &component);

} // namespace lt::collect
