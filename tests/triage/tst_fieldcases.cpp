// The two field cases end to end, from a bundle zip and a folder, and their negative controls.
#include "bundle/ziphelper.h"
#include "testutil.h"
#include "triage/triageengine.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace lt::triage;
using lt::test::diagnosisIds;
using lt::test::triageData;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(triageData(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const Diagnosis *find(const TriageReport &r, const QString &id)
{
    for (const Diagnosis &d : r.diagnoses) {
        if (d.ruleId == id)
            return &d;
    }
    return nullptr;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

const QString Minifilter = QStringLiteral("third-party-minifilter-blocks-servicing");
const QString Orchestrator = QStringLiteral("orchestrator-install-timeout");

} // namespace

class TestFieldCases : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void minifilterCaseFromZip()
    {
        // Laid out as the collector stores it: logs in folders, fltmc output as a command result.
        const QString zip = m_dir.filePath(QStringLiteral("case1.zip"));
        QVERIFY(lt::test::writeZip(zip, {{QStringLiteral("manifest.json"), R"({"host":"BRANCH-PC-017","items":[]})"},
                                         {QStringLiteral("更新日志/Logs/CBS/CBS.log"), fixture(QStringLiteral("fieldcase1/CBS.log"))},
                                         {QStringLiteral("系统信息/fltmc-filters.txt"), fixture(QStringLiteral("fieldcase1/fltmc.txt"))}}));
        const TriageReport r = TriageEngine::triagePaths({zip});
        QVERIFY(r.errors.isEmpty());
        QCOMPARE(r.bundle.kind, QStringLiteral("zip"));
        QCOMPARE(r.bundle.manifest.host, QStringLiteral("BRANCH-PC-017"));
        QCOMPARE(r.files.size(), 2);
        QVERIFY(!r.diagnoses.isEmpty());
        const Diagnosis &d = r.diagnoses.first();
        QCOMPARE(d.ruleId, Minifilter);
        QVERIFY(d.confidence >= 90);
        QVERIFY(d.codes.contains(0x80070005));
        // Names the driver and its vendor, in both languages; Microsoft's and Process Monitor are not suspects.
        const QString suspects = d.suspects.join(u'|');
        QVERIFY2(suspects.contains(QStringLiteral("TmPreFlt")) && suspects.contains(QStringLiteral("Trend Micro")), qPrintable(suspects));
        QVERIFY(suspects.contains(QStringLiteral("sysdiag")));
        QVERIFY(!suspects.contains(QStringLiteral("PROCMON24")) && !suspects.contains(QStringLiteral("WdFilter")));
        QVERIFY(d.title.en.contains(QStringLiteral("TmPreFlt")));
        QVERIFY(d.explanation.zh.contains(QStringLiteral("TmPreFlt")));
        // Evidence points at the CBS lines (file:line) and the fltmc row; the WER probe is not evidence.
        bool dpx = false, filterRow = false;
        for (const Evidence &e : d.evidence) {
            QVERIFY(!e.text.contains(QStringLiteral("DisableWerReporting")));
            dpx = dpx || (e.file.endsWith(QStringLiteral("CBS.log")) && e.text.contains(QStringLiteral("cabinet")));
            filterRow = filterRow || (e.file.endsWith(QStringLiteral("fltmc-filters.txt")) && e.text.startsWith(QStringLiteral("TmPreFlt")));
        }
        QVERIFY(dpx && filterRow);
        // The remediation order of the field case: clean boot first, vendor fix last.
        QVERIFY(d.remediation.size() >= 5);
        QVERIFY(d.remediation.first().commands.contains(QStringLiteral("msconfig")));
        QVERIFY(d.remediation[2].commands.join(u' ').contains(QStringLiteral("SoftwareDistribution")));
        QVERIFY(d.remediation[3].commands.join(u' ').contains(QStringLiteral("Minifilter")));
        QVERIFY(d.remediation.last().text.en.contains(QStringLiteral("TmPreFlt")));
        // The generic access-denied rule is replaced by the specific one.
        QVERIFY(!find(r, QStringLiteral("access-denied-servicing")));
        // The noise line is not a finding.
        for (const FileReport &f : r.files) {
            for (const Finding &finding : f.findings)
                QVERIFY(!finding.message.contains(QStringLiteral("DisableWerReporting")));
        }
    }

    void minifilterCaseNeedsAThirdPartyFilter()
    {
        const QString dir = m_dir.filePath(QStringLiteral("case1-clean"));
        QVERIFY(writeFile(dir + QStringLiteral("/CBS.log"), fixture(QStringLiteral("fieldcase1/CBS.log"))));
        QVERIFY(writeFile(dir + QStringLiteral("/fltmc.txt"), fixture(QStringLiteral("fltmc-microsoft-only.txt"))));
        const TriageReport r = TriageEngine::triagePaths({dir});
        QVERIFY(!find(r, Minifilter));
        // Still a failure, explained generically.
        QVERIFY(find(r, QStringLiteral("access-denied-servicing")));

        // No fltmc output at all: no minifilter claim either.
        const TriageReport cbsOnly = TriageEngine::triagePaths({triageData(QStringLiteral("fieldcase1/CBS.log"))});
        QVERIFY(!find(cbsOnly, Minifilter));
    }

    void orchestratorTimeoutFromFolder()
    {
        const TriageReport r = TriageEngine::triagePaths({triageData(QStringLiteral("fieldcase2"))});
        QCOMPARE(r.bundle.kind, QStringLiteral("folder"));
        QVERIFY(!r.diagnoses.isEmpty());
        const Diagnosis &d = r.diagnoses.first();
        QCOMPARE(d.ruleId, Orchestrator);
        QVERIFY(d.codes.contains(0x800F0821));
        QVERIFY2(d.title.en.contains(QStringLiteral("30 minutes")), qPrintable(d.title.en));
        QVERIFY(d.explanation.en.contains(QStringLiteral("15:28")) && d.explanation.en.contains(QStringLiteral("15:58")));
        QVERIFY(!d.explanation.zh.isEmpty());
        QVERIFY(d.remediation.first().registry.join(u' ').contains(
            QStringLiteral("HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate\\Orchestrator\\Lus")));
        QVERIFY(d.remediation.first().commands.join(u' ').contains(QStringLiteral("installcallbacktimeoutinms /t REG_SZ /d 14400000")));
        const QString steps = [&] {
            QStringList all;
            for (const RemediationStep &s : d.remediation)
                all += s.commands;
            return all.join(u'\n');
        }();
        QVERIFY(steps.contains(QStringLiteral("net stop wuauserv")) && steps.contains(QStringLiteral("SoftwareDistribution"))
                && steps.contains(QStringLiteral("net start wuauserv")));
        // Evidence from both files, the start before the abort.
        QStringList files;
        for (const Evidence &e : d.evidence)
            files.append(e.file);
        QVERIFY(files.contains(QStringLiteral("CBS.log")) && files.contains(QStringLiteral("WindowsUpdate.log")));
        QVERIFY(d.evidence.first().timestamp < d.evidence.last().timestamp);
        QVERIFY(!find(r, QStringLiteral("cbs-abort-watchdog")));   // superseded
    }

    void orchestratorNeedsTheThirtyMinuteGap()
    {
        // Same logs, but the abort comes 3 minutes after the start.
        const QString dir = m_dir.filePath(QStringLiteral("case2-short"));
        for (const QString &name : {QStringLiteral("CBS.log"), QStringLiteral("WindowsUpdate.log")}) {
            QByteArray data = fixture(QStringLiteral("fieldcase2/") + name);
            data.replace("15:58:", "15:31:");
            QVERIFY(writeFile(dir + u'/' + name, data));
        }
        const TriageReport r = TriageEngine::triagePaths({dir});
        QVERIFY(!find(r, Orchestrator));
        QVERIFY(find(r, QStringLiteral("cbs-abort-watchdog")));   // still explained, generically

        // And without any install start in the logs, no timing claim can be made.
        const QString abortOnly = m_dir.filePath(QStringLiteral("abort-only.log"));
        QByteArray cbs = fixture(QStringLiteral("fieldcase2/CBS.log"));
        QVERIFY(writeFile(abortOnly, cbs.mid(cbs.indexOf("2022-09-14 15:58"))));
        QVERIFY(!find(TriageEngine::triagePaths({abortOnly}), Orchestrator));
    }

    void orchestratorNeedsAnUpdateClientInstall()
    {
        // The same 30 minutes, but DISM drove the install: no Update Orchestrator is involved.
        const QString dir = m_dir.filePath(QStringLiteral("case2-dism"));
        QByteArray cbs = fixture(QStringLiteral("fieldcase2/CBS.log"));
        cbs.replace("initialized by client WindowsUpdateAgent", "initialized by client DISM Package Manager Provider");
        QVERIFY(writeFile(dir + QStringLiteral("/CBS.log"), cbs));
        const TriageReport r = TriageEngine::triagePaths({dir});
        QVERIFY(!find(r, Orchestrator));
        QVERIFY(find(r, QStringLiteral("cbs-abort-watchdog")));
    }

    void bothCasesInOneBundle()
    {
        const QString dir = m_dir.filePath(QStringLiteral("both"));
        QVERIFY(writeFile(dir + QStringLiteral("/a/CBS.log"), fixture(QStringLiteral("fieldcase1/CBS.log"))));
        QVERIFY(writeFile(dir + QStringLiteral("/a/fltmc.txt"), fixture(QStringLiteral("fieldcase1/fltmc.txt"))));
        QVERIFY(writeFile(dir + QStringLiteral("/b/CBS.log"), fixture(QStringLiteral("fieldcase2/CBS.log"))));
        QVERIFY(writeFile(dir + QStringLiteral("/b/WindowsUpdate.log"), fixture(QStringLiteral("fieldcase2/WindowsUpdate.log"))));
        const QStringList ids = diagnosisIds(TriageEngine::triagePaths({dir}).diagnoses);
        QVERIFY2(ids.contains(Minifilter) && ids.contains(Orchestrator), qPrintable(ids.join(u',')));
    }
};

QTEST_GUILESS_MAIN(TestFieldCases)
#include "tst_fieldcases.moc"
