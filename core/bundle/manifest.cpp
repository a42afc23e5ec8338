#include "manifest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lt::bundle {
namespace {

// The first of several spellings that is present, looking into nested objects too.
QJsonValue pick(const QJsonObject &o, std::initializer_list<const char16_t *> keys)
{
    for (const char16_t *key : keys) {
        const QString k = QString::fromUtf16(key);
        const qsizetype dot = k.indexOf(u'.');
        const QJsonValue v = dot < 0 ? o.value(k) : o.value(k.first(dot)).toObject().value(k.sliced(dot + 1));
        if (!v.isUndefined() && !v.isNull())
            return v;
    }
    return {};
}

QString text(const QJsonObject &o, std::initializer_list<const char16_t *> keys)
{
    const QJsonValue v = pick(o, keys);
    return v.isDouble() ? QString::number(v.toDouble()) : v.toString();
}

QDateTime time(const QJsonObject &o, std::initializer_list<const char16_t *> keys)
{
    return QDateTime::fromString(text(o, keys), Qt::ISODateWithMs);
}

} // namespace

QList<ManifestItem> Manifest::failedItems() const
{
    QList<ManifestItem> failed;
    for (const ManifestItem &item : items) {
        if (!item.isOk())
            failed.append(item);
    }
    return failed;
}

std::optional<Manifest> Manifest::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate("lt::bundle", "manifest.json is not valid JSON: %1")
                         .arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    Manifest m;
    m.toolVersion = text(root, {u"toolVersion", u"tool_version", u"tool.version", u"version"});
    m.profile = text(root, {u"profile", u"profileId", u"profile.id", u"profile.name"});
    m.host = text(root, {u"host", u"hostname", u"hostName", u"computer", u"system.host", u"system.hostname"});
    m.osVersion = text(root, {u"osVersion", u"os_version", u"os", u"system.osVersion", u"system.os"});
    m.started = time(root, {u"started", u"startedAt", u"start", u"startTime", u"started_at", u"times.started"});
    m.finished = time(root, {u"finished", u"finishedAt", u"end", u"endTime", u"finished_at", u"times.finished"});
    for (const QJsonValue &v : pick(root, {u"items", u"entries"}).toArray()) {
        const QJsonObject o = v.toObject();
        ManifestItem item;
        item.id = text(o, {u"id", u"name"});
        item.category = text(o, {u"category"});
        item.title = text(o, {u"title", u"label", u"description"});
        item.status = text(o, {u"status", u"state"}).toLower();
        item.reason = text(o, {u"reason", u"error", u"message"});
        const QJsonValue files = pick(o, {u"files", u"stored", u"outputs", u"paths"});
        for (const QJsonValue &f : files.toArray())
            item.files.append(f.isObject() ? text(f.toObject(), {u"path", u"name", u"stored"}) : f.toString());
        if (files.isString())
            item.files.append(files.toString());
        m.items.append(item);
    }
    return m;
}

} // namespace lt::bundle
