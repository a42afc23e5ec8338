#include "pathresolver.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace lt::collect {

namespace {

QRegularExpression globRegex(const QString &glob, bool windows)
{
    return QRegularExpression(QRegularExpression::wildcardToRegularExpression(glob, QRegularExpression::NonPathWildcardConversion),
                              windows ? QRegularExpression::CaseInsensitiveOption : QRegularExpression::NoPatternOption);
}

} // namespace

bool hasWildcard(const QString &component)
{
    return component.contains(u'*') || component.contains(u'?') || component.contains(u'[');
}

PathResolver::PathResolver(QString fakeRoot)
    : m_fakeRoot(std::move(fakeRoot))
{
#ifdef Q_OS_WIN
    m_windows = true;
#endif
    if (!m_fakeRoot.isEmpty()) {
        // The usual values on a Windows 10/11 machine; the fake root is drive C:.
        m_windows = true;
        m_fakeRoot = QDir(m_fakeRoot).absolutePath();
        const QString user = qEnvironmentVariable("USER", QStringLiteral("user"));
        const QString home = QStringLiteral("C:\\Users\\") + user;
        m_env = {{QStringLiteral("SYSTEMDRIVE"), QStringLiteral("C:")},
                 {QStringLiteral("SYSTEMROOT"), QStringLiteral("C:\\Windows")},
                 {QStringLiteral("WINDIR"), QStringLiteral("C:\\Windows")},
                 {QStringLiteral("PROGRAMDATA"), QStringLiteral("C:\\ProgramData")},
                 {QStringLiteral("ALLUSERSPROFILE"), QStringLiteral("C:\\ProgramData")},
                 {QStringLiteral("PROGRAMFILES"), QStringLiteral("C:\\Program Files")},
                 {QStringLiteral("PROGRAMFILES(X86)"), QStringLiteral("C:\\Program Files (x86)")},
                 {QStringLiteral("USERPROFILE"), home},
                 {QStringLiteral("HOME"), home},
                 {QStringLiteral("APPDATA"), home + QStringLiteral("\\AppData\\Roaming")},
                 {QStringLiteral("LOCALAPPDATA"), home + QStringLiteral("\\AppData\\Local")},
                 {QStringLiteral("TEMP"), home + QStringLiteral("\\AppData\\Local\\Temp")},
                 {QStringLiteral("TMP"), home + QStringLiteral("\\AppData\\Local\\Temp")},
                 {QStringLiteral("USERNAME"), user}};
        return;
    }
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys())
        m_env.insert(m_windows ? key.toUpper() : key, env.value(key));
}

QString PathResolver::expand(const QString &path) const
{
    static const QRegularExpression percent(QStringLiteral("%([A-Za-z_][A-Za-z0-9_()]*)%"));
    static const QRegularExpression dollar(QStringLiteral("\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}|\\$([A-Za-z_][A-Za-z0-9_]*)"));
    QString out;
    qsizetype last = 0;
    // %VAR% first (Windows), then $VAR (POSIX; "$WINDOWS.~BT" is not a variable we know,
    // so it stays as it is).
    for (auto it = percent.globalMatch(path); it.hasNext();) {
        const auto m = it.next();
        const QString key = m_windows ? m.captured(1).toUpper() : m.captured(1);
        out += path.mid(last, m.capturedStart() - last);
        out += m_env.contains(key) ? m_env.value(key) : m.captured(0);
        last = m.capturedEnd();
    }
    out += path.mid(last);
    QString result;
    last = 0;
    for (auto it = dollar.globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        QString key = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        if (m_windows)
            key = key.toUpper();
        result += out.mid(last, m.capturedStart() - last);
        result += m_env.contains(key) ? m_env.value(key) : m.captured(0);
        last = m.capturedEnd();
    }
    result += out.mid(last);
    return result;
}

QString PathResolver::lookupChild(const QString &dir, const QString &name) const
{
    const QString direct = dir.endsWith(u'/') ? QString(dir + name) : QString(dir + u'/' + name);
    if (!m_windows || QFileInfo::exists(direct))
        return direct;
    const QStringList entries = QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &e : entries) {
        if (e.compare(name, Qt::CaseInsensitive) == 0)
            return dir.endsWith(u'/') ? QString(dir + e) : QString(dir + u'/' + e);
    }
    return direct;
}

QString PathResolver::toReal(const QString &expandedPath) const
{
    if (m_fakeRoot.isEmpty())
        return QDir::fromNativeSeparators(expandedPath);
    QString p = expandedPath;
    p.replace(u'\\', u'/');
    // "C:/..." (any drive letter: the fake root is the only drive) or "/..." relative to it.
    if (p.size() >= 2 && p.at(1) == u':')
        p = p.mid(2);
    QString real = m_fakeRoot;
    for (const QString &part : p.split(u'/', Qt::SkipEmptyParts))
        real = lookupChild(real, part);
    return real;
}

QList<ResolvedFile> PathResolver::match(const QString &pattern, bool recursive, bool *baseMissing) const
{
    QList<ResolvedFile> out;
    const QString expanded = expand(pattern);
    QString normalized = expanded;
    normalized.replace(u'\\', u'/');
    QStringList parts = normalized.split(u'/', Qt::KeepEmptyParts);
    // The fixed base: components before the first wildcard.
    qsizetype firstWild = 0;
    while (firstWild < parts.size() && !hasWildcard(parts.at(firstWild)))
        ++firstWild;
    const QChar sep = m_windows ? u'\\' : u'/';
    const QString display = m_windows ? QString(expanded).replace(u'/', u'\\') : expanded;
    if (baseMissing)
        *baseMissing = false;
    if (firstWild == parts.size() && !recursive) {
        const QString real = toReal(expanded);
        const QFileInfo fi(real);
        if (fi.isFile())
            out << ResolvedFile{real, display, fi.fileName()};
        else if (baseMissing)
            *baseMissing = !fi.exists();
        return out;
    }
    // Base folder = everything up to the first wildcard (or the parent of the last part).
    qsizetype baseEnd = firstWild == parts.size() ? parts.size() - 1 : firstWild;
    const QString baseExpanded = parts.mid(0, baseEnd).join(u'/');
    const QString baseReal = toReal(baseExpanded.isEmpty() ? QStringLiteral("/") : baseExpanded);
    if (!QFileInfo(baseReal).isDir()) {
        if (baseMissing)
            *baseMissing = true;
        return out;
    }
    const QStringList rest = parts.mid(baseEnd);
    const QString baseDisplay = m_windows ? QString(baseExpanded).replace(u'/', u'\\') : baseExpanded;
    // Walk the remaining components; the last one matches files, the others folders.
    struct Pending { QString real; QString relative; qsizetype index; };
    QList<Pending> stack{{baseReal, QString(), 0}};
    const auto filters = QDir::Hidden | QDir::System | QDir::NoDotAndDotDot;
    while (!stack.isEmpty()) {
        const Pending p = stack.takeLast();
        const bool lastPart = p.index == rest.size() - 1;
        const QRegularExpression re = globRegex(rest.at(p.index), m_windows);
        const QDir dir(p.real);
        const QFileInfoList entries = dir.entryInfoList((lastPart ? QDir::Files : QDir::Dirs) | filters, QDir::Name);
        for (const QFileInfo &e : entries) {
            if (!re.match(e.fileName()).hasMatch())
                continue;
            const QString rel = p.relative.isEmpty() ? e.fileName() : p.relative + u'/' + e.fileName();
            if (lastPart) {
                out << ResolvedFile{e.filePath(), baseDisplay + sep + QString(rel).replace(u'/', sep), rel};
            } else if (!e.isSymLink()) {
                stack.append({e.filePath(), rel, p.index + 1});
            }
        }
        if (lastPart && recursive) {
            // Same last pattern in every subfolder (links are not followed out of the tree).
            for (const QFileInfo &sub : dir.entryInfoList(QDir::Dirs | filters, QDir::Name)) {
                if (!sub.isSymLink()) {
                    const QString rel = p.relative.isEmpty() ? sub.fileName() : p.relative + u'/' + sub.fileName();
                    stack.append({sub.filePath(), rel, p.index});
                }
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const ResolvedFile &a, const ResolvedFile &b) { return a.relativePath < b.relativePath; });
    return out;
}

} // namespace lt::collect
