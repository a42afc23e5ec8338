// The real excerpts in ../shared/samples/real-logs: each yields the failure code SOURCES.md
// documents among its top findings; the healthy start-up log yields no diagnosis.
#include "testutil.h"
#include "triage/triageengine.h"

#include <QDir>
#include <QFileInfo>
#include <QtTest>

using namespace lt::triage;

class TestRealSamples : public QObject
{
    Q_OBJECT

private:
    QString m_dir;

private slots:
    void initTestCase()
    {
        m_dir = QStringLiteral(LT_SHARED_DIR "/samples/real-logs");
        if (!QFileInfo::exists(m_dir + QStringLiteral("/SOURCES.md")))
            QSKIP("../shared/samples/real-logs is not available");
    }

    void documentedCodeIsATopFinding_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<quint32>("code");
        QTest::addColumn<QString>("rule");   // expected top diagnosis, empty when the source gives no cause
        QTest::newRow("01") << QStringLiteral("01-wu-legacy-kb3172605-0x80070308.log") << 0x80070308u << QStringLiteral("components-key-damaged");
        QTest::newRow("02") << QStringLiteral("02-cbs-kb3172605-0x80070308.log") << 0x80070308u << QStringLiteral("components-key-damaged");
        QTest::newRow("03") << QStringLiteral("03-wu-legacy-applicability-0x80070057.log") << 0x80070057u << QStringLiteral("applicability-invalid-argument");
        QTest::newRow("04") << QStringLiteral("04-cbs-kb3177467-0x800736b3.log") << 0x800736B3u << QStringLiteral("sxs-assembly-missing");
        QTest::newRow("05") << QStringLiteral("05-cbs-ie11-stage-0x80070002.log") << 0x80070002u << QStringLiteral("payload-file-not-found");
        QTest::newRow("07") << QStringLiteral("07-setupdiag-xml-diskspace-0xC190020E.log") << 0xC190020Eu << QStringLiteral("disk-space");
        QTest::newRow("08") << QStringLiteral("08-setupdiag-xml-24h2-rsat-0x800736cc.log") << 0x800736CCu << QStringLiteral("sxs-hash-mismatch");
        QTest::newRow("09") << QStringLiteral("09-dism-enable-feature-wcf-0x800f0922.log") << 0x800F0922u << QStringLiteral("installers-failed");
        QTest::newRow("10") << QStringLiteral("10-cbs-enable-feature-wcf-0x800f0922.log") << 0x800F0922u << QStringLiteral("installers-failed");
        QTest::newRow("11") << QStringLiteral("11-dism-add-package-kb5022291-0x800f0905.log") << 0x800F0905u << QString();
        QTest::newRow("12") << QStringLiteral("12-wu-etw-sls-0x80072F8F.log") << 0x80072F8Fu << QStringLiteral("wu-tls-revocation");
        QTest::newRow("13") << QStringLiteral("13-setupapi-dev-usb-blocked-by-policy-0xe0000248.log") << 0xE0000248u << QStringLiteral("device-install-blocked-by-policy");
    }

    void documentedCodeIsATopFinding()
    {
        QFETCH(QString, file);
        QFETCH(quint32, code);
        QFETCH(QString, rule);
        const TriageReport r = TriageEngine::triagePaths({m_dir + u'/' + file});
        QCOMPARE(r.files.size(), 1);
        const FileReport &f = r.files.first();
        QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        QVERIFY(!f.findings.isEmpty());
        bool top = false;
        for (qsizetype i = 0; i < f.findings.size() && i < 3; ++i)
            top = top || f.findings[i].code == code;
        QVERIFY2(top, qPrintable(QStringLiteral("top finding is %1").arg(f.findings.first().codeHex())));
        QCOMPARE(f.findings.first().severity, Severity::Error);
        if (!rule.isEmpty()) {
            QVERIFY(!r.diagnoses.isEmpty());
            QCOMPARE(r.diagnoses.first().ruleId, rule);
            QVERIFY(r.diagnoses.first().codes.contains(code));
        }
    }

    void healthyStartupYieldsNothing()
    {
        const TriageReport r = TriageEngine::triagePaths({m_dir + QStringLiteral("/14-wu-etw-healthy-startup-kvm.log")});
        QCOMPARE(r.files.size(), 1);
        QCOMPARE(r.files.first().format, LogFormat::WindowsUpdateEtw);
        QVERIFY(r.diagnoses.isEmpty());
        QCOMPARE(r.totalErrors(), 0);
        QVERIFY(!r.hasFailures());
    }

    void allSamplesTogetherRankRootCausesFirst()
    {
        const TriageReport r = TriageEngine::triagePaths({m_dir});
        QCOMPARE(r.files.size(), 15);   // 14 logs + SOURCES.md as generic text
        // One diagnosis per rule for the whole bundle, each carrying evidence from its own sample.
        const QStringList ids = lt::test::diagnosisIds(r.diagnoses);
        for (const char *id : {"components-key-damaged", "applicability-invalid-argument", "sxs-assembly-missing",
                               "payload-file-not-found", "disk-space", "sxs-hash-mismatch", "installers-failed",
                               "wu-tls-revocation", "device-install-blocked-by-policy"})
            QVERIFY2(ids.contains(QLatin1StringView(id)), id);
        for (qsizetype i = 1; i < r.diagnoses.size(); ++i)
            QVERIFY(r.diagnoses[i - 1].confidence >= r.diagnoses[i].confidence);
    }
};

QTEST_GUILESS_MAIN(TestRealSamples)
#include "tst_realsamples.moc"
