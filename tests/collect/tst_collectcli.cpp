// `logtriage-cli collect` and `profiles` as a user or script runs them.
#include "fakewindows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include "clirun.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

using lt::test::runCli;
using Run = lt::test::CliRun;

class TestCollectCli final : public QObject
{
    Q_OBJECT

private slots:
    void collectsTheFakeWindowsTreeWithPlainProgress()
    {
        QTemporaryDir tmp;
        const auto fw = lt::testing::makeFakeWindows(tmp.path());
        const QString out = tmp.filePath(QStringLiteral("case.zip"));
        const Run r = runCli({QStringLiteral("collect"), QStringLiteral("--profile"), QStringLiteral("windows"),
                              QStringLiteral("--only"), QStringLiteral("update,network"), QStringLiteral("--root"), fw.root,
                              QStringLiteral("--replay"), fw.replay, QStringLiteral("--out"), out, QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(out));
        QVERIFY2(r.out.contains(QStringLiteral("Bundle: ") + out), qPrintable(r.out));
        // Not a terminal: one plain line per item, no escape sequences.
        QVERIFY(!r.out.contains(QLatin1Char('\033')));
        QVERIFY2(r.out.contains(QStringLiteral("ok        update/cbs-logs")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("missing   network/route")));
    }

    // The Linux profile really runs here; in the minimal sysroot many programs are absent and
    // those items must end missing with a reason, never crash the run.
    void linuxProfileRunsOnThisMachine()
    {
        QTemporaryDir tmp;
        const QString extra = tmp.filePath(QStringLiteral("extra"));
        lt::testing::writeFile(extra + QStringLiteral("/app.log"), "started\n");
        lt::testing::writeFile(extra + QStringLiteral("/sub/more.log"), "more\n");
        const Run r = runCli({QStringLiteral("collect"), QStringLiteral("--profile"), QStringLiteral("linux"), QStringLiteral("--add"), extra,
                              QStringLiteral("--out"), tmp.filePath(QStringLiteral("l.zip")), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QHash<QString, QJsonObject> items;
        for (const QJsonValue &v : o.value(u"items").toArray())
            items.insert(v.toObject().value(u"id").toString(), v.toObject());
        QCOMPARE(items.value(QStringLiteral("os-release")).value(u"status").toString(), QStringLiteral("ok"));
        QCOMPARE(items.value(QStringLiteral("uname")).value(u"status").toString(), QStringLiteral("ok"));
        for (const QJsonObject &item : items) {
            const QString status = item.value(u"status").toString();
            QVERIFY2(status == u"ok" || status == u"missing" || status == u"failed" || status == u"truncated" || status == u"denied",
                     qPrintable(item.value(u"id").toString() + u' ' + status));
            if (status != u"ok")
                QVERIFY(!item.value(u"reason").toString().isEmpty());
        }
        const QStringList custom = items.value(QStringLiteral("custom-1")).value(u"files").toVariant().toStringList();
        QCOMPARE(custom, (QStringList{QStringLiteral("custom/1-extra/app.log"), QStringLiteral("custom/1-extra/sub/more.log")}));
    }

    // --only "" with --add: the custom paths alone, no category (the collector window does the
    // same when every category is unticked and a path is listed).
    void customPathsAlone()
    {
        QTemporaryDir tmp;
        const QString extra = tmp.filePath(QStringLiteral("extra"));
        lt::testing::writeFile(extra + QStringLiteral("/app.log"), "2024-03-01 10:00:00 service failed to start\n");
        const Run r = runCli({QStringLiteral("collect"), QStringLiteral("--profile"), QStringLiteral("linux"), QStringLiteral("--only"),
                              QString(), QStringLiteral("--add"), extra, QStringLiteral("--out"), tmp.filePath(QStringLiteral("c.zip")),
                              QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QStringList ids;
        for (const QJsonValue &v : o.value(u"items").toArray())
            ids << v.toObject().value(u"id").toString() + u'=' + v.toObject().value(u"status").toString();
        QCOMPARE(ids, QStringList{QStringLiteral("custom-1=ok")});
        // Nothing at all to collect is a usage error, not an empty bundle.
        const Run none = runCli({QStringLiteral("collect"), QStringLiteral("--profile"), QStringLiteral("linux"), QStringLiteral("--only"),
                                 QString(), QStringLiteral("--out"), tmp.filePath(QStringLiteral("n.zip"))});
        QVERIFY2(none.exitCode != 0 && none.err.contains(QStringLiteral("nothing to collect")), qPrintable(none.err));
        QVERIFY(!QFile::exists(tmp.filePath(QStringLiteral("n.zip"))));
    }

    void jsonListsEveryItem()
    {
        QTemporaryDir tmp;
        const auto fw = lt::testing::makeFakeWindows(tmp.path());
        const Run r = runCli({QStringLiteral("collect"), QStringLiteral("--profile"), QStringLiteral("windows"),
                              QStringLiteral("--only"), QStringLiteral("upgrade"), QStringLiteral("--root"), fw.root,
                              QStringLiteral("--out"), tmp.filePath(QStringLiteral("u.zip")), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(o.value(u"bundleWritten").toBool());
        QCOMPARE(o.value(u"items").toArray().size(), 4);
        QStringList statuses;
        for (const QJsonValue &v : o.value(u"items").toArray())
            statuses << v.toObject().value(u"id").toString() + u'=' + v.toObject().value(u"status").toString();
        QVERIFY2(statuses.contains(QStringLiteral("panther-windir=ok")), qPrintable(statuses.join(u' ')));
        QVERIFY2(statuses.contains(QStringLiteral("panther-bt=missing")), qPrintable(statuses.join(u' ')));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown category") << QStringList{QStringLiteral("--only"), QStringLiteral("nosuch")} << QStringLiteral("unknown category 'nosuch'");
        QTest::newRow("bad lang") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")} << QStringLiteral("--lang");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("unknown profile") << QStringList{QStringLiteral("--profile"), QStringLiteral("macos")} << QStringLiteral("unknown profile 'macos'");
        QTest::newRow("root not a folder") << QStringList{QStringLiteral("--root"), QStringLiteral("/no/such/dir")} << QStringLiteral("no such folder");
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = runCli(QStringList{QStringLiteral("collect")} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void unwritableOutputExitsFour()
    {
        const Run r = runCli({QStringLiteral("collect"), QStringLiteral("--only"), QStringLiteral("system"),
                              QStringLiteral("--out"), QStringLiteral("/proc/lt-no/x.zip")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QStringLiteral("no bundle written")), qPrintable(r.err));
    }

    void profilesListsCategoriesAndItems()
    {
        Run r = runCli({QStringLiteral("profiles")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("更新日志")));
        QVERIFY(r.out.contains(QStringLiteral("cbs-logs")));
        r = runCli({QStringLiteral("profiles"), QStringLiteral("--profile"), QStringLiteral("windows"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray profiles = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.first().toObject().value(u"categories").toArray().size(), 9);
    }

#ifdef Q_OS_UNIX
    void ctrlCCancelsAndRemovesThePart()
    {
        QTemporaryDir tmp;
        const QString profile = tmp.filePath(QStringLiteral("slow.json"));
        QJsonObject title{{QStringLiteral("zh"), QStringLiteral("慢")}, {QStringLiteral("en"), QStringLiteral("slow")}};
        QJsonObject item{{QStringLiteral("id"), QStringLiteral("slow")}, {QStringLiteral("kind"), QStringLiteral("command")},
                         {QStringLiteral("title"), title}, {QStringLiteral("argv"), QJsonArray{QStringLiteral("sleep"), QStringLiteral("30")}},
                         {QStringLiteral("bundlePath"), QStringLiteral("slow.txt")}};
        QJsonObject category{{QStringLiteral("id"), QStringLiteral("c")}, {QStringLiteral("title"), title},
                             {QStringLiteral("description"), title}, {QStringLiteral("items"), QJsonArray{item}}};
        QJsonObject root{{QStringLiteral("schema"), 1}, {QStringLiteral("name"), QStringLiteral("slow")},
                         {QStringLiteral("platform"), QStringLiteral("linux")}, {QStringLiteral("title"), title},
                         {QStringLiteral("categories"), QJsonArray{category}}};
        lt::testing::writeFile(profile, QJsonDocument(root).toJson());
        const QString out = tmp.filePath(QStringLiteral("s.zip"));
        QProcess p;
        p.start(QStringLiteral(LT_CLI_PATH), {QStringLiteral("collect"), QStringLiteral("--profile"), profile, QStringLiteral("--out"), out});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out + QStringLiteral(".part")), 10000);
        QTest::qWait(300);
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 4);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("cancelled")));
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(out + QStringLiteral(".part")));
    }
#endif

    void brokenProfileFileIsNamed()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("mine.json"));
        lt::testing::writeFile(path, "{\"schema\":1,\"name\":\"m\",\"platform\":\"linux\",\"title\":{\"zh\":\"z\",\"en\":\"e\"},\"categories\":[]}");
        const Run r = runCli({QStringLiteral("profiles"), QStringLiteral("--profile"), path});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(path) && r.err.contains(QStringLiteral("'categories'")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCollectCli)
#include "tst_collectcli.moc"
