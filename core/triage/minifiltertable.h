#pragma once

#include "diagnosis.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace lt::triage {

// Known file-system minifilters (resources/rules/minifilters.json): who ships them, and the
// altitude ranges Microsoft allocates per load-order group, so an unknown third-party filter is
// still described by its group ("FSFilter Anti-Virus").
struct KnownMinifilter {
    QString name;
    QString vendor;
    QString product;
    QString altitude;
    bool microsoft = false;   // in-box Windows filters: never suspects
    bool diagnostic = false;  // capture tools the helpdesk itself runs (Process Monitor, Sysmon)
};

struct AltitudeRange {
    double from = 0;
    double to = 0;
    LocalizedText group;
};

class MinifilterTable final
{
public:
    static const MinifilterTable &builtin();
    static std::optional<MinifilterTable> fromJson(const QByteArray &json, QString *error);

    const KnownMinifilter *find(const QString &name) const;
    const AltitudeRange *rangeFor(const QString &altitude) const;
    // "TmPreFlt (Trend Micro Apex One, altitude 328520, FSFilter Anti-Virus)".
    QString describe(const QString &name, const QString &altitude, const QLocale &locale = {}) const;
    // Not Microsoft's and not a diagnostic tool.
    bool isSuspect(const QString &name) const;

    qsizetype size() const { return m_filters.size(); }

private:
    QList<KnownMinifilter> m_filters;
    QHash<QString, qsizetype> m_byName;   // lower-case
    QList<AltitudeRange> m_ranges;
};

} // namespace lt::triage
