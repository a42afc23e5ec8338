// `logtriage-cli collect` and `profiles` as a user or script runs them.
#include "fakewindows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(LT_CLI_PATH), args);
    if (!p.waitForFinished(120000))
        qFatal("logtriage-cli did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

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
