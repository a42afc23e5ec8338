#pragma once

#include "bundle/bundlereader.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QTemporaryDir>

#include <atomic>
#include <memory>

namespace lt::ui {

// Gives the log view a local file for a bundle entry. Folder and loose-file entries are
// already local; zip members are streamed (1 MiB chunks, on the thread pool) into a
// temporary folder that lives as long as this object, because the big-file engine
// memory-maps what it shows. Each member is extracted once.
class EntryExtractor final : public QObject
{
    Q_OBJECT

public:
    explicit EntryExtractor(std::shared_ptr<const lt::bundle::BundleReader> reader,
                            QStringList looseFiles, QObject *parent = nullptr);
    ~EntryExtractor() override;

    // Emits ready() or failed() later (also when the file is already local, for one code path).
    void request(const QString &entryPath);
    // The local path if it is known now (local bundles, or already extracted), else empty.
    QString localPathNow(const QString &entryPath) const;

signals:
    void ready(const QString &entryPath, const QString &localPath);
    void failed(const QString &entryPath, const QString &error);

private:
    std::shared_ptr<const lt::bundle::BundleReader> m_reader;
    QHash<QString, QString> m_loose;      // entry name -> absolute path (loose files)
    QHash<QString, QString> m_extracted;  // entry path -> extracted file
    QHash<QString, QFuture<QString>> m_running;
    QTemporaryDir m_dir;
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
};

} // namespace lt::ui
