#include <bundle/bundlewriter.h>
#include <bundle/sha256.h>

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <quazip.h>
#include <quazipfile.h>

#include <mutex>

using lt::bundle::BundleWriter;
using lt::bundle::MemberResult;

namespace {

QByteArray cbsLikeText(qsizetype size)
{
    QByteArray out;
    out.reserve(size + 256);
    int n = 0;
    while (out.size() < size) {
        out += QByteArrayLiteral("2026-11-02 10:14:") + QByteArray::number(10 + n % 50)
               + QByteArrayLiteral(", Info                  CBS    Exec: Processing package Package_for_RollupFix~31bf3856ad364e35~amd64~~")
               + QByteArray::number(22621 + n % 7) + QByteArrayLiteral(".4460.1.6, state: Staged, hr: 0x0\r\n");
        ++n;
    }
    out.truncate(size);
    return out;
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator gen(42);
    gen.fillRange(reinterpret_cast<quint32 *>(out.data()), size / 4);
    return out;
}

// Reads every member back with QuaZip (which checks the CRC on close).
QHash<QString, QByteArray> readZip(const QString &path, QString *error)
{
    QHash<QString, QByteArray> out;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        *error = QStringLiteral("cannot open %1: %2").arg(path).arg(zip.getZipError());
        return out;
    }
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile f(&zip);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot open member %1").arg(zip.getCurrentFileName());
            return out;
        }
        out.insert(zip.getCurrentFileName(), f.readAll());
        f.close();
        if (f.getZipError() != UNZ_OK) {
            *error = QStringLiteral("bad CRC in %1").arg(zip.getCurrentFileName());
            return out;
        }
    }
    return out;
}

} // namespace

class TestBundleWriter final : public QObject
{
    Q_OBJECT

private slots:
    void membersRoundTripByteForByte()
    {
        QTemporaryDir dir;
        const QString zipPath = dir.filePath(QStringLiteral("b.zip"));
        // Sizes around the 1 MiB chunk boundary, empty, incompressible, CRLF text.
        const QList<std::pair<QString, QByteArray>> members = {
            {QStringLiteral("empty.txt"), QByteArray()},
            {QStringLiteral("one.txt"), QByteArrayLiteral("x")},
            {QStringLiteral("logs/CBS/CBS.log"), cbsLikeText(5 * 1024 * 1024 + 17)},
            {QStringLiteral("exact-chunk.log"), cbsLikeText(1024 * 1024)},
            {QStringLiteral("chunk-plus-one.log"), cbsLikeText(1024 * 1024 + 1)},
            {QStringLiteral("random.bin"), randomBytes(3 * 1024 * 1024)},
            {QStringLiteral("系统信息/systeminfo.txt"), QStringLiteral("主机名: PC-01\r\n").toUtf8()},
        };
        // Half from files (streamed from disk), half from memory.
        BundleWriter writer(zipPath, 2);
        QString error;
        QVERIFY2(writer.open(&error), qPrintable(error));
        QFile::exists(writer.partPath());
        std::mutex mutex;
        QHash<QString, MemberResult> results;
        auto done = [&](const MemberResult &r) {
            std::lock_guard lock(mutex);
            results.insert(r.name, r);
        };
        for (qsizetype i = 0; i < members.size(); ++i) {
            if (i % 2) {
                writer.addData(members[i].first, members[i].second, done);
            } else {
                const QString src = dir.filePath(QStringLiteral("src%1").arg(i));
                QFile f(src);
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(members[i].second);
                f.close();
                writer.addFile(members[i].first, src, 0, -1, done);
            }
        }
        QVERIFY(QFile::exists(zipPath + QStringLiteral(".part")));
        QVERIFY(!QFile::exists(zipPath));
        QVERIFY2(writer.finish(&error), qPrintable(error));
        QVERIFY(!QFile::exists(zipPath + QStringLiteral(".part")));
        QCOMPARE(writer.zipSize(), QFileInfo(zipPath).size());

        const auto read = readZip(zipPath, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(read.size(), members.size());
        for (const auto &[name, data] : members) {
            QVERIFY2(read.contains(name), qPrintable(name));
            QVERIFY2(read.value(name) == data, qPrintable(name));
            QVERIFY(results.value(name).ok);
            QCOMPARE(results.value(name).size, data.size());
            QCOMPARE(results.value(name).sha256, QCryptographicHash::hash(data, QCryptographicHash::Sha256));
        }
        // Text compresses like zip -6 would; random data does not grow much.
        QVERIFY(results.value(QStringLiteral("logs/CBS/CBS.log")).compressedSize < 5 * 1024 * 1024 / 10);
        QVERIFY(results.value(QStringLiteral("random.bin")).compressedSize < 3 * 1024 * 1024 + 4096);
    }

    void offsetAndLengthStoreAPart()
    {
        QTemporaryDir dir;
        const QString src = dir.filePath(QStringLiteral("dism.log"));
        const QByteArray text = cbsLikeText(300000);
        QFile f(src);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        BundleWriter writer(dir.filePath(QStringLiteral("p.zip")));
        QString error;
        QVERIFY(writer.open(&error));
        writer.addFile(QStringLiteral("tail.log"), src, 250000);
        writer.addFile(QStringLiteral("middle.log"), src, 1000, 5000);
        QVERIFY2(writer.finish(&error), qPrintable(error));
        const auto read = readZip(dir.filePath(QStringLiteral("p.zip")), &error);
        QCOMPARE(read.value(QStringLiteral("tail.log")), text.mid(250000));
        QCOMPARE(read.value(QStringLiteral("middle.log")), text.mid(1000, 5000));
    }

    void unreadableSourceIsReportedNotStored()
    {
        QTemporaryDir dir;
        BundleWriter writer(dir.filePath(QStringLiteral("u.zip")));
        QString error;
        QVERIFY(writer.open(&error));
        MemberResult result;
        writer.addFile(QStringLiteral("gone.log"), dir.filePath(QStringLiteral("does-not-exist.log")), 0, -1,
                       [&](const MemberResult &r) { result = r; });
        writer.addData(QStringLiteral("kept.txt"), QByteArrayLiteral("kept"));
        QVERIFY(writer.finish(&error));
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
        const auto read = readZip(dir.filePath(QStringLiteral("u.zip")), &error);
        QCOMPARE(read.keys(), QStringList{QStringLiteral("kept.txt")});
    }

    void abortLeavesNeitherZipNorPart()
    {
        QTemporaryDir dir;
        const QString zipPath = dir.filePath(QStringLiteral("a.zip"));
        {
            BundleWriter writer(zipPath);
            QString error;
            QVERIFY(writer.open(&error));
            writer.addData(QStringLiteral("big.log"), cbsLikeText(8 * 1024 * 1024));
            writer.abort();
            QVERIFY(!writer.finish(&error));
            QVERIFY(!error.isEmpty());
        }
        QVERIFY(!QFile::exists(zipPath));
        QVERIFY(!QFile::exists(zipPath + QStringLiteral(".part")));
        // Destroyed without finish(): same.
        {
            BundleWriter writer(zipPath);
            QString error;
            QVERIFY(writer.open(&error));
            writer.addData(QStringLiteral("x.log"), cbsLikeText(1000));
        }
        QVERIFY(!QFile::exists(zipPath));
        QVERIFY(!QFile::exists(zipPath + QStringLiteral(".part")));
    }

    void unwritableFolderSaysWhy()
    {
        BundleWriter writer(QStringLiteral("/nonexistent-folder-lt/x.zip"));
        QString error;
        QVERIFY(!writer.open(&error));
        QVERIFY2(error.contains(QStringLiteral("/nonexistent-folder-lt/x.zip.part")), qPrintable(error));
    }

    // The SHA-NI path against Qt's portable code, at every split of the input.
    void sha256MatchesQtAtEveryLength()
    {
        qInfo("SHA extensions used: %s", lt::bundle::Sha256::hardwareAccelerated() ? "yes" : "no");
        const QByteArray data = randomBytes(4096) + cbsLikeText(70000);
        for (qsizetype len : {0, 1, 55, 56, 63, 64, 65, 119, 120, 128, 1000, 4097, 74096}) {
            const QByteArray part = data.left(len);
            for (qsizetype split : {qsizetype(0), len / 3, len - 1}) {
                lt::bundle::Sha256 sha;
                sha.addData(QByteArrayView(part).first(qMax<qsizetype>(0, split)));
                sha.addData(QByteArrayView(part).sliced(qMax<qsizetype>(0, split)));
                QCOMPARE(sha.result().toHex(), QCryptographicHash::hash(part, QCryptographicHash::Sha256).toHex());
            }
        }
    }

    void memberNamesAreSanitized()
    {
        QCOMPARE(lt::bundle::sanitizeMemberName(QStringLiteral("..\\logs\\CBS\\CBS.log")), QStringLiteral("logs/CBS/CBS.log"));
        QCOMPARE(lt::bundle::sanitizeMemberName(QStringLiteral("/a/../b:c?.txt")), QStringLiteral("a/b_c_.txt"));
        QCOMPARE(lt::bundle::sanitizeMemberName(QStringLiteral("升级日志/setupact.log")), QStringLiteral("升级日志/setupact.log"));
    }
};

QTEST_GUILESS_MAIN(TestBundleWriter)
#include "tst_bundlewriter.moc"
