#include "manifestcompat.h"

#include <QJsonArray>

namespace lt::ui {

QString localizedJsonText(const QJsonValue &value, const QLocale &locale)
{
    if (!value.isObject())
        return value.toString();
    const QJsonObject o = value.toObject();
    const bool zh = locale.language() == QLocale::Chinese;
    const QString first = o.value(zh ? QLatin1StringView("zh") : QLatin1StringView("en")).toString();
    return first.isEmpty() ? o.value(zh ? QLatin1StringView("en") : QLatin1StringView("zh")).toString() : first;
}

void completeManifest(lt::bundle::Manifest &m, const QJsonObject &raw, const QLocale &locale)
{
    const QJsonObject host = raw.value(QLatin1StringView("host")).toObject();
    if (m.host.isEmpty())
        m.host = host.value(QLatin1StringView("name")).toString();
    if (m.osVersion.isEmpty()) {
        const QString os = host.value(QLatin1StringView("os")).toString();
        const QString version = host.value(QLatin1StringView("osVersion")).toString();
        m.osVersion = version.isEmpty() || os.contains(version) ? os
                    : os.isEmpty() ? version : QStringLiteral("%1 (%2)").arg(os, version);
    }
    const QJsonValue profile = raw.value(QLatin1StringView("profile"));
    if (m.profile.isEmpty() && profile.isObject()) {
        const QJsonObject p = profile.toObject();
        const QString title = localizedJsonText(p.value(QLatin1StringView("title")), locale);
        m.profile = title.isEmpty() ? p.value(QLatin1StringView("name")).toString() : title;
    }
    if (m.toolVersion.isEmpty())
        m.toolVersion = raw.value(QLatin1StringView("tool")).toObject().value(QLatin1StringView("version")).toString();

    const QJsonArray items = raw.value(QLatin1StringView("items")).toArray();
    for (lt::bundle::ManifestItem &item : m.items) {
        if (!item.title.isEmpty())
            continue;
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1StringView("id")).toString() == item.id) {
                item.title = localizedJsonText(o.value(QLatin1StringView("title")), locale);
                break;
            }
        }
    }
}

} // namespace lt::ui
