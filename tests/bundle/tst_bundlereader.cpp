#include "bundle/bundlereader.h"
#include "bundle/ziphelper.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using lt::bundle::BundleKind;
using lt::bundle::BundleReader;

class TestBundleReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QByteArray manifestJson()
    {
        return R"json({"toolVersion":"0.1.0","profile":"windows-default","host":"PC01","osVersion":"Windows 10 Enterprise LTSC 2019 (17763.3165)",
                   "started":"2022-08-10T14:20:00Z","finished":"2022-08-10T14:23:10Z",
                   "items":[{"id":"cbs-logs","category":"更新日志","status":"ok","files":["logs/CBS/CBS.log"]},
                            {"id":"fltmc","status":"denied","reason":"fltmc needs an elevated token","files":[]},
                            {"id":"setupapi","status":"timeout","reason":"no output after 60 s"}]})json";
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(lt::test::writeZip(path(QStringLiteral("bundle.zip")),
                                   {{QStringLiteral("manifest.json"), manifestJson()},
                                    {QStringLiteral("logs/CBS/CBS.log"), QByteArray("2022-08-10 14:02:15, Info CBS hello\r\n")},
                                    {QStringLiteral("logs/empty.txt"), QByteArray()}}));
    }

    void opensZipAndListsEntries()
    {
        BundleReader reader;
        QVERIFY2(reader.open(path(QStringLiteral("bundle.zip"))), qPrintable(reader.errorString()));
        QCOMPARE(reader.kind(), BundleKind::Zip);
        QCOMPARE(reader.entries().size(), 3);
        QVERIFY(reader.contains(QStringLiteral("logs/CBS/CBS.log")));
        QString error;
        const auto data = reader.readEntry(QStringLiteral("logs/CBS/CBS.log"), 1024, &error);
        QVERIFY2(data, qPrintable(error));
        QVERIFY(data->startsWith("2022-08-10"));
        const auto empty = reader.readEntry(QStringLiteral("logs/empty.txt"));
        QVERIFY(empty && empty->isEmpty());
        QVERIFY(!reader.openEntry(QStringLiteral("logs/missing.log"), &error));
        QVERIFY(!error.isEmpty());
    }

    void readsManifest()
    {
        BundleReader reader;
        QVERIFY(reader.open(path(QStringLiteral("bundle.zip"))));
        QCOMPARE(reader.manifestPath(), QStringLiteral("manifest.json"));
        QString error;
        const auto m = reader.manifest(&error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->host, QStringLiteral("PC01"));
        QCOMPARE(m->profile, QStringLiteral("windows-default"));
        QVERIFY(m->started.isValid());
        QCOMPARE(m->items.size(), 3);
        const auto failed = m->failedItems();
        QCOMPARE(failed.size(), 2);
        QCOMPARE(failed[0].status, QStringLiteral("denied"));
        QCOMPARE(failed[0].reason, QStringLiteral("fltmc needs an elevated token"));
        QCOMPARE(m->items[0].files, QStringList{QStringLiteral("logs/CBS/CBS.log")});
    }

    // The layout the collector writes (docs/manifest.md): nested objects, {zh, en} titles.
    void readsTheCollectorsManifestLayout()
    {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        const auto m = lt::bundle::Manifest::fromJson(R"({"format":"logtriage-bundle","formatVersion":1,
            "tool":{"name":"LogTriage","version":"0.1.0"},
            "profile":{"name":"windows","title":{"zh":"Windows 日志","en":"Windows logs"}},
            "host":{"name":"BANK-PC-0417","os":"Windows 10 Enterprise LTSC 2019","osVersion":"10.0.17763"},
            "user":{"name":"BANK\\teller","elevated":false},
            "started":"2022-08-10T15:20:03.120+08:00","finished":"2022-08-10T15:22:41.004+08:00",
            "items":[{"id":"fltmc-filters","category":"system","title":{"zh":"文件系统筛选器","en":"File system filters"},
                      "status":"denied","reason":"fltmc needs an elevated token","files":[]},
                     {"id":"cbs-logs","title":{"zh":"CBS 日志","en":"CBS logs"},"status":"ok",
                      "files":[{"path":"logs/CBS/CBS.log","sha256":"00"}]}]})");
        QLocale::setDefault(QLocale::c());
        QVERIFY(m);
        QCOMPARE(m->toolVersion, QStringLiteral("0.1.0"));
        QCOMPARE(m->profile, QStringLiteral("Windows 日志"));
        QCOMPARE(m->host, QStringLiteral("BANK-PC-0417"));
        QCOMPARE(m->osVersion, QStringLiteral("Windows 10 Enterprise LTSC 2019 (10.0.17763)"));
        QCOMPARE(m->userName, QStringLiteral("BANK\\teller"));
        QCOMPARE(m->elevated, std::optional<bool>(false));
        QCOMPARE(m->started.offsetFromUtc(), 8 * 3600);
        QCOMPARE(m->items[0].title, QStringLiteral("文件系统筛选器"));
        QCOMPARE(m->items[0].titleEn, QStringLiteral("File system filters"));
        QCOMPARE(m->items[1].files, QStringList{QStringLiteral("logs/CBS/CBS.log")});
        QCOMPARE(m->failedItems().size(), 1);
        QString error;
        QVERIFY(!lt::bundle::Manifest::fromJson("{not json", &error));
        QVERIFY(!error.isEmpty());
    }

    void zipSlipNamesAreNeverListedNorOpened()
    {
        const QString zip = path(QStringLiteral("slip.zip"));
        QVERIFY(lt::test::writeZip(zip, {{QStringLiteral("../../evil.txt"), "x"},
                                         {QStringLiteral("ok/../../evil2.txt"), "x"},
                                         {QStringLiteral("C:/Windows/evil3.txt"), "x"},
                                         {QStringLiteral("..\\evil4.txt"), "x"},
                                         {QStringLiteral("fine/log.txt"), "ok"}}));
        BundleReader reader;
        QVERIFY(reader.open(zip));
        QCOMPARE(reader.entries().size(), 1);
        QCOMPARE(reader.entries().first().path, QStringLiteral("fine/log.txt"));
        QCOMPARE(reader.skippedEntries().size(), 4);
        QString error;
        QVERIFY(!reader.openEntry(QStringLiteral("../../evil.txt"), &error));
        QVERIFY(BundleReader::isUnsafeEntryName(QStringLiteral("a/../../b")));
        QVERIFY(BundleReader::isUnsafeEntryName(QStringLiteral("/etc/passwd")));
        QVERIFY(!BundleReader::isUnsafeEntryName(QStringLiteral("logs/..hidden/file")));
    }

    void brokenZipsGiveClearErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QFile good(path(QStringLiteral("bundle.zip")));
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QByteArray all = good.readAll();
        QTest::newRow("truncated half") << all.left(all.size() / 2);
        QTest::newRow("truncated directory") << all.left(all.size() - 10);
        QTest::newRow("garbage") << QByteArray(4096, '\x5a');
        QTest::newRow("header only") << QByteArray("PK\x03\x04", 4);
        QTest::newRow("empty") << QByteArray();
    }

    void brokenZipsGiveClearErrors()
    {
        QFETCH(QByteArray, bytes);
        const QString zip = path(QStringLiteral("broken.zip"));
        QFile f(zip);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        f.close();
        BundleReader reader;
        QVERIFY(!reader.open(zip));
        QVERIFY(reader.errorString().contains(QStringLiteral("zip")));
        QCOMPARE(reader.kind(), BundleKind::None);
        QVERIFY(reader.entries().isEmpty());
    }

    void corruptedMemberDataIsAnErrorNotACrash()
    {
        const QString zip = path(QStringLiteral("flipped.zip"));
        QByteArray payload;
        for (int i = 0; i < 20000; ++i)
            payload += "2022-08-10 14:02:15, Info CBS line " + QByteArray::number(i * 7919) + "\r\n";
        QVERIFY(lt::test::writeZip(zip, {{QStringLiteral("CBS.log"), payload}}));
        QFile f(zip);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        for (int i = 100; i < 400; ++i)
            bytes[i] = char(bytes[i] ^ 0x5a);   // damage the deflate stream, keep the directory
        f.seek(0);
        f.write(bytes);
        f.close();
        BundleReader reader;
        QVERIFY(reader.open(zip));
        QString error;
        const auto data = reader.readEntry(QStringLiteral("CBS.log"), 64 * 1024 * 1024, &error);
        QVERIFY(!data || data->size() < payload.size() || *data != payload);
        if (!data)
            QVERIFY(!error.isEmpty());
    }

    void opensFoldersAndLooseFiles()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("folder/Logs/CBS"));
        QFile f(path(QStringLiteral("folder/Logs/CBS/CBS.log")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x\n");
        f.close();
        QFile outside(path(QStringLiteral("secret.txt")));
        QVERIFY(outside.open(QIODevice::WriteOnly));
        outside.write("secret");
        outside.close();
        QFile::link(path(QStringLiteral("secret.txt")), path(QStringLiteral("folder/link.txt")));

        BundleReader folder;
        QVERIFY(folder.open(path(QStringLiteral("folder"))));
        QCOMPARE(folder.kind(), BundleKind::Folder);
        QVERIFY(folder.contains(QStringLiteral("Logs/CBS/CBS.log")));
        QVERIFY(!folder.contains(QStringLiteral("link.txt")));   // symlinks are not followed
        QVERIFY(folder.readEntry(QStringLiteral("Logs/CBS/CBS.log")));

        BundleReader loose;
        QVERIFY(loose.open(QStringList{path(QStringLiteral("folder/Logs/CBS/CBS.log")), path(QStringLiteral("secret.txt"))}));
        QCOMPARE(loose.kind(), BundleKind::Files);
        QCOMPARE(loose.entries().size(), 2);
        QCOMPARE(*loose.readEntry(QStringLiteral("secret.txt")), QByteArray("secret"));

        BundleReader missing;
        QVERIFY(!missing.open(path(QStringLiteral("nope"))));
        QVERIFY(missing.errorString().contains(QStringLiteral("nope")));
    }
};

QTEST_GUILESS_MAIN(TestBundleReader)
#include "tst_bundlereader.moc"
