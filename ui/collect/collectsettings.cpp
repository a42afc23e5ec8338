#include "collectsettings.h"

#include "collect/collector.h"

#include <QDir>
#include <QFileInfo>

namespace lt::ui {

namespace {
// The one place where the collector's settings keys are spelled.
constexpr auto GroupPrefix = u"collect/";
}

SettingValue<QStringList> CollectSettings::categories(const QString &profileName)
{
    const QString name = QFileInfo(profileName).completeBaseName();   // a path -> its file name
    return SettingValue<QStringList>(QString(GroupPrefix) + QStringLiteral("categories/") + name);
}

SettingValue<QStringList> CollectSettings::customPaths()
{
    return SettingValue<QStringList>(QString(GroupPrefix) + QStringLiteral("customPaths"));
}

SettingValue<QString> CollectSettings::outputFolder()
{
    return SettingValue<QString>(QString(GroupPrefix) + QStringLiteral("outputFolder"));
}

SettingValue<bool> CollectSettings::startAfterElevation()
{
    return SettingValue<bool>(QString(GroupPrefix) + QStringLiteral("startAfterElevation"));
}

QString CollectSettings::defaultOutputFolder()
{
    // The engine already knows where "the desktop" is (with its fallbacks); reuse it.
    return QDir::toNativeSeparators(QFileInfo(lt::collect::defaultBundlePath()).absolutePath());
}

} // namespace lt::ui
