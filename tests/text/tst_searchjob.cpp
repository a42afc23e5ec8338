#include "textfixtures.h"

#include "text/filesnapshot.h"
#include "text/linematcher.h"
#include "text/searchjob.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace lt::text;
using namespace Qt::StringLiterals;
using namespace lt::text::testing;

namespace {

// The straightforward reference: every line through QRegularExpression, no prefilter, no
// chunks, no threads.
QList<qint64> referenceHits(const QStringList &lines, const SearchOptions &o)
{
    QString pattern = o.regex ? o.pattern : QRegularExpression::escape(o.pattern);
    if (o.wholeWord)
        pattern = QStringLiteral("(?<!\\w)(?:%1)(?!\\w)").arg(pattern);
    const QRegularExpression re(pattern, o.caseSensitive ? QRegularExpression::NoPatternOption
                                                         : QRegularExpression::CaseInsensitiveOption);
    QList<qint64> hits;
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (re.match(lines[i]).hasMatch()) hits << i;
    return hits;
}

QList<qint64> hitLines(const HitList &hits)
{
    QList<qint64> out;
    for (qint64 i = 0; i < hits.size(); ++i)
        out << hits.at(i).get();
    return out;
}

// Random text over a small alphabet so short patterns hit often, with the awkward cases:
// CR/LF variants, empty lines, non-ASCII, words glued to punctuation.
QStringList randomLines(QRandomGenerator &rng, int count)
{
    static const QStringList atoms{u"a"_s, u"b"_s, u"c"_s, u"A"_s, u"B"_s, u"ab"_s, u"Error"_s, u"error"_s, u" "_s, u" "_s, u"-"_s,
                                   u"0x800f0922"_s, u"0x800F081F"_s, u"é"_s, u"中"_s, u"_"_s, u"."_s, u"x"_s};
    QStringList lines;
    for (int i = 0; i < count; ++i) {
        QString line;
        const int n = rng.bounded(rng.bounded(20) == 0 ? 200 : 12);
        for (int k = 0; k < n; ++k)
            line += atoms[rng.bounded(atoms.size())];
        lines << line;
    }
    return lines;
}

QList<SearchOptions> patterns()
{
    return {
        {QStringLiteral("ab"), false, true, false},
        {QStringLiteral("ab"), false, false, false},
        {QStringLiteral("ab"), false, true, true},
        {QStringLiteral("a b"), false, true, false},
        {QStringLiteral("é"), false, true, false},
        {QStringLiteral("中a"), false, true, false},
        {QStringLiteral("Error.*0x800f08[0-9a-f]{2}"), true, true, false},
        {QStringLiteral("Error.*0x800f08[0-9a-f]{2}"), true, false, false},
        {QStringLiteral("b+a"), true, true, false},
        {QStringLiteral("ab?c"), true, true, false},
        {QStringLiteral("^a"), true, true, false},
        {QStringLiteral("c$"), true, true, false},
        {QStringLiteral("x|_\\."), true, true, false},
        {QStringLiteral("(ab){2}"), true, true, false},
        {QStringLiteral("error"), true, false, true},
        {QStringLiteral("\\d{4}"), true, true, false},
        {QStringLiteral("Error|0x800f|é"), true, true, false},
        {QStringLiteral("error|ab+c"), true, false, false},
        {QStringLiteral("(?:a|b)c|x\\."), true, true, false},
        {QStringLiteral("(?i)error"), true, true, false},
        // No required literal: the buffered (whole chunk) path and the per-line path.
        {QStringLiteral("^\\s*$"), true, true, false},
        {QStringLiteral("[^ab]{3}"), true, true, false},
        {QStringLiteral("\\W\\w\\W"), true, false, false},
        {QStringLiteral("\\s\\S*$"), true, true, false},
        {QStringLiteral("[abc]{3}"), true, true, true},
        {QStringLiteral("(?<![a-c])[x.]"), true, true, false},
        {QStringLiteral("[a-c]++\\s"), true, true, false},
        {QStringLiteral("\\d+\\z"), true, true, false},
    };
}

} // namespace

class TestSearchJob final : public QObject
{
    Q_OBJECT

private slots:
    void requiredLiteral_data();
    void requiredLiteral();
    void alternativeLiterals();
    void randomAgainstReference_data();
    void randomAgainstReference();
    void hugeLineSearchedInFull();
    void matchSpansForHighlighting();
    void streamsAndCancels();
    void invalidRegexFails();

private:
    QTemporaryDir m_dir;
};

void TestSearchJob::requiredLiteral_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("literal");
    QTest::newRow("benchmark") << u"Error.*0x800f08[0-9a-f]{2}"_s << u"0x800f08"_s;
    QTest::newRow("plain") << u"CBS_E_ABORT"_s << u"CBS_E_ABORT"_s;
    QTest::newRow("escaped dot") << u"cbs\\.log"_s << u"cbs.log"_s;
    QTest::newRow("optional char") << u"colou?r"_s << u"colo"_s;
    QTest::newRow("plus keeps one") << u"ab+cd"_s << u"ab"_s;
    QTest::newRow("star drops") << u"abc*d"_s << u"ab"_s;
    QTest::newRow("alternation") << u"foo|barbaz"_s << u""_s;
    QTest::newRow("non-capturing group") << u"(?:x|y)zzz"_s << u"zzz"_s;
    QTest::newRow("inline option") << u"(?i)zzz"_s << u""_s;
    QTest::newRow("nested group") << u"(a|b)hello"_s << u"hello"_s;
    QTest::newRow("class") << u"[abc]def"_s << u"def"_s;
    QTest::newRow("zero repeat") << u"abc{0,2}"_s << u"ab"_s;
    QTest::newRow("hex escape") << u"\\x41BC"_s << u""_s;
    QTest::newRow("backref") << u"(a)\\1xyz"_s << u""_s;
    QTest::newRow("shorthand") << u"\\d+ errors"_s << u" errors"_s;
    QTest::newRow("only classes") << u"\\w+\\s*"_s << u""_s;
}

void TestSearchJob::requiredLiteral()
{
    QFETCH(QString, pattern);
    QFETCH(QString, literal);
    QCOMPARE(LineMatcher::extractRequiredLiteral(pattern), literal);
}

void TestSearchJob::alternativeLiterals()
{
    QCOMPARE(LineMatcher::extractAlternativeLiterals(u"error|fail(ed)?|0x8007\\d+"_s),
             (QList<QString>{u"error"_s, u"fail"_s, u"0x8007"_s}));
    QCOMPARE(LineMatcher::extractAlternativeLiterals(u"error|\\d+"_s), QList<QString>());
    QCOMPARE(LineMatcher::extractAlternativeLiterals(u"(a|b)c"_s), QList<QString>());   // not top level
    QCOMPARE(LineMatcher::extractAlternativeLiterals(u"abc"_s), QList<QString>());
}

void TestSearchJob::randomAgainstReference_data()
{
    QTest::addColumn<QString>("codec");
    QTest::addColumn<QByteArray>("eol");
    QTest::addColumn<int>("lines");
    QTest::newRow("UTF-8 CRLF") << QStringLiteral("UTF-8") << QByteArray("\r\n") << 3000;
    QTest::newRow("UTF-8 LF, several chunks") << QStringLiteral("UTF-8") << QByteArray("\n") << 400000;
    QTest::newRow("UTF-8 CR only") << QStringLiteral("UTF-8") << QByteArray("\r") << 2000;
    QTest::newRow("UTF-16LE") << QStringLiteral("UTF-16LE") << QByteArray("\r\n") << 3000;
    QTest::newRow("UTF-16BE") << QStringLiteral("UTF-16BE") << QByteArray("\r\n") << 2000;
    QTest::newRow("GB18030") << QStringLiteral("GB18030") << QByteArray("\r\n") << 3000;
}

void TestSearchJob::randomAgainstReference()
{
    QFETCH(QString, codec);
    QFETCH(QByteArray, eol);
    QFETCH(int, lines);
    QRandomGenerator rng(20261129);
    QStringList text = randomLines(rng, lines);
    if (codec == QLatin1String("GB18030")) {
        // Enough Chinese for the detector to call it GB18030 rather than Latin-1.
        for (int i = 0; i < text.size(); i += 3)
            text[i] += QStringLiteral("更新日志组件");
        text[0] = QStringLiteral("系统信息 更新日志 激活日志");
    }
    const bool utf16 = codec.startsWith(QLatin1String("UTF-16"));
    const QString joined = text.join(QString::fromLatin1(eol)) + (rng.bounded(2) ? QString::fromLatin1(eol) : QString());
    const QByteArray bytes = encode(joined, codec.toLatin1().constData(), utf16);
    const QString p = m_dir.filePath(QStringLiteral("random.txt"));
    QVERIFY(writeFile(p, bytes));
    LogFile file;
    QVERIFY(openAndWait(file, p));
    QCOMPARE(file.lineCount(), text.size());

    for (const SearchOptions &o : patterns()) {
        SearchJob job(file.snapshot(), o);
        QCOMPARE(job.run(), SearchStatus::Finished);
        const QList<qint64> expected = referenceHits(text, o);
        QVERIFY2(hitLines(*job.hits()) == expected,
                 qPrintable(QStringLiteral("%1 (regex %2, cs %3, word %4): %5 hits, expected %6")
                                .arg(o.pattern).arg(o.regex).arg(o.caseSensitive).arg(o.wholeWord)
                                .arg(job.hitCount()).arg(expected.size())));
    }
}

void TestSearchJob::hugeLineSearchedInFull()
{
    const QString p = m_dir.filePath(QStringLiteral("huge.log"));
    QVERIFY(writeFile(p, "head\n" + QByteArray(300'000, 'y') + " [HRESULT = 0x800f0922]\ntail\n"));
    LogFile file;
    QVERIFY(openAndWait(file, p));
    SearchJob job(file.snapshot(), {QStringLiteral("0x800f09\\d\\d"), true, true, false});
    QCOMPARE(job.run(), SearchStatus::Finished);
    QCOMPARE(hitLines(*job.hits()), QList<qint64>{1});
}

void TestSearchJob::matchSpansForHighlighting()
{
    const LineMatcher m({QStringLiteral("0x800f0\\w+"), true, false, false}, TextEncoding::Utf8);
    const QString line = QStringLiteral("Failed [HRESULT = 0x800F0922 - CBS_E_INSTALLERS_FAILED] and 0x800f081f");
    const QList<LineMatcher::Span> spans = m.matchSpans(line);
    QCOMPARE(spans.size(), 2);
    QCOMPARE(line.mid(spans[0].start, spans[0].length), QStringLiteral("0x800F0922"));
    QCOMPARE(line.mid(spans[1].start, spans[1].length), QStringLiteral("0x800f081f"));
}

void TestSearchJob::streamsAndCancels()
{
    // ~40 MB: about ten 4 MiB chunks, so a cancel after the first batch leaves work undone.
    QByteArray bytes;
    const QByteArray line = "2024-03-01 10:00:00, Info                  CBS    Exec: nothing to see here, session 42\r\n";
    while (bytes.size() < 40 * 1024 * 1024)
        bytes += line;
    const QString p = m_dir.filePath(QStringLiteral("cancel.log"));
    QVERIFY(writeFile(p, bytes));
    LogFile file;
    QVERIFY(openAndWait(file, p));

    SearchJob job(file.snapshot(), {QStringLiteral("session \\d+"), true, true, false});
    QSignalSpy finished(&job, &SearchJob::finished);
    QSignalSpy progress(&job, &SearchJob::progress);
    connect(&job, &SearchJob::hitsFound, &job, &SearchJob::cancel, Qt::DirectConnection);
    job.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.constLast().at(0).value<SearchStatus>(), SearchStatus::Cancelled);
    QVERIFY(job.hitCount() > 0);
    QVERIFY(job.hitCount() < file.lineCount());
    QVERIFY(!job.isRunning());

    // Unhindered, the same search streams progress and finds every line.
    SearchJob full(file.snapshot(), {QStringLiteral("session \\d+"), true, true, false});
    QSignalSpy fullProgress(&full, &SearchJob::progress);
    QCOMPARE(full.run(), SearchStatus::Finished);
    QCOMPARE(full.hitCount(), file.lineCount());
    QVERIFY(fullProgress.size() >= 2);
    QCOMPARE(fullProgress.constLast().at(0).toInt(), 100);
}

void TestSearchJob::invalidRegexFails()
{
    const QString p = m_dir.filePath(QStringLiteral("small.log"));
    QVERIFY(writeFile(p, "a\nb\n"));
    LogFile file;
    QVERIFY(openAndWait(file, p));
    SearchJob job(file.snapshot(), {QStringLiteral("(unclosed"), true, true, false});
    QSignalSpy finished(&job, &SearchJob::finished);
    QCOMPARE(job.run(), SearchStatus::Failed);
    QVERIFY(!job.errorString().isEmpty());
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(TestSearchJob)
#include "tst_searchjob.moc"
