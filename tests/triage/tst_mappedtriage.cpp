// The memory-mapped, screened, multi-threaded triage (MappedTriager) must give exactly the
// report of the streaming FileTriager: same findings (counts, first/last lines and times),
// same rule evidence, same diagnoses, whether the file is read in one piece or cut in many
// ranges and segments, in UTF-8 (with or without BOM, CRLF, lone CR) and GB18030.
#include "reportdescription.h"
#include "testutil.h"
#include "triage/candidatescreen.h"
#include "triage/mappedtriager.h"

#include <QBuffer>
#include <QDirIterator>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace lt::triage;

namespace {

using lt::test::describeReport;

FileReport streamed(const QString &fileName, const QString &name)
{
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QBuffer buffer;
    buffer.setData(f.readAll());
    buffer.open(QIODevice::ReadOnly);
    return FileTriager(RuleBook::builtin()).triage(buffer, name);
}

// A CBS log with what breaks naive splitting: wrapped entries, "[gle=...]" continuations,
// failures next to each other, Chinese text, a lone CR line end and no final line end.
QString cbsText(int blocks)
{
    QString text;
    for (int b = 0; b < blocks; ++b) {
        const QString minute = QString::number(10 + b % 50);
        text += QStringLiteral("2022-08-23 15:%1:01, Info                  CBS    Exec: Processing package Package_for_RollupFix~31bf3856ad364e35~amd64~~19041.1889.1.7, state Staged\n").arg(minute);
        text += QStringLiteral("2022-08-23 15:%1:01, Info                  CSI    0000012a Creating NT transaction (seq 2), objectname [6]\"(null)\"\n").arg(minute);
        text += QStringLiteral("2022-08-23 15:%1:02, Info                  CBS    Doqe: Recording result: 0x0, for Inf: wpdmtp.inf\n").arg(minute);
        if (b % 3 == 0) {
            text += QStringLiteral("2022-08-23 15:%1:03, Error                 CBS    Failed to extract cab C:\\Windows\\SoftwareDistribution\\Download\\a%2.cab [HRESULT = 0x80070005 - E_ACCESSDENIED]\n").arg(minute).arg(b);
            text += QStringLiteral("2022-08-23 15:%1:03, Info                  DPX    Ended DPX phase: Resume and Download Job\n").arg(minute);
        }
        if (b % 4 == 1) {
            text += QStringLiteral("2022-08-23 15:%1:04, Info                  CBS    Shtd: 等待安装程序完成的时候出现错误 the operation could\n").arg(minute);
            text += QStringLiteral("   continue after a wrapped line\n");
            text += QStringLiteral("[gle=0x80004005]\n");
        }
        if (b % 5 == 2)
            text += QStringLiteral("2022-08-23 15:%1:05, Info                  CBS    Failed to get session package state [HRESULT = 0x800f0821 - CBS_E_ABORT]\r").arg(minute);
        if (b % 11 == 6) {
            // Console-wrapped at a fixed width: a word and a code cut by the line end.
            const QString pad(120, u'.');
            text += QStringLiteral("2022-08-23 15:%1:07, Info                  CBS    Staging package Package_for_KB5015811 %2 Fai\n").arg(minute, pad);
            text += QStringLiteral("led to stage the payload\n");
            text += QStringLiteral("2022-08-23 15:%1:08, Info                  CBS    Staging package Package_for_KB5015812 %2 [HRESULT = 0x8007\n").arg(minute, pad);
            text += QStringLiteral("0005 - E_ACCESSDENIED]\n");
            text += QStringLiteral("2022-08-23 15:%1:09, Info                  CBS    Staging package Package_for_KB5015813 %2 result [\n").arg(minute, pad);
            text += QStringLiteral("80070002]\n");
        }
        if (b % 7 == 3)
            text += QStringLiteral("2022-08-23 15:%1:06, Info                  CSI    hr=8007000d while reading status 800f0922 from store\n").arg(minute);
        if (b % 13 == 4) {
            // Failure words without a code: a finding only at level Error (or Fatal).
            text += QStringLiteral("2022-08-23 15:%1:10, Error                 CBS    Failed to open the session for shutdown processing\n").arg(minute);
            text += QStringLiteral("2022-08-23 15:%1:10, Info                  CBS    Failed to get the poqexec status, trying the next one\n").arg(minute);
            text += QStringLiteral("2022-08-23 15:%1:11, Fatal                 CSI    Store access denied while aborting the transaction\n").arg(minute);
            // "failure source" is on every package change; it counts only next to a failure.
            text += QStringLiteral("2022-08-23 15:%1:12, Info                  CBS    Reporting package change for package: Package_for_KB5015811~31bf3856ad364e35~amd64~~19041.1889.1.7, current: Staged, status: 0x0, failure source: Execute, client id: DISM Package Manager Provider\n").arg(minute);
            text += QStringLiteral("2022-08-23 15:%1:12, Info                  CBS    WER: Generating failure report for package: Package_for_KB5015811~31bf3856ad364e35~amd64~~19041.1889.1.7, status: 0x800f0922, failure source: Execute, client id: WindowsUpdateAgent\n").arg(minute);
        }
    }
    text += QStringLiteral("2022-08-23 16:00:00, Error                 CBS    Failed to perform operation.  [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]");
    return text;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestMappedTriage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void sameReport_data()
    {
        QTest::addColumn<QString>("file");
        const QString text = cbsText(400);
        QString crlf = text;
        crlf.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
        const auto add = [this](const char *name, const QByteArray &bytes) {
            const QString path = m_dir.filePath(QString::fromLatin1(name));
            QVERIFY(writeFile(path, bytes));
            QTest::newRow(name) << path;
        };
        add("CBS-utf8.log", text.toUtf8());
        add("CBS-utf8-bom-crlf.log", "\xEF\xBB\xBF" + crlf.toUtf8());
        auto gb = QStringEncoder("GB18030");
        QVERIFY(gb.isValid());
        add("CBS-gb18030-crlf.log", gb.encode(crlf));
        // Lines before the first header take their level from their words ("failed" makes an
        // error), including one starting with a digit, which the screen does not flag.
        add("CBS-preamble.log", QByteArrayLiteral("1 component failed to load, the servicing stack continues\n"
                                                  "Logging resumed\n") + text.toUtf8());
        // Found by fuzz_mappedtriage (docs/fuzzing.md): a failure word and, in the same 32-byte
        // step of the vector screen, a tab code trigger on the next line (the trigger was taken
        // first and hid the earlier line); a UTF-8 character cut by the end of the file.
        add("generic-word-then-tab-code.log", QByteArrayLiteral("x error here\n\tc0000022 next\n")
                                                  + QByteArray(80, 'p') + '\n');
        add("CBS-utf8-cut-at-end.log", cbsText(3).toUtf8() + "\xe4\xb8");
        // Every fixture and real sample: the ones the fast path takes must agree.
        QStringList roots{QStringLiteral(LT_TEST_DATA_DIR "/triage")};
        roots.append(QStringLiteral(LT_SHARED_DIR "/samples/real-logs"));
        for (const QString &root : std::as_const(roots)) {
            for (QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
                const QString f = it.next();
                if (!f.endsWith(u".md"))
                    QTest::newRow(qPrintable(f.mid(root.size() + 1))) << f;
            }
        }
    }

    void sameReport()
    {
        QFETCH(QString, file);
        const QString name = QFileInfo(file).fileName();
        const FileReport reference = streamed(file, name);
        const MappedTriager fast(RuleBook::builtin());
        const std::optional<FileReport> whole = fast.triage(file, name, nullptr, 0, 1);
        if (!whole)
            QSKIP("not a line-per-entry format in an ASCII-compatible encoding: streamed");
        ++m_compared;
        const QString expected = describeReport(reference);
        QCOMPARE(describeReport(*whole), expected);
        QCOMPARE(whole->bytes, reference.bytes);
        // Tiny segments and ranges: entries cross every kind of boundary.
        for (const auto &[segment, threads] : {std::pair<qint64, int>{0, 2}, {4096, 2}, {1000, 3}, {97, 2}, {1, 4}}) {
            const std::optional<FileReport> split = fast.triage(file, name, nullptr, segment, threads);
            QVERIFY(split);
            QCOMPARE(describeReport(*split), expected);
        }
        // The path of CPUs without AVX2.
        CandidateScreen::setVectorised(false);
        const std::optional<FileReport> plain = fast.triage(file, name, nullptr, 1000, 2);
        CandidateScreen::setVectorised(true);
        QVERIFY(plain);
        QCOMPARE(describeReport(*plain), expected);
    }

    void fastPathWasUsed()
    {
        QVERIFY2(m_compared >= 10, qPrintable(QString::number(m_compared)));
    }

    // The same failures whatever the encoding: UTF-16LE is streamed, the others mapped.
    void sameFindingsAcrossEncodings()
    {
        QString text = cbsText(300);
        text.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
        const QString utf8 = m_dir.filePath(QStringLiteral("enc-utf8.log"));
        const QString gb = m_dir.filePath(QStringLiteral("enc-gb18030.log"));
        const QString utf16 = m_dir.filePath(QStringLiteral("enc-utf16le.log"));
        QVERIFY(writeFile(utf8, text.toUtf8()));
        auto gbEnc = QStringEncoder("GB18030");
        QVERIFY(writeFile(gb, gbEnc.encode(text)));
        auto u16 = QStringEncoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        QVERIFY(writeFile(utf16, u16.encode(text)));
        const MappedTriager fast(RuleBook::builtin());
        const std::optional<FileReport> a = fast.triage(utf8, QStringLiteral("CBS.log"), nullptr, 5000, 2);
        const std::optional<FileReport> b = fast.triage(gb, QStringLiteral("CBS.log"), nullptr, 5000, 2);
        QVERIFY(a && b);
        QVERIFY(!fast.triage(utf16, QStringLiteral("CBS.log")));   // not ASCII-compatible
        const FileReport c = streamed(utf16, QStringLiteral("CBS.log"));
        const auto strip = [](QString s) { return s.section(u'\n', 1); };   // encoding differs
        QCOMPARE(strip(describeReport(*b)), strip(describeReport(*a)));
        QCOMPARE(strip(describeReport(c)), strip(describeReport(*a)));
        QVERIFY(lt::test::hasCode(a->findings, 0x80070005));
        QVERIFY(lt::test::hasCode(a->findings, 0x800f0821));
        QVERIFY(lt::test::hasCode(a->findings, 0x8007000d));
        QVERIFY(lt::test::hasCode(a->findings, 0x800f0922));
    }

    // A file over MappedTriager::MinimumSize opened by FileTriager goes the mapped way and
    // still equals the streamed report.
    void fileTriagerUsesMapping()
    {
        QString text = cbsText(12000);
        const QString path = m_dir.filePath(QStringLiteral("big-CBS.log"));
        QVERIFY(writeFile(path, text.toUtf8()));
        QVERIFY(QFileInfo(path).size() >= MappedTriager::MinimumSize);
        const FileReport viaFile = FileTriager(RuleBook::builtin()).triageFile(path);
        const FileReport reference = streamed(path, QStringLiteral("big-CBS.log"));
        QCOMPARE(describeReport(viaFile), describeReport(reference));
        QCOMPARE(viaFile.lines, qint64(text.count(u'\n') + text.count(u'\r') + 1));
    }

private:
    QTemporaryDir m_dir;
    int m_compared = 0;
};

QTEST_GUILESS_MAIN(TestMappedTriage)
#include "tst_mappedtriage.moc"
