#include <collect/profile.h>

#include <QSet>
#include <QTest>

using lt::collect::ItemKind;
using lt::collect::Profile;

class TestProfile final : public QObject
{
    Q_OBJECT

private slots:
    void everyShippedProfileLoads_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &n : Profile::builtinNames())
            QTest::newRow(qPrintable(n)) << n;
    }

    void everyShippedProfileLoads()
    {
        QFETCH(QString, name);
        QString error;
        const auto p = Profile::load(name, &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->name(), name);
        QVERIFY(!p->categories().isEmpty());
        for (const auto &c : p->categories()) {
            QVERIFY2(!p->itemsOf(c.id).isEmpty(), qPrintable(c.id));
            QVERIFY(!c.descriptionZh.isEmpty() && !c.descriptionEn.isEmpty());
        }
        // Bundle paths never collide between items that store one file.
        QSet<QString> single;
        for (const auto &i : p->items()) {
            if (i.kind == ItemKind::Command || i.kind == ItemKind::Registry) {
                QVERIFY2(!single.contains(i.bundlePath), qPrintable(i.bundlePath));
                single.insert(i.bundlePath);
            }
        }
    }

    void windowsProfileHasTheNineCategoriesUsersKnow()
    {
        QString error;
        const auto p = Profile::load(QStringLiteral("windows"), &error);
        QVERIFY2(p, qPrintable(error));
        QStringList titles;
        for (const auto &c : p->categories())
            titles << c.titleZh;
        QCOMPARE(titles, (QStringList{QStringLiteral("系统信息"), QStringLiteral("组策略信息"), QStringLiteral("网络信息"),
                                      QStringLiteral("系统日志"), QStringLiteral("软件信息"), QStringLiteral("系统进程"),
                                      QStringLiteral("更新日志"), QStringLiteral("激活日志"), QStringLiteral("升级日志")}));
    }

    void windowsProfileCoversServicing_data()
    {
        QTest::addColumn<QString>("needle");
        for (const char *n : {"%windir%\\Logs\\CBS\\*.log", "CbsPersist_*", "dism.log", "ReportingEvents.log",
                              "WindowsUpdate", "Get-WindowsUpdateLog", "pending.xml", "poqexec.log", "Sessions.xml",
                              "$WINDOWS.~BT\\Sources\\Panther\\setupact.log", "%windir%\\Panther\\setuperr.log",
                              "setupapi*.log", "fltmc filters", "fltmc instances", "driverquery /v", "systeminfo",
                              "Get-HotFix", "gpresult /h", "gpresult /z", "HKLM\\SOFTWARE\\Policies",
                              "ipconfig /all", "netsh winhttp show proxy", "route print", "advfirewall",
                              "WOW6432Node", "tasklist /v", "tasklist /svc", "event log System", "event log Application",
                              "event log Setup", "WindowsUpdateClient", "slmgr.vbs /dlv", "Licensing"})
            QTest::newRow(n) << QString::fromUtf8(n);
    }

    void windowsProfileCoversServicing()
    {
        QFETCH(QString, needle);
        const auto p = Profile::load(QStringLiteral("windows"), nullptr);
        QVERIFY(p);
        QStringList all;
        for (const auto &i : p->items())
            all << i.describe();
        QVERIFY2(all.join(u'\n').contains(needle, Qt::CaseInsensitive), qPrintable(needle));
    }

    void badProfilesNameFileItemAndField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray head = R"({"schema":1,"name":"t","platform":"windows","title":{"zh":"测","en":"t"},"categories":[{"id":"sys","title":{"zh":"系统","en":"Sys"},"description":{"zh":"说明","en":"why"},"items":[)";
        const QByteArray tail = "]}]}";
        QTest::newRow("not json") << QByteArray("{\"schema\":1,") << QStringLiteral("bad.json: not valid JSON at offset");
        QTest::newRow("unknown kind") << head + R"({"id":"a","kind":"floppy","title":{"zh":"甲","en":"a"},"bundlePath":"x"})" + tail
                                      << QStringLiteral("bad.json: category 'sys': item 1 'a': field 'kind': 'floppy' is not one of");
        QTest::newRow("typo field") << head + R"({"id":"a","kind":"file","title":{"zh":"甲","en":"a"},"bundlePath":"x","path":["c"]})" + tail
                                    << QStringLiteral("item 1 'a': field 'path': unknown field");
        QTest::newRow("missing argv") << head + R"({"id":"c","kind":"command","title":{"zh":"甲","en":"a"},"bundlePath":"x.txt"})" + tail
                                      << QStringLiteral("item 1 'c': field 'argv': is required");
        QTest::newRow("escaping bundle path") << head + R"({"id":"a","kind":"file","title":{"zh":"甲","en":"a"},"bundlePath":"../x","paths":["c"]})" + tail
                                              << QStringLiteral("field 'bundlePath'");
        QTest::newRow("duplicate id") << head + R"({"id":"a","kind":"file","title":{"zh":"甲","en":"a"},"bundlePath":"x","paths":["c"]},{"id":"a","kind":"file","title":{"zh":"甲","en":"a"},"bundlePath":"y","paths":["c"]})" + tail
                                      << QStringLiteral("item 2 'a': field 'id': duplicate item id");
        QTest::newRow("english title only") << head + R"({"id":"a","kind":"file","title":{"en":"a"},"bundlePath":"x","paths":["c"]})" + tail
                                            << QStringLiteral("field 'title': must be an object with non-empty \"zh\" and \"en\"");
        QTest::newRow("field of another kind") << head + R"({"id":"a","kind":"file","title":{"zh":"甲","en":"a"},"bundlePath":"x","paths":["c"],"argv":["ls"]})" + tail
                                               << QStringLiteral("field 'argv': does not apply to a 'file' item");
        QTest::newRow("negative timeout") << head + R"({"id":"a","kind":"command","title":{"zh":"甲","en":"a"},"bundlePath":"x","argv":["ls"],"timeoutSeconds":-1})" + tail
                                          << QStringLiteral("field 'timeoutSeconds': must be a whole number");
    }

    void badProfilesNameFileItemAndField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!Profile::fromJson(json, QStringLiteral("bad.json"), &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void unknownProfileNameIsClear()
    {
        QString error;
        QVERIFY(!Profile::load(QStringLiteral("macos"), &error));
        QVERIFY2(error.contains(QStringLiteral("unknown profile 'macos'")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
