#include "profile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

namespace lt::collect {

namespace {

bool preferChinese()
{
    const QLocale locale;
    return locale.language() == QLocale::Chinese || locale.language() == QLocale::C;
}

// Collects the first error with its place: "windows.json: item 'cbs-logs': field 'paths': ...".
class Validator final
{
public:
    explicit Validator(QString file) : m_file(std::move(file)) {}

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    void setPlace(const QString &place) { m_place = place; }

    void fail(const QString &field, const QString &message)
    {
        if (!m_error.isEmpty())
            return;
        m_error = m_place.isEmpty() ? QStringLiteral("%1: field '%2': %3").arg(m_file, field, message)
                                    : QStringLiteral("%1: %2: field '%3': %4").arg(m_file, m_place, field, message);
    }

    void checkKeys(const QJsonObject &o, std::initializer_list<const char16_t *> allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool known = false;
            for (const char16_t *k : allowed)
                known = known || it.key() == QStringView(k);
            if (!known)
                fail(it.key(), QStringLiteral("unknown field (a typo?)"));
        }
    }

    QString string(const QJsonObject &o, const QString &key, bool required, const QString &fallback = {})
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(key, QStringLiteral("is required"));
            return fallback;
        }
        if (!v.isString() || (required && v.toString().trimmed().isEmpty())) {
            fail(key, QStringLiteral("must be a non-empty string"));
            return fallback;
        }
        return v.toString();
    }

    // {"zh": "...", "en": "..."}: both languages are required.
    void text(const QJsonObject &o, const QString &key, bool required, QString *zh, QString *en)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(key, QStringLiteral("is required ({\"zh\": ..., \"en\": ...})"));
            return;
        }
        const QJsonObject t = v.toObject();
        if (!v.isObject() || !t.value(u"zh").isString() || !t.value(u"en").isString()
            || t.value(u"zh").toString().isEmpty() || t.value(u"en").toString().isEmpty()) {
            fail(key, QStringLiteral("must be an object with non-empty \"zh\" and \"en\" strings"));
            return;
        }
        *zh = t.value(u"zh").toString();
        *en = t.value(u"en").toString();
    }

    bool boolean(const QJsonObject &o, const QString &key, bool fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool())
            fail(key, QStringLiteral("must be true or false"));
        return v.toBool(fallback);
    }

    qint64 number(const QJsonObject &o, const QString &key, qint64 fallback, qint64 min, qint64 max)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != double(qint64(d)) || qint64(d) < min || qint64(d) > max) {
            fail(key, QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
            return fallback;
        }
        return qint64(d);
    }

    QStringList strings(const QJsonObject &o, const QString &key, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(key, QStringLiteral("is required"));
            return {};
        }
        QStringList out;
        const QJsonArray a = v.toArray();
        if (!v.isArray() || (required && a.isEmpty())) {
            fail(key, QStringLiteral("must be a non-empty array of strings"));
            return {};
        }
        for (const QJsonValue &s : a) {
            if (!s.isString() || s.toString().isEmpty()) {
                fail(key, QStringLiteral("must contain only non-empty strings"));
                return {};
            }
            out << s.toString();
        }
        return out;
    }

private:
    QString m_file;
    QString m_place;
    QString m_error;
};

bool kindFromName(const QString &name, ItemKind *kind)
{
    for (ItemKind k : {ItemKind::File, ItemKind::Dir, ItemKind::Command, ItemKind::Registry, ItemKind::EventLog}) {
        if (kindName(k) == name) {
            *kind = k;
            return true;
        }
    }
    return false;
}

bool validId(const QString &id)
{
    if (id.isEmpty())
        return false;
    for (QChar c : id) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_' && c != u'.')
            return false;
    }
    return true;
}

bool validBundlePath(const QString &path)
{
    return !path.isEmpty() && !path.startsWith(u'/') && !path.contains(u'\\') && !path.contains(u':')
           && !path.split(u'/').contains(QStringLiteral(".."));
}

Item parseItem(Validator &v, const QJsonObject &o, const QString &categoryId, const QString &platform)
{
    Item item;
    item.categoryId = categoryId;
    v.checkKeys(o, {u"id", u"kind", u"title", u"bundlePath", u"paths", u"recursive", u"maxFileBytes",
                    u"include", u"exclude", u"maxDepth", u"maxTotalBytes", u"argv", u"timeoutSeconds",
                    u"encoding", u"key", u"mode", u"channel", u"newestEvents", u"windowsOnly", u"needsAdmin"});
    const QString kind = v.string(o, QStringLiteral("kind"), true);
    if (!v.failed() && !kindFromName(kind, &item.kind))
        v.fail(QStringLiteral("kind"), QStringLiteral("'%1' is not one of file, dir, command, registry, eventlog").arg(kind));
    v.text(o, QStringLiteral("title"), true, &item.titleZh, &item.titleEn);
    item.bundlePath = v.string(o, QStringLiteral("bundlePath"), true);
    if (!v.failed() && !validBundlePath(item.bundlePath))
        v.fail(QStringLiteral("bundlePath"), QStringLiteral("must be a relative '/' path without '..', '\\' or ':'"));
    item.needsAdmin = v.boolean(o, QStringLiteral("needsAdmin"), false);
    item.windowsOnly = v.boolean(o, QStringLiteral("windowsOnly"), platform == u"windows"
                                     && (item.kind == ItemKind::Registry || item.kind == ItemKind::EventLog));
    const bool files = item.kind == ItemKind::File || item.kind == ItemKind::Dir;
    if (files) {
        item.paths = v.strings(o, QStringLiteral("paths"), true);
        item.maxFileBytes = v.number(o, QStringLiteral("maxFileBytes"), 0, 0, qint64(1) << 50);
    }
    switch (item.kind) {
    case ItemKind::File:
        item.recursive = v.boolean(o, QStringLiteral("recursive"), false);
        break;
    case ItemKind::Dir:
        item.include = v.strings(o, QStringLiteral("include"), false);
        item.exclude = v.strings(o, QStringLiteral("exclude"), false);
        item.maxDepth = int(v.number(o, QStringLiteral("maxDepth"), -1, -1, 64));
        item.maxTotalBytes = v.number(o, QStringLiteral("maxTotalBytes"), 0, 0, qint64(1) << 50);
        break;
    case ItemKind::Command:
        item.argv = v.strings(o, QStringLiteral("argv"), true);
        break;
    case ItemKind::Registry:
        item.registryKey = v.string(o, QStringLiteral("key"), true);
        item.registryMode = v.string(o, QStringLiteral("mode"), false, QStringLiteral("query"));
        if (item.registryMode != u"query" && item.registryMode != u"export")
            v.fail(QStringLiteral("mode"), QStringLiteral("must be \"query\" or \"export\""));
        break;
    case ItemKind::EventLog:
        item.channel = v.string(o, QStringLiteral("channel"), true);
        item.newestEvents = int(v.number(o, QStringLiteral("newestEvents"), 500, 0, 1000000));
        break;
    }
    if (!files) {
        item.timeoutMs = int(v.number(o, QStringLiteral("timeoutSeconds"), 120, 1, 3600) * 1000);
        item.encoding = v.string(o, QStringLiteral("encoding"), false, QStringLiteral("auto")).toLower();
        static const QStringList encodings = {QStringLiteral("auto"), QStringLiteral("utf-8"), QStringLiteral("utf-16le"),
                                              QStringLiteral("gb18030"), QStringLiteral("latin1"), QStringLiteral("raw")};
        if (!encodings.contains(item.encoding))
            v.fail(QStringLiteral("encoding"), QStringLiteral("'%1' is not one of %2").arg(item.encoding, encodings.join(u", ")));
    }
    // Fields that belong to another kind are mistakes worth reporting.
    const QList<std::pair<const char16_t *, bool>> kindFields = {
        {u"paths", files}, {u"maxFileBytes", files}, {u"recursive", item.kind == ItemKind::File},
        {u"include", item.kind == ItemKind::Dir}, {u"exclude", item.kind == ItemKind::Dir},
        {u"maxDepth", item.kind == ItemKind::Dir}, {u"maxTotalBytes", item.kind == ItemKind::Dir},
        {u"argv", item.kind == ItemKind::Command}, {u"timeoutSeconds", !files}, {u"encoding", !files},
        {u"key", item.kind == ItemKind::Registry}, {u"mode", item.kind == ItemKind::Registry},
        {u"channel", item.kind == ItemKind::EventLog}, {u"newestEvents", item.kind == ItemKind::EventLog}};
    for (const auto &[field, allowed] : kindFields) {
        if (!allowed && o.contains(QStringView(field)))
            v.fail(QString::fromUtf16(field), QStringLiteral("does not apply to a '%1' item").arg(kind));
    }
    return item;
}

QString builtinPath(const QString &name)
{
    return QStringLiteral(":/profiles/%1.json").arg(name);
}

} // namespace

QString kindName(ItemKind kind)
{
    switch (kind) {
    case ItemKind::File: return QStringLiteral("file");
    case ItemKind::Dir: return QStringLiteral("dir");
    case ItemKind::Command: return QStringLiteral("command");
    case ItemKind::Registry: return QStringLiteral("registry");
    case ItemKind::EventLog: return QStringLiteral("eventlog");
    }
    return {};
}

QString Category::title() const { return preferChinese() ? titleZh : titleEn; }
QString Category::description() const { return preferChinese() ? descriptionZh : descriptionEn; }
QString Item::title() const { return preferChinese() ? titleZh : titleEn; }

QString Item::describe() const
{
    switch (kind) {
    case ItemKind::File:
        return QStringLiteral("file %1%2").arg(paths.join(u", "), recursive ? QStringLiteral(" (recursive)") : QString());
    case ItemKind::Dir:
        return QStringLiteral("folder %1").arg(paths.join(u", "));
    case ItemKind::Command:
        return QStringLiteral("command %1").arg(argv.join(u' '));
    case ItemKind::Registry:
        return QStringLiteral("registry %1 %2").arg(registryMode, registryKey);
    case ItemKind::EventLog:
        return QStringLiteral("event log %1 (newest %2 events as text)").arg(channel).arg(newestEvents);
    }
    return {};
}

std::optional<Profile> Profile::load(const QString &nameOrPath, QString *error)
{
    const bool builtin = builtinNames().contains(nameOrPath);
    const QString path = builtin ? builtinPath(nameOrPath) : nameOrPath;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = builtin || nameOrPath.contains(u'/') || nameOrPath.endsWith(u".json")
                         ? QStringLiteral("cannot read profile %1: %2").arg(path, file.errorString())
                         : QStringLiteral("unknown profile '%1' (built in: %2; or give a .json file)")
                               .arg(nameOrPath, builtinNames().join(u", "));
        }
        return std::nullopt;
    }
    return fromJson(file.readAll(), builtin ? QFileInfo(path).fileName() : path, error);
}

std::optional<Profile> Profile::fromJson(const QByteArray &json, const QString &fileName, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error) {
            *error = QStringLiteral("%1: not valid JSON at offset %2: %3")
                         .arg(fileName).arg(parseError.offset).arg(parseError.errorString());
        }
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    Validator v(fileName);
    Profile p;
    v.checkKeys(root, {u"schema", u"name", u"platform", u"title", u"categories"});
    if (v.number(root, QStringLiteral("schema"), 0, 1, 1) != 1)
        v.fail(QStringLiteral("schema"), QStringLiteral("must be 1"));
    p.m_name = v.string(root, QStringLiteral("name"), true);
    p.m_platform = v.string(root, QStringLiteral("platform"), true);
    if (!v.failed() && p.m_platform != u"windows" && p.m_platform != u"linux")
        v.fail(QStringLiteral("platform"), QStringLiteral("must be \"windows\" or \"linux\""));
    v.text(root, QStringLiteral("title"), true, &p.m_titleZh, &p.m_titleEn);
    const QJsonArray categories = root.value(u"categories").toArray();
    if (!v.failed() && categories.isEmpty())
        v.fail(QStringLiteral("categories"), QStringLiteral("must be a non-empty array"));
    QSet<QString> categoryIds, itemIds;
    for (qsizetype ci = 0; ci < categories.size() && !v.failed(); ++ci) {
        const QJsonObject co = categories.at(ci).toObject();
        Category c;
        c.id = co.value(u"id").toString();
        v.setPlace(QStringLiteral("category %1 '%2'").arg(ci + 1).arg(c.id));
        v.checkKeys(co, {u"id", u"title", u"description", u"default", u"needsAdmin", u"items"});
        if (!validId(c.id))
            v.fail(QStringLiteral("id"), QStringLiteral("must be letters, digits, '-', '_' or '.'"));
        else if (categoryIds.contains(c.id))
            v.fail(QStringLiteral("id"), QStringLiteral("duplicate category id"));
        categoryIds.insert(c.id);
        v.text(co, QStringLiteral("title"), true, &c.titleZh, &c.titleEn);
        v.text(co, QStringLiteral("description"), true, &c.descriptionZh, &c.descriptionEn);
        c.defaultOn = v.boolean(co, QStringLiteral("default"), true);
        c.needsAdmin = v.boolean(co, QStringLiteral("needsAdmin"), false);
        const QJsonArray items = co.value(u"items").toArray();
        if (!v.failed() && items.isEmpty())
            v.fail(QStringLiteral("items"), QStringLiteral("must be a non-empty array"));
        p.m_categories << c;
        for (qsizetype ii = 0; ii < items.size() && !v.failed(); ++ii) {
            const QJsonObject io = items.at(ii).toObject();
            const QString id = io.value(u"id").toString();
            v.setPlace(QStringLiteral("category '%1': item %2 '%3'").arg(c.id).arg(ii + 1).arg(id));
            if (!items.at(ii).isObject())
                v.fail(QStringLiteral("items"), QStringLiteral("each item must be an object"));
            else if (!validId(id))
                v.fail(QStringLiteral("id"), QStringLiteral("must be letters, digits, '-', '_' or '.'"));
            else if (itemIds.contains(id))
                v.fail(QStringLiteral("id"), QStringLiteral("duplicate item id"));
            itemIds.insert(id);
            Item item = parseItem(v, io, c.id, p.m_platform);
            item.id = id;
            item.needsAdmin = item.needsAdmin || c.needsAdmin;
            p.m_items << item;
        }
    }
    if (v.failed()) {
        if (error)
            *error = v.error();
        return std::nullopt;
    }
    return p;
}

QString Profile::defaultName()
{
#ifdef Q_OS_WIN
    return QStringLiteral("windows");
#else
    return QStringLiteral("linux");
#endif
}

QStringList Profile::builtinNames()
{
    return {QStringLiteral("windows"), QStringLiteral("linux")};
}

QList<Item> Profile::itemsOf(const QString &categoryId) const
{
    QList<Item> out;
    for (const Item &i : m_items) {
        if (i.categoryId == categoryId)
            out << i;
    }
    return out;
}

std::optional<Category> Profile::category(const QString &id) const
{
    for (const Category &c : m_categories) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

QStringList Profile::defaultCategoryIds() const
{
    QStringList out;
    for (const Category &c : m_categories) {
        if (c.defaultOn)
            out << c.id;
    }
    return out;
}

} // namespace lt::collect
