// Tests of lt::triage::EvtxReader: a synthetic .evtx built byte by byte (exact values),
// truncated and bit-flipped copies (no crash, damage reported), and the real samples in
// ../shared/samples/evtx (skipped when absent).
#include "evtxtestfile.h"
#include "triage/evtxreader.h"
#include "triage/triageengine.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QtEndian>

#include <array>

using namespace lt::triage;
using namespace lt::triage::evtxtest;

namespace {

struct ReadResult {
    bool opened = false;
    QString error;
    QList<EventRecord> records;
    QList<EvtxIssue> issues;
};

ReadResult readAll(const QByteArray &bytes)
{
    ReadResult out;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    EvtxReader reader;
    out.opened = reader.open(&buffer);
    out.error = reader.errorString();
    EventRecord r;
    while (out.opened && reader.readNext(&r))
        out.records.append(r);
    out.issues = reader.issues();
    return out;
}

QString sharedSample(const QString &name)
{
    return QStringLiteral(LT_SHARED_DIR "/samples/evtx/") + name;
}

} // namespace

class TestEvtxReader : public QObject
{
    Q_OBJECT

private slots:
    void syntheticFileExactValues();
    void syntheticTextRendering();
    void everyValueType();
    void rejectsNonEvtx();
    void truncatedCopies();
    void bitFlippedCopies();
    void mutatedRecordsWithValidChecksums();
    void realSystemLog();
    void realMalformedAndUnusual();
    void triageReadsEvtxAsEventText();
};

void TestEvtxReader::syntheticFileExactValues()
{
    const ReadResult res = readAll(buildEvtx());
    QVERIFY2(res.opened, qPrintable(res.error));
    for (const EvtxIssue &i : res.issues)
        qWarning() << i.chunk << i.offset << i.reason;
    QVERIFY(res.issues.isEmpty());
    QCOMPARE(res.records.size(), 2);

    const EventRecord &a = res.records[0];
    QCOMPARE(a.recordId, 1u);
    QCOMPARE(a.timeCreated, FirstTime);
    QCOMPARE(a.timeCreated.timeSpec(), Qt::UTC);
    QCOMPARE(a.provider, QStringLiteral("Microsoft-Windows-WindowsUpdateClient"));
    QCOMPARE(a.eventId, 20u);
    QCOMPARE(a.level, 2);
    QCOMPARE(a.channel, QStringLiteral("System"));
    QCOMPARE(a.computer, QStringLiteral("PC01.contoso.local"));
    QCOMPARE(a.keywords, 0x8000000000000018ULL);
    QCOMPARE(a.userSid, QStringLiteral("S-1-5-18"));
    const QList<QPair<QString, QString>> expected = {
        {QStringLiteral("errorCode"), QStringLiteral("0x800f0922")},
        {QStringLiteral("updateTitle"), QStringLiteral("2016-07 Cumulative Update for Windows 10 (KB3172985)")},
        {QStringLiteral("note"), QStringLiteral("R&D")},
    };
    QCOMPARE(a.data, expected);
    QVERIFY(!a.fromDamagedChunk);
    QVERIFY2(a.xml.contains(QLatin1String("<Provider Name=\"Microsoft-Windows-WindowsUpdateClient\"/>")), qPrintable(a.xml));
    QVERIFY(a.xml.contains(QLatin1String("<TimeCreated SystemTime=\"2016-07-08T18:12:51.6816406Z\"/>")));
    QVERIFY(a.xml.contains(QLatin1String("<Keywords>0x8000000000000018</Keywords>")));
    QVERIFY(a.xml.contains(QLatin1String("<Data Name=\"note\">R&amp;D</Data>")));
    QVERIFY(a.xml.startsWith(QLatin1String("<Event xmlns=\"http://schemas.microsoft.com/win/2004/08/events/event\">\n  <System>\n")));

    // The second record reuses the template by offset; its NULL optional SID drops the attribute.
    const EventRecord &b = res.records[1];
    QCOMPARE(b.recordId, 2u);
    QCOMPARE(b.timeCreated, SecondTime);
    QCOMPARE(b.eventId, 19u);
    QCOMPARE(b.level, 4);
    QCOMPARE(b.userSid, QString());
    QVERIFY2(b.xml.contains(QLatin1String("<Security/>")), qPrintable(b.xml));
    QCOMPARE(b.dataValue(u"errorCode"), QStringLiteral("0x0"));
    QCOMPARE(b.dataValue(u"updateTitle"), QStringLiteral("Definition Update for Windows Defender (KB2267602)"));
}

void TestEvtxReader::syntheticTextRendering()
{
    const ReadResult res = readAll(buildEvtx());
    QCOMPARE(res.records.size(), 2);
    const QString text = formatEventText(res.records[0], 0);
    const QString expected = QStringLiteral(
        "Event[0]:\n"
        "  Log Name: System\n"
        "  Source: Microsoft-Windows-WindowsUpdateClient\n"
        "  Date: 2016-07-08T18:12:51.681\n"
        "  Event ID: 20\n"
        "  Task: N/A\n"
        "  Level: Error\n"
        "  Opcode: N/A\n"
        "  Keyword: 0x8000000000000018\n"
        "  User: S-1-5-18\n"
        "  User Name: NT AUTHORITY\\SYSTEM\n"
        "  Computer: PC01.contoso.local\n"
        "  Description: \n"
        "Installation Failure: Windows failed to install the following update with error 0x800f0922: "
        "2016-07 Cumulative Update for Windows 10 (KB3172985).\n"
        "errorCode: 0x800f0922\n"
        "updateTitle: 2016-07 Cumulative Update for Windows 10 (KB3172985)\n"
        "note: R&D\n"
        "\n");
    QCOMPARE(text, expected);

    // writeText streams the whole file; event numbers count from 0.
    QBuffer in;
    in.setData(buildEvtx());
    in.open(QIODevice::ReadOnly);
    EvtxReader reader;
    QVERIFY(reader.open(&in));
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QCOMPARE(reader.writeText(&out), 2);
    const QString all = QString::fromUtf8(out.data());
    QVERIFY(all.startsWith(expected));
    QVERIFY(all.contains(QLatin1String("\nEvent[1]:\n  Log Name: System\n")));
    QVERIFY(all.contains(QLatin1String("Installation Successful: Windows successfully installed the following update: "
                                       "Definition Update for Windows Defender (KB2267602)\n")));
}

// fuzz/make_evtx_seeds.py writes a chunk using every token and value type; wrap it in a file.
void TestEvtxReader::everyValueType()
{
    QFile seed(QStringLiteral(LT_SOURCE_DIR "/fuzz/corpus/fuzz_evtx/chunk_two_records.bin"));
    QVERIFY(seed.open(QIODevice::ReadOnly));
    QByteArray chunk = seed.readAll();
    chunk.resize(65536, '\0');
    lt::test::evtx::sealChunk(chunk.data(), chunk.size());
    QByteArray file = buildEvtx().first(4096) + chunk;
    const ReadResult res = readAll(file);
    QCOMPARE(res.records.size(), 2);
    // The ANSI value carries a control byte (reported, replaced); the rest is clean.
    QCOMPARE(res.issues.size(), 2);
    for (const EvtxIssue &i : res.issues) {
        QCOMPARE(i.kind, EvtxIssue::Kind::RecordSuspect);
        QVERIFY(i.reason.contains(QLatin1String("substitution value 6 contains 1 control character")));
    }
    const EventRecord &r = res.records[0];
    const QList<QPair<QString, QString>> expected = {
        {QStringLiteral("ansi"), QStringLiteral("ANSI text \uFFFD\u00A6")},
        {QStringLiteral("int8"), QStringLiteral("-1")},
        {QStringLiteral("int16"), QStringLiteral("-2")},
        {QStringLiteral("int32"), QStringLiteral("-3")},
        {QStringLiteral("uint32"), QStringLiteral("4")},
        {QStringLiteral("int64"), QStringLiteral("-5")},
        {QStringLiteral("uint64"), QStringLiteral("6")},
        {QStringLiteral("float"), QStringLiteral("1.5")},
        {QStringLiteral("double"), QStringLiteral("2.25")},
        {QStringLiteral("bool"), QStringLiteral("true")},
        {QStringLiteral("binary"), QStringLiteral("DEADBEEF")},
        {QStringLiteral("guid"), QStringLiteral("{03020100-0504-0706-0809-0A0B0C0D0E0F}")},
        {QStringLiteral("size"), QStringLiteral("0x1000")},
        {QStringLiteral("systemtime"), QStringLiteral("2016-07-08T18:12:51.681Z")},
        {QStringLiteral("errorCode"), QStringLiteral("0x800f0922")},
        {QStringLiteral("strings"), QStringLiteral("a, bc")},
        {QStringLiteral("uint32s"), QStringLiteral("1, 2, 3")},
        {QStringLiteral("null"), QString()},
        {QStringLiteral("xml"), QString()},
        {QStringLiteral("refs"), QStringLiteral("R&Dx<y")},
    };
    QCOMPARE(r.data, expected);
    QVERIFY2(r.xml.contains(QLatin1String("    <Data Name=\"xml\">\n      <Data>nested</Data>\n    </Data>\n")),
             qPrintable(r.xml));
    QVERIFY(r.xml.contains(QLatin1String("      <![CDATA[x<y]]>\n      <?pi ok?>\n")));
    QCOMPARE(r.userSid, QStringLiteral("S-1-5-18"));
    QCOMPARE(res.records[1].userSid, QString());   // NULL optional substitution
}

void TestEvtxReader::rejectsNonEvtx()
{
    ReadResult res = readAll(QByteArrayLiteral("2016-07-08 18:12:51, Info CBS Starting TrustedInstaller\r\n"));
    QVERIFY(!res.opened);
    QVERIFY2(res.error.contains(QLatin1String("ElfFile")), qPrintable(res.error));
    res = readAll({});
    QVERIFY(!res.opened);
    QVERIFY(!res.error.isEmpty());
    res = readAll(buildEvtx().first(100));
    QVERIFY(!res.opened);
    QVERIFY2(res.error.contains(QLatin1String("cut off inside its file header")), qPrintable(res.error));

    EvtxReader reader;
    QVERIFY(!reader.open(QStringLiteral("/nonexistent/System.evtx")));
    QVERIFY(reader.errorString().contains(QLatin1String("System.evtx")));
    EventRecord r;
    QVERIFY(!reader.readNext(&r));
}

void TestEvtxReader::truncatedCopies()
{
    qsizetype used = 0;
    const QByteArray full = buildEvtx(&used);
    const ReadResult whole = readAll(full);
    QCOMPARE(whole.records.size(), 2);
    // Every cut through the used part of the file, then coarse steps through the empty tail.
    QList<qsizetype> cuts;
    for (qsizetype cut = 0; cut < used; ++cut)
        cuts << cut;
    for (qsizetype cut = used; cut < full.size(); cut += 997)
        cuts << cut;
    int withRecords = 0;
    for (const qsizetype cut : cuts) {
        const ReadResult res = readAll(full.first(cut));
        if (!res.opened) {
            QVERIFY2(cut < 128, qPrintable(QString::number(cut)));
            QVERIFY(!res.error.isEmpty());
            continue;
        }
        QVERIFY(res.records.size() <= 2);
        // Whatever is returned is exactly what the intact file holds.
        for (qsizetype i = 0; i < res.records.size(); ++i) {
            QCOMPARE(res.records[i].recordId, whole.records[i].recordId);
            QCOMPARE(res.records[i].data, whole.records[i].data);
        }
        withRecords += res.records.isEmpty() ? 0 : 1;
        QVERIFY2(!res.issues.isEmpty(), qPrintable(QStringLiteral("cut at %1 not reported").arg(cut)));
    }
    QVERIFY(withRecords > 0);   // a file cut inside the second record still yields the first
}

void TestEvtxReader::bitFlippedCopies()
{
    qsizetype used = 0;
    const QByteArray full = buildEvtx(&used);
    const ReadResult whole = readAll(full);
    for (qsizetype pos = 0; pos < used; ++pos) {
        // Only these bytes are covered by a checksum (the flags at 120..123 are not).
        const qsizetype inChunk = pos - 4096;
        const bool covered = (pos < 120 || (pos >= 124 && pos < 128))
            || (inChunk >= 0 && (inChunk < 120 || inChunk >= 124));
        if (pos >= 128 && pos < 4096)
            continue;   // unused header space
        for (const quint8 bit : {0x01, 0x10, 0x80}) {
            QByteArray copy = full;
            copy[pos] = char(copy[pos] ^ bit);
            const ReadResult res = readAll(copy);
            if (!res.opened)
                continue;   // the signature itself was hit
            QVERIFY(res.records.size() <= 2);
            if (covered)
                QVERIFY2(!res.issues.isEmpty(), qPrintable(QStringLiteral("flip at %1 not reported").arg(pos)));
            for (const EventRecord &r : res.records) {
                if (inChunk >= 512)
                    QVERIFY(r.fromDamagedChunk);
            }
        }
    }
}

void TestEvtxReader::mutatedRecordsWithValidChecksums()
{
    // Damage the records but fix the checksums, so every mutation reaches the BinXML decoder.
    qsizetype used = 0;
    const QByteArray full = buildEvtx(&used);
    QRandomGenerator rng(20260829);
    int parsed = 0, reported = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray copy = full;
        const int edits = 1 + int(rng.bounded(2));
        for (int e = 0; e < edits; ++e) {
            const qsizetype pos = 4096 + 512 + rng.bounded(int(used - 4096 - 512));
            switch (rng.bounded(3)) {
            case 0: copy[pos] = char(rng.bounded(256)); break;
            case 1: copy[pos] = char(std::array<quint8, 6>{0x00, 0x01, 0x0c, 0x0d, 0x41, 0xff}[rng.bounded(6)]); break;
            default: qToLittleEndian<quint16>(quint16(rng.bounded(65536)), copy.data() + qMin(pos, used - 2)); break;
            }
        }
        // Only the event data's checksum is fixed: the chunk header stays as written.
        char *h = copy.data() + 4096;
        const quint32 freeSpace = qFromLittleEndian<quint32>(h + 48);
        qToLittleEndian<quint32>(lt::test::evtx::crc32(QByteArrayView(copy).sliced(4096 + 512, freeSpace - 512)), h + 52);
        const ReadResult res = readAll(copy);
        QVERIFY(res.opened);
        QVERIFY(res.records.size() <= 2);
        parsed += res.records.size();
        reported += res.issues.isEmpty() ? 0 : 1;
    }
    qInfo("3000 mutated files: %d records decoded, %d files with reported damage", parsed, reported);
    QVERIFY(reported > 0);
}

void TestEvtxReader::realSystemLog()
{
    const QString path = sharedSample(QStringLiteral("system.evtx"));
    if (!QFile::exists(path))
        QSKIP("../shared/samples/evtx is not available");
    QElapsedTimer timer;
    timer.start();
    EvtxReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    QCOMPARE(reader.fileInfo().chunkCount, 9);
    QCOMPARE(reader.fileInfo().majorVersion, 3);

    QHash<int, int> levels;
    QHash<QString, QSet<quint32>> eventIds;
    QList<quint64> ids;
    int updateEvents = 0;
    QStringList titles;
    EventRecord r;
    while (reader.readNext(&r)) {
        ids << r.recordId;
        ++levels[r.level];
        eventIds[r.provider].insert(r.eventId);
        QCOMPARE(r.channel, QStringLiteral("System"));
        QVERIFY(r.timeCreated.isValid());
        QVERIFY(r.xml.startsWith(QLatin1String("<Event")));
        if (r.provider == QLatin1String("Microsoft-Windows-WindowsUpdateClient")) {
            ++updateEvents;
            if (r.eventId == 19) {   // installation successful: title, GUID, revision
                const QString title = r.dataValue(u"updateTitle");
                QVERIFY2(title.contains(QLatin1String("(KB")), qPrintable(title));
                QVERIFY(QRegularExpression(QStringLiteral("^\\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\\}$"))
                            .match(r.dataValue(u"updateGuid")).hasMatch());
                titles << title;
            }
            // No failure (20) in this log; an errorCode, where present, must be an HRESULT.
            const QString errorCode = r.dataValue(u"errorCode");
            QVERIFY(errorCode.isEmpty() || errorCode.startsWith(QLatin1String("0x")));
        }
    }
    for (const EvtxIssue &i : reader.issues())
        qWarning() << i.chunk << i.offset << i.reason;
    QVERIFY(reader.issues().isEmpty());
    // 9 chunks, record ids 12049..13649 without a gap (counted from the chunk headers).
    QCOMPARE(ids.size(), 1601);
    for (qsizetype i = 0; i < ids.size(); ++i)
        QCOMPARE(ids[i], quint64(12049 + i));
    QCOMPARE(levels.value(2), 8);   // SOURCE.md: 8 events at level Error
    int total = 0;
    for (const int count : std::as_const(levels))
        total += count;
    QCOMPARE(total, 1601);
    qInfo() << "levels" << levels << "update events" << updateEvents << "read in" << timer.elapsed() << "ms";
    const QSet<quint32> scm = eventIds.value(QStringLiteral("Service Control Manager"));
    QVERIFY(scm.contains(7036) && scm.contains(7040) && scm.contains(7045));
    const QSet<quint32> wu = eventIds.value(QStringLiteral("Microsoft-Windows-WindowsUpdateClient"));
    QVERIFY(wu.contains(18) && wu.contains(19));
    QVERIFY(updateEvents > 0);
    QVERIFY(titles.contains(QStringLiteral("Update Rollup for ActiveX Killbits for Windows 7 for x64-based Systems (KB2647518)")));
    QVERIFY(titles.contains(QStringLiteral("Security Update for Windows 7 for x64-based Systems (KB2641653)")));
}

void TestEvtxReader::realMalformedAndUnusual()
{
    const QString malformed = sharedSample(QStringLiteral("dns_log_malformed.evtx"));
    if (!QFile::exists(malformed))
        QSKIP("../shared/samples/evtx is not available");
    // python-evtx issue 37: QNAME of records 2-5 is an ANSI string with control bytes, and the
    // records carry <EventRecordID>s of the log they were cut from. Everything is readable;
    // the damage is reported per record.
    EvtxReader reader;
    QVERIFY2(reader.open(malformed), qPrintable(reader.errorString()));
    EventRecord r;
    QList<EventRecord> records;
    while (reader.readNext(&r))
        records << r;
    QCOMPARE(records.size(), 5);
    QCOMPARE(records[0].provider, QStringLiteral("Microsoft-Windows-DNSServer"));
    QCOMPARE(records[0].channel, QStringLiteral("Microsoft-Windows-DNSServer/Analytical"));
    QVERIFY(records[0].dataValue(u"QNAME").endsWith(QLatin1String("windows.net.")));
    QVERIFY(records[1].dataValue(u"QNAME").contains(QChar::ReplacementCharacter));
    QSet<quint64> controlBytes;
    int idMismatches = 0;
    for (const EvtxIssue &i : reader.issues()) {
        QCOMPARE(i.kind, EvtxIssue::Kind::RecordSuspect);
        QCOMPARE(i.chunk, 0);
        if (i.reason.contains(QLatin1String("control character")))
            controlBytes.insert(i.recordId);
        if (i.reason.contains(QLatin1String("<EventRecordID> says 10198")))
            ++idMismatches;
    }
    QCOMPARE(controlBytes, (QSet<quint64>{2, 3, 4, 5}));
    QCOMPARE(idMismatches, 5);

    // python-evtx issue 38: a Security 4624-style record with a hex64 SubjectLogonId.
    QVERIFY(reader.open(sharedSample(QStringLiteral("issue_38.evtx"))));
    records.clear();
    while (reader.readNext(&r))
        records << r;
    QCOMPARE(records.size(), 1);
    // A single record cut out of a Security log: its <EventRecordID> is the original one.
    QCOMPARE(reader.issues().size(), 1);
    QCOMPARE(reader.issues().first().kind, EvtxIssue::Kind::RecordSuspect);
    QVERIFY(reader.issues().first().reason.contains(QLatin1String("<EventRecordID> says 17845")));
    QCOMPARE(records[0].eventId, 4672u);
    QCOMPARE(records[0].channel, QStringLiteral("Security"));
    QCOMPARE(records[0].dataValue(u"SubjectLogonId"), QStringLiteral("0x19d3af"));
    QVERIFY(formatEventText(records[0], 0).contains(QLatin1String("\n  Keyword: Audit Success\n")));
}

QTEST_GUILESS_MAIN(TestEvtxReader)
#include "tst_evtxreader.moc"

// A bundle's .evtx goes through the event text parser: the failed update becomes a finding.
void TestEvtxReader::triageReadsEvtxAsEventText()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("System.evtx")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(buildEvtx());
    file.close();

    const lt::triage::TriageReport report = lt::triage::TriageEngine::triagePaths({file.fileName()});
    QCOMPARE(report.files.size(), 1);
    const lt::triage::FileReport &f = report.files.first();
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    QCOMPARE(f.format, lt::triage::LogFormat::EventText);
    QCOMPARE(f.encoding, QStringLiteral("EVTX"));
    const bool found = std::any_of(f.findings.cbegin(), f.findings.cend(),
                                   [](const lt::triage::Finding &x) { return x.code == 0x800F0922u; });
    QVERIFY2(found, "the WindowsUpdateClient event 20 with errorCode 0x800f0922 is a finding");
}
