// `logtriage-cli triage` as a helpdesk runs it: the built binary on a realistic bundle folder
// (field case 1: Trend Micro minifilter + E_ACCESSDENIED in CBS.log, plus a binary file and a
// broken zip), in every --format, to stdout and with -o, checking content and exit codes.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#ifndef LT_CLI_PATH
#error "tests/CMakeLists.txt must define LT_CLI_PATH (path of logtriage-cli)"
#endif

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run triage(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(LT_CLI_PATH), QStringList{QStringLiteral("triage")} + args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

bool copy(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestTriageCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bundle = m_dir.filePath(QStringLiteral("bundle"));
        QVERIFY(QDir().mkpath(m_bundle + QStringLiteral("/logs/cbs")));
        QVERIFY(QDir().mkpath(m_bundle + QStringLiteral("/system")));
        const QString data = QStringLiteral(LT_TEST_DATA_DIR "/triage/fieldcase1/");
        QVERIFY(copy(data + QStringLiteral("CBS.log"), m_bundle + QStringLiteral("/logs/cbs/CBS.log")));
        QVERIFY(copy(data + QStringLiteral("fltmc.txt"), m_bundle + QStringLiteral("/system/fltmc.txt")));
        // A binary file in the bundle: reported per file, the rest still triaged.
        QVERIFY(writeFile(m_bundle + QStringLiteral("/system/dump.bin"), QByteArray("MDMP\0\0\x01\x02", 8).repeated(64)));
        m_brokenZip = m_dir.filePath(QStringLiteral("broken.zip"));
        QVERIFY(writeFile(m_brokenZip, "PK\x03\x04 this is not a zip archive"));
        m_clean = m_dir.filePath(QStringLiteral("clean-CBS.log"));
        QVERIFY(writeFile(m_clean, "2022-08-23 15:28:01, Info                  CBS    Exec: Processing package Package_for_RollupFix~31bf3856ad364e35~amd64~~19041.1889.1.7, state Staged\r\n"
                                   "2022-08-23 15:28:03, Info                  CBS    Doqe: Recording result: 0x0, for Inf: wpdmtp.inf\r\n"));
    }

    void textIsPlainWhenNotATerminal()
    {
        const Run r = triage({QStringLiteral("--lang"), QStringLiteral("en"), m_bundle});
        QCOMPARE(r.exitCode, 1);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY(!text.contains(QChar(0x1b)));   // no colour codes in a pipe
        QVERIFY(text.contains(u"TmPreFlt"));
        QVERIFY(text.contains(u"0x80070005"));
        QVERIFY(text.contains(u"logs/cbs/CBS.log:7"));
        QVERIFY(text.contains(u"dump.bin"));
        QVERIFY(text.contains(u"not triaged"));
        QVERIFY(text.contains(u"  ERROR    0x80070005"));
        // Chinese: the severity tag too, padded to the same 8 terminal columns.
        const Run zh = triage({QStringLiteral("--lang"), QStringLiteral("zh"), m_bundle});
        QVERIFY2(QString::fromUtf8(zh.out).contains(u"  错误     0x80070005"), zh.out.constData());
    }

    void jsonAndAlias()
    {
        const Run a = triage({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--lang"), QStringLiteral("en"), m_bundle});
        const Run b = triage({QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("en"), m_bundle});
        QCOMPARE(a.exitCode, 1);
        QCOMPARE(a.out, b.out);
        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(a.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.value(u"schema").toString(), QStringLiteral("logtriage.triage/1"));
        const QJsonArray diagnoses = doc.value(u"diagnoses").toArray();
        QVERIFY(!diagnoses.isEmpty());
        QVERIFY(QJsonDocument(diagnoses.first().toObject()).toJson().contains("TmPreFlt"));
        QCOMPARE(doc.value(u"files").toArray().size(), 3);
    }

    void htmlToFileIsSelfContained()
    {
        const QString out = m_dir.filePath(QStringLiteral("reports/case-4711.html"));
        QVERIFY(QDir().mkpath(QFileInfo(out).path()));
        const Run r = triage({QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--lang"), QStringLiteral("en"),
                              QStringLiteral("-o"), out, m_bundle});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());   // the report went to the file
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(f.readAll());
        QVERIFY(html.startsWith(u"<!DOCTYPE html", Qt::CaseInsensitive) || html.contains(u"<html"));
        // Title of the diagnosis and its evidence lines.
        QVERIFY(html.contains(u"A third-party file-system filter blocks servicing"));
        QVERIFY(html.contains(u"Failed to extract files from cabinet"));
        QVERIFY(html.contains(u"TmPreFlt"));
        // Nothing loaded from elsewhere: no scripts, stylesheets, images or fonts by URL.
        static const QRegularExpression external(QStringLiteral(
            "<script[^>]*\\bsrc=|<link\\b|<img[^>]*\\bsrc=[\"\']?(?!data:)|@import|url\\(\\s*[\"\']?(?!data:)|<iframe"),
            QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(!external.match(html).hasMatch(), qPrintable(external.match(html).captured()));
        // Written atomically: no temporary file left next to it.
        QCOMPARE(QDir(QFileInfo(out).path()).entryList(QDir::Files), QStringList{QStringLiteral("case-4711.html")});
    }

    void markdownToFile()
    {
        const QString out = m_dir.filePath(QStringLiteral("report.md"));
        const Run r = triage({QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--lang"), QStringLiteral("en"),
                              QStringLiteral("--output"), out, m_bundle});
        QCOMPARE(r.exitCode, 1);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString md = QString::fromUtf8(f.readAll());
        QVERIFY(md.startsWith(u"# "));
        QVERIFY(md.contains(u"A third-party file-system filter blocks servicing"));
        QVERIFY(md.contains(u"CBS.log:7"));
        // Chinese explanations when asked.
        const Run zh = triage({QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--lang"), QStringLiteral("zh"), m_bundle});
        QVERIFY(QString::fromUtf8(zh.out).contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))));
    }

    void exitCodes()
    {
        QCOMPARE(triage({m_clean}).exitCode, 0);
        QCOMPARE(triage({QStringLiteral("--format"), QStringLiteral("html"), m_clean}).exitCode, 0);
        // An unreadable input: exit 4, reported, and the other inputs are still triaged.
        const Run r = triage({QStringLiteral("--format"), QStringLiteral("json"), m_brokenZip, m_bundle});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains("broken.zip"));
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QVERIFY(!doc.value(u"diagnoses").toArray().isEmpty());
        const Run missing = triage({m_dir.filePath(QStringLiteral("no-such.log")), m_clean});
        QCOMPARE(missing.exitCode, 4);
        QVERIFY(missing.out.contains("clean-CBS.log"));
        // Usage errors.
        QCOMPARE(triage({QStringLiteral("--format"), QStringLiteral("pdf"), m_clean}).exitCode, 2);
        QCOMPARE(triage({QStringLiteral("--json"), QStringLiteral("--format"), QStringLiteral("html"), m_clean}).exitCode, 2);
        // -o into a folder that does not exist: the report cannot be written.
        QCOMPARE(triage({QStringLiteral("-o"), m_dir.filePath(QStringLiteral("nope/x.txt")), m_clean}).exitCode, 4);
    }

private:
    QTemporaryDir m_dir;
    QString m_bundle;
    QString m_brokenZip;
    QString m_clean;
};

QTEST_GUILESS_MAIN(TestTriageCommand)
#include "tst_triagecommand.moc"
