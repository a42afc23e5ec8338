#include "manifest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

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

// A {zh, en} object in the language of `locale` (falling back to the other), or plain text.
QString localized(const QJsonValue &v, const QLocale &locale)
{
    if (!v.isObject())
        return v.toString();
    const QJsonObject o = v.toObject();
    const bool zh = locale.language() == QLocale::Chinese;
    const QString wanted = o.value(zh ? u"zh" : u"en").toString();
    return wanted.isEmpty() ? o.value(zh ? u"en" : u"zh").toString() : wanted;
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
    const QLocale locale;
    m.toolVersion = text(root, {u"tool.version", u"toolVersion", u"version"});
    if (const QJsonValue profile = root.value(u"profile"); profile.isObject()) {
        const QString title = localized(profile.toObject().value(u"title"), locale);
        m.profile = title.isEmpty() ? profile.toObject().value(u"name").toString() : title;
    } else {
        m.profile = profile.toString();
    }
    if (const QJsonValue host = root.value(u"host"); host.isObject()) {
        const QJsonObject h = host.toObject();
        m.host = h.value(u"name").toString();
        const QString os = h.value(u"os").toString();
        const QString version = h.value(u"osVersion").toString();
        m.osVersion = version.isEmpty() || os.contains(version) ? os
                    : os.isEmpty() ? version : QStringLiteral("%1 (%2)").arg(os, version);
    } else {
        m.host = text(root, {u"host", u"hostname", u"computer"});
        m.osVersion = text(root, {u"osVersion", u"os"});
    }
    if (const QJsonObject user = root.value(u"user").toObject(); !user.isEmpty()) {
        m.userName = user.value(u"name").toString();
        if (user.value(u"elevated").isBool())
            m.elevated = user.value(u"elevated").toBool();
    }
    m.started = time(root, {u"started", u"startedAt", u"start", u"startTime", u"started_at", u"times.started"});
    m.finished = time(root, {u"finished", u"finishedAt", u"end", u"endTime", u"finished_at", u"times.finished"});
    for (const QJsonValue &v : pick(root, {u"items", u"entries"}).toArray()) {
        const QJsonObject o = v.toObject();
        ManifestItem item;
        item.id = text(o, {u"id", u"name"});
        item.category = text(o, {u"category"});
        const QJsonValue title = o.value(u"title");
        item.titleZh = title.isObject() ? title.toObject().value(u"zh").toString() : title.toString();
        item.titleEn = title.isObject() ? title.toObject().value(u"en").toString() : title.toString();
        item.title = localized(title, locale);
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
