// normalizeMessage() against the regex chain it replaces: same output on real log lines and on
// generated text full of the characters the patterns care about (hex, braces, dashes, drive
// letters, "\\?\", '%', '~', word boundaries, CJK, other scripts' digits and blanks, combining
// marks, surrogate pairs), plus the cases that show what the replacements are for.
#include "triage/messagenormalizer.h"

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using lt::triage::normalizeMessage;
using namespace Qt::StringLiterals;

namespace {

// The specification: the regexes FindingCollector used before normalizeMessage().
QString byRegex(QStringView message)
{
    static const QRegularExpression guid(QStringLiteral(
        R"(\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}?)"));
    static const QRegularExpression path(QString::fromLatin1("(?:\\\\\\\\\\?\\\\|\\\\\\?\\?\\\\|[A-Za-z]:\\\\|%\\w+%\\\\)[^\\s\\]\\[,;\"'<>|]*"));
    static const QRegularExpression identity(QStringLiteral(R"(~[0-9a-f]{16}~[^\s\]\[,;]*)"));
    static const QRegularExpression hex(QStringLiteral(R"(\b(?:0x)?[0-9A-Fa-f]*\d[0-9A-Fa-f]*\b)"));
    QString text = message.toString();
    text.replace(guid, QStringLiteral("{guid}"));
    text.replace(path, QStringLiteral("<path>"));
    text.replace(identity, QStringLiteral("~<id>"));
    text.replace(hex, QStringLiteral("#"));
    return text.simplified();
}

} // namespace

class TestMessageNormalizer final : public QObject
{
    Q_OBJECT

private slots:
    void replacesVolatileParts_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("expected");
        QTest::newRow("cbs hresult") << QStringLiteral("Failed to resolve package 'Package_for_KB5012170~31bf3856ad364e35~amd64~~22000.825.1.1' [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]")
                                     << QStringLiteral("Failed to resolve package 'Package_for_KB5012170~<id> [HRESULT = # - CBS_E_INSTALLERS_FAILED]");
        QTest::newRow("guid and path") << QStringLiteral("Failed to extract \\\\?\\C:\\WINDOWS\\SoftwareDistribution\\Download\\abc\\x.cab for {7A967290-323C-4217-A32C-E4AA1574D7D7}.202")
                                       << QStringLiteral("Failed to extract <path> for {guid}.#");
        QTest::newRow("env path") << QStringLiteral("Cannot open %windir%\\Logs\\CBS\\CbsPersist_20240301.log, error 5")
                                  << QStringLiteral("Cannot open <path>, error #");
        QTest::newRow("nt path") << QStringLiteral("Open \\??\\C:\\Windows\\WinSxS\\pending.xml; status 0xc0000034")
                                 << QStringLiteral("Open <path>; status #");
        QTest::newRow("words stay") << QStringLiteral("Decade face 0xZZ ab12_cd 12ab")
                                    << QStringLiteral("Decade face 0xZZ ab12_cd #");
        QTest::newRow("blanks") << QStringLiteral("  STATUS_SHARING_VIOLATION   #123#\t from  x  ") << QStringLiteral("STATUS_SHARING_VIOLATION ### from x");
        QTest::newRow("chinese") << QStringLiteral("安装失败，错误代码 0x80070005（拒绝访问）第3次") << QStringLiteral("安装失败，错误代码 #（拒绝访问）第#次");
    }

    void replacesVolatileParts()
    {
        QFETCH(QString, message);
        QFETCH(QString, expected);
        QCOMPARE(normalizeMessage(message), expected);
        QCOMPARE(byRegex(message), expected);
    }

    void repeatsCompareEqual()
    {
        QCOMPARE(normalizeMessage(u"Failed to extract \\\\?\\C:\\WINDOWS\\SoftwareDistribution\\Download\\abc\\x.cab for {7A967290-323C-4217-A32C-E4AA1574D7D7}.202 retry 3"),
                 normalizeMessage(u"Failed to extract \\\\?\\C:\\WINDOWS\\SoftwareDistribution\\Download\\def\\y.cab for {11111111-2222-3333-4444-555555555555}.7 retry 4"));
        QVERIFY(normalizeMessage(u"Failed to add package A") != normalizeMessage(u"Failed to resolve package A"));
    }

    // Every line of every text fixture, as the regexes would normalise it.
    void matchesRegexesOnFixtures()
    {
        int lines = 0;
        QDirIterator it(QStringLiteral(LT_TEST_DATA_DIR "/triage"), {QStringLiteral("*.log"), QStringLiteral("*.txt"), QStringLiteral("*.csv")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            for (QStringView line : QStringView(text).split(u'\n')) {
                QCOMPARE(normalizeMessage(line), byRegex(line));
                ++lines;
            }
        }
        QVERIFY2(lines > 300, qPrintable(QString::number(lines)));
    }

    // Generated text from an alphabet of the characters the patterns react to.
    void matchesRegexesOnGeneratedText()
    {
        const QStringList pieces{
            u"0"_s, u"7"_s, u"9"_s, u"a"_s, u"f"_s, u"F"_s, u"x"_s, u"X"_s, u"g"_s, u"_"_s, u"0x"_s, u"0x8007"_s, u"deadbeef"_s,
            u"12345678"_s, u"-"_s, u"{"_s, u"}"_s, u"\\"_s, u"\\\\?\\"_s, u"\\??\\"_s, u"C:\\"_s, u":"_s, u"?"_s,
            u"%"_s, u"%windir%\\"_s, u"%a_1%"_s, u"~"_s, u"~31bf3856ad364e35~"_s, u" "_s, u"\t"_s, u"  "_s,
            u"["_s, u"]"_s, u","_s, u";"_s, u"\""_s, u"'"_s, u"<"_s, u">"_s, u"|"_s, u"."_s, u"@"_s,
            u"错误"_s, u"失败"_s, u"，"_s, u"\u3000"_s, u"\u00a0"_s, u"\uff11"_s, u"\u0663"_s, u"\u0301"_s,
            u"\u203f"_s, u"\U0001d7d9"_s, u"\U00020000"_s, u"\u2028"_s, u"\u00b2"_s, u"\u2160"_s,
            u"7A967290-323C-4217-A32C-E4AA1574D7D7"_s, u"{11111111-2222-3333-4444-555555555555}"_s,
        };
        QRandomGenerator rng(20261130);
        for (int round = 0; round < 20000; ++round) {
            QString s;
            const int n = 1 + int(rng.bounded(12));
            for (int k = 0; k < n; ++k)
                s += pieces[qsizetype(rng.bounded(quint32(pieces.size())))];
            const QString expected = byRegex(s);
            const QString actual = normalizeMessage(s);
            if (actual != expected)
                QFAIL(qPrintable(QStringLiteral("input \"%1\": regex \"%2\", normalizer \"%3\"").arg(s, expected, actual)));
        }
    }
};

QTEST_GUILESS_MAIN(TestMessageNormalizer)
#include "tst_messagenormalizer.moc"
