// ReportExporter on a real triage of the viewer's fixture bundle (field case 1 as an unpacked
// collector folder) and on hand-made reports with hostile text.
#include "triage/reportexporter.h"
#include "triage/triageengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using lt::triage::ReportExporter;

class TestReportExporter final : public QObject
{
    Q_OBJECT

private:
    static lt::triage::TriageReport handMade()
    {
        lt::triage::TriageReport r;
        r.bundle.path = QStringLiteral("C:/Users/ops/Desktop/bundle.zip");
        r.bundle.kind = QStringLiteral("zip");
        r.bundle.hasManifest = true;
        r.bundle.manifest.host = QStringLiteral("PC<01>");
        lt::triage::FileReport f;
        f.path = QStringLiteral("logs/CBS/CBS.log");
        f.format = lt::triage::LogFormat::Cbs;
        f.errors = 1;
        lt::triage::Finding x;
        x.code = 0x80070005;
        x.name = QStringLiteral("E_ACCESSDENIED");
        x.file = f.path;
        x.line = 42;
        x.message = QStringLiteral("Failed <script>alert(1)</script> | pipe");
        f.findings = {x};
        r.files = {f};
        lt::triage::Diagnosis d;
        d.ruleId = QStringLiteral("orchestrator-install-timeout");
        d.title = {QStringLiteral("Update Orchestrator gave up after 30 minutes"), QStringLiteral("更新编排器在 30 分钟后放弃安装")};
        d.explanation = {QStringLiteral("Started 15:28, aborted 15:58."), QStringLiteral("15:28 开始，15:58 中止。")};
        d.confidence = 88;
        d.codes = {0x800F0821};
        d.evidence = {{f.path, 42, {}, QStringLiteral("Exec: Processing complete ... [HRESULT = 0x800f0821 - CBS_E_ABORT]"), QStringLiteral("abort")}};
        lt::triage::RemediationStep s1;
        s1.text = {QStringLiteral("Raise the timeout."), QStringLiteral("提高超时。")};
        s1.registry = {QStringLiteral("HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate\\Orchestrator\\Lus : installcallbacktimeoutinms (REG_SZ) = 14400000")};
        lt::triage::RemediationStep s2;
        s2.text = {QStringLiteral("Stop the services."), QStringLiteral("停止服务。")};
        s2.commands = {QStringLiteral("net stop wuauserv"), QStringLiteral("net stop usosvc")};
        d.remediation = {s1, s2};
        r.diagnoses = {d};
        lt::bundle::ManifestItem denied;
        denied.id = QStringLiteral("dism-log");
        denied.title = QStringLiteral("DISM log");
        denied.status = QStringLiteral("denied");
        denied.reason = QStringLiteral("Access is denied.");
        r.failedItems = {denied};
        return r;
    }

private slots:
    void htmlIsSelfContainedAndEscaped()
    {
        const QString html = ReportExporter::toHtml(handMade(), QLocale(QLocale::English));
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
        QVERIFY(html.contains(QStringLiteral("PC&lt;01&gt;")));
        QVERIFY(html.contains(QStringLiteral("installcallbacktimeoutinms")));
        QVERIFY(html.contains(QStringLiteral("<ol>")));
        QVERIFY(!html.contains(QStringLiteral("<link")));   // no external resources
        QVERIFY(html.contains(QStringLiteral("Access is denied.")));
    }

    void markdownPicksTheLanguageAndEscapesTables()
    {
        const QString zh = ReportExporter::toMarkdown(handMade(), QLocale(QLocale::Chinese, QLocale::China));
        QVERIFY(zh.contains(QStringLiteral("### 1. 更新编排器在 30 分钟后放弃安装 (88%)")));
        QVERIFY(zh.contains(QStringLiteral("1. 提高超时。")));
        QVERIFY(zh.contains(QStringLiteral("2. 停止服务。")));
        QVERIFY(zh.contains(QStringLiteral("   - `net stop wuauserv`")));
        QVERIFY(zh.contains(QStringLiteral("\\| pipe")));   // a '|' in a message does not break the table
        const QString en = ReportExporter::toMarkdown(handMade(), QLocale(QLocale::English));
        QVERIFY(en.contains(QStringLiteral("Update Orchestrator gave up after 30 minutes")));
    }

    void jsonIsTheCliSchema()
    {
        const QJsonObject root = QJsonDocument::fromJson(
            ReportExporter::toJson(handMade(), QLocale(QLocale::Chinese, QLocale::China))).object();
        QCOMPARE(root.value(QLatin1StringView("schema")).toString(), QStringLiteral("logtriage.triage/1"));
        const QJsonObject d = root.value(QLatin1StringView("diagnoses")).toArray().first().toObject();
        QCOMPARE(d.value(QLatin1StringView("id")).toString(), QStringLiteral("orchestrator-install-timeout"));
        QCOMPARE(d.value(QLatin1StringView("codes")).toArray().first().toString(), QStringLiteral("0x800F0821"));
        QCOMPARE(d.value(QLatin1StringView("title")).toString(), QStringLiteral("更新编排器在 30 分钟后放弃安装"));
        QCOMPARE(d.value(QLatin1StringView("remediation")).toArray().at(1).toObject()
                     .value(QLatin1StringView("commands")).toArray().size(), 2);
        const QJsonObject file = root.value(QLatin1StringView("files")).toArray().first().toObject();
        QCOMPARE(file.value(QLatin1StringView("format")).toString(), QStringLiteral("cbs"));
        QCOMPARE(root.value(QLatin1StringView("findings")).toArray().first().toObject()
                     .value(QLatin1StringView("code")).toString(), QStringLiteral("0x80070005"));
        QCOMPARE(root.value(QLatin1StringView("failedItems")).toArray().first().toObject()
                     .value(QLatin1StringView("status")).toString(), QStringLiteral("denied"));
    }

    void diagnosisTextForATicket()
    {
        const QString text = ReportExporter::diagnosisText(handMade().diagnoses.front(), QLocale(QLocale::English));
        QVERIFY(text.contains(QStringLiteral("0x800F0821")));
        QVERIFY(text.contains(QStringLiteral("logs/CBS/CBS.log:42")));
        QVERIFY(text.contains(QStringLiteral("1. Raise the timeout.")));
        QVERIFY(text.contains(QStringLiteral("> net stop usosvc")));
    }

    void formatsFromFileNamesAndAtomicSave()
    {
        QCOMPARE(ReportExporter::formatForFileName(QStringLiteral("a.HTML")), ReportExporter::Format::Html);
        QCOMPARE(ReportExporter::formatForFileName(QStringLiteral("a.md")), ReportExporter::Format::Markdown);
        QCOMPARE(ReportExporter::formatForFileName(QStringLiteral("a.json")), ReportExporter::Format::Json);
        QVERIFY(!ReportExporter::formatForFileName(QStringLiteral("a.pdf")));
        QTemporaryDir dir;
        QString error;
        QVERIFY(ReportExporter::save(handMade(), dir.filePath(QStringLiteral("r.json")), ReportExporter::Format::Json, &error));
        QVERIFY(!ReportExporter::save(handMade(), dir.filePath(QStringLiteral("missing/dir/r.json")),
                                      ReportExporter::Format::Json, &error));
        QVERIFY(!error.isEmpty());
    }

    void realTriageOfTheFieldCaseFolder()
    {
        const lt::triage::TriageReport report =
            lt::triage::TriageEngine::triagePaths({QStringLiteral(LT_TEST_DATA_DIR "/viewer/bundle")});
        QVERIFY(!report.diagnoses.isEmpty());
        const QString md = ReportExporter::toMarkdown(report, QLocale(QLocale::English));
        QVERIFY(md.contains(QStringLiteral("TmPreFlt")));
        QVERIFY(md.contains(QStringLiteral("fltmc filters")));
        QVERIFY(md.contains(QStringLiteral("CBS.log:")));
        const QJsonObject root = QJsonDocument::fromJson(ReportExporter::toJson(report)).object();
        QCOMPARE(root.value(QLatin1StringView("diagnoses")).toArray().first().toObject()
                     .value(QLatin1StringView("id")).toString(), QStringLiteral("third-party-minifilter-blocks-servicing"));
        QCOMPARE(root.value(QLatin1StringView("summary")).toObject().value(QLatin1StringView("errors")).toInt(),
                 report.totalErrors());
    }
};

QTEST_GUILESS_MAIN(TestReportExporter)
#include "tst_reportexporter.moc"
