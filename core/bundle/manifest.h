#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lt::bundle {

// One collected item as the collector recorded it (docs/manifest.md).
struct ManifestItem {
    QString id;
    QString category;
    QString title;
    QString status;        // "ok", "missing", "denied", "timeout", "truncated", "failed", ...
    QString reason;        // why it is not "ok" (free text from the collector)
    QStringList files;     // stored paths inside the bundle

    bool isOk() const { return status.isEmpty() || status == u"ok" || status == u"collected"; }
};

struct Manifest {
    QString toolVersion;
    QString profile;
    QString host;
    QString osVersion;
    QDateTime started;
    QDateTime finished;
    QList<ManifestItem> items;

    QList<ManifestItem> failedItems() const;
    // Lenient: accepts camelCase and snake_case keys and a nested "tool" / "system" object,
    // so small changes on the writer side do not break older viewers.
    static std::optional<Manifest> fromJson(const QByteArray &json, QString *error = nullptr);
};

} // namespace lt::bundle
