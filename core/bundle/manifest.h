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
    QString title;         // in the UI language (QLocale() when parsed); titleZh/titleEn both kept
    QString titleZh, titleEn;
    QString status;        // "ok", "missing", "denied", "timeout", "truncated", "failed", ...
    QString reason;        // why it is not "ok" (free text from the collector)
    QStringList files;     // stored paths inside the bundle

    bool isOk() const { return status.isEmpty() || status == u"ok" || status == u"collected"; }
};

struct Manifest {
    QString toolVersion;
    QString profile;       // profile title in the UI language, else its name
    QString host;
    QString osVersion;     // "Windows 11 Version 23H2 (11)": host.os with host.osVersion
    QString userName;
    std::optional<bool> elevated;   // absent in manifests that do not say
    QDateTime started;
    QDateTime finished;
    QList<ManifestItem> items;

    QList<ManifestItem> failedItems() const;
    // Reads the collector's format (docs/manifest.md): "tool", "profile", "host" and "user"
    // objects, {zh, en} titles. Flat spellings of the same facts are accepted too, so bundles
    // from other or older collectors still show what they can.
    static std::optional<Manifest> fromJson(const QByteArray &json, QString *error = nullptr);
};

} // namespace lt::bundle
