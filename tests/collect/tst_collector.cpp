#include "fakewindows.h"

#include <collect/collector.h>
#include <collect/fileaccess.h>

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <quazip.h>
#include <quazipfile.h>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace lt::collect;
using lt::testing::writeFile;

namespace {

// Root reads everything; this layer simulates what a normal account sees on dism.log.
class DenyingAccess final : public FileAccess
{
public:
    explicit DenyingAccess(QString suffix) : m_suffix(std::move(suffix)) {}
    Check check(const QString &path) const override
    {
        return path.endsWith(m_suffix, Qt::CaseInsensitive) ? Check::Denied : FileAccess::check(path);
    }

private:
    QString m_suffix;
};

QHash<QString, QByteArray> readZip(const QString &path)
{
    QHash<QString, QByteArray> out;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return out;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile f(&zip);
        if (f.open(QIODevice::ReadOnly)) {
            out.insert(zip.getCurrentFileName(), f.readAll());
            f.close();
            if (f.getZipError() != UNZ_OK)
                out.insert(zip.getCurrentFileName(), QByteArrayLiteral("<bad crc>"));
        }
    }
    return out;
}

CollectOutcome runCollector(Collector &collector, const Profile &profile, const CollectRequest &request, int timeoutMs = 60000)
{
    QSignalSpy finished(&collector, &Collector::finished);
    collector.start(profile, request);
    if (!finished.wait(timeoutMs))
        qFatal("collector did not finish");
    return finished.first().first().value<CollectOutcome>();
}

QJsonObject itemById(const QJsonObject &manifest, const QString &id)
{
    for (const QJsonValue &v : manifest.value(u"items").toArray()) {
        if (v.toObject().value(u"id").toString() == id)
            return v.toObject();
    }
    return {};
}

QJsonObject bilingual(const QString &text)
{
    return {{QStringLiteral("zh"), text}, {QStringLiteral("en"), text}};
}

// JSON is built with QJsonObject: raw string literals here confuse moc 6.8.
QJsonObject fileItem(const QString &id, const QString &path, const QString &bundlePath, qint64 cap = 0)
{
    QJsonObject o{{QStringLiteral("id"), id}, {QStringLiteral("kind"), QStringLiteral("file")}, {QStringLiteral("title"), bilingual(id)},
                  {QStringLiteral("paths"), QJsonArray{path}}, {QStringLiteral("bundlePath"), bundlePath}};
    if (cap > 0)
        o.insert(QStringLiteral("maxFileBytes"), cap);
    return o;
}

QJsonObject commandItem(const QString &id, const QStringList &argv, const QString &bundlePath, int timeoutSeconds = 60)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("kind"), QStringLiteral("command")}, {QStringLiteral("title"), bilingual(id)},
            {QStringLiteral("argv"), QJsonArray::fromStringList(argv)}, {QStringLiteral("bundlePath"), bundlePath},
            {QStringLiteral("timeoutSeconds"), timeoutSeconds}};
}

Profile posixProfile(const QJsonArray &items)
{
    const QJsonObject category{{QStringLiteral("id"), QStringLiteral("t")}, {QStringLiteral("title"), bilingual(QStringLiteral("test"))},
                               {QStringLiteral("description"), bilingual(QStringLiteral("test"))}, {QStringLiteral("items"), items}};
    const QJsonObject root{{QStringLiteral("schema"), 1}, {QStringLiteral("name"), QStringLiteral("test")},
                           {QStringLiteral("platform"), QStringLiteral("linux")}, {QStringLiteral("title"), bilingual(QStringLiteral("test"))},
                           {QStringLiteral("categories"), QJsonArray{category}}};
    const QByteArray json = QJsonDocument(root).toJson();
    QString error;
    const auto p = Profile::fromJson(json, QStringLiteral("test.json"), &error);
    if (!p)
        qFatal("%s", qPrintable(error));
    return *p;
}

bool processRunning(const QByteArray &cmdline)
{
    QDirIterator it(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        QFile f(it.next() + QStringLiteral("/cmdline"));
        if (f.open(QIODevice::ReadOnly) && f.readAll().replace('\0', ' ').trimmed() == cmdline)
            return true;
    }
    return false;
}

} // namespace

class TestCollector final : public QObject
{
    Q_OBJECT

private slots:
    void windowsProfileOnAFakeTreeIsCheckedEntryByEntry()
    {
        QTemporaryDir tmp;
        const auto fw = lt::testing::makeFakeWindows(tmp.path());
        QString error;
        const auto profile = Profile::load(QStringLiteral("windows"), &error);
        QVERIFY2(profile, qPrintable(error));
        CollectRequest request;
        request.fakeRoot = fw.root;
        request.replayDir = fw.replay;
        request.outputFile = tmp.filePath(QStringLiteral("out/bundle.zip"));
        request.customPaths = {QStringLiteral("%ProgramData%\\Vendor\\agent.log")};
        request.language = QStringLiteral("zh");
        Collector collector;
        collector.setFileAccess(std::make_shared<DenyingAccess>(QStringLiteral("dism.log")));
        QSignalSpy itemsFinished(&collector, &Collector::itemFinished);
        QSignalSpy progress(&collector, &Collector::progressChanged);
        const CollectOutcome outcome = runCollector(collector, *profile, request);
        QVERIFY2(outcome.bundleWritten, qPrintable(outcome.error));
        QCOMPARE(outcome.bundlePath, request.outputFile);
        QVERIFY(!QFile::exists(request.outputFile + QStringLiteral(".part")));
        QCOMPARE(itemsFinished.size(), profile->items().size() + 1);
        QVERIFY(!progress.isEmpty());

        const auto zip = readZip(outcome.bundlePath);
        const QJsonObject manifest = QJsonDocument::fromJson(zip.value(QStringLiteral("manifest.json"))).object();
        QCOMPARE(manifest.value(u"format").toString(), QStringLiteral("logtriage-bundle"));
        QCOMPARE(manifest.value(u"profile").toObject().value(u"name").toString(), QStringLiteral("windows"));
        QCOMPARE(manifest.value(u"items").toArray().size(), profile->items().size() + 1);
        QVERIFY(zip.value(QStringLiteral("summary.txt")).contains("收集摘要"));

        // Every stored file: present, same size and SHA-256 as the manifest says.
        int stored = 0;
        for (const QJsonValue &iv : manifest.value(u"items").toArray()) {
            const QJsonObject item = iv.toObject();
            ItemStatus status;
            QVERIFY2(statusFromName(item.value(u"status").toString(), &status), qPrintable(item.value(u"id").toString()));
            if (status != ItemStatus::Ok)
                QVERIFY2(!item.value(u"reason").toString().isEmpty(), qPrintable(item.value(u"id").toString()));
            for (const QJsonValue &fv : item.value(u"files").toArray()) {
                const QJsonObject f = fv.toObject();
                const QByteArray data = zip.value(f.value(u"path").toString());
                QVERIFY2(zip.contains(f.value(u"path").toString()), qPrintable(f.value(u"path").toString()));
                QCOMPARE(data.size(), f.value(u"size").toInteger());
                QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()),
                         f.value(u"sha256").toString());
                ++stored;
            }
        }
        QCOMPARE(zip.size(), stored + 2);   // nothing in the zip the manifest does not list

        // The multi-MB CBS.log, byte for byte.
        QCOMPARE(itemById(manifest, QStringLiteral("cbs-logs")).value(u"status").toString(), QStringLiteral("ok"));
        QCOMPARE(zip.value(QStringLiteral("logs/CBS/CBS.log")), fw.cbsLog);
        QVERIFY(zip.contains(QStringLiteral("logs/CBS/CbsPersist_20261101093012.log")));
        QVERIFY(zip.contains(QStringLiteral("logs/CBS/CbsPersist_20261030081500.cab")));
        // dism.log denied, with the reason and the source listed.
        const QJsonObject dism = itemById(manifest, QStringLiteral("dism-log"));
        QCOMPARE(dism.value(u"status").toString(), QStringLiteral("denied"));
        QVERIFY(dism.value(u"reason").toString().contains(QStringLiteral("access denied")));
        QCOMPARE(dism.value(u"notStored").toArray().first().toObject().value(u"source").toString(),
                 QStringLiteral("C:\\Windows\\Logs\\DISM\\dism.log"));
        // UTF-16LE command output stored as UTF-8, the encoding recorded.
        const QJsonObject ipconfig = itemById(manifest, QStringLiteral("ipconfig"));
        QCOMPARE(ipconfig.value(u"status").toString(), QStringLiteral("ok"));
        QCOMPARE(ipconfig.value(u"files").toArray().first().toObject().value(u"encoding").toString(), QStringLiteral("UTF-16LE"));
        QCOMPARE(QString::fromUtf8(zip.value(QStringLiteral("network/ipconfig.txt"))), fw.ipconfigText);
        // GBK console output decoded.
        QVERIFY(QString::fromUtf8(zip.value(QStringLiteral("system/systeminfo.txt"))).contains(QStringLiteral("Windows 11 专业版")));
        // Missing: an upgrade never ran, a command without replay output.
        QCOMPARE(itemById(manifest, QStringLiteral("panther-bt")).value(u"status").toString(), QStringLiteral("missing"));
        QCOMPARE(itemById(manifest, QStringLiteral("route")).value(u"status").toString(), QStringLiteral("missing"));
        // Replayed failure and timeout.
        const QJsonObject slmgr = itemById(manifest, QStringLiteral("slmgr-dlv"));
        QCOMPARE(slmgr.value(u"status").toString(), QStringLiteral("failed"));
        QCOMPARE(slmgr.value(u"exitCode").toInt(), 1);
        QCOMPARE(itemById(manifest, QStringLiteral("hotfixes")).value(u"status").toString(), QStringLiteral("timeout"));
        // Event log: binary export plus text.
        QCOMPARE(itemById(manifest, QStringLiteral("evt-system")).value(u"status").toString(), QStringLiteral("ok"));
        QVERIFY(zip.value(QStringLiteral("eventlogs/System.evtx")).startsWith(QByteArray("ElfFile\0", 8)));
        QVERIFY(zip.contains(QStringLiteral("eventlogs/System.txt")));
        QCOMPARE(itemById(manifest, QStringLiteral("evt-application")).value(u"status").toString(), QStringLiteral("missing"));
        // Folder item honours its include glob.
        QVERIFY(zip.contains(QStringLiteral("logs/WindowsUpdate/WindowsUpdate.20261102.102100.123.1.etl")));
        QVERIFY(!zip.contains(QStringLiteral("logs/WindowsUpdate/readme.txt")));
        // {outfile} command replayed; custom path.
        QCOMPARE(zip.value(QStringLiteral("policy/gpresult.html")), QByteArray("<html><body>RSOP</body></html>"));
        QCOMPARE(zip.value(QStringLiteral("custom/1/agent.log")), QByteArray("agent started\n"));
        QCOMPARE(itemById(manifest, QStringLiteral("fltmc-filters")).value(u"status").toString(), QStringLiteral("ok"));
    }

    void realUnreadableFileIsDenied()
    {
#ifdef Q_OS_UNIX
        if (::geteuid() == 0)
            QSKIP("root reads chmod 000 files; denial is covered with an injected FileAccess");
#else
        QSKIP("POSIX permissions only");
#endif
        QTemporaryDir tmp;
        const QString secret = tmp.filePath(QStringLiteral("secret.log"));
        writeFile(secret, "x");
        QFile::setPermissions(secret, {});
        const Profile p = posixProfile({fileItem(QStringLiteral("s"), secret, QStringLiteral("s"))});
        CollectRequest request;
        request.outputFile = tmp.filePath(QStringLiteral("b.zip"));
        Collector collector;
        const CollectOutcome o = runCollector(collector, p, request);
        QVERIFY(o.bundleWritten);
        QCOMPARE(o.items.first().status, ItemStatus::Denied);
    }

    void capsTimeoutsAndExitCodes()
    {
#ifndef Q_OS_UNIX
        QSKIP("uses sh, sleep and printf");
#endif
        QTemporaryDir tmp;
        const QString big = tmp.filePath(QStringLiteral("big.log"));
        const QByteArray bigData = lt::testing::cbsLikeLog(3 * 1024 * 1024);
        writeFile(big, bigData);
        const Profile p = posixProfile({
            fileItem(QStringLiteral("big"), big, QStringLiteral("logs"), 1048576),
            commandItem(QStringLiteral("hang"), {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("sleep 31.5 & sleep 32.5; wait")}, QStringLiteral("hang.txt"), 1),
            commandItem(QStringLiteral("fails"), {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo partial; echo boom >&2; exit 5")}, QStringLiteral("fails.txt")),
            commandItem(QStringLiteral("nosuch"), {QStringLiteral("no-such-program-lt")}, QStringLiteral("nosuch.txt")),
            commandItem(QStringLiteral("latin"), {QStringLiteral("printf"), QStringLiteral("caf\\351 \\377\\200\\n")}, QStringLiteral("latin.txt"))});
        CollectRequest request;
        request.outputFile = tmp.filePath(QStringLiteral("b.zip"));
        Collector collector;
        QElapsedTimer clock;
        clock.start();
        const CollectOutcome o = runCollector(collector, p, request);
        QVERIFY2(o.bundleWritten, qPrintable(o.error));
        QVERIFY2(clock.elapsed() < 15000, "the hanging command was not killed in time");
        QHash<QString, ItemResult> byId;
        for (const ItemResult &r : o.items)
            byId.insert(r.itemId, r);
        const auto zip = readZip(o.bundlePath);

        // The tail is kept, from a line start, at most the cap.
        const ItemResult bigResult = byId.value(QStringLiteral("big"));
        QCOMPARE(bigResult.status, ItemStatus::Truncated);
        const QByteArray tail = zip.value(QStringLiteral("logs/big.log"));
        QVERIFY(tail.size() <= 1048576 && tail.size() > 1000000);
        QVERIFY(bigData.endsWith(tail));
        QCOMPARE(bigData.at(bigData.size() - tail.size() - 1), '\n');
        QVERIFY(bigResult.files.first().truncated);
        QCOMPARE(bigResult.files.first().sourceSize, bigData.size());

        QCOMPARE(byId.value(QStringLiteral("hang")).status, ItemStatus::Timeout);
        QVERIFY(!processRunning("sleep 31.5"));   // the whole tree died, not just sh
        QVERIFY(!processRunning("sleep 32.5"));

        const ItemResult fails = byId.value(QStringLiteral("fails"));
        QCOMPARE(fails.status, ItemStatus::Failed);
        QCOMPARE(fails.exitCode, 5);
        QVERIFY(fails.reason.contains(QStringLiteral("boom")));
        QCOMPARE(zip.value(QStringLiteral("fails.txt")), QByteArray("partial\n"));
        QCOMPARE(zip.value(QStringLiteral("fails.txt.stderr.txt")), QByteArray("boom\n"));

        QCOMPARE(byId.value(QStringLiteral("nosuch")).status, ItemStatus::Missing);
        QVERIFY(byId.value(QStringLiteral("nosuch")).reason.contains(QStringLiteral("not found")));

        // Undecodable output: best-effort UTF-8 plus the raw bytes.
        QCOMPARE(byId.value(QStringLiteral("latin")).status, ItemStatus::Ok);
        QCOMPARE(zip.value(QStringLiteral("latin.txt.raw")), QByteArray("caf\xe9 \xff\x80\n"));
        QVERIFY(QString::fromUtf8(zip.value(QStringLiteral("latin.txt"))).startsWith(QStringLiteral("café")));
    }

    // Items overlap: four one-second commands take about one second, not four.
    void itemsRunInParallel()
    {
#ifndef Q_OS_UNIX
        QSKIP("uses sleep");
#endif
        QJsonArray items;
        for (int i = 0; i < 4; ++i)
            items.append(commandItem(QStringLiteral("s%1").arg(i), {QStringLiteral("sleep"), QStringLiteral("1")}, QStringLiteral("s%1.txt").arg(i)));
        const Profile p = posixProfile(items);
        QTemporaryDir tmp;
        CollectRequest request;
        request.outputFile = tmp.filePath(QStringLiteral("p.zip"));
        Collector collector;
        QElapsedTimer clock;
        clock.start();
        const CollectOutcome o = runCollector(collector, p, request);
        QVERIFY(o.bundleWritten);
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        for (const ItemResult &r : o.items)
            QCOMPARE(r.status, ItemStatus::Ok);
    }

    void cancelLeavesNoZip()
    {
#ifndef Q_OS_UNIX
        QSKIP("uses sh, sleep and printf");
#endif
        QTemporaryDir tmp;
        const Profile p = posixProfile({commandItem(QStringLiteral("slow"), {QStringLiteral("sleep"), QStringLiteral("30")}, QStringLiteral("slow.txt")),
                                        fileItem(QStringLiteral("os"), QStringLiteral("/etc/os-release"), QStringLiteral("etc"))});
        CollectRequest request;
        request.outputFile = tmp.filePath(QStringLiteral("c.zip"));
        Collector collector;
        QSignalSpy finished(&collector, &Collector::finished);
        QSignalSpy started(&collector, &Collector::itemStarted);
        QElapsedTimer clock;
        clock.start();
        collector.start(p, request);
        QVERIFY(collector.isRunning());
        QTRY_VERIFY(started.size() >= 1);
        QTest::qWait(300);
        collector.cancel();
        QVERIFY(finished.wait(15000));
        QVERIFY(clock.elapsed() < 10000);
        const auto o = finished.first().first().value<CollectOutcome>();
        QVERIFY(o.cancelled);
        QVERIFY(!o.bundleWritten);
        QVERIFY(!QFile::exists(request.outputFile));
        QVERIFY(!QFile::exists(request.outputFile + QStringLiteral(".part")));
        QVERIFY(!collector.isRunning());
        bool anyCancelled = false;
        for (const ItemResult &r : o.items)
            anyCancelled = anyCancelled || r.status == ItemStatus::Cancelled;
        QVERIFY(anyCancelled);
    }

    void unwritableOutputSaysWhy()
    {
        const Profile p = posixProfile({fileItem(QStringLiteral("os"), QStringLiteral("/etc/os-release"), QStringLiteral("etc"))});
        CollectRequest request;
        request.outputFile = QStringLiteral("/proc/lt-cannot-write-here/x.zip");
        Collector collector;
        const CollectOutcome o = runCollector(collector, p, request);
        QVERIFY(!o.bundleWritten);
        QVERIFY2(o.error.contains(QStringLiteral("x.zip.part")), qPrintable(o.error));
    }

    void fullDiskEndsWithAClearErrorAndNoFiles()
    {
        QTemporaryDir tmp;
        const QString mountPoint = tmp.filePath(QStringLiteral("small"));
        QDir().mkpath(mountPoint);
        if (QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                         QStringLiteral("size=256k"), QStringLiteral("tmpfs"), mountPoint}) != 0)
            QSKIP("cannot mount a small tmpfs here (needs root)");
        QByteArray noise(3 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
        const QString big = tmp.filePath(QStringLiteral("noise.bin"));
        writeFile(big, noise);
        const Profile p = posixProfile({fileItem(QStringLiteral("noise"), big, QStringLiteral("data")),
                                        commandItem(QStringLiteral("slow"), {QStringLiteral("sleep"), QStringLiteral("1")}, QStringLiteral("slow.txt"))});
        CollectRequest request;
        request.outputFile = mountPoint + QStringLiteral("/b.zip");
        Collector collector;
        const CollectOutcome o = runCollector(collector, p, request, 30000);
        const bool leftovers = QFile::exists(request.outputFile) || QFile::exists(request.outputFile + QStringLiteral(".part"));
        QProcess::execute(QStringLiteral("umount"), {mountPoint});
        QVERIFY(!o.bundleWritten);
        QVERIFY2(o.error.contains(QStringLiteral("disk is full")), qPrintable(o.error));
        QVERIFY(!leftovers);
    }

    void defaultBundleNameFollowsTheConvention()
    {
        const QString path = defaultBundlePath();
        QVERIFY2(QRegularExpression(QStringLiteral("/logtriage-[A-Za-z0-9_-]+-\\d{8}-\\d{6}\\.zip$")).match(path).hasMatch(), qPrintable(path));
    }

    void statusNamesRoundTrip()
    {
        for (ItemStatus s : {ItemStatus::Ok, ItemStatus::Missing, ItemStatus::Denied, ItemStatus::Timeout,
                             ItemStatus::Truncated, ItemStatus::Failed, ItemStatus::Skipped, ItemStatus::Cancelled}) {
            ItemStatus back;
            QVERIFY(statusFromName(statusName(s), &back));
            QCOMPARE(back, s);
        }
        QCOMPARE(statusName(ItemStatus::Truncated), QStringLiteral("truncated"));
    }
};

QTEST_GUILESS_MAIN(TestCollector)
#include "tst_collector.moc"
