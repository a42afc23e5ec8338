// logtriage-cli lookup: output, --json, --lang and exit codes, run as a real process.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include "clirun.h"

#include <QProcess>
#include <QTest>

#ifndef LT_CLI_PATH
#error "tests/CMakeLists.txt must define LT_CLI_PATH (path of logtriage-cli)"
#endif

class TestLookupCommand final : public QObject {
    Q_OBJECT

private:
    using Result = lt::test::CliRun;
    static Result run(const QStringList &args)
    {
        return lt::test::runCli(QStringList{QStringLiteral("lookup")} + args, 30000);
    }

private slots:
    void textOutputEnglish();
    void textOutputChinese();
    void extendedSetupCode();
    void jsonOutput();
    void unknownCodeExitsOne();
    void garbageExitsOne();
    void usageErrorsExitTwo();
    void help();
};

void TestLookupCommand::textOutputEnglish()
{
    const Result r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("-2147024891")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("0x80070005  E_ACCESSDENIED")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("FAILURE")));
    QVERIFY(r.out.contains(QLatin1String("7 (WIN32)")));
    QVERIFY(r.out.contains(QLatin1String("5 ERROR_ACCESS_DENIED")));
    QVERIFY(r.out.contains(QLatin1String("COR_E_UNAUTHORIZEDACCESS")));
    QVERIFY(r.out.contains(QLatin1String("Access is denied.")));
    QVERIFY(r.out.contains(QLatin1String("-2147024891 (2147942405)")));
}

void TestLookupCommand::textOutputChinese()
{
    const Result r = run({QStringLiteral("--lang=zh"), QStringLiteral("0x800f0821"), QStringLiteral("CBS_E_SOURCE_MISSING")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("客户端中止了操作。")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("0x800F0821  CBS_E_ABORT")));
    QVERIFY(r.out.contains(QLatin1String("0x800F081F  CBS_E_SOURCE_MISSING")));
    QVERIFY(r.out.contains(QStringLiteral("RestoreHealth")));
    // Codes are printed in the order given.
    QVERIFY(r.out.indexOf(QLatin1String("CBS_E_ABORT")) < r.out.indexOf(QLatin1String("CBS_E_SOURCE_MISSING")));
}

void TestLookupCommand::extendedSetupCode()
{
    const Result r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("0xC1900101-0x20017")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("0xC1900101-0x20017  MOSETUP_E_SETUP_PLATFORM")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("SP_EXECUTION_SAFE_OS / SP_EXECUTION_OP_BOOT")));
}

void TestLookupCommand::jsonOutput()
{
    const Result r = run({QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("en"),
                          QStringLiteral("5"), QStringLiteral("0x8024402C"), QStringLiteral("0xd0000043")});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray a = doc.array();
    QCOMPARE(a.size(), 3);
    const QJsonObject first = a.at(0).toObject();
    QCOMPARE(first.value(QLatin1String("input")).toString(), QStringLiteral("5"));
    QCOMPARE(first.value(QLatin1String("hex")).toString(), QStringLiteral("0x80070005"));
    QCOMPARE(first.value(QLatin1String("signed")).toInt(), -2147024891);
    QCOMPARE(first.value(QLatin1String("facility")).toInt(), 7);
    QCOMPARE(first.value(QLatin1String("facilityName")).toString(), QStringLiteral("WIN32"));
    QCOMPARE(first.value(QLatin1String("win32")).toInt(), 5);
    QCOMPARE(first.value(QLatin1String("name")).toString(), QStringLiteral("E_ACCESSDENIED"));
    QCOMPARE(first.value(QLatin1String("failure")).toBool(), true);
    QCOMPARE(first.value(QLatin1String("known")).toBool(), true);
    QCOMPARE(a.at(1).toObject().value(QLatin1String("name")).toString(), QStringLiteral("WU_E_PT_WINHTTP_NAME_NOT_RESOLVED"));
    QCOMPARE(a.at(1).toObject().value(QLatin1String("facilityName")).toString(), QStringLiteral("WINDOWSUPDATE"));
    const QJsonObject nt = a.at(2).toObject();
    QCOMPARE(nt.value(QLatin1String("ntstatusMapped")).toBool(), true);
    QCOMPARE(nt.value(QLatin1String("ntstatus")).toString(), QStringLiteral("0xC0000043"));
    QCOMPARE(nt.value(QLatin1String("name")).toString(), QStringLiteral("STATUS_SHARING_VIOLATION"));
}

void TestLookupCommand::unknownCodeExitsOne()
{
    const Result r = run({QStringLiteral("--json"), QStringLiteral("0x80070005"), QStringLiteral("0x8007FFF0")});
    QCOMPARE(r.exitCode, 1);
    const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(a.size(), 2);
    const QJsonObject unknown = a.at(1).toObject();
    QCOMPARE(unknown.value(QLatin1String("valid")).toBool(), true);
    QCOMPARE(unknown.value(QLatin1String("known")).toBool(), false);
    QCOMPARE(unknown.value(QLatin1String("facilityName")).toString(), QStringLiteral("WIN32")); // still decoded
    QCOMPARE(unknown.value(QLatin1String("code")).toInt(), 0xFFF0);
}

void TestLookupCommand::garbageExitsOne()
{
    const Result r = run({QStringLiteral("not-a-code"), QStringLiteral("0x80070005")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QLatin1String("not-a-code: not an error code")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("E_ACCESSDENIED"))); // the good one is still printed
}

void TestLookupCommand::usageErrorsExitTwo()
{
    QCOMPARE(run({}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("--json")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("5")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("--lang")}).exitCode, 2);
    const Result r = run({QStringLiteral("--frobnicate"), QStringLiteral("5")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("--frobnicate")));
}

void TestLookupCommand::help()
{
    const Result r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("lookup")));
    QVERIFY(r.out.contains(QLatin1String("Exit status")));
}

QTEST_GUILESS_MAIN(TestLookupCommand)
#include "tst_lookupcommand.moc"
