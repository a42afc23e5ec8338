#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace lt::ui {

// One typed value in QSettings (qBittorrent's SettingValue<T>): the key and its type are
// written once, callers never spell a key or convert a QVariant themselves.
template <typename T>
class SettingValue final
{
public:
    explicit SettingValue(QString key) : m_key(std::move(key)) {}

    // nullopt when the value was never stored (so "saved as empty" stays distinguishable).
    std::optional<T> get() const
    {
        QSettings settings;
        if (!settings.contains(m_key))
            return std::nullopt;
        return settings.value(m_key).template value<T>();
    }
    T get(const T &fallback) const { return get().value_or(fallback); }
    void set(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    void remove() const { QSettings().remove(m_key); }
    QString key() const { return m_key; }

private:
    QString m_key;
};

// What the collector window remembers between runs. All keys live here.
class CollectSettings final
{
public:
    // Category ids ticked last time, per profile (the Windows and Linux ids differ).
    static SettingValue<QStringList> categories(const QString &profileName);
    static SettingValue<QStringList> customPaths();
    // The folder the zip is written to; empty/unset means the desktop.
    static SettingValue<QString> outputFolder();
    // Set just before restarting elevated: the new process starts collecting at once.
    static SettingValue<bool> startAfterElevation();

    // The desktop (or home when there is none): where the helpdesk told the user to look.
    static QString defaultOutputFolder();
};

} // namespace lt::ui
