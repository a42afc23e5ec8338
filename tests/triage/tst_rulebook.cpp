// Every shipped rule loads, validates and fires on its own realistic excerpt; broken rule files
// are rejected with a reason; the minifilter table knows Microsoft's filters and vendors.
#include "testutil.h"
#include "triage/triageengine.h"

#include <QDir>
#include <QtTest>

using namespace lt::triage;

namespace {

// JSON written with single quotes, so moc and readers do not trip over escapes.
QByteArray j(const char *text)
{
    QByteArray json(text);
    json.replace('\'', '"');
    return json;
}

} // namespace

class TestRuleBook : public QObject
{
    Q_OBJECT

private slots:
    void shippedRulesLoad()
    {
        QString error;
        const auto book = RuleBook::loadDirectory(QStringLiteral(":/rules"), &error);
        QVERIFY2(book, qPrintable(error));
        QVERIFY(book->rules().size() >= 25);
        QVERIFY(book->noise().size() >= 5);
        QVERIFY(book->minifilters().size() >= 40);
        QCOMPARE(RuleBook::builtin().rules().size(), book->rules().size());
        for (const Rule &rule : book->rules()) {
            QVERIFY2(!rule.title.en.isEmpty() && !rule.title.zh.isEmpty(), qPrintable(rule.id));
            QVERIFY2(!rule.explanation.en.isEmpty() && !rule.explanation.zh.isEmpty(), qPrintable(rule.id));
            QVERIFY2(!rule.remediation.isEmpty(), qPrintable(rule.id));
            QVERIFY2(!rule.references.isEmpty(), qPrintable(rule.id));
            for (const QString &s : rule.supersedes)
                QVERIFY2(book->rule(s), qPrintable(rule.id + u" supersedes unknown " + s));
        }
    }

    void everyRuleFiresOnItsExcerpt_data()
    {
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QString>("excerpt");
        for (const Rule &rule : RuleBook::builtin().rules()) {
            QString dir = lt::test::triageData(QStringLiteral("rules/") + rule.id);
            if (rule.id == u"third-party-minifilter-blocks-servicing")
                dir = lt::test::triageData(QStringLiteral("fieldcase1"));
            else if (rule.id == u"orchestrator-install-timeout")
                dir = lt::test::triageData(QStringLiteral("fieldcase2"));
            QTest::newRow(qPrintable(rule.id)) << rule.id << dir;
        }
    }

    void everyRuleFiresOnItsExcerpt()
    {
        QFETCH(QString, ruleId);
        QFETCH(QString, excerpt);
        QVERIFY2(QDir(excerpt).exists(), qPrintable(u"no excerpt for rule " + ruleId));
        const TriageReport report = TriageEngine::triagePaths({excerpt});
        const QStringList ids = lt::test::diagnosisIds(report.diagnoses);
        QVERIFY2(ids.contains(ruleId), qPrintable(ids.join(u',')));
        // It is the top diagnosis of its own excerpt, with evidence and remediation.
        QCOMPARE(ids.first(), ruleId);
        QVERIFY(!report.diagnoses.first().evidence.isEmpty());
        QVERIFY(report.diagnoses.first().evidence.first().line > 0);
        QVERIFY(!report.diagnoses.first().codes.isEmpty() || ruleId == u"driver-install-failed");
    }

    void brokenRuleFilesAreRejected_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray ok = j("{'id':'r','title':{'en':'t','zh':'t'},'explanation':{'en':'e','zh':'e'},'remediation':[{'en':'s','zh':'s'}],'conditions':[");
        const QByteArray tail = j("]}");
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("not a JSON object");
        QTest::newRow("nothing known") << QByteArray(j("{'x':1}")) << QStringLiteral("expected");
        QTest::newRow("bad regex") << QByteArray(j("{'rules':[") + ok + j("{'id':'a','pattern':'(unclosed'}") + tail + "]}") << QStringLiteral("bad pattern");
        QTest::newRow("bad code") << QByteArray(j("{'rules':[") + ok + j("{'id':'a','codes':['0x8007']}") + tail + "]}") << QStringLiteral("8 hex digits");
        QTest::newRow("bad format") << QByteArray(j("{'rules':[") + ok + j("{'id':'a','codes':['0x80070005'],'formats':['cbs.log']}") + tail + "]}") << QStringLiteral("unknown format");
        QTest::newRow("empty condition") << QByteArray(j("{'rules':[") + ok + j("{'id':'a'}") + tail + "]}") << QStringLiteral("needs \"codes\" or \"pattern\"");
        QTest::newRow("only optional") << QByteArray(j("{'rules':[") + ok + j("{'id':'a','codes':['0x80070005'],'optional':true}") + tail + "]}") << QStringLiteral("required condition");
        QTest::newRow("missing zh") << QByteArray(j("{'rules':[{'id':'r','title':{'en':'t'},'explanation':{'en':'e','zh':'e'},'conditions':[{'id':'a','codes':['0x80070005']}],'remediation':[{'en':'s','zh':'s'}]}]}")) << QStringLiteral("both \"en\" and \"zh\"");
        QTest::newRow("bad timing") << QByteArray(j("{'rules':[{'id':'r','title':{'en':'t','zh':'t'},'explanation':{'en':'e','zh':'e'},'remediation':[{'en':'s','zh':'s'}],'conditions':[{'id':'a','codes':['0x80070005']}],'timing':[{'from':'a','to':'zzz','minMinutes':1,'maxMinutes':2}]}]}")) << QStringLiteral("timing");
        QTest::newRow("no remediation") << QByteArray(j("{'rules':[{'id':'r','title':{'en':'t','zh':'t'},'explanation':{'en':'e','zh':'e'},'conditions':[{'id':'a','codes':['0x80070005']}]}]}")) << QStringLiteral("remediation");
        QTest::newRow("noise without match") << QByteArray(j("{'noise':[{'id':'n','why':{'en':'w','zh':'w'}}]}")) << QStringLiteral("needs \"codes\" or \"pattern\"");
    }

    void brokenRuleFilesAreRejected()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        RuleBook book;
        QString error;
        QVERIFY(!book.addJson(json, QStringLiteral("test.json"), &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(error.startsWith(QStringLiteral("test.json")));
    }

    void duplicateRuleIdsAreRejected()
    {
        RuleBook book;
        QString error;
        const QByteArray json = j("{'rules':[{'id':'r','title':{'en':'t','zh':'t'},'explanation':{'en':'e','zh':'e'},'remediation':[{'en':'s','zh':'s'}],'conditions':[{'id':'a','codes':['0x80070005']}]}]}");
        QVERIFY2(book.addJson(json, QStringLiteral("a.json"), &error), qPrintable(error));
        QVERIFY(!book.addJson(json, QStringLiteral("b.json"), &error));
        QVERIFY(error.contains(QStringLiteral("duplicate")));
    }

    void patternGate()
    {
        const RuleBook &book = RuleBook::builtin();
        // Lines that some condition pattern matches pass the gate; ordinary lines do not.
        for (const QString &line : {QStringLiteral("Session: 1_2 initialized by client WindowsUpdateAgent, external"),
                                    QStringLiteral("* START *   Install ClientId = UpdateOrchestrator"),
                                    QStringLiteral("Failed execution of queue item Installer: X"),
                                    QStringLiteral("Warning: Found Disk Space Hard Block."),
                                    QStringLiteral("<<<  [Exit status: FAILURE(0xe0000219)]")})
            QVERIFY2(book.mayMatchPatterns(line), qPrintable(line));
        QVERIFY(!book.mayMatchPatterns(u"Doqe: Recording result: 0x0, for Inf: wpdmtp.inf"));
        QVERIFY(RuleBook().mayMatchPatterns(u"anything"));   // no gate built: nothing is skipped
        // The keyword screen never rejects a line that a shipped code-less pattern accepts.
        for (const Rule &rule : book.rules()) {
            for (const RuleCondition &c : rule.conditions) {
                if (c.codes.isEmpty() && !c.pattern.pattern().isEmpty())
                    QVERIFY2(!requiredLiterals(c.pattern.pattern()).isEmpty(), qPrintable(rule.id + u'/' + c.id));
            }
        }
    }

    void keywordGate()
    {
        QCOMPARE(requiredLiterals(QStringLiteral("initialized by client (?:A|B)|Exec: Processing started|\\* START \\*\\s+Install")),
                 (QStringList{QStringLiteral("initialized by client A"), QStringLiteral("initialized by client B"),
                              QStringLiteral("Exec: Processing started"), QStringLiteral(" START ")}));
        // Plain groups multiply out; optional or quantified ones end the run.
        QCOMPARE(requiredLiterals(QStringLiteral("client id: (?:WindowsUpdateAgent|UpdateAgentLCU)")),
                 (QStringList{QStringLiteral("client id: WindowsUpdateAgent"), QStringLiteral("client id: UpdateAgentLCU")}));
        QCOMPARE(requiredLiterals(QStringLiteral("status (?:0x)?failed")), QStringList{QStringLiteral("status ")});
        QCOMPARE(requiredLiterals(QStringLiteral("\\* START \\*\\s+(?:Install|Installing)")), QStringList{QStringLiteral(" START ")});
        QCOMPARE(requiredLiterals(QStringLiteral("(?i:abc)def|xyz(?:1|2)+")), (QStringList{QStringLiteral("def"), QStringLiteral("xyz1"), QStringLiteral("xyz2")}));
        QVERIFY(requiredLiterals(QStringLiteral("abc|(?:x|y)z")).isEmpty());
        QCOMPARE(requiredLiterals(QStringLiteral("Disk Space Hard Block|DiskSpace\\s*=|InstallDiskSpace")),
                 (QStringList{QStringLiteral("Disk Space Hard Block"), QStringLiteral("DiskSpace"), QStringLiteral("InstallDiskSpace")}));
        QCOMPARE(requiredLiterals(QStringLiteral("colou?r [a-z]+ing")), QStringList{QStringLiteral("colo")});
        QVERIFY(requiredLiterals(QStringLiteral("ab|cdef")).isEmpty());
        QVERIFY(requiredLiterals(QStringLiteral("(?:x|y)+")).isEmpty());
        const KeywordGate gate({QStringLiteral("Processing started"), QStringLiteral("开始安装"), QStringLiteral("WSUS"), QStringLiteral("ab")});
        QVERIFY(gate.matches(u"Exec: PROCESSING STARTED.  Session"));
        QVERIFY(gate.matches(u"安装: 开始安装更新"));
        QVERIFY(gate.matches(u"wsus"));
        QVERIFY(!gate.matches(u"Exec: Processing complete"));
        QVERIFY(!gate.matches(u"WSU"));
        QVERIFY(!KeywordGate().matches(u"anything"));
    }

    void minifilterTable()
    {
        const MinifilterTable &t = RuleBook::builtin().minifilters();
        for (const char *ms : {"storqosflt", "wcifs", "CldFlt", "FileCrypt", "luafv", "npsvctrig", "Wof", "FileInfo", "bindflt", "WdFilter"})
            QVERIFY2(!t.isSuspect(QString::fromLatin1(ms)), ms);
        QVERIFY(!t.isSuspect(QStringLiteral("PROCMON24")));   // the helpdesk's own capture tool
        QVERIFY(t.isSuspect(QStringLiteral("TmPreFlt")));
        QVERIFY(t.isSuspect(QStringLiteral("sysdiag")));
        QCOMPARE(t.find(QStringLiteral("tmpreflt.sys"))->vendor, QStringLiteral("Trend Micro"));
        const QString en = t.describe(QStringLiteral("TmPreFlt"), QStringLiteral("328520"), QLocale(QLocale::English));
        QVERIFY2(en.contains(QStringLiteral("Trend Micro")) && en.contains(QStringLiteral("FSFilter Anti-Virus")), qPrintable(en));
        // An unknown third-party filter is still recognised by its altitude range.
        QVERIFY(t.isSuspect(QStringLiteral("acmeguard")));
        const QString unknown = t.describe(QStringLiteral("acmeguard"), QStringLiteral("365100"), QLocale(QLocale::Chinese));
        QVERIFY2(unknown.contains(QStringLiteral("未知厂商")) && unknown.contains(QStringLiteral("活动监视")), qPrintable(unknown));
    }
};

QTEST_GUILESS_MAIN(TestRuleBook)
#include "tst_rulebook.moc"
