// Syntax definitions, highlighter, line classifier, HRESULT tokens and timestamps.
#include "viewer/hresulttoken.h"
#include "viewer/lineclassifier.h"
#include "viewer/loghighlighter.h"
#include "viewer/scrollmapping.h"
#include "viewer/timestampextractor.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QDateTime>
#include <QDir>
#include <QRegularExpression>
#include <QtTest>

using namespace lt::ui;
using namespace Qt::StringLiterals;
using lt::triage::LogFormat;

class TestLogHighlighter : public QObject
{
    Q_OBJECT

private slots:
    void shippedDefinitionsLoad();
    void cbsLineFormats();
    void otherFormats_data();
    void otherFormats();
    void classifier_data();
    void classifier();
    void hresultTokens();
    void hresultTooltip();
    void timestamps();
    void scrollMapping();

private:
    QStringList namesAt(LogFormat format, const QString &line, const QStringList &pieces);
    KSyntaxHighlighting::Repository m_repository;
};

void TestLogHighlighter::shippedDefinitionsLoad()
{
    const QDir dir(QStringLiteral(":/org.kde.syntax-highlighting/syntax-addons"));
    const QStringList files = dir.entryList({QStringLiteral("*.xml")});
    QCOMPARE(files.size(), 4);
    static const QRegularExpression nameRe(QStringLiteral("<language name=\"([^\"]+)\""));
    for (const QString &file : files) {
        QFile f(dir.filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto match = nameRe.match(QString::fromUtf8(f.readAll()));
        QVERIFY2(match.hasMatch(), qPrintable(file));
        const auto def = m_repository.definitionForName(match.captured(1));
        QVERIFY2(def.isValid(), qPrintable(file));
        QVERIFY(def.formats().size() >= 10);
    }
    for (auto format : {LogFormat::Cbs, LogFormat::Dism, LogFormat::WindowsUpdate, LogFormat::WindowsUpdateEtw,
                        LogFormat::SetupApi, LogFormat::Panther, LogFormat::Generic}) {
        const QString name = LogHighlighter::definitionNameFor(format);
        QVERIFY2(m_repository.definitionForName(name).isValid(), qPrintable(name));
    }
}

QStringList TestLogHighlighter::namesAt(LogFormat format, const QString &line, const QStringList &pieces)
{
    LogHighlighter highlighter(&m_repository);
    highlighter.setTheme(m_repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
    highlighter.setLogFormat(format);
    KSyntaxHighlighting::State state;
    highlighter.highlight(line, &state);
    QStringList names;
    for (const QString &piece : pieces) {
        const qsizetype at = line.indexOf(piece);
        names.append(at < 0 ? QStringLiteral("<missing>") : highlighter.formatNameAt(int(at)));
    }
    return names;
}

void TestLogHighlighter::cbsLineFormats()
{
    const QString line = QStringLiteral(
        "2022-07-14 09:41:08, Error                 CBS    Failed to process single phase execution. "
        "[HRESULT = 0x80070005 - E_ACCESSDENIED] C:\\Windows\\Logs\\CBS\\CBS.log KB5015811");
    QCOMPARE(namesAt(LogFormat::Cbs, line,
                     {QStringLiteral("2022"), QStringLiteral("Error "), QStringLiteral("CBS "),
                      QStringLiteral("0x80070005"), QStringLiteral("E_ACCESSDENIED"), QStringLiteral("Failed"),
                      QStringLiteral("C:\\Windows"), QStringLiteral("KB5015811")}),
             QStringList({u"Timestamp"_s, u"Error Level"_s, u"Component"_s, u"HRESULT"_s, u"Error Name"_s, u"Failure"_s, u"Path"_s, u"KB"_s}));

    // Distinct visible formats for timestamp, level and HRESULT.
    LogHighlighter highlighter(&m_repository);
    highlighter.setTheme(m_repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
    highlighter.setLogFormat(LogFormat::Cbs);
    KSyntaxHighlighting::State state;
    const auto ranges = highlighter.highlight(line, &state);
    auto formatAt = [&](qsizetype offset) {
        for (const auto &range : ranges) {
            if (offset >= range.start && offset < range.start + range.length)
                return range.format;
        }
        return QTextCharFormat();
    };
    const QTextCharFormat timestamp = formatAt(0);
    const QTextCharFormat level = formatAt(line.indexOf(u"Error"));
    const QTextCharFormat code = formatAt(line.indexOf(u"0x8007"));
    auto look = [](const QTextCharFormat &f) {
        return QStringLiteral("%1/%2/%3/%4").arg(f.foreground().color().name(), f.background().color().name())
            .arg(f.fontWeight()).arg(f.fontUnderline());
    };
    QVERIFY(look(timestamp) != look(level));
    QVERIFY(look(code) != look(timestamp));
    QVERIFY(look(code) != look(level));
    QVERIFY(code.fontWeight() == QFont::Bold);
    QVERIFY(level.fontWeight() == QFont::Bold);

    // An Info line: level keyword, then a component.
    QCOMPARE(namesAt(LogFormat::Cbs,
                     QStringLiteral("2022-07-14 09:41:08, Info                  DPX    DpxException hr=0x80070005 code=0x020217"),
                     {QStringLiteral("Info"), QStringLiteral("DPX"), QStringLiteral("hr=0x8")}),
             QStringList({u"Level"_s, u"Component"_s, u"HRESULT"_s}));
}

void TestLogHighlighter::otherFormats_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("pieces");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("wu-etw") << int(LogFormat::WindowsUpdateEtw)
        << QStringLiteral("2023/03/21 22:19:01.8143606 19924 14968 Misc            *FAILED* [80072F8F] Send request")
        << QStringList{u"2023/"_s, u"19924"_s, u"Misc"_s, u"*FAILED*"_s, u"[80072F8F]"_s}
        << QStringList{u"Timestamp"_s, u"Ids"_s, u"Component"_s, u"Failure"_s, u"HRESULT"_s};
    QTest::newRow("wu-legacy") << int(LogFormat::WindowsUpdate)
        << QStringLiteral("2016-10-31\t11:25:13:645\t1384\t1748\tHandler\tFATAL: Completed install of CBS update with type=0, requiresReboot=0, installerError=1, hr=0x80070308")
        << QStringList{u"2016"_s, u"1384"_s, u"Handler"_s, u"FATAL"_s, u"hr=0x"_s}
        << QStringList{u"Timestamp"_s, u"Ids"_s, u"Component"_s, u"Failure"_s, u"HRESULT"_s};
    QTest::newRow("setupapi-error") << int(LogFormat::SetupApi)
        << QStringLiteral("!!!  ndv: Failed to install device instance 'USB\\VID_0951'. Error = 0xE0000248")
        << QStringList{u"!!!"_s, u"ndv:"_s, u"Failed"_s, u"0xE0000248"_s}
        << QStringList{u"Error Level"_s, u"Component"_s, u"Failure"_s, u"HRESULT"_s};
    QTest::newRow("setupapi-section") << int(LogFormat::SetupApi)
        << QStringLiteral(">>>  Section start 2022/07/14 09:41:01.120")
        << QStringList{u">>>"_s, u"2022/"_s} << QStringList{u"Section"_s, u"Timestamp"_s};
    QTest::newRow("panther") << int(LogFormat::Panther)
        << QStringLiteral("2020-01-27 13:12:26, Error                 SP     CMountWIM::DoExecute: Failed to mount WIM file C:\\$WINDOWS.~BT\\Sources\\SafeOS\\winre.wim. Error 0x80070522[gle=0x00000522]")
        << QStringList{u"2020"_s, u"Error "_s, u"SP "_s, u"0x80070522"_s, u"[gle="_s}
        << QStringList{u"Timestamp"_s, u"Error Level"_s, u"Component"_s, u"HRESULT"_s, u"Secondary Code"_s};
}

void TestLogHighlighter::otherFormats()
{
    QFETCH(int, format);
    QFETCH(QString, line);
    QFETCH(QStringList, pieces);
    QFETCH(QStringList, names);
    QCOMPARE(namesAt(LogFormat(format), line, pieces), names);
}

void TestLogHighlighter::classifier_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("level");
    const int E = int(LineLevel::Error), W = int(LineLevel::Warning), N = int(LineLevel::Normal);
    // Field case 1: CBS logs the real failure at level Info.
    QTest::newRow("cbs-info-failed") << QStringLiteral("2022-07-14 09:41:08, Info                  CBS    Failed to Resume job in DpxThreadResumeJobProc [HRESULT = 0x80070005 - E_ACCESSDENIED]") << E;
    QTest::newRow("cbs-error") << QStringLiteral("2022-07-14 09:41:08, Error                 CBS    Failed to process single phase execution.") << E;
    QTest::newRow("cbs-warning") << QStringLiteral("2022-07-14 09:41:08, Warning               CBS    Something odd") << W;
    QTest::newRow("cbs-noise-code") << QStringLiteral("2022-07-14 09:41:06, Info                  CBS    Unable to query DisableWerReporting flag. Assuming not set... [HRESULT = 0x80070002 - ERROR_FILE_NOT_FOUND]") << W;
    QTest::newRow("cbs-normal") << QStringLiteral("2022-07-14 09:41:10, Info                  CBS    Reboot mark cleared") << N;
    QTest::newRow("cbs-success-code") << QStringLiteral("2022-07-14 09:41:10, Info                  CBS    Exec: Processing complete. [HRESULT = 0x00000000 - S_OK]") << N;
    QTest::newRow("wu-failed") << QStringLiteral("2023/03/21 22:19:01.8143606 19924 14968 Misc            *FAILED* [80072F8F] Send request") << E;
    QTest::newRow("wu-hr") << QStringLiteral("2022/08/23 15:12:44.4567890 1204  6120  Agent           WU client fails CClientCallRecorder::BeginFindUpdates with hr=8024402c") << E;
    QTest::newRow("setupapi-error") << QStringLiteral("!!!  ndv: Failed to install device instance") << E;
    QTest::newRow("setupapi-warning") << QStringLiteral("!    ndv: Device install was blocked by policy.") << W;
    QTest::newRow("setupapi-exit") << QStringLiteral("<<<  [Exit status: FAILURE(0xe0000248)]") << E;
    QTest::newRow("session-id") << QStringLiteral("Session: 31005943_2046287312 initialized by client WindowsUpdateAgent") << N;
}

void TestLogHighlighter::classifier()
{
    QFETCH(QString, line);
    QFETCH(int, level);
    QCOMPARE(int(LineClassifier::instance().classify(line)), level);
    // The level filter's engine patterns agree with the classifier.
    const QRegularExpression error(LineClassifier::errorPattern());
    const QRegularExpression any(LineClassifier::warningOrErrorPattern());
    QVERIFY(error.isValid() && any.isValid());
    QCOMPARE(error.match(line).hasMatch(), level == int(LineLevel::Error));
    QCOMPARE(any.match(line).hasMatch(), level != int(LineLevel::Normal));
}

void TestLogHighlighter::hresultTokens()
{
    const QString cbs = QStringLiteral("CBS    Failed [HRESULT = 0x80070005 - E_ACCESSDENIED] status: 0x00000000");
    auto tokens = findHResultTokens(cbs);
    QCOMPARE(tokens.size(), 1);
    QCOMPARE(cbs.mid(tokens[0].start, tokens[0].length), QStringLiteral("0x80070005"));
    QCOMPARE(tokens[0].code, 0x80070005u);

    const QString wu = QStringLiteral("Misc *FAILED* [80072F8F] Send; fails with hr=8024402c; HRESULT=800F081F; session 31005943_2046287312 98765432");
    tokens = findHResultTokens(wu);
    QCOMPARE(tokens.size(), 3);
    QCOMPARE(tokens[0].code, 0x80072F8Fu);
    QCOMPARE(wu.mid(tokens[0].start, tokens[0].length), QStringLiteral("80072F8F"));
    QCOMPARE(tokens[1].code, 0x8024402Cu);
    QCOMPARE(tokens[2].code, 0x800F081Fu);

    tokens = findHResultTokens(u"Exit status: FAILURE(0xe0000248) and 0xC1900101-0x20017");
    QCOMPARE(tokens.size(), 2);
    QCOMPARE(tokens[1].code, 0xC1900101u);
}

void TestLogHighlighter::hresultTooltip()
{
    const QString text = lt::ui::hresultTooltip(0x80070005);
    QVERIFY2(text.contains(u"E_ACCESSDENIED"), qPrintable(text));
    QVERIFY2(text.contains(u"0x80070005"), qPrintable(text));
    QVERIFY2(text.contains(u"WIN32"), qPrintable(text));
    const QString wu = lt::ui::hresultTooltip(0x8024402C);
    QVERIFY2(wu.contains(u"WU_E_PT_WINHTTP_NAME_NOT_RESOLVED"), qPrintable(wu));
}

void TestLogHighlighter::timestamps()
{
    const auto ms = [](const char *iso) {
        return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
    };
    QCOMPARE(TimestampExtractor::parseLeading(u"2022-08-23 15:28:01, Info  CBS x"), ms("2022-08-23T15:28:01.000Z"));
    QCOMPARE(TimestampExtractor::parseLeading(u"2023/03/21 22:19:01.4037009 19924 14968 SLS"), ms("2023-03-21T22:19:01.403Z"));
    QCOMPARE(TimestampExtractor::parseLeading(u"2016-10-31\t11:24:28:489\t1384\t1748\tHandler"), ms("2016-10-31T11:24:28.489Z"));
    QCOMPARE(TimestampExtractor::parseLeading(u"  Install (5): flags: 0"), -1);
    QCOMPARE(TimestampExtractor::parseLeading(u"2022-13-01 10:00:00, bad month"), -1);

    TimestampExtractor setupapi(LogFormat::SetupApi);
    QCOMPARE(setupapi.next(u">>>  [Device Install (Hardware initiated) - USB\\VID_0951]"), -1);
    QCOMPARE(setupapi.next(u">>>  Section start 2022/07/14 09:41:01.120"), ms("2022-07-14T09:41:01.120Z"));
    QCOMPARE(setupapi.next(u"     ump: Creating Install Process: DrvInst.exe 09:41:01.124"), ms("2022-07-14T09:41:01.124Z"));
    QCOMPARE(setupapi.next(u"     ndv: Retrieving device info..."), ms("2022-07-14T09:41:01.124Z"));

    TimestampExtractor cbs(LogFormat::Cbs);
    QCOMPARE(cbs.next(u"2016-10-31 11:25:10, Info                  CSI    [l:162{81}]"), ms("2016-10-31T11:25:10.000Z"));
    QCOMPARE(cbs.next(u"  Install (5): flags: 0 tlc: [b964dad2]"), ms("2016-10-31T11:25:10.000Z"));
}

void TestLogHighlighter::scrollMapping()
{
    // Small files: identity.
    QCOMPARE(ScrollMapping::rangeFor(1000), 1000);
    QCOMPARE(ScrollMapping::valueFor(123, 1000), 123);
    QCOMPARE(ScrollMapping::topFor(123, 1000), 123);
    // 10 billion rows (more than 2^31 lines, far more than 2^31 pixels): bounded range, both
    // ends reached exactly, monotonic, and round trips land within one scrollbar step.
    const qint64 maxTop = 10'000'000'000;
    const int range = ScrollMapping::rangeFor(maxTop);
    QCOMPARE(range, int(ScrollMapping::MaxScrollRange));
    QCOMPARE(ScrollMapping::valueFor(0, maxTop), 0);
    QCOMPARE(ScrollMapping::valueFor(maxTop, maxTop), range);
    QCOMPARE(ScrollMapping::topFor(range, maxTop), maxTop);
    QCOMPARE(ScrollMapping::topFor(0, maxTop), 0);
    const qint64 step = maxTop / range + 1;
    qint64 previous = -1;
    for (qint64 top : {qint64(1), qint64(4'294'967'296), qint64(5'000'000'000), maxTop - 1}) {
        const int value = ScrollMapping::valueFor(top, maxTop);
        QVERIFY(value >= 0 && value <= range);
        QVERIFY(qAbs(ScrollMapping::topFor(value, maxTop) - top) <= step);
        QVERIFY(top > previous);
        previous = top;
    }
}

QTEST_MAIN(TestLogHighlighter)
#include "tst_loghighlighter.moc"
