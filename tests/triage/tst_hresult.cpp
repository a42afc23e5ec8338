// HRESULT / Win32 / NTSTATUS parsing and err.exe-style decoding.
#include "triage/hresult.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using lt::triage::decodeError;
using lt::triage::decodeHResult;
using lt::triage::HResultDecoding;
using lt::triage::parseErrorCode;

class TestHResult final : public QObject {
    Q_OBJECT

private slots:
    void accessDeniedInEveryForm_data();
    void accessDeniedInEveryForm();
    void accessDeniedFields();
    void servicingCodes_data();
    void servicingCodes();
    void setupExtendedCode();
    void extendedDescriptionTable();
    void win32FallbackForUnlistedHResult();
    void ntstatusAndHResultFromNt();
    void unknownCodeStillDecodes();
    void successCodes();
    void rejectsGarbage_data();
    void rejectsGarbage();
    void facilityNames();
    void setupApiRawCodes();
    void realSamplesAgreeWithLogNames();
    void randomInputNeverCrashes();
    void decodingIsFast();
};

void TestHResult::accessDeniedInEveryForm_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("hex") << QStringLiteral("0x80070005");
    QTest::newRow("hex upper X") << QStringLiteral("0X80070005");
    QTest::newRow("hex lower digits") << QStringLiteral("0x80070005");
    QTest::newRow("bare 8 digits") << QStringLiteral("80070005");
    QTest::newRow("signed decimal") << QStringLiteral("-2147024891");
    QTest::newRow("unsigned decimal") << QStringLiteral("2147942405");
    QTest::newRow("COM name") << QStringLiteral("E_ACCESSDENIED");
    QTest::newRow("Win32 name") << QStringLiteral("ERROR_ACCESS_DENIED");
    QTest::newRow("lower-case name") << QStringLiteral("error_access_denied");
    QTest::newRow(".NET alias") << QStringLiteral("COR_E_UNAUTHORIZEDACCESS");
    QTest::newRow("plain Win32 decimal") << QStringLiteral("5");
    QTest::newRow("plain Win32 hex") << QStringLiteral("0x5");
    QTest::newRow("gle form") << QStringLiteral("0x00000005");
    QTest::newRow("padded") << QStringLiteral("  0x80070005\t");
    QTest::newRow("hr= prefix") << QStringLiteral("hr=0x80070005");
    QTest::newRow("HRESULT = prefix") << QStringLiteral("HRESULT = 0x80070005");
    QTest::newRow("Error prefix") << QStringLiteral("Error 0x80070005");
    QTest::newRow("in parentheses") << QStringLiteral("(0x80070005)");
    QTest::newRow("sentence end") << QStringLiteral("0x80070005.");
    QTest::newRow("quoted name") << QStringLiteral("\"E_ACCESSDENIED\"");
    QTest::newRow("bracketed gle") << QStringLiteral("[gle=0x80070005]");
}

void TestHResult::accessDeniedInEveryForm()
{
    QFETCH(QString, input);
    QCOMPARE(parseErrorCode(input), std::optional<quint32>(0x80070005u));
    const HResultDecoding d = decodeError(input);
    QVERIFY(d.valid);
    QCOMPARE(d.value, 0x80070005u);
    QCOMPARE(d.displayName(), QStringLiteral("E_ACCESSDENIED"));
}

void TestHResult::accessDeniedFields()
{
    const HResultDecoding d = decodeHResult(0x80070005);
    QVERIFY(d.valid);
    QVERIFY(d.isFailure);
    QVERIFY(!d.customer);
    QVERIFY(!d.ntstatusMapped);
    QCOMPARE(d.facility, quint16(7));
    QCOMPARE(d.facilityName, QStringLiteral("WIN32"));
    QCOMPARE(d.code, quint16(5));
    QCOMPARE(d.win32Code, std::optional<quint32>(5u));
    QVERIFY(d.entry);
    QCOMPARE(d.entry->name, QStringLiteral("E_ACCESSDENIED"));
    QVERIFY(d.win32Entry);
    QCOMPARE(d.win32Entry->name, QStringLiteral("ERROR_ACCESS_DENIED"));
    QCOMPARE(d.message(QLocale(QLocale::English)), QStringLiteral("Access is denied."));
    QCOMPARE(d.message(QLocale(QLocale::Chinese, QLocale::China)), QStringLiteral("拒绝访问。"));
    QCOMPARE(d.hexString(), QStringLiteral("0x80070005"));
    QCOMPARE(d.summary(QLocale(QLocale::English)), QStringLiteral("0x80070005 E_ACCESSDENIED: Access is denied."));
    QCOMPARE(d.summary(QLocale(QLocale::Chinese)), QStringLiteral("0x80070005 E_ACCESSDENIED: 拒绝访问。"));
    QVERIFY(!d.extended);
    QCOMPARE(qint32(d.value), -2147024891);
}

void TestHResult::servicingCodes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<quint32>("value");
    QTest::addColumn<QString>("name");
    QTest::addColumn<quint16>("facility");
    QTest::addColumn<QString>("facilityName");

    QTest::newRow("CBS_E_ABORT") << u"0x800f0821"_s << 0x800F0821u << u"CBS_E_ABORT"_s << quint16(15) << u"SETUPAPI"_s;
    QTest::newRow("CBS_E_ABORT by name") << u"CBS_E_ABORT"_s << 0x800F0821u << u"CBS_E_ABORT"_s << quint16(15) << u"SETUPAPI"_s;
    QTest::newRow("CBS_E_SOURCE_MISSING") << u"0x800F081F"_s << 0x800F081Fu << u"CBS_E_SOURCE_MISSING"_s << quint16(15) << u"SETUPAPI"_s;
    QTest::newRow("DISM HRESULT=") << u"HRESULT=800F081F"_s << 0x800F081Fu << u"CBS_E_SOURCE_MISSING"_s << quint16(15) << u"SETUPAPI"_s;
    QTest::newRow("CBS_E_INSTALLERS_FAILED") << u"0x800f0922"_s << 0x800F0922u << u"CBS_E_INSTALLERS_FAILED"_s << quint16(15) << u"SETUPAPI"_s;
    QTest::newRow("PSFX") << u"0x800F0988"_s << 0x800F0988u << u"PSFX_E_INVALID_DELTA_COMBINATION"_s << quint16(15) << u"SETUPAPI"_s;
    QTest::newRow("WU name not resolved") << u"0x8024402C"_s << 0x8024402Cu << u"WU_E_PT_WINHTTP_NAME_NOT_RESOLVED"_s << quint16(36) << u"WINDOWSUPDATE"_s;
    QTest::newRow("WU log lower hr") << u"hr=8024402c"_s << 0x8024402Cu << u"WU_E_PT_WINHTTP_NAME_NOT_RESOLVED"_s << quint16(36) << u"WINDOWSUPDATE"_s;
    QTest::newRow("WU 503") << u"0x80244022"_s << 0x80244022u << u"WU_E_PT_HTTP_STATUS_SERVICE_UNAVAIL"_s << quint16(36) << u"WINDOWSUPDATE"_s;
    QTest::newRow("WU 408") << u"0x8024401C"_s << 0x8024401Cu << u"WU_E_PT_HTTP_STATUS_REQUEST_TIMEOUT"_s << quint16(36) << u"WINDOWSUPDATE"_s;
    QTest::newRow("SXS assembly not found") << u"0x800736B3"_s << 0x800736B3u << u"ERROR_SXS_ASSEMBLY_NOT_FOUND"_s << quint16(7) << u"WIN32"_s;
    QTest::newRow("store corrupt") << u"0x80073712"_s << 0x80073712u << u"ERROR_SXS_COMPONENT_STORE_CORRUPT"_s << quint16(7) << u"WIN32"_s;
    QTest::newRow("revocation offline") << u"0x80092013"_s << 0x80092013u << u"CRYPT_E_REVOCATION_OFFLINE"_s << quint16(9) << u"SECURITY/SSPI"_s;
    QTest::newRow("no signature") << u"0x800B0100"_s << 0x800B0100u << u"TRUST_E_NOSIGNATURE"_s << quint16(11) << u"CERT"_s;
    QTest::newRow("WinHTTP timeout") << u"0x80072EE2"_s << 0x80072EE2u << u"ERROR_WINHTTP_TIMEOUT"_s << quint16(7) << u"WIN32"_s;
    QTest::newRow("TLS failure") << u"0x80072F8F"_s << 0x80072F8Fu << u"ERROR_WINHTTP_SECURE_FAILURE"_s << quint16(7) << u"WIN32"_s;
    QTest::newRow("WININET name") << u"WININET_E_TIMEOUT"_s << 0x80072EE2u << u"ERROR_WINHTTP_TIMEOUT"_s << quint16(7) << u"WIN32"_s;
    QTest::newRow("class not registered") << u"REGDB_E_CLASSNOTREG"_s << 0x80040154u << u"REGDB_E_CLASSNOTREG"_s << quint16(4) << u"ITF"_s;
    QTest::newRow("E_FAIL") << u"0x80004005"_s << 0x80004005u << u"E_FAIL"_s << quint16(0) << u"NULL"_s;
    QTest::newRow("reboot to roll back") << u"0x80070BC9"_s << 0x80070BC9u << u"ERROR_FAIL_REBOOT_REQUIRED"_s << quint16(7) << u"WIN32"_s;
    QTest::newRow("TxF RM") << u"0x80071A91"_s << 0x80071A91u << u"ERROR_RM_NOT_ACTIVE"_s << quint16(7) << u"WIN32"_s;
    QTest::newRow("setup rollback") << u"0xC1900101"_s << 0xC1900101u << u"MOSETUP_E_SETUP_PLATFORM"_s << quint16(0x190) << u""_s;
}

void TestHResult::servicingCodes()
{
    QFETCH(QString, input);
    QFETCH(quint32, value);
    QFETCH(QString, name);
    QFETCH(quint16, facility);
    QFETCH(QString, facilityName);
    const HResultDecoding d = decodeError(input);
    QVERIFY(d.valid);
    QCOMPARE(d.value, value);
    QVERIFY(d.entry);
    QCOMPARE(d.displayName(), name);
    QCOMPARE(d.facility, facility);
    QCOMPARE(d.facilityName, facilityName);
    QVERIFY(d.isFailure);
    QVERIFY(!d.message(QLocale(QLocale::English)).isEmpty());
    QVERIFY(!d.message(QLocale(QLocale::Chinese)).isEmpty());
}

void TestHResult::setupExtendedCode()
{
    for (const QString &input : {QStringLiteral("0xC1900101-0x20017"), QStringLiteral("0xC1900101 - 0x20017"),
                                 QStringLiteral("C1900101-0x20017")}) {
        QCOMPARE(parseErrorCode(input), std::optional<quint32>(0xC1900101u)); // extended part ignored
        const HResultDecoding d = decodeError(input);
        QVERIFY2(d.valid, qPrintable(input));
        QCOMPARE(d.value, 0xC1900101u);
        QCOMPARE(d.extended, std::optional<quint32>(0x20017u));
        QCOMPARE(d.displayName(), QStringLiteral("MOSETUP_E_SETUP_PLATFORM"));
        QCOMPARE(d.hexString(), QStringLiteral("0xC1900101-0x20017"));
        QCOMPARE(lt::triage::describeSetupExtendedCode(0x20017, QLocale(QLocale::English)),
                 QStringLiteral("SP_EXECUTION_SAFE_OS / SP_EXECUTION_OP_BOOT"));
        QVERIFY(!d.extendedDescription.isEmpty());
    }
    // Extended codes also follow Win32 results ("0x8007001F - 0x3000D").
    const HResultDecoding gen = decodeError(u"0x8007001F - 0x3000D");
    QCOMPARE(gen.value, 0x8007001Fu);
    QCOMPARE(gen.displayName(), QStringLiteral("ERROR_GEN_FAILURE"));
    QCOMPARE(lt::triage::describeSetupExtendedCode(*gen.extended, QLocale(QLocale::English)),
             QStringLiteral("SP_EXECUTION_FIRST_BOOT / SP_EXECUTION_OP_MIGRATE_DATA"));
}

void TestHResult::extendedDescriptionTable()
{
    const QLocale en(QLocale::English);
    QCOMPARE(lt::triage::describeSetupExtendedCode(0x4000D, en),
             QStringLiteral("SP_EXECUTION_OOBE_BOOT / SP_EXECUTION_OP_MIGRATE_DATA"));
    QCOMPARE(lt::triage::describeSetupExtendedCode(0x30018, en),
             QStringLiteral("SP_EXECUTION_FIRST_BOOT / SP_EXECUTION_OP_SYSPREP"));
    QCOMPARE(lt::triage::describeSetupExtendedCode(0x20004, en),
             QStringLiteral("SP_EXECUTION_SAFE_OS / SP_EXECUTION_OP_INSTALL_RECOVERY_ENVIRONMENT"));
    QCOMPARE(lt::triage::describeSetupExtendedCode(0x10020, en),
             QStringLiteral("SP_EXECUTION_DOWNLEVEL / SP_EXECUTION_OP_ADD_PROVISIONING_PACKAGE"));
    QCOMPARE(lt::triage::describeSetupExtendedCode(0x9007F, en), QStringLiteral("phase 9 / operation 0x7f"));
    QVERIFY(lt::triage::describeSetupExtendedCode(0x1000000, en).isEmpty());
    QVERIFY(lt::triage::describeSetupExtendedCode(0x20017, QLocale(QLocale::Chinese)).contains(QStringLiteral("安全操作系统")));
}

void TestHResult::win32FallbackForUnlistedHResult()
{
    // 0x80070002 has no HRESULT-keyed entry: decoding falls back to the Win32 entry for 2.
    const HResultDecoding d = decodeHResult(0x80070002);
    QVERIFY(d.entry);
    QCOMPARE(d.entry->name, QStringLiteral("ERROR_FILE_NOT_FOUND"));
    QCOMPARE(d.entry, d.win32Entry);
    QCOMPARE(d.win32Code, std::optional<quint32>(2u));
    QCOMPARE(d.message(QLocale(QLocale::Chinese)), QStringLiteral("系统找不到指定的文件。"));
    // Plain decimal Win32 input is HRESULT_FROM_WIN32.
    QCOMPARE(parseErrorCode(u"1058"), std::optional<quint32>(0x80070422u));
    QCOMPARE(decodeError(u"1058").displayName(), QStringLiteral("ERROR_SERVICE_DISABLED"));
    // [gle=0x00000522] is GetLastError: Win32 1314.
    QCOMPARE(decodeError(u"gle=0x00000522").displayName(), QStringLiteral("ERROR_PRIVILEGE_NOT_HELD"));
}

void TestHResult::ntstatusAndHResultFromNt()
{
    const HResultDecoding st = decodeError(u"0xC0000022");
    QVERIFY(st.valid);
    QCOMPARE(st.displayName(), QStringLiteral("STATUS_ACCESS_DENIED"));
    QVERIFY(st.isFailure);
    QVERIFY(!st.ntstatusMapped);
    QVERIFY(st.customer == false);
    QCOMPARE(decodeError(u"STATUS_SHARING_VIOLATION").value, 0xC0000043u);

    // CSI lines carry [gle=0xd0000043]: HRESULT_FROM_NT(STATUS_SHARING_VIOLATION).
    const HResultDecoding nt = decodeError(u"0xd0000043");
    QVERIFY(nt.ntstatusMapped);
    QCOMPARE(nt.ntstatus, std::optional<quint32>(0xC0000043u));
    QCOMPARE(nt.facility, quint16(0));
    QCOMPARE(nt.displayName(), QStringLiteral("STATUS_SHARING_VIOLATION"));
    QVERIFY(!nt.win32Code);
}

void TestHResult::unknownCodeStillDecodes()
{
    const HResultDecoding d = decodeError(u"0x8007FFF0");
    QVERIFY(d.valid);
    QVERIFY(!d.entry);
    QVERIFY(d.isFailure);
    QCOMPARE(d.facility, quint16(7));
    QCOMPARE(d.facilityName, QStringLiteral("WIN32"));
    QCOMPARE(d.code, quint16(0xFFF0));
    QCOMPARE(d.win32Code, std::optional<quint32>(0xFFF0u));
    QCOMPARE(d.displayName(), QStringLiteral("0x8007FFF0"));
#ifndef Q_OS_WIN
    QCOMPARE(d.summary(), QStringLiteral("0x8007FFF0"));
#endif
    QVERIFY(decodeError(u"garbage").summary().isEmpty());

    const HResultDecoding custom = decodeHResult(0xA0420001); // customer bit, unknown facility
    QVERIFY(custom.valid);
    QVERIFY(custom.customer);
    QVERIFY(custom.isFailure);
    QCOMPARE(custom.facility, quint16(0x42));
    QVERIFY(!custom.entry);
    QCOMPARE(custom.code, quint16(1));
    QVERIFY(!custom.win32Code);
}

void TestHResult::successCodes()
{
    const HResultDecoding ok = decodeError(u"0");
    QVERIFY(ok.valid);
    QVERIFY(!ok.isFailure);
    QCOMPARE(ok.value, 0u);
    QCOMPARE(ok.displayName(), QStringLiteral("ERROR_SUCCESS"));
    QCOMPARE(decodeError(u"S_OK").value, 0u);
    const HResultDecoding busy = decodeError(u"0x000F0801");
    QVERIFY(!busy.isFailure);
    QCOMPARE(busy.displayName(), QStringLiteral("CBS_S_BUSY"));
    QVERIFY(busy.entry->benign);
    // 0x80070BC2 = ERROR_SUCCESS_REBOOT_REQUIRED (3010) wrapped: failure bit set but benign entry.
    const HResultDecoding reboot = decodeError(u"3010");
    QCOMPARE(reboot.value, 0x80070BC2u);
    QVERIFY(reboot.entry && reboot.entry->benign);
}

void TestHResult::rejectsGarbage_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   ");
    QTest::newRow("word") << QStringLiteral("hello");
    QTest::newRow("unknown symbol") << QStringLiteral("E_NOT_A_REAL_CODE");
    QTest::newRow("0x alone") << QStringLiteral("0x");
    QTest::newRow("bad hex digit") << QStringLiteral("0x8007000G");
    QTest::newRow("nine hex digits") << QStringLiteral("0x180070005");
    QTest::newRow("too big decimal") << QStringLiteral("4294967296");
    QTest::newRow("too small decimal") << QStringLiteral("-2147483649");
    QTest::newRow("six hex digits") << QStringLiteral("800F08");
    QTest::newRow("float") << QStringLiteral("5.0");
    QTest::newRow("minus only") << QStringLiteral("-");
    QTest::newRow("path") << QStringLiteral("C:\\Windows\\Logs\\CBS\\CBS.log");
    QTest::newRow("two codes") << QStringLiteral("0x80070005 0x80070002");
    QTest::newRow("fullwidth digits") << QStringLiteral("０x80070005");
    QTest::newRow("very long") << QString(10000, u'9');
    QTest::newRow("nul") << QString(QChar(0));
}

void TestHResult::rejectsGarbage()
{
    QFETCH(QString, input);
    QVERIFY(!parseErrorCode(input));
    const HResultDecoding d = decodeError(input);
    QVERIFY(!d.valid);
    QCOMPARE(d.value, 0u);
    QVERIFY(!d.entry);
}

void TestHResult::facilityNames()
{
    QCOMPARE(lt::triage::facilityName(7), QStringLiteral("WIN32"));
    QCOMPARE(lt::triage::facilityName(8), QStringLiteral("WINDOWS"));
    QCOMPARE(lt::triage::facilityName(15), QStringLiteral("SETUPAPI"));
    QCOMPARE(lt::triage::facilityName(36), QStringLiteral("WINDOWSUPDATE"));
    QCOMPARE(lt::triage::facilityName(32), QStringLiteral("BACKGROUNDCOPY"));
    QCOMPARE(lt::triage::facilityName(208), QStringLiteral("DELIVERY_OPTIMIZATION"));
    QVERIFY(lt::triage::facilityName(0x190).isEmpty());
    QCOMPARE(decodeHResult(0x80200053).facilityName, QStringLiteral("BACKGROUNDCOPY"));
}

void TestHResult::setupApiRawCodes()
{
    // setupapi.dev.log writes SetupAPI's own codes: 0xE0000248 = ERROR_DEVICE_INSTALL_BLOCKED.
    const HResultDecoding d = decodeError(u"0xe0000248");
    QVERIFY(d.valid);
    QCOMPARE(d.value, 0xE0000248u);
    QVERIFY(d.customer); // APPLICATION_ERROR_MASK
    QVERIFY(d.isFailure);
    QVERIFY(d.entry);
    QCOMPARE(d.entry->code, 0x800F0248u); // HRESULT_FROM_SETUPAPI
    QVERIFY(d.entry->aliases.contains(QStringLiteral("ERROR_DEVICE_INSTALL_BLOCKED")));
    QVERIFY(d.entry->hintEn.contains(QLatin1String("policy")));
    QVERIFY(!decodeHResult(0xE0000FFF).entry);
}

// The logs name many codes themselves ("[HRESULT = 0x800736b3 - ERROR_SXS_ASSEMBLY_NOT_FOUND]",
// "(F) STATUS_REQUEST_OUT_OF_SEQUENCE ... [gle=0xd000042a]"); the catalog must agree with Windows.
void TestHResult::realSamplesAgreeWithLogNames()
{
    const QDir dir(QStringLiteral(LT_SHARED_DIR "/samples/real-logs"));
    if (!dir.exists())
        QSKIP("../shared/samples/real-logs is not available");
    static const QRegularExpression cbsHresult(QStringLiteral("\\[HRESULT = (0x[0-9a-fA-F]{8}) - ([A-Z][A-Z0-9_]+)\\]"));
    static const QRegularExpression csiStatus(QStringLiteral("\\(F\\) (STATUS_[A-Z0-9_]+) .*\\[gle=(0x[dD][0-9a-fA-F]{7})\\]"));
    static const QRegularExpression csiWin32(QStringLiteral("HRESULT_FROM_WIN32\\((ERROR_[A-Z0-9_]+)\\).*\\[gle=(0x8007[0-9a-fA-F]{4})\\]"));
    static const QRegularExpression anyHex(QStringLiteral("\\b0x[0-9a-fA-F]{8}\\b"));
    int named = 0;
    int codes = 0;
    for (const QString &name : dir.entryList({QStringLiteral("*.log")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (auto it = cbsHresult.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const HResultDecoding d = decodeError(m.captured(1));
            QVERIFY2(d.entry, qPrintable(m.captured(0)));
            QStringList names = d.entry->aliases;
            names << d.entry->name;
            if (d.win32Entry)
                names << d.win32Entry->name << d.win32Entry->aliases;
            QVERIFY2(names.contains(m.captured(2)), qPrintable(name + u": " + m.captured(0)));
            ++named;
        }
        for (auto it = csiStatus.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const HResultDecoding d = decodeError(m.captured(2));
            QVERIFY(d.ntstatusMapped);
            QCOMPARE(d.displayName(), m.captured(1));
            ++named;
        }
        for (auto it = csiWin32.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const HResultDecoding d = decodeError(m.captured(2));
            QVERIFY(d.win32Entry);
            QCOMPARE(d.win32Entry->name, m.captured(1));
            ++named;
        }
        for (auto it = anyHex.globalMatch(text); it.hasNext();) {
            QVERIFY(decodeError(it.next().captured(0)).valid); // every 8-digit code in a log decodes
            ++codes;
        }
    }
    qInfo("%d log-named codes agree with the catalog; %d hex codes decoded", named, codes);
    QVERIFY(named >= 20);
}

// Deterministic random input: parsing must reject or decode, never crash or hang.
void TestHResult::randomInputNeverCrashes()
{
    QRandomGenerator rng(20261129);
    const QString alphabet = QStringLiteral("0123456789abcdefABCDEFxX-_ =:[]()hrHRESULTgleERROR_E_\t\n.,'\"拒绝\uFFFD") + QChar(0);
    int valid = 0;
    for (int i = 0; i < 20000; ++i) {
        QString s;
        const int length = rng.bounded(0, 24);
        for (int j = 0; j < length; ++j)
            s += alphabet.at(rng.bounded(alphabet.size()));
        const HResultDecoding d = decodeError(s);
        QCOMPARE(d.valid, parseErrorCode(s).has_value());
        if (d.valid) {
            ++valid;
            QCOMPARE(d.value, *parseErrorCode(s));
        } else {
            QCOMPARE(d.value, 0u);
            QVERIFY(!d.entry);
        }
    }
    QVERIFY(valid > 0);
    // Every possible facility/severity combination decodes without a catalog entry.
    for (quint32 v = 0; v < 0xFFFFFFFFu - 0x00FF0FFFu; v += 0x00FF0FFFu)
        QVERIFY(decodeHResult(v).valid);
}

// Parsers decode every HRESULT they meet in multi-GB logs; keep it cheap.
void TestHResult::decodingIsFast()
{
    const QStringList inputs = {QStringLiteral("0x80070005"), QStringLiteral("0x800f0922"),
                                QStringLiteral("8024402c"), QStringLiteral("0xd0000043"),
                                QStringLiteral("0x8007FFF0"), QStringLiteral("E_FAIL")};
    (void)lt::triage::ErrorCatalog::builtin();
    QElapsedTimer timer;
    timer.start();
    const int rounds = 50000;
    int known = 0;
    for (int i = 0; i < rounds; ++i) {
        for (const QString &s : inputs)
            known += decodeError(s).entry ? 1 : 0;
    }
    const qint64 ns = timer.nsecsElapsed();
    QCOMPARE(known, rounds * 5);
    qInfo("decodeError: %.2f us per code", double(ns) / 1000.0 / (rounds * inputs.size()));
    QVERIFY(ns < 10'000'000'000LL); // generous: slow CI machines
}

QTEST_GUILESS_MAIN(TestHResult)
#include "tst_hresult.moc"
