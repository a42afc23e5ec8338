#include "text/encodingdetector.h"
#include "text/textdecoder.h"

#include <QFile>
#include <QTest>

using namespace lt::text;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(LT_TEST_DATA_DIR "/text/") + QLatin1StringView(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

} // namespace

class TestEncodingDetector final : public QObject
{
    Q_OBJECT

private slots:
    void detectsRealShapedSamples_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<TextEncoding>("encoding");
        QTest::addColumn<Confidence>("confidence");
        QTest::addColumn<qsizetype>("bom");
        QTest::addColumn<LineEnding>("ending");
        QTest::addColumn<QString>("expectedSnippet");

        QTest::newRow("systeminfo GBK CRLF") << QByteArray("systeminfo-gbk-crlf.txt") << TextEncoding::Gb18030
                                             << Confidence::Statistics << qsizetype(0) << LineEnding::CrLf
                                             << QStringLiteral("OS 名称:          Microsoft Windows 10 专业版");
        QTest::newRow("CBS UTF-8 LF") << QByteArray("cbs-utf8-lf.log") << TextEncoding::Utf8 << Confidence::Statistics
                                      << qsizetype(0) << LineEnding::Lf << QStringLiteral("安装失败 — status: 0x80070005");
        QTest::newRow("CBS UTF-8 BOM CRLF") << QByteArray("cbs-utf8-bom-crlf.log") << TextEncoding::Utf8
                                            << Confidence::ByteOrderMark << qsizetype(3) << LineEnding::CrLf
                                            << QStringLiteral("[HRESULT = 0x80070005 - E_ACCESSDENIED]");
        QTest::newRow("ipconfig UTF-16LE BOM") << QByteArray("ipconfig-utf16le-bom.txt") << TextEncoding::Utf16LE
                                               << Confidence::ByteOrderMark << qsizetype(2) << LineEnding::CrLf
                                               << QStringLiteral("IPv4 地址 . . . . . . . . . . . . : 10.12.40.23(首选)");
        QTest::newRow("ipconfig UTF-16LE no BOM") << QByteArray("ipconfig-utf16le-nobom.txt") << TextEncoding::Utf16LE
                                                  << Confidence::Statistics << qsizetype(0) << LineEnding::CrLf
                                                  << QStringLiteral("默认网关. . . . . . . . . . . . . : 10.12.40.1");
        QTest::newRow("ipconfig UTF-16BE BOM") << QByteArray("ipconfig-utf16be-bom.txt") << TextEncoding::Utf16BE
                                               << Confidence::ByteOrderMark << qsizetype(2) << LineEnding::CrLf
                                               << QStringLiteral("Windows IP 配置");
        QTest::newRow("event text Latin-1") << QByteArray("event-latin1.txt") << TextEncoding::Latin1
                                            << Confidence::Fallback << qsizetype(0) << LineEnding::CrLf
                                            << QStringLiteral("Journal de l'événement");
        QTest::newRow("DISM CR only") << QByteArray("dism-cr-only.log") << TextEncoding::Utf8 << Confidence::Statistics
                                      << qsizetype(0) << LineEnding::Cr
                                      << QStringLiteral("Internal_Finalize(hr:0x800f0821)");
    }

    void detectsRealShapedSamples()
    {
        QFETCH(QByteArray, file);
        QFETCH(TextEncoding, encoding);
        QFETCH(Confidence, confidence);
        QFETCH(qsizetype, bom);
        QFETCH(LineEnding, ending);
        QFETCH(QString, expectedSnippet);

        const QByteArray bytes = fixture(file.constData());
        const EncodingGuess guess = detectEncoding(bytes);
        QCOMPARE(guess.encoding, encoding);
        QCOMPARE(guess.confidence, confidence);
        QCOMPARE(guess.bomLength, bom);
        QCOMPARE(detectLineEnding(bytes.sliced(guess.bomLength), guess.encoding), ending);

        TextDecoder decoder(guess);
        const QString text = decoder.decode(bytes);
        QVERIFY2(text.contains(expectedSnippet), qPrintable(text.left(200)));
        QVERIFY(!text.startsWith(QChar(0xFEFF)));
        QVERIFY(!decoder.hadInvalidInput());
    }

    // Chunks split anywhere (inside a GBK pair, a UTF-16 unit, the BOM) decode identically.
    void chunkedDecodingMatchesWholeDecoding_data()
    {
        QTest::addColumn<QByteArray>("file");
        for (const char *f : {"systeminfo-gbk-crlf.txt", "ipconfig-utf16le-bom.txt", "ipconfig-utf16be-bom.txt",
                              "cbs-utf8-bom-crlf.log"})
            QTest::newRow(f) << QByteArray(f);
    }

    void chunkedDecodingMatchesWholeDecoding()
    {
        QFETCH(QByteArray, file);
        const QByteArray bytes = fixture(file.constData());
        const EncodingGuess guess = detectEncoding(bytes);
        const QString whole = TextDecoder(guess).decode(bytes);
        for (qsizetype chunk : {1, 2, 3, 5, 7, 64}) {
            TextDecoder decoder(guess);
            QString pieces;
            for (qsizetype i = 0; i < bytes.size(); i += chunk)
                pieces += decoder.decode(QByteArrayView(bytes).sliced(i, qMin(chunk, bytes.size() - i)));
            QCOMPARE(pieces, whole);
        }
    }

    // Inputs found by fuzz_encoding: Qt's stateful decoders dropped a byte when a chunk ended
    // inside a character and the next chunk started with invalid input.
    void splitInsideACharacterFollowedByInvalidInputLosesNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<TextEncoding>("encoding");
        QTest::newRow("utf-8 cut lead then ASCII") << QByteArray("\xc8\x00\xc5\x0a", 4) << TextEncoding::Utf8;
        QTest::newRow("utf-8 cut 3-byte then text") << QByteArray("ab\xe5\xb7X\xe5\xb7\xb2\r\n") << TextEncoding::Utf8;
        QTest::newRow("gb18030 invalid tail") << QByteArray("\xf3\xf3 \xfe\x30\xff") << TextEncoding::Gb18030;
        QTest::newRow("gb18030 cut 4-byte") << QByteArray("\xb8\xfc\x95\x32\x82\x36\x95\x32x") << TextEncoding::Gb18030;
    }

    void splitInsideACharacterFollowedByInvalidInputLosesNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(TextEncoding, encoding);
        const EncodingGuess guess{encoding, Confidence::Statistics, 0};
        TextDecoder once(guess);
        const QString whole = once.decode(bytes) + once.finish();
        for (qsizetype split = 0; split <= bytes.size(); ++split) {
            TextDecoder twice(guess);
            QString text = twice.decode(QByteArrayView(bytes).first(split));
            text += twice.decode(QByteArrayView(bytes).sliced(split));
            text += twice.finish();
            QCOMPARE(text, whole);
        }
    }

    void aCharacterCutByTheEndOfTheStreamBecomesAReplacement()
    {
        TextDecoder decoder({TextEncoding::Utf8, Confidence::Statistics, 0});
        QCOMPARE(decoder.decode("ok \xe9\x94"), QStringLiteral("ok "));
        const QString rest = decoder.finish();   // Qt gives one U+FFFD per byte of the cut character
        QVERIFY(!rest.isEmpty());
        QCOMPARE(rest, QString(rest.size(), QChar::ReplacementCharacter));
        QVERIFY(decoder.hadInvalidInput());
        // GB18030 (ICU) keeps a cut lead byte waiting instead; it must not vanish either (the
        // last line of a file cut in a character was lost: fuzz_mappedtriage finding).
        TextDecoder gb({TextEncoding::Gb18030, Confidence::Statistics, 0});
        QCOMPARE(gb.decode("ok\n\xf2"), QStringLiteral("ok\n"));
        QCOMPARE(gb.finish(), QString(QChar::ReplacementCharacter));
    }

    void gb18030FourByteSequencesAreRecognised()
    {
        // U+20000 (CJK Ext. B) is 95 32 82 36 in GB18030; GBK has no such character.
        const QByteArray bytes = QByteArray("\xb8\xfc\xd0\xc2\xca\xa7\xb0\xdc: ") + QByteArray("\x95\x32\x82\x36") + "\r\n";
        const EncodingGuess guess = detectEncoding(bytes);
        QCOMPARE(guess.encoding, TextEncoding::Gb18030);
        QCOMPARE(TextDecoder(guess).decode(bytes), QStringLiteral("更新失败: \U00020000\r\n"));
    }

    void utf8CutInsideACharacterAtTheSampleEndIsStillUtf8()
    {
        QByteArray bytes = QString(QStringLiteral("错误")).repeated(EncodingSampleSize / 6 + 1).toUtf8();
        bytes.truncate(EncodingSampleSize + 1);   // the sample ends inside a character
        QCOMPARE(detectEncoding(bytes).encoding, TextEncoding::Utf8);
    }

    void binaryAndGarbageFallBackToLatin1WithoutLosingBytes()
    {
        QByteArray bytes;
        for (int i = 0; i < 4096; ++i)
            bytes.append(char((i * 7919) & 0xFF));
        const EncodingGuess guess = detectEncoding(bytes);
        QCOMPARE(guess.encoding, TextEncoding::Latin1);
        QCOMPARE(guess.confidence, Confidence::Fallback);
        const QString text = TextDecoder(guess).decode(bytes);
        QCOMPARE(text.size(), bytes.size());
        QCOMPARE(text.toLatin1(), bytes);
    }

    void emptyAndTinyInputs()
    {
        QCOMPARE(detectEncoding({}).encoding, TextEncoding::Utf8);
        QCOMPARE(detectEncoding("\xFF\xFE").encoding, TextEncoding::Utf16LE);
        QCOMPARE(detectLineEnding({}, TextEncoding::Utf8), LineEnding::None);
        QCOMPARE(detectLineEnding("a\nb\r\nc", TextEncoding::Utf8), LineEnding::Mixed);
        QCOMPARE(decodeText(QByteArray()), QString());
        // Found by fuzz_encoding under GCC: a character cut by the end must not vanish.
        QVERIFY(decodeText("ok\xed").startsWith(QStringLiteral("ok\uFFFD")));
    }

    void normalizesAllLineEndings()
    {
        QCOMPARE(normalizeLineEndings(QStringLiteral("a\r\nb\rc\nd\r")), QStringLiteral("a\nb\nc\nd\n"));
    }

    void namesAreStable()
    {
        QCOMPARE(encodingName(TextEncoding::Utf16LE), QStringLiteral("UTF-16LE"));
        QCOMPARE(encodingName(TextEncoding::Gb18030), QStringLiteral("GB18030"));
        QCOMPARE(lineEndingName(LineEnding::CrLf), QStringLiteral("CRLF"));
    }
};

QTEST_GUILESS_MAIN(TestEncodingDetector)
#include "tst_encodingdetector.moc"
