#include "entryextractor.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSaveFile>
#include <QTimer>
#include <QtConcurrent>

namespace lt::ui {

using lt::bundle::BundleKind;

namespace {

// Throws nothing: the error text travels back as a string prefixed with '\0'.
QString extractEntry(std::shared_ptr<const lt::bundle::BundleReader> reader, QString entryPath,
                     QString target, std::shared_ptr<std::atomic_bool> cancelled)
{
    QString error;
    std::unique_ptr<QIODevice> in = reader->openEntry(entryPath, &error);
    if (!in)
        return QChar(u'\0') + error;
    QDir().mkpath(QFileInfo(target).absolutePath());
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return QChar(u'\0') + out.errorString();
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (cancelled->load())
            return QChar(u'\0') + QStringLiteral("cancelled");
        const qint64 n = in->read(chunk.data(), chunk.size());
        if (n < 0)
            return QChar(u'\0') + in->errorString();
        if (n == 0)
            break;
        if (out.write(chunk.constData(), n) != n)
            return QChar(u'\0') + out.errorString();
    }
    if (!out.commit())
        return QChar(u'\0') + out.errorString();
    return target;
}

} // namespace

EntryExtractor::EntryExtractor(std::shared_ptr<const lt::bundle::BundleReader> reader,
                               QStringList looseFiles, QObject *parent)
    : QObject(parent)
    , m_reader(std::move(reader))
    , m_dir(QDir::tempPath() + QStringLiteral("/logtriage-XXXXXX"))
{
    for (const QString &file : std::as_const(looseFiles))
        m_loose.insert(QFileInfo(file).fileName(), QFileInfo(file).absoluteFilePath());
}

EntryExtractor::~EntryExtractor()
{
    m_cancelled->store(true);
    // The temporary folder is removed with us: wait for writers into it first.
    for (QFuture<QString> &f : m_running)
        f.waitForFinished();
}

QString EntryExtractor::localPathNow(const QString &entryPath) const
{
    switch (m_reader->kind()) {
    case BundleKind::Folder:
        return QDir(m_reader->rootPath()).filePath(entryPath);
    case BundleKind::Files:
        return m_loose.value(entryPath);
    case BundleKind::Zip:
        return m_extracted.value(entryPath);
    case BundleKind::None:
        break;
    }
    // A single plain file opened on its own.
    if (QFileInfo(m_reader->rootPath()).isFile())
        return m_reader->rootPath();
    return {};
}

void EntryExtractor::request(const QString &entryPath)
{
    const QString local = m_reader->kind() == BundleKind::Zip ? m_extracted.value(entryPath) : localPathNow(entryPath);
    if (!local.isEmpty() || m_reader->kind() != BundleKind::Zip) {
        QTimer::singleShot(0, this, [this, entryPath, local] {
            if (local.isEmpty())
                emit failed(entryPath, tr("The file is not part of the opened bundle."));
            else
                emit ready(entryPath, local);
        });
        return;
    }
    if (m_running.contains(entryPath))
        return;   // ready() follows for the first request
    if (!m_dir.isValid()) {
        QTimer::singleShot(0, this, [this, entryPath] { emit failed(entryPath, m_dir.errorString()); });
        return;
    }
    const QString target = m_dir.filePath(entryPath);
    QFuture<QString> future = QtConcurrent::run(extractEntry, m_reader, entryPath, target, m_cancelled);
    m_running.insert(entryPath, future);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, entryPath] {
        const QString result = watcher->result();
        watcher->deleteLater();
        m_running.remove(entryPath);
        if (result.startsWith(QChar(u'\0'))) {
            emit failed(entryPath, result.mid(1));
            return;
        }
        m_extracted.insert(entryPath, result);
        emit ready(entryPath, result);
    });
    watcher->setFuture(future);
}

} // namespace lt::ui
