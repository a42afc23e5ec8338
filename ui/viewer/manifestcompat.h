#pragma once

#include "bundle/manifest.h"

#include <QJsonObject>
#include <QLocale>

namespace lt::ui {

// Fills what lt::bundle::Manifest::fromJson leaves empty for the collector's current layout
// (docs/manifest.md on the collect branch): "host" and "profile" are objects, titles are
// {"zh","en"} objects, the version is tool.version. Only empty fields are touched, so a
// manifest the core already understands is left alone.
void completeManifest(lt::bundle::Manifest &manifest, const QJsonObject &raw, const QLocale &locale = {});

// {"zh": ..., "en": ...} or a plain string, in the locale's language.
QString localizedJsonText(const QJsonValue &value, const QLocale &locale = {});

} // namespace lt::ui
