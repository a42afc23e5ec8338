// Code extraction, severity, collapsing repeats, and noise filtering by data.
#include "testutil.h"
#include "triage/codeextractor.h"
#include "triage/findingcollector.h"

#include <QtTest>

using namespace lt::triage;

namespace {

LogRecord record(qint64 line, RecordLevel level, const QString &component, const QString &message)
{
    LogRecord r;
    r.line = line;
    r.level = level;
    r.component = component;
    r.message = message;
    r.codes = extractCodes(message);
    return r;
}

} // namespace

class TestFindings : public QObject
{
    Q_OBJECT

private slots:
    void extractsCodes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<quint32>>("codes");
        QTest::newRow("cbs") << QStringLiteral("Failed. [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]") << QList<quint32>{0x800F0922};
        QTest::newRow("wu etw bare") << QStringLiteral("WU client fails with hr=8024402c") << QList<quint32>{0x8024402C};
        QTest::newRow("wu etw bracket") << QStringLiteral("*FAILED* [80072F8F] Send request") << QList<quint32>{0x80072F8F};
        QTest::newRow("dism") << QStringLiteral("processed the command line but failed. HRESULT=800F081F") << QList<quint32>{0x800F081F};
        QTest::newRow("setupapi") << QStringLiteral("<<<  [Exit status: FAILURE(0xe0000248)]") << QList<quint32>{0xE0000248};
        QTest::newRow("success dropped") << QStringLiteral("returned hr = 0x00000000, status: 0x0 (S_OK)") << QList<quint32>{};
        QTest::newRow("pointer ignored") << QStringLiteral("oa = @0x9f2c8a10, handle=0x000001d2c3f4a5b6") << QList<quint32>{};
        QTest::newRow("two codes") << QStringLiteral("status: 0x80070005, failure source: CBS Other [gle=0x80004005]") << QList<quint32>{0x80070005, 0x80004005};
        QTest::newRow("tab column") << QStringLiteral("{G}\t200\t80073712\tAutomatic Updates") << QList<quint32>{0x80073712};
        QTest::newRow("setup pair") << QStringLiteral("Error: 0xC190020E - 0x4001E") << QList<quint32>{0xC190020E};
    }

    void extractsCodes()
    {
        QFETCH(QString, text);
        QFETCH(QList<quint32>, codes);
        QList<quint32> got;
        for (const RecordCode &c : extractCodes(text))
            got.append(c.value);
        QCOMPARE(got, codes);
    }

    void namesAndRoles()
    {
        const auto codes = extractCodes(u"(F) STATUS_X #1# from Y(...)[gle=0x800736b3] and [HRESULT = 0x80070005 - E_ACCESSDENIED]");
        QCOMPARE(codes.size(), 2);
        QCOMPARE(codes[0].role, CodeRole::Secondary);
        QCOMPARE(codes[1].role, CodeRole::Primary);
        QCOMPARE(codes[1].name, QStringLiteral("E_ACCESSDENIED"));
        QVERIFY(extractCodes(u"[HRESULT = 0x80040154 - Unknown Error]")[0].name.isEmpty());
    }

    void levelIsNotTheFailureSignal()
    {
        FindingCollector c(RuleBook::builtin(), QStringLiteral("CBS.log"), LogFormat::Cbs);
        // Info level, but "Failed" + HRESULT: a real failure (field case 1).
        c.add(record(1, RecordLevel::Info, QStringLiteral("CBS"), QStringLiteral("Failed to extract payload from cabinets [HRESULT = 0x80070005 - E_ACCESSDENIED]")));
        // Info level, code, no failure word: only a warning.
        c.add(record(2, RecordLevel::Info, QStringLiteral("CBS"), QStringLiteral("Session: 1_2 finalized. Reboot required: no [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]")));
        // Error level without any code or failure word: nothing.
        c.add(record(3, RecordLevel::Error, QStringLiteral("CBS"), QStringLiteral("Startup processing thread terminated normally")));
        const QList<Finding> f = c.findings();
        QCOMPARE(f.size(), 2);
        QCOMPARE(f[0].severity, Severity::Error);
        QCOMPARE(f[0].code, 0x80070005u);
        QCOMPARE(f[0].name, QStringLiteral("E_ACCESSDENIED"));
        QCOMPARE(f[1].severity, Severity::Warning);
        QCOMPARE(c.errors(), 1);
        QCOMPARE(c.warnings(), 1);
    }

    void repeatsCollapse()
    {
        FindingCollector c(RuleBook::builtin(), QStringLiteral("WindowsUpdate.log"), LogFormat::WindowsUpdateEtw);
        c.add(record(10, RecordLevel::Error, QStringLiteral("Misc"), QStringLiteral("*FAILED* [80072F8F] Library download error. Will retry. Retry Counter:0")));
        c.add(record(14, RecordLevel::Error, QStringLiteral("Misc"), QStringLiteral("*FAILED* [80072F8F] Library download error. Will retry. Retry Counter:1")));
        c.add(record(18, RecordLevel::Error, QStringLiteral("Misc"), QStringLiteral("*FAILED* [80072F8F] Library download error. Will retry. Retry Counter:2")));
        c.add(record(20, RecordLevel::Error, QStringLiteral("Misc"), QStringLiteral("*FAILED* [80072F8F] Send request")));
        const QList<Finding> f = c.findings();
        QCOMPARE(f.size(), 2);
        QCOMPARE(f[0].count, 3);
        QCOMPARE(f[0].line, 10);
        QCOMPARE(f[0].lastLine, 18);
        QCOMPARE(c.errors(), 4);
    }

    void normalisesVolatileParts()
    {
        QCOMPARE(FindingCollector::normalize(u"Failed to extract \\\\?\\C:\\WINDOWS\\SoftwareDistribution\\Download\\abc\\x.cab for {7A967290-323C-4217-A32C-E4AA1574D7D7}.202 retry 3"),
                 FindingCollector::normalize(u"Failed to extract \\\\?\\C:\\WINDOWS\\SoftwareDistribution\\Download\\def\\y.cab for {11111111-2222-3333-4444-555555555555}.7 retry 4"));
        QVERIFY(FindingCollector::normalize(u"Failed to add package A") != FindingCollector::normalize(u"Failed to resolve package A"));
    }

    void noiseIsFilteredByData_data()
    {
        QTest::addColumn<LogFormat>("format");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("noiseId");
        QTest::newRow("wer probe") << LogFormat::Cbs << QStringLiteral("Unable to query DisableWerReporting flag.  Assuming not set... [HRESULT = 0x80070002 - ERROR_FILE_NOT_FOUND]") << QStringLiteral("wer-disablewerreporting-probe");
        QTest::newRow("proxy token") << LogFormat::WindowsUpdateEtw << QStringLiteral("*FAILED* [800703F0] Failed to get proxy settings token, not impersonating user") << QStringLiteral("wu-proxy-settings-token");
        QTest::newRow("sqm") << LogFormat::Cbs << QStringLiteral("SQM: Failed to initialize Win SAT assessment. [HRESULT = 0x80040154 - Unknown Error]") << QStringLiteral("cbs-sqm-telemetry");
        QTest::newRow("dpx job saved") << LogFormat::WindowsUpdate << QStringLiteral("CBS called Error with 0x800f0816,") << QStringLiteral("cbs-dpx-job-state-saved");
    }

    void noiseIsFilteredByData()
    {
        QFETCH(LogFormat, format);
        QFETCH(QString, message);
        QFETCH(QString, noiseId);
        const LogRecord r = record(5, RecordLevel::Info, QStringLiteral("X"), message);
        QVERIFY(!r.codes.isEmpty());
        QCOMPARE(RuleBook::builtin().noiseFor(r.codes[0].value, r, format), noiseId);
        FindingCollector c(RuleBook::builtin(), QStringLiteral("f"), format);
        QVERIFY(c.add(r).isEmpty());
        QVERIFY(c.findings().isEmpty());
    }

    void benignCatalogCodesAreNotFindings()
    {
        FindingCollector c(RuleBook::builtin(), QStringLiteral("CBS.log"), LogFormat::Cbs);
        c.add(record(1, RecordLevel::Info, QStringLiteral("CBS"), QStringLiteral("Failed to get property. [HRESULT = 0x800f080d - CBS_E_MANIFEST_INVALID_ITEM]")));
        QVERIFY(c.findings().isEmpty());
    }

    void sameCodeElsewhereIsStillAFailure()
    {
        // 0x80070002 is only noise on the WER probe line, not in general.
        FindingCollector c(RuleBook::builtin(), QStringLiteral("CBS.log"), LogFormat::Cbs);
        c.add(record(1, RecordLevel::Error, QStringLiteral("CBS"), QStringLiteral("Failed to pre- stage package: X [HRESULT = 0x80070002 - ERROR_FILE_NOT_FOUND]")));
        QCOMPARE(c.findings().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFindings)
#include "tst_findings.moc"
