#include "textfixtures.h"

#include "text/filesnapshot.h"
#include "text/lineindexer.h"
#include "text/textdecoder.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <atomic>
#include <thread>

using namespace lt::text;
using namespace Qt::StringLiterals;
using namespace lt::text::testing;

class TestLogFile final : public QObject
{
    Q_OBJECT

private slots:
    void lineEndings_data();
    void lineEndings();
    void fixturesMatchReferenceDecoding_data();
    void fixturesMatchReferenceDecoding();
    void utf16WithoutConversion_data();
    void utf16WithoutConversion();
    void gb18030Lines();
    void hugeLineIsTruncatedForDisplayOnly();
    void manyChunksMatchReference();
    void readersDuringIndexing();
    void offsetsAndLineLookup();
    void readFallbackMatchesMapping();
    void truncatedUnderTheMappingDoesNotCrash();
    void missingFileReportsError();
    void followAppend();
    void followTruncateAndReplace();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestLogFile::lineEndings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty") << QByteArray() << QStringList();
    QTest::newRow("one line, no newline") << QByteArray("a") << QStringList{u"a"_s};
    QTest::newRow("LF") << QByteArray("a\nb\n") << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("LF, no final newline") << QByteArray("a\nb") << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("CRLF") << QByteArray("a\r\nb\r\n") << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("CRLF, no final newline") << QByteArray("a\r\nb") << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("CR only") << QByteArray("a\rb\r") << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("CR only, no final") << QByteArray("a\rb") << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("mixed CRLF and LF") << QByteArray("a\r\nb\nc") << QStringList{u"a"_s, u"b"_s, u"c"_s};
    QTest::newRow("empty lines LF") << QByteArray("\n\na\n\n") << QStringList{u""_s, u""_s, u"a"_s, u""_s};
    QTest::newRow("empty lines CRLF") << QByteArray("\r\n\r\n") << QStringList{u""_s, u""_s};
    QTest::newRow("just a newline") << QByteArray("\n") << QStringList{u""_s};
    QTest::newRow("UTF-8 BOM + CRLF") << QByteArray("\xEF\xBB\xBFx\r\ny") << QStringList{u"x"_s, u"y"_s};
}

void TestLogFile::lineEndings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);
    const QString p = path(QStringLiteral("endings.log"));
    QVERIFY(writeFile(p, bytes));
    LogFile file;
    QVERIFY(openAndWait(file, p));
    QCOMPARE(file.lineCount(), expected.size());
    QCOMPARE(allLines(file), expected);
    QCOMPARE(file.line(LineNumber(expected.size())), QString());   // out of range
    QCOMPARE(file.fileSize(), bytes.size());
}

void TestLogFile::fixturesMatchReferenceDecoding_data()
{
    QTest::addColumn<QString>("fixture");
    const QDir dir(QStringLiteral(LT_TEST_DATA_DIR "/text"));
    for (const QString &name : dir.entryList(QDir::Files))
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestLogFile::fixturesMatchReferenceDecoding()
{
    QFETCH(QString, fixture);
    QFile f(fixture);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EncodingGuess guess;
    const QString text = decodeText(bytes, &guess);
    const bool crOnly = !text.contains(u'\n') && text.contains(u'\r');
    LogFile file;
    QVERIFY(openAndWait(file, fixture));
    QCOMPARE(file.encoding(), guess);
    QCOMPARE(allLines(file), referenceLines(text, crOnly));
}

void TestLogFile::utf16WithoutConversion_data()
{
    QTest::addColumn<QString>("codec");
    QTest::addColumn<bool>("bom");
    QTest::newRow("UTF-16LE BOM") << QStringLiteral("UTF-16LE") << true;
    QTest::newRow("UTF-16LE no BOM") << QStringLiteral("UTF-16LE") << false;
    QTest::newRow("UTF-16BE BOM") << QStringLiteral("UTF-16BE") << true;
    QTest::newRow("UTF-16BE no BOM") << QStringLiteral("UTF-16BE") << false;
}

void TestLogFile::utf16WithoutConversion()
{
    QFETCH(QString, codec);
    QFETCH(bool, bom);
    // U+010A and U+0A0D put 0x0A / 0x0D bytes inside units that are not line breaks.
    QStringList expected{QStringLiteral("Windows IP Configuration"), QString(),
                         QStringLiteral("   Host Name . . . : PC-\u010A\u0A0D-01"),
                         QStringLiteral("   主机名 . . . : 办公室电脑")};
    for (int i = 0; i < 40; ++i)
        expected << QStringLiteral("   DNS Suffix Search List %1 . . : corp.example.com").arg(i);
    const QByteArray bytes = encode(expected.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n"),
                                    codec.toLatin1().constData(), bom);
    const QString p = path(QStringLiteral("utf16.txt"));
    QVERIFY(writeFile(p, bytes));
    LogFile file;
    QVERIFY(openAndWait(file, p));
    QCOMPARE(allLines(file), expected);
    // Raw lines stay in the file's encoding (2 bytes a unit, no terminator).
    QCOMPARE(file.rawLine(LineNumber(0)).size(), 2 * expected[0].size());
    QCOMPARE(file.lineOffset(LineNumber(0)).get(), bom ? 2 : 0);
}

void TestLogFile::gb18030Lines()
{
    QStringList expected;
    for (int i = 0; i < 30; ++i)
        expected << QStringLiteral("系统信息 %1: 组策略已应用，更新日志正常，激活状态：已激活").arg(i);
    const QByteArray bytes = encode(expected.join(QStringLiteral("\r\n")), "GB18030");
    QVERIFY(!bytes.isEmpty());
    const QString p = path(QStringLiteral("gbk.txt"));
    QVERIFY(writeFile(p, bytes));
    LogFile file;
    QVERIFY(openAndWait(file, p));
    QCOMPARE(file.encoding().encoding, TextEncoding::Gb18030);
    QCOMPARE(allLines(file), expected);
}

void TestLogFile::hugeLineIsTruncatedForDisplayOnly()
{
    const QByteArray huge = QByteArray(200'000, 'x') + "END";
    const QString p = path(QStringLiteral("huge.log"));
    QVERIFY(writeFile(p, "first\r\n" + huge + "\r\nlast"));
    LogFile file;
    QVERIFY(openAndWait(file, p));
    QCOMPARE(file.lineCount(), 3);
    QCOMPARE(file.line(LineNumber(1)).size(), MaxDisplayLineBytes);
    QVERIFY(file.isLineTruncated(LineNumber(1)));
    QVERIFY(!file.isLineTruncated(LineNumber(0)));
    QCOMPARE(file.rawLine(LineNumber(1)), huge);
    QCOMPARE(file.line(LineNumber(2)), QStringLiteral("last"));
}

void TestLogFile::manyChunksMatchReference()
{
    // Larger than the first chunk plus several parallel chunks, lines of random length.
    QRandomGenerator rng(1234);
    QByteArray bytes;
    QStringList expected;
    while (bytes.size() < 20 * 1024 * 1024) {
        const int len = rng.bounded(rng.bounded(50) == 0 ? 5000 : 300);
        QByteArray l(len, 'a' + char(rng.bounded(26)));
        expected << QString::fromLatin1(l);
        bytes += l + (rng.bounded(2) ? "\r\n" : "\n");
    }
    const QString p = path(QStringLiteral("big.log"));
    QVERIFY(writeFile(p, bytes));
    LogFile file;
    QSignalSpy appended(&file, &LogFile::linesAppended);
    QVERIFY(openAndWait(file, p));
    QVERIFY(appended.size() >= 2);                       // lines came in steps
    QVERIFY(appended.first().at(0).toLongLong() > 0);    // first screen early
    QCOMPARE(file.lineCount(), expected.size());
    for (qint64 i = 0; i < expected.size(); i += 97)
        QCOMPARE(file.line(LineNumber(i)), expected[i]);
    QCOMPARE(file.line(LineNumber(expected.size() - 1)), expected.constLast());
    QVERIFY(double(file.indexMemory()) / double(expected.size()) <= 4.0);
}

void TestLogFile::readersDuringIndexing()
{
    // Lines are readable from other threads while the index grows, and always complete.
    QByteArray bytes;
    for (int i = 0; bytes.size() < 24 * 1024 * 1024; ++i)
        bytes += QByteArray("2024-03-01 10:00:00, Info                  CBS    line ") + QByteArray::number(i) + "\r\n";
    const QString p = path(QStringLiteral("concurrent.log"));
    QVERIFY(writeFile(p, bytes));
    LogFile file;
    QSignalSpy finished(&file, &LogFile::indexingFinished);
    std::atomic<bool> stop{false};
    std::atomic<int> checked{0}, wrong{0};
    std::thread reader([&] {
        QRandomGenerator rng(5);
        while (!stop) {
            const qint64 count = file.lineCount();
            if (count == 0)
                continue;
            const qint64 n = qint64(rng.bounded(quint32(count)));
            const QString text = file.line(LineNumber(n));
            if (!text.endsWith(QStringLiteral(" line %1").arg(n)))
                ++wrong;
            ++checked;
        }
    });
    file.open(p);
    const bool done = finished.wait(30000);
    stop = true;
    reader.join();
    QVERIFY(done);
    QCOMPARE(wrong.load(), 0);
    QVERIFY(checked.load() > 0);
}

void TestLogFile::offsetsAndLineLookup()
{
    const QString p = path(QStringLiteral("offsets.log"));
    QVERIFY(writeFile(p, "ab\r\ncde\r\n\r\nf"));
    LogFile file;
    QVERIFY(openAndWait(file, p));
    QCOMPARE(file.lineOffset(LineNumber(1)).get(), 4);
    QCOMPARE(file.lineOffset(LineNumber(3)).get(), 11);
    QCOMPARE(file.lineByteLength(LineNumber(1)), 3);
    QCOMPARE(file.lineAtOffset(ByteOffset(0)), LineNumber(0));
    QCOMPARE(file.lineAtOffset(ByteOffset(3)), LineNumber(0));   // the LF of line 0
    QCOMPARE(file.lineAtOffset(ByteOffset(4)), LineNumber(1));
    QCOMPARE(file.lineAtOffset(ByteOffset(9)), LineNumber(2));
    QCOMPARE(file.lineAtOffset(ByteOffset(11)), LineNumber(3));
    QCOMPARE(file.lineAtOffset(ByteOffset(999)), LineNumber(3));
}

void TestLogFile::readFallbackMatchesMapping()
{
    // Where mapping fails (32-bit, special files), positioned reads must give the same index.
    QRandomGenerator rng(99);
    QByteArray bytes;
    while (bytes.size() < 12 * 1024 * 1024)
        bytes += QByteArray(rng.bounded(400), 'k') + (rng.bounded(3) ? "\r\n" : "\n");
    bytes += "tail without newline";
    const QString p = path(QStringLiteral("fallback.log"));
    QVERIFY(writeFile(p, bytes));

    auto mapped = std::make_shared<MappedFile>();
    auto unmapped = std::make_shared<MappedFile>();
    QVERIFY(mapped->open(p));
    QVERIFY(unmapped->open(p, /*allowMapping*/ false));
    QVERIFY(mapped->isMapped());
    QVERIFY(!unmapped->isMapped());
    auto indexA = std::make_shared<LineIndex>();
    auto indexB = std::make_shared<LineIndex>();
    indexA->reset(0, 1, false, u'\n');
    indexB->reset(0, 1, false, u'\n');
    const std::atomic<bool> cancel{false};
    QString error;
    QVERIFY(LineIndexer::run(*mapped, *indexA, 0, 2, cancel, [](qint64) {}, &error));
    QVERIFY(LineIndexer::run(*unmapped, *indexB, 0, 2, cancel, [](qint64) {}, &error));
    QCOMPARE(indexB->lineCount(), indexA->lineCount());
    const FileSnapshot a(mapped, indexA, EncodingGuess{}, LineEnding::Mixed);
    const FileSnapshot b(unmapped, indexB, EncodingGuess{}, LineEnding::Mixed);
    for (qint64 i = 0; i < indexA->lineCount(); i += 101)
        QCOMPARE(b.rawLine(LineNumber(i)), a.rawLine(LineNumber(i)));
    QCOMPARE(b.line(LineNumber(indexB->lineCount() - 1)), QStringLiteral("tail without newline"));
}

void TestLogFile::truncatedUnderTheMappingDoesNotCrash()
{
    // Another process truncates the file while we read it through the mapping (log
    // rotation by copy-truncate): on POSIX that is SIGBUS unless the mapping is guarded.
    const QString p = path(QStringLiteral("shrinking.log"));
    QByteArray bytes;
    while (bytes.size() < 1024 * 1024)
        bytes += "2024-03-01 10:00:00, Info                  CBS    still here\r\n";
    QVERIFY(writeFile(p, bytes));
    MappedFile file;
    QVERIFY(file.open(p));
    QVERIFY(file.isMapped());
    QFile truncate(p);
    QVERIFY(truncate.open(QIODevice::ReadWrite));
    QVERIFY(truncate.resize(100));
    truncate.close();
    QByteArray scratch;
    const QByteArrayView tail = file.bytes(512 * 1024, 64 * 1024, scratch);
    QCOMPARE(tail.size(), 64 * 1024);
    qint64 sum = 0;
    for (char c : tail)
        sum += uchar(c);   // reads every page that no longer exists
    QCOMPARE(sum, 0);      // ...as zeros, instead of dying
    QCOMPARE(file.bytes(0, 10, scratch), QByteArrayView("2024-03-01"));
}

void TestLogFile::missingFileReportsError()
{
    LogFile file;
    QSignalSpy finished(&file, &LogFile::indexingFinished);
    file.open(path(QStringLiteral("does-not-exist.log")));
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.constLast().at(0).toBool(), false);
    QVERIFY(!finished.constLast().at(1).toString().isEmpty());
    QCOMPARE(file.lineCount(), 0);
}

void TestLogFile::followAppend()
{
    const QString p = path(QStringLiteral("live.log"));
    QVERIFY(writeFile(p, "one\r\ntwo\r\nthr"));
    LogFile file;
    file.setFollow(true);
    QVERIFY(openAndWait(file, p));
    QCOMPARE(allLines(file), (QStringList{u"one"_s, u"two"_s, u"thr"_s}));

    QSignalSpy finished(&file, &LogFile::indexingFinished);
    QSignalSpy reset(&file, &LogFile::fileReset);
    QVERIFY(appendFile(p, "ee\r\nfour\r\n"));
    file.checkForChanges();
    QVERIFY(finished.wait(5000));
    QCOMPARE(allLines(file), (QStringList{u"one"_s, u"two"_s, u"three"_s, u"four"_s}));
    QCOMPARE(reset.size(), 0);

    // Again, without an explicit check: the watcher or the poll timer notices.
    QVERIFY(appendFile(p, "five\r\n"));
    QTRY_COMPARE_WITH_TIMEOUT(file.lineCount(), 5, 5000);
    QCOMPARE(file.line(LineNumber(4)), QStringLiteral("five"));
    QCOMPARE(reset.size(), 0);
}

void TestLogFile::followTruncateAndReplace()
{
    const QString p = path(QStringLiteral("rotating.log"));
    QVERIFY(writeFile(p, "old 1\nold 2\nold 3\n"));
    LogFile file;
    file.setFollow(true);
    QVERIFY(openAndWait(file, p));
    QCOMPARE(file.lineCount(), 3);

    QSignalSpy reset(&file, &LogFile::fileReset);
    QSignalSpy finished(&file, &LogFile::indexingFinished);
    QVERIFY(writeFile(p, "new\n"));   // truncated in place
    file.checkForChanges();
    QCOMPARE(reset.size(), 1);
    QVERIFY(finished.wait(5000));
    QCOMPARE(allLines(file), QStringList{u"new"_s});

    // Replaced by rename (what log rotation does), with more data than before.
    const QString other = path(QStringLiteral("rotating.tmp"));
    QVERIFY(writeFile(other, "replacement 1\nreplacement 2\nreplacement 3\nreplacement 4\n"));
    QVERIFY(QFile::remove(p));
    QVERIFY(QFile::rename(other, p));
    file.checkForChanges();
    QCOMPARE(reset.size(), 2);
    QVERIFY(finished.wait(5000));
    QCOMPARE(file.lineCount(), 4);
    QCOMPARE(file.line(LineNumber(3)), QStringLiteral("replacement 4"));
}

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
