// Format detection and every parser, on excerpts in the real formats (tests/data/triage).
#include "testutil.h"
#include "triage/logformat.h"
#include "triage/codeextractor.h"
#include "triage/logparser.h"
#include "triage/procmonparser.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <QtTest>

using namespace Qt::StringLiterals;

using namespace lt::triage;
using lt::test::hasCode;
using lt::test::triageFixture;

namespace {

QList<LogRecord> parseText(LogFormat format, const QString &text)
{
    auto parser = LogParser::create(format);
    QList<LogRecord> records;
    qint64 n = 0;
    for (QStringView line : QStringView(text).split(u'\n'))
        parser->addLine(line, ++n, records);
    parser->finish(records);
    return records;
}

} // namespace

class TestLogParsers : public QObject
{
    Q_OBJECT

private slots:
    void detectsFormatsByContent_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<LogFormat>("expected");
        const QString cbs = QStringLiteral("2022-08-23 15:28:01, Info                  CBS    Exec: Processing complete.\n");
        QTest::newRow("cbs") << cbs << QString() << LogFormat::Cbs;
        QTest::newRow("cbs renamed") << cbs << QStringLiteral("ticket-4711.txt") << LogFormat::Cbs;
        QTest::newRow("dism collapsed") << QStringLiteral("2023-02-02 14:29:26, Info DISM DISM.EXE: <----- Starting Dism.exe session ----->\n")
                                        << QString() << LogFormat::Dism;
        QTest::newRow("panther") << QStringLiteral("2019-06-23 20:11:33, Error                 MOUPG  CSetupManager::Execute(284): Result = 0x800705BB\n")
                                 << QStringLiteral("setuperr.log") << LogFormat::Panther;
        QTest::newRow("named CBS but is WU") << QStringLiteral("2022/08/23 15:10:02.1234567 1204  5520  ComApi          * START *   Search\n")
                                             << QStringLiteral("CBS.log") << LogFormat::WindowsUpdateEtw;
        QTest::newRow("wu legacy") << QStringLiteral("2016-10-31\t11:24:28:489\t1384\t1748\tHandler\t:: START ::  Handler: CBS Install\n")
                                   << QString() << LogFormat::WindowsUpdate;
        QTest::newRow("event zh") << QStringLiteral("事件[0]:\n  日志名称: System\n") << QString() << LogFormat::EventText;
        QTest::newRow("fltmc") << QStringLiteral("\nFilter Name                     Num Instances    Altitude    Frame\n------------------------------  -------------  ------------  -----\nWof  3  40700  0\n")
                               << QString() << LogFormat::Fltmc;
        QTest::newRow("procmon") << QStringLiteral("\"Time of Day\",\"Process Name\",\"PID\",\"Operation\",\"Path\",\"Result\",\"Detail\"\n")
                                 << QString() << LogFormat::ProcMonCsv;
        QTest::newRow("plain text") << QStringLiteral("hello\nworld\n") << QStringLiteral("CBS.log") << LogFormat::Generic;
    }

    void detectsFormatsByContent()
    {
        QFETCH(QString, text);
        QFETCH(QString, fileName);
        QFETCH(LogFormat, expected);
        QCOMPARE(detectFormat(text, fileName), expected);
        QCOMPARE(formatFromId(formatId(expected)), expected);
    }

    void cbsFoldsWrappedLinesAndKeepsInfoFailures()
    {
        // Console-wrapped at 200 columns: the HRESULT continues on the next physical line.
        const QString wrapped = QStringLiteral("2017-03-10 10:24:32, Info                  CBS    Exec: Processing complete.  Session: 30579072_298067563, Package: Microsoft-Windows-Foundation-Package~31bf3856ad364e35~amd64~~10.0.14393.0 [HRESULT =\n"
                                               "0x800f0922 - CBS_E_INSTALLERS_FAILED]\n"
                                               "2016-10-31 11:25:11, Error                 CSI    000000ec@2016/10/31:17:25:11.317 (F) analysis.cpp(1186): Error STATUS_REQUEST_OUT_OF_SEQUENCE originated in function X expression\n"
                                               "[gle=0x80004005]\n");
        const QList<LogRecord> records = parseText(LogFormat::Cbs, wrapped);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[0].line, 1);
        QCOMPARE(records[0].level, RecordLevel::Info);
        QCOMPARE(records[0].component, QStringLiteral("CBS"));
        QCOMPARE(records[0].codes.size(), 1);
        QCOMPARE(records[0].codes[0].value, 0x800F0922u);
        QCOMPARE(records[0].codes[0].name, QStringLiteral("CBS_E_INSTALLERS_FAILED"));
        QCOMPARE(records[0].timestamp, QDateTime(QDate(2017, 3, 10), QTime(10, 24, 32), QTimeZone::UTC));
        QCOMPARE(records[1].line, 3);
        QCOMPARE(records[1].codes.size(), 1);
        QCOMPARE(records[1].codes[0].role, CodeRole::Secondary);
    }

    void dismUtf16LeWithBom()
    {
        const FileReport r = triageFixture(QStringLiteral("dism-utf16le-bom.log"));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.format, LogFormat::Dism);
        QCOMPARE(r.encoding, QStringLiteral("UTF-16LE"));
        QCOMPARE(r.lines, 6);
        QVERIFY(!r.findings.isEmpty());
        QCOMPARE(r.findings.first().code, 0x800F081Fu);
        QCOMPARE(r.findings.first().line, 3);
        QCOMPARE(r.findings.first().severity, Severity::Error);
        // "HRESULT=800F081F" without 0x is found too (line 5)
        QVERIFY(std::any_of(r.findings.cbegin(), r.findings.cend(), [](const Finding &f) { return f.line == 5; }));
    }

    void windowsUpdateBothForms()
    {
        const FileReport etw = triageFixture(QStringLiteral("WindowsUpdate-etw.log"));
        QCOMPARE(etw.format, LogFormat::WindowsUpdateEtw);
        QCOMPARE(etw.findings.size(), 2);   // 0x8024402C twice (hr = 0x..., hr=8024402c); proxy token and hr = 0 are not failures
        for (const Finding &f : etw.findings)
            QCOMPARE(f.code, 0x8024402Cu);
        QCOMPARE(etw.findings[0].component, QStringLiteral("ProtocolTalker"));
        const FileReport legacy = triageFixture(QStringLiteral("WindowsUpdate-legacy.log"));
        QCOMPARE(legacy.format, LogFormat::WindowsUpdate);
        QVERIFY(hasCode(legacy.findings, 0x8024402C));
        QCOMPARE(legacy.findings.first().count, 2);   // two identical SyncUpdates lines collapse
        QCOMPARE(legacy.findings.first().lastLine, 3);
    }

    void reportingEventsUtf16()
    {
        const FileReport r = triageFixture(QStringLiteral("ReportingEvents.log"));
        QCOMPARE(r.format, LogFormat::ReportingEvents);
        QCOMPARE(r.findings.size(), 1);
        QCOMPARE(r.findings[0].code, 0x80073712u);
        QCOMPARE(r.findings[0].line, 2);
        QCOMPARE(r.findings[0].timestamp.time(), QTime(10, 41, 2, 918));
    }

    void pantherSetupErr()
    {
        const FileReport r = triageFixture(QStringLiteral("setuperr.log"));
        QCOMPARE(r.format, LogFormat::Panther);
        QVERIFY(hasCode(r.findings, 0xC1900101));
        QVERIFY(hasCode(r.findings, 0x80070522));
        QVERIFY(!hasCode(r.findings, 0x00000522));
        // "[0x080831] MIG" message ids do not break the line shape
        const auto records = parseText(LogFormat::Panther, QStringLiteral("2020-01-27 13:07:59, Error      [0x080831] MIG    CSIAgent: Invalid xml format"));
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].component, QStringLiteral("MIG"));
        QCOMPARE(records[0].level, RecordLevel::Error);
    }

    void setupApiSectionsAndTruncatedLastLine()
    {
        const FileReport r = triageFixture(QStringLiteral("setupapi.dev.log"));
        QCOMPARE(r.format, LogFormat::SetupApi);
        QCOMPARE(r.lines, 35);   // the last line has no line ending and is cut mid-path
        QVERIFY(!r.findings.isEmpty());
        const Finding &top = r.findings.first();
        QCOMPARE(top.code, 0xE0000248u);
        QCOMPARE(top.severity, Severity::Error);
        QVERIFY(top.component.contains(QStringLiteral("USB\\VID_0781")));
        QCOMPARE(top.timestamp, QDateTime(QDate(2023, 5, 4), QTime(9, 14, 2, 547), QTimeZone::UTC));
        // The successful section yields nothing.
        for (const Finding &f : r.findings)
            QVERIFY(!f.component.contains(QStringLiteral("PRINTENUM")));
    }

    void fltmcTables()
    {
        const FileReport filters = triageFixture(QStringLiteral("fieldcase1/fltmc.txt"));
        QCOMPARE(filters.format, LogFormat::Fltmc);
        QCOMPARE(filters.filters.size(), 13);
        const auto tm = std::find_if(filters.filters.cbegin(), filters.filters.cend(),
                                     [](const FilterDriver &f) { return f.name == u"TmPreFlt"; });
        QVERIFY(tm != filters.filters.cend());
        QCOMPARE(tm->altitude, QStringLiteral("328520"));
        QCOMPARE(tm->instances, 5);
        QVERIFY(filters.findings.isEmpty());

        const FileReport instances = triageFixture(QStringLiteral("fltmc-instances.txt"));
        QCOMPARE(instances.format, LogFormat::Fltmc);
        QCOMPARE(instances.filters.size(), 4);
        const auto tmi = std::find_if(instances.filters.cbegin(), instances.filters.cend(),
                                      [](const FilterDriver &f) { return f.name == u"TmPreFlt"; });
        QCOMPARE(tmi->instances, 2);   // C: and \Device\Mup
        QCOMPARE(tmi->altitude, QStringLiteral("328520"));

        const FileReport zh = triageFixture(QStringLiteral("fltmc-filters-zh-gbk.txt"));
        QCOMPARE(zh.format, LogFormat::Fltmc);
        QCOMPARE(zh.encoding, QStringLiteral("GB18030"));
        QCOMPARE(zh.filters.size(), 3);
        QCOMPARE(zh.filters[0].name, QStringLiteral("sysdiag"));
    }

    void processMonitorCsv()
    {
        const FileReport r = triageFixture(QStringLiteral("procmon.csv"));
        QCOMPARE(r.format, LogFormat::ProcMonCsv);
        QCOMPARE(r.findings.size(), 2);   // ACCESS DENIED and SHARING VIOLATION; NAME NOT FOUND is normal probing
        QCOMPARE(r.findings[0].code, 0x80070005u);
        QCOMPARE(r.findings[0].component, QStringLiteral("TiWorker.exe"));
        QVERIFY(r.findings[0].message.contains(QStringLiteral("wpdmtp.dll")));
        QCOMPARE(r.findings[1].code, 0x80070020u);
        QCOMPARE(ProcMonParser::splitCsv(u"\"a,b\",\"c \"\"q\"\"\",d"),
                 (QStringList{QStringLiteral("a,b"), QStringLiteral("c \"q\""), QStringLiteral("d")}));
    }

    void eventTextEnglishAndChinese()
    {
        const FileReport en = triageFixture(QStringLiteral("event-system-en.txt"));
        QCOMPARE(en.format, LogFormat::EventText);
        QCOMPARE(en.findings.size(), 1);
        QCOMPARE(en.findings[0].code, 0x800F0922u);
        QCOMPARE(en.findings[0].component, QStringLiteral("Microsoft-Windows-WindowsUpdateClient #20"));
        QCOMPARE(en.findings[0].line, 16);
        QCOMPARE(en.findings[0].timestamp, QDateTime(QDate(2022, 8, 23), QTime(15, 12, 44, 456), QTimeZone::UTC));

        const FileReport zh = triageFixture(QStringLiteral("event-system-zh-gbk.txt"));
        QCOMPARE(zh.format, LogFormat::EventText);
        QCOMPARE(zh.encoding, QStringLiteral("GB18030"));
        QCOMPARE(zh.findings.size(), 1);
        QCOMPARE(zh.findings[0].code, 0x800F0922u);
        QCOMPARE(zh.findings[0].severity, Severity::Error);
        QVERIFY(zh.findings[0].message.startsWith(QStringLiteral("安装失败")));
        QCOMPARE(zh.findings[0].component, QStringLiteral("Microsoft-Windows-WindowsUpdateClient #20"));
    }

    void genericFallback()
    {
        const FileReport r = triageFixture(QStringLiteral("generic-app.log"));
        QCOMPARE(r.format, LogFormat::Generic);
        QCOMPARE(r.findings.size(), 2);
        QCOMPARE(r.findings[0].code, 0x80070005u);
        QCOMPARE(r.findings[0].count, 2);
        QVERIFY(r.findings[0].timestamp.isValid());
    }

    void lineEndingsCrOnlyAndMixed()
    {
        // CR-only (old tools) and a CRLF split across reads must give the same lines.
        QByteArray data = "2022-08-23 15:41:13, Error                 DISM   a (hr:0x800f081f)\r"
                          "2022-08-23 15:41:14, Error                 DISM   b (hr:0x800f0906)\r\n"
                          "2022-08-23 15:41:15, Error                 DISM   c (hr:0x800f0907)\n";
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const FileReport r = FileTriager(RuleBook::builtin()).triage(buffer, QStringLiteral("dism.log"));
        QCOMPARE(r.lines, 3);
        QCOMPARE(r.findings.size(), 3);
        QCOMPARE(r.findings[2].line, 3);
    }

    // hasFailureWord() is the regex below written as a loop: same answer on generated text.
    void failureWordsAsTheRegex()
    {
        static const QRegularExpression re(QStringLiteral(
            R"(\bfail(?:ed|ure|s|ing)?\b|\bfatal\b|\berror\b|\babort(?:ed)?\b|\bdenied\b|失败|错误|拒绝)"),
            QRegularExpression::CaseInsensitiveOption);
        const QStringList pieces{QStringLiteral("fail"), QStringLiteral("FAIL"), QStringLiteral("ed"), QStringLiteral("ure"),
                                 QStringLiteral("s"), QStringLiteral("\u017f"), QStringLiteral("ing"), QStringLiteral("Fatal"),
                                 QStringLiteral("error"), QStringLiteral("eRRor"), QStringLiteral("abort"), QStringLiteral("aborted"),
                                 QStringLiteral("Denied"), QStringLiteral("_"), QStringLiteral("x"), QStringLiteral("0"),
                                 QStringLiteral(" "), QStringLiteral(":"), QStringLiteral("失败"), QStringLiteral("错"),
                                 QStringLiteral("误"), QStringLiteral("拒绝"), QStringLiteral("中"), QStringLiteral("é")};
        QRandomGenerator rng(7);
        for (int round = 0; round < 20000; ++round) {
            QString s;
            for (int k = 1 + int(rng.bounded(6)); k > 0; --k)
                s += pieces[qsizetype(rng.bounded(quint32(pieces.size())))];
            QVERIFY2(lt::triage::parse::hasFailureWord(s) == re.match(s).hasMatch(), qPrintable(s));
        }
        QVERIFY(lt::triage::parse::hasFailureWord(u"Failed to open package [HRESULT = 0x800f0922]"));
        QVERIFY(!lt::triage::parse::hasFailureWord(u"failures: 0, FailureCount=0, errors_seen"));
    }

    // extractCodes() scans without a regex; this is the regex it replaced, run the same way.
    void codeScannerAsTheRegex()
    {
        static const QRegularExpression re(QStringLiteral(
            R"((gle\s*=\s*)?(?<![@\w])0[xX]([0-9A-Fa-f]{8})(?![0-9A-Fa-f])(?:\s*(?:-\s*|\()(?-i:([A-Z][A-Z0-9_]{3,}))\)?)?)"
            R"(|(?:\bhr\s*=\s*|\bHRESULT\s*=\s*|\[|\berror\s+|\bstatus\s+|\t)([89A-Fa-f][0-9A-Fa-f]{7})(?=[\]\s,.:;)]|$))"),
            QRegularExpression::CaseInsensitiveOption);
        const auto byRegex = [](QStringView text) {
            QList<lt::triage::RecordCode> codes;
            if (!lt::triage::mayContainCode(text))
                return codes;
            for (auto it = re.globalMatchView(text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                const bool prefixed = m.capturedLength(2) > 0;
                bool ok = false;
                const quint32 value = (prefixed ? m.capturedView(2) : m.capturedView(4)).toUInt(&ok, 16);
                if (!ok || (value & 0x80000000u) == 0)
                    continue;
                lt::triage::RecordCode code;
                code.value = value;
                code.role = m.capturedLength(1) > 0 ? lt::triage::CodeRole::Secondary : lt::triage::CodeRole::Primary;
                if (prefixed && !m.capturedView(3).isEmpty() && m.capturedView(3).compare(u"Unknown", Qt::CaseInsensitive) != 0)
                    code.name = m.captured(3);
                bool duplicate = false;
                for (lt::triage::RecordCode &c : codes) {
                    if (c.value == code.value) {
                        duplicate = true;
                        if (code.role == lt::triage::CodeRole::Primary)
                            c.role = lt::triage::CodeRole::Primary;
                        if (c.name.isEmpty())
                            c.name = code.name;
                    }
                }
                if (!duplicate)
                    codes.append(code);
            }
            return codes;
        };
        const QStringList pieces{
            u"0x"_s, u"0X"_s, u"8007"_s, u"0005"_s, u"800f0922"_s, u"C0000034"_s, u"ffff"_s, u"a"_s, u"F"_s, u"1"_s,
            u"gle"_s, u"GLE"_s, u" "_s, u"\t"_s, u"="_s, u"-"_s, u"("_s, u")"_s, u"E_ACCESSDENIED"_s, u"Abc"_s,
            u"ABCD_1"_s, u"ABC"_s, u"Unknown"_s, u"["_s, u"]"_s, u"hr"_s, u"HR"_s, u"hresult"_s, u"error"_s,
            u"status"_s, u"\u017ftatus"_s, u"@"_s, u"_"_s, u"x"_s, u","_s, u"."_s, u":"_s, u";"_s, u"中"_s, u"\n"_s,
            u"[HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]"_s, u"hr = 8024402c"_s, u"[gle=0x80004005]"_s,
        };
        QRandomGenerator rng(11);
        for (int round = 0; round < 30000; ++round) {
            QString s;
            for (int k = 1 + int(rng.bounded(10)); k > 0; --k)
                s += pieces[qsizetype(rng.bounded(quint32(pieces.size())))];
            const QList<lt::triage::RecordCode> expected = byRegex(s);
            const QList<lt::triage::RecordCode> actual = lt::triage::extractCodes(s);
            if (actual != expected) {
                QString e, a;
                for (const auto &c : expected)
                    e += QString::number(c.value, 16) + u'/' + c.name + u'/' + QString::number(int(c.role)) + u' ';
                for (const auto &c : actual)
                    a += QString::number(c.value, 16) + u'/' + c.name + u'/' + QString::number(int(c.role)) + u' ';
                QFAIL(qPrintable(QStringLiteral("\"%1\": regex [%2] scanner [%3]").arg(s, e, a)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestLogParsers)
#include "tst_logparsers.moc"
