// The engine's asynchronous shape, bad input handling, and the triage CLI.
#include "testutil.h"
#include "triage/triageengine.h"
#include "triage/logparser.h"
#include "triage/triagejson.h"
#include "bundle/bundlewriter.h"

#include <QBuffer>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace lt::triage;
using lt::test::triageData;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

struct CliResult {
    int exitCode = -1;
    QByteArray out;
};

CliResult runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(LT_CLI_PATH), QStringList{QStringLiteral("triage")} + args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput()};
}

} // namespace

class TestTriageEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void asyncRunReportsProgressAndFinishes()
    {
        TriageEngine engine;
        QSignalSpy progress(&engine, &TriageEngine::progress);
        QSignalSpy perFile(&engine, &TriageEngine::fileTriaged);
        QSignalSpy finished(&engine, &TriageEngine::finished);
        engine.start({triageData(QStringLiteral("fieldcase1")), triageData(QStringLiteral("procmon.csv"))});
        QVERIFY(finished.wait(60000));
        QCOMPARE(perFile.size(), 3);
        QVERIFY(progress.size() >= 4);
        QCOMPARE(progress.last().at(0).toInt(), 3);
        QCOMPARE(progress.last().at(1).toInt(), 3);
        const auto report = finished.first().first().value<TriageReport>();
        QCOMPARE(report.files.size(), 3);
        QCOMPARE(report.diagnoses.first().ruleId, QStringLiteral("third-party-minifilter-blocks-servicing"));
        QVERIFY(!engine.isRunning());
    }

    void cancelStopsEarly()
    {
        // A large generated CBS log: cancelled right away, the engine still finishes cleanly.
        const QString big = m_dir.filePath(QStringLiteral("big-CBS.log"));
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray line = "2022-08-23 15:28:01, Info                  CBS    Exec: Processing package, nothing wrong here at all\r\n";
        for (int i = 0; i < 200000; ++i)
            f.write(line);
        f.close();
        TriageEngine engine;
        QSignalSpy finished(&engine, &TriageEngine::finished);
        engine.start({big});
        engine.cancel();
        QVERIFY(finished.wait(60000));
        const auto report = finished.first().first().value<TriageReport>();
        QVERIFY(report.errors.join(u' ').contains(QStringLiteral("cancel")) || report.files.size() <= 1);
    }

    void badInputGivesClearErrors()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty.log"));
        QVERIFY(writeFile(empty, {}));
        QByteArray garbage(256 * 1024, Qt::Uninitialized);
        for (char &c : garbage)
            c = char(QRandomGenerator::global()->bounded(256));
        const QString binary = m_dir.filePath(QStringLiteral("garbage.log"));
        QVERIFY(writeFile(binary, garbage));
        const QString brokenZip = m_dir.filePath(QStringLiteral("broken.zip"));
        QVERIFY(writeFile(brokenZip, QByteArray("PK\x03\x04", 4) + garbage.left(1000)));
        const QString missing = m_dir.filePath(QStringLiteral("does-not-exist.log"));

        const TriageReport r = TriageEngine::triagePaths({empty, binary, brokenZip, missing});
        QCOMPARE(r.errors.size(), 2);   // the zip and the missing file cannot be opened at all
        QVERIFY(r.errors.join(u' ').contains(QStringLiteral("zip")));
        QCOMPARE(r.files.size(), 2);
        for (const FileReport &f : r.files) {
            QVERIFY2(!f.error.isEmpty(), qPrintable(f.path));
            QVERIFY(f.findings.isEmpty());
        }
        QVERIFY(r.files[0].error.contains(QStringLiteral("empty")));
        QCOMPARE(r.files[1].format, LogFormat::Binary);
        QVERIFY(r.diagnoses.isEmpty());
    }

    void everyParserSurvivesGarbage()
    {
        QByteArray noise(64 * 1024, Qt::Uninitialized);
        for (char &c : noise)
            c = char(QRandomGenerator::global()->bounded(32, 256));
        const QString text = QString::fromLatin1(noise) + QStringLiteral("\n>>>  [\n<<<  [Exit status: FAILURE(\n事件[0]:\n描述:\n\"Result\"\n----  ----  ----\nx 1\n");
        for (int f = int(LogFormat::Unknown); f <= int(LogFormat::Binary); ++f) {
            auto parser = LogParser::create(LogFormat(f));
            QList<LogRecord> records;
            qint64 n = 0;
            for (QStringView line : QStringView(text).split(u'\n'))
                parser->addLine(line, ++n, records);
            parser->finish(records);
            for (const LogRecord &r : records)
                QVERIFY(r.line >= 1 && r.line <= n);
        }
    }

    void hugeLineWithoutBreaksIsCut()
    {
        // 5 MiB of text without a single line break: read in pieces, not buffered whole.
        QByteArray data(5 * 1024 * 1024, 'a');
        data.replace(1000, 40, "Failed with [HRESULT = 0x80070005 - X] ");
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const FileReport r = FileTriager(RuleBook::builtin()).triage(buffer, QStringLiteral("one-line.log"));
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.lines, 5);
        QCOMPARE(r.findings.size(), 1);
        QCOMPARE(r.findings.first().code, 0x80070005u);
    }

    // A large zip member is inflated to a temporary file and gets the mapped triage: the same
    // findings, rule hits and diagnoses as the log triaged as a plain file.
    void largeZipMemberMatchesPlainFile()
    {
        QFile source(triageData(QStringLiteral("fieldcase1/CBS.log")));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray once = source.readAll();
        QByteArray big;
        while (big.size() < 3 * 1024 * 1024)
            big += once;
        const QString plain = m_dir.filePath(QStringLiteral("CBS.log"));
        QVERIFY(writeFile(plain, big));
        const QString zipPath = m_dir.filePath(QStringLiteral("big-member.zip"));
        {
            lt::bundle::BundleWriter writer(zipPath);
            QString error;
            QVERIFY2(writer.open(&error), qPrintable(error));
            writer.addData(QStringLiteral("CBS.log"), big);
            QVERIFY2(writer.finish(&error), qPrintable(error));
        }
        const TriageReport fromZip = TriageEngine::triagePaths({zipPath});
        const TriageReport fromFile = TriageEngine::triagePaths({plain});
        QCOMPARE(fromZip.files.size(), 1);
        QCOMPARE(fromZip.files[0].path, QStringLiteral("CBS.log"));
        QCOMPARE(fromZip.files[0].lines, fromFile.files[0].lines);
        QVERIFY(fromZip.files[0].lines > 10000);
        const auto json = [](const TriageReport &r) {
            QJsonObject o = reportToJson(r, QLocale(QLocale::English));
            o.remove(QStringLiteral("inputs"));
            o.remove(QStringLiteral("bundle"));
            o.remove(QStringLiteral("generated"));
            return QJsonDocument(o).toJson();
        };
        QCOMPARE(json(fromZip), json(fromFile));
        QVERIFY(lt::test::hasCode(fromZip.files[0].findings, 0x80070005));
    }

    void jsonSchema()
    {
        const TriageReport r = TriageEngine::triagePaths({triageData(QStringLiteral("fieldcase2"))});
        const QJsonObject o = reportToJson(r, QLocale(QLocale::Chinese));
        QCOMPARE(o.value(u"schema").toString(), QStringLiteral("logtriage.triage/1"));
        QCOMPARE(o.value(u"files").toArray().size(), 2);
        const QJsonObject file = o.value(u"files").toArray().first().toObject();
        QCOMPARE(file.value(u"format").toString(), QStringLiteral("cbs"));
        QCOMPARE(file.value(u"encoding").toString(), QStringLiteral("UTF-8"));
        const QJsonObject d = o.value(u"diagnoses").toArray().first().toObject();
        QCOMPARE(d.value(u"id").toString(), QStringLiteral("orchestrator-install-timeout"));
        QVERIFY(d.value(u"title").toString().contains(QStringLiteral("更新编排器")));
        QCOMPARE(d.value(u"codes").toArray().first().toString(), QStringLiteral("0x800F0821"));
        QVERIFY(d.value(u"evidence").toArray().first().toObject().value(u"line").toInt() > 0);
        QVERIFY(!d.value(u"remediation").toArray().first().toObject().value(u"registry").toArray().isEmpty());
        const QJsonObject finding = o.value(u"findings").toArray().first().toObject();
        QCOMPARE(finding.value(u"name").toString(), QStringLiteral("CBS_E_ABORT"));
    }

    void cliExitCodes()
    {
        CliResult found = runCli({QStringLiteral("--lang"), QStringLiteral("en"), triageData(QStringLiteral("fieldcase1"))});
        QCOMPARE(found.exitCode, 1);
        QVERIFY(found.out.contains("TmPreFlt"));
        QVERIFY(found.out.contains("Trend Micro"));
        QVERIFY(found.out.contains("> msconfig"));

        CliResult zh = runCli({QStringLiteral("--lang"), QStringLiteral("zh"), triageData(QStringLiteral("fieldcase2"))});
        QCOMPARE(zh.exitCode, 1);
        QVERIFY(QString::fromUtf8(zh.out).contains(QStringLiteral("更新编排器")));
        QVERIFY(zh.out.contains("installcallbacktimeoutinms"));

        CliResult clean = runCli({triageData(QStringLiteral("fltmc-instances.txt"))});
        QCOMPARE(clean.exitCode, 0);

        CliResult unreadable = runCli({m_dir.filePath(QStringLiteral("nope.log"))});
        QCOMPARE(unreadable.exitCode, 4);

        CliResult usage = runCli({QStringLiteral("--lang"), QStringLiteral("fr"), triageData(QStringLiteral("procmon.csv"))});
        QCOMPARE(usage.exitCode, 2);
        QCOMPARE(runCli({}).exitCode, 2);

        CliResult json = runCli({QStringLiteral("--json"), triageData(QStringLiteral("setupapi.dev.log"))});
        QCOMPARE(json.exitCode, 1);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(u"diagnoses").toArray().first().toObject().value(u"id").toString(),
                 QStringLiteral("device-install-blocked-by-policy"));
    }
};

QTEST_GUILESS_MAIN(TestTriageEngine)
#include "tst_triageengine.moc"
