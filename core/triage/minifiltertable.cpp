#include "minifiltertable.h"

#include "rulebook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lt::triage {

const MinifilterTable &MinifilterTable::builtin()
{
    return RuleBook::builtin().minifilters();
}

std::optional<MinifilterTable> MinifilterTable::fromJson(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &what) -> std::optional<MinifilterTable> {
        if (error)
            *error = what;
        return std::nullopt;
    };
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    MinifilterTable table;
    for (const QJsonValue &v : root.value(u"minifilters").toArray()) {
        const QJsonObject o = v.toObject();
        KnownMinifilter f;
        f.name = o.value(u"name").toString();
        f.vendor = o.value(u"vendor").toString();
        f.product = o.value(u"product").toString();
        f.altitude = o.value(u"altitude").toString();
        f.microsoft = o.value(u"microsoft").toBool(false);
        f.diagnostic = o.value(u"diagnostic").toBool(false);
        if (f.name.isEmpty() || f.vendor.isEmpty())
            return fail(QStringLiteral("minifilter entry needs \"name\" and \"vendor\""));
        const QString key = f.name.toLower();
        if (table.m_byName.contains(key))
            return fail(QStringLiteral("duplicate minifilter %1").arg(f.name));
        table.m_byName.insert(key, table.m_filters.size());
        table.m_filters.append(f);
    }
    for (const QJsonValue &v : root.value(u"altitudeRanges").toArray()) {
        const QJsonObject o = v.toObject();
        AltitudeRange r;
        r.from = o.value(u"from").toDouble(-1);
        r.to = o.value(u"to").toDouble(-1);
        r.group.en = o.value(u"en").toString();
        r.group.zh = o.value(u"zh").toString();
        if (r.from < 0 || r.to < r.from || r.group.en.isEmpty() || r.group.zh.isEmpty())
            return fail(QStringLiteral("altitude range needs from <= to and en/zh group names"));
        table.m_ranges.append(r);
    }
    if (table.m_filters.isEmpty() || table.m_ranges.isEmpty())
        return fail(QStringLiteral("minifilters.json needs \"minifilters\" and \"altitudeRanges\""));
    return table;
}

const KnownMinifilter *MinifilterTable::find(const QString &name) const
{
    QString key = name.toLower();
    if (key.endsWith(u".sys"))
        key.chop(4);
    const auto it = m_byName.constFind(key);
    return it == m_byName.cend() ? nullptr : &m_filters[*it];
}

const AltitudeRange *MinifilterTable::rangeFor(const QString &altitude) const
{
    bool ok = false;
    const double value = altitude.toDouble(&ok);
    if (!ok)
        return nullptr;
    for (const AltitudeRange &r : m_ranges) {
        if (value >= r.from && value < r.to + 1)
            return &r;
    }
    return nullptr;
}

QString MinifilterTable::describe(const QString &name, const QString &altitude, const QLocale &locale) const
{
    QStringList parts;
    if (const KnownMinifilter *f = find(name))
        parts.append(f->product.isEmpty() ? f->vendor : f->vendor + u' ' + f->product);
    const bool zh = locale.language() == QLocale::Chinese;
    if (!altitude.isEmpty())
        parts.append((zh ? QStringLiteral("高度 ") : QStringLiteral("altitude ")) + altitude);
    if (const AltitudeRange *r = rangeFor(altitude))
        parts.append(r->group.text(locale));
    if (!find(name))
        parts.prepend(zh ? QStringLiteral("未知厂商") : QStringLiteral("unknown vendor"));
    return QStringLiteral("%1 (%2)").arg(name, parts.join(QStringLiteral(", ")));
}

bool MinifilterTable::isSuspect(const QString &name) const
{
    const KnownMinifilter *f = find(name);
    return !f || (!f->microsoft && !f->diagnostic);
}

} // namespace lt::triage
