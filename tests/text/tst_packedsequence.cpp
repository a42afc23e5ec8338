#include "text/hitlist.h"
#include "text/linefilter.h"
#include "text/packedsequence.h"

#include <QTest>

#include <algorithm>
#include <random>

using namespace lt::text;

class TestPackedSequence final : public QObject
{
    Q_OBJECT

private slots:
    void randomAccessMatchesPlainVector();
    void typicalLineLengthsStayUnderFourBytes();
    void boundsOnEmptyAndSingle();
    void hitListAndFilterMapping();
    void filterOverArbitraryLineSet();
};

void TestPackedSequence::randomAccessMatchesPlainVector()
{
    std::mt19937_64 rng(42);
    std::vector<qint64> ref;
    PackedSequence seq;
    qint64 v = 3;
    for (int i = 0; i < 50000; ++i) {
        // Mostly short steps, some zero, some huge (multi-GB files, very long lines).
        const int kind = int(rng() % 100);
        v += kind < 5 ? 0 : kind < 95 ? qint64(rng() % 400) : qint64(rng() % (qint64(1) << 40));
        ref.push_back(v);
        seq.append(v);
    }
    QCOMPARE(seq.size(), qint64(ref.size()));
    for (size_t i = 0; i < ref.size(); ++i)
        QCOMPARE(seq.at(qint64(i)), ref[i]);
    for (int k = 0; k < 5000; ++k) {
        const qint64 probe = qint64(rng() % quint64(v + 10));
        const qint64 lb = qint64(std::lower_bound(ref.begin(), ref.end(), probe) - ref.begin());
        const qint64 ub = qint64(std::upper_bound(ref.begin(), ref.end(), probe) - ref.begin());
        QCOMPARE(seq.lowerBound(probe), lb);
        QCOMPARE(seq.upperBound(probe), ub);
        // Exact values too (duplicates included).
        const qint64 exact = ref[size_t(rng() % ref.size())];
        QCOMPARE(seq.lowerBound(exact),
                 qint64(std::lower_bound(ref.begin(), ref.end(), exact) - ref.begin()));
    }
}

void TestPackedSequence::typicalLineLengthsStayUnderFourBytes()
{
    std::mt19937 rng(7);
    PackedSequence seq;
    qint64 offset = 0;
    const int n = 1'000'000;
    for (int i = 0; i < n; ++i) {
        offset += 60 + qint64(rng() % 600);   // CBS lines: 60..660 bytes
        seq.append(offset);
    }
    const double perLine = double(seq.memoryBytes()) / n;
    QVERIFY2(perLine <= 4.0, qPrintable(QString::number(perLine)));
}

void TestPackedSequence::boundsOnEmptyAndSingle()
{
    PackedSequence seq;
    QCOMPARE(seq.lowerBound(5), 0);
    seq.append(10);
    QCOMPARE(seq.lowerBound(5), 0);
    QCOMPARE(seq.lowerBound(10), 0);
    QCOMPARE(seq.upperBound(10), 1);
    QCOMPARE(seq.lowerBound(11), 1);
    seq.clear();
    QVERIFY(seq.isEmpty());
}

void TestPackedSequence::hitListAndFilterMapping()
{
    auto hits = std::make_shared<HitList>();
    for (qint64 line : {3, 4, 10, 200, 201, 5000})
        hits->append(LineNumber(line));
    QVERIFY(hits->contains(LineNumber(200)));
    QVERIFY(!hits->contains(LineNumber(199)));

    LineFilter filter;
    filter.showAll(100);
    QCOMPARE(filter.rowCount(), 100);
    QCOMPARE(filter.lineForRow(42), LineNumber(42));

    filter.showHits(hits);
    QCOMPARE(filter.mode(), LineFilter::Mode::Hits);
    QCOMPARE(filter.rowCount(), 6);
    QCOMPARE(filter.lineForRow(0), LineNumber(3));
    QCOMPARE(filter.lineForRow(5), LineNumber(5000));
    QCOMPARE(filter.rowForLine(LineNumber(10)), 2);    // shown: its own row
    QCOMPARE(filter.rowForLine(LineNumber(11)), 3);    // hidden: the next shown line's row
    QCOMPARE(filter.rowForLine(LineNumber(6000)), 6);  // past the end
    QVERIFY(filter.isShown(LineNumber(201)));
    QVERIFY(!filter.isShown(LineNumber(202)));

    // The filter follows a hit list that is still growing (a running search).
    hits->append(LineNumber(7000));
    QCOMPARE(filter.rowCount(), 7);
    QCOMPARE(filter.lineForRow(6), LineNumber(7000));
}

void TestPackedSequence::filterOverArbitraryLineSet()
{
    LineFilter filter;
    // Finding lines arrive in any order with duplicates (several findings on one line).
    filter.showLines({LineNumber(90), LineNumber(7), LineNumber(90), LineNumber(12), LineNumber(0)});
    QCOMPARE(filter.mode(), LineFilter::Mode::LineSet);
    QCOMPARE(filter.rowCount(), 4);
    const QList<qint64> expected{0, 7, 12, 90};
    for (qint64 row = 0; row < filter.rowCount(); ++row)
        QCOMPARE(filter.lineForRow(row).get(), expected[row]);
    QCOMPARE(filter.rowForLine(LineNumber(8)), 2);
    filter.showLines({});
    QCOMPARE(filter.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestPackedSequence)
#include "tst_packedsequence.moc"
