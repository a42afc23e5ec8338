// Every shipped catalog file loads and validates; the loader rejects malformed data.
#include "triage/errorcatalog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

#include <atomic>
#include <QTemporaryDir>
#include <QTest>

using lt::triage::ErrorCatalog;
using lt::triage::ErrorEntry;

class TestErrorCatalog final : public QObject {
    Q_OBJECT

private slots:
    void concurrentFirstUse(); // must stay first: it races the one-time load
    void builtinLoadsEveryShippedFile();
    void shippedFilesAreWellFormed_data();
    void shippedFilesAreWellFormed();
    void strictLoadOfShippedDirectory();
    void findByCodeAndName();
    void messagesFollowLocale();
    void benignAndHints();
    void rejectsBadDocuments_data();
    void rejectsBadDocuments();
    void rejectsDuplicatesAcrossFiles();
    void emptyDirectoryIsAnError();
    void loadIsFast();
    void mutatedJsonNeverCrashes();
};

void TestErrorCatalog::concurrentFirstUse()
{
    // Parsers call builtin() from worker threads; the first use may happen on several at once.
    std::atomic<int> agree{0};
    const ErrorCatalog *seen[8] = {};
    QList<QThread *> threads;
    for (int i = 0; i < 8; ++i) {
        threads << QThread::create([i, &seen, &agree] {
            const ErrorCatalog &c = ErrorCatalog::builtin();
            seen[i] = &c;
            if (c.find(0x800F0821) && c.findByName(u"E_ACCESSDENIED"))
                ++agree;
        });
    }
    for (QThread *t : std::as_const(threads))
        t->start();
    for (QThread *t : std::as_const(threads)) {
        QVERIFY(t->wait(30000));
        delete t;
    }
    QCOMPARE(agree.load(), 8);
    for (const ErrorCatalog *c : seen)
        QCOMPARE(c, &ErrorCatalog::builtin());
}

void TestErrorCatalog::builtinLoadsEveryShippedFile()
{
    const ErrorCatalog &catalog = ErrorCatalog::builtin();
    QVERIFY2(catalog.size() > 1000, qPrintable(QString::number(catalog.size())));
    QSet<QString> families;
    for (const ErrorEntry &e : catalog.entries())
        families.insert(e.family);
    const QStringList files = QDir(QStringLiteral(":/catalog")).entryList({QStringLiteral("*.json")});
    QVERIFY(files.size() >= 9);
    for (const QString &f : files)
        QVERIFY2(families.contains(QFileInfo(f).completeBaseName()), qPrintable(f)); // none skipped
    for (const char *family : {"win32", "com", "cbs", "wu", "setup", "sxs", "crypt", "ntstatus", "winhttp", "bits", "setupapi"})
        QVERIFY2(families.contains(QLatin1String(family)), family);
    // Same object every time: parsed once.
    QCOMPARE(&ErrorCatalog::builtin(), &catalog);
}

void TestErrorCatalog::shippedFilesAreWellFormed_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &f : QDir(QStringLiteral(":/catalog")).entryList({QStringLiteral("*.json")}))
        QTest::newRow(qPrintable(f)) << QStringLiteral(":/catalog/") + f;
}

void TestErrorCatalog::shippedFilesAreWellFormed()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QString error;
    const auto catalog = ErrorCatalog::loadFromJson(json, &error);
    QVERIFY2(catalog, qPrintable(error));
    QVERIFY(catalog->size() > 0);

    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(QLatin1String("family")).toString(), QFileInfo(path).completeBaseName());
    QVERIFY2(!root.value(QLatin1String("sources")).toArray().isEmpty(), "each file cites where its values come from");
    static const QRegularExpression hex(QStringLiteral("^0x[0-9A-F]{8}$"));
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    for (const QJsonValue &v : root.value(QLatin1String("entries")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString code = o.value(QLatin1String("code")).toString();
        QVERIFY2(hex.match(code).hasMatch(), qPrintable(code)); // canonical spelling in shipped files
        QVERIFY2(han.match(o.value(QLatin1String("zh")).toString()).hasMatch(), qPrintable(code));
        QVERIFY2(!han.match(o.value(QLatin1String("en")).toString()).hasMatch(), qPrintable(code));
    }
    for (const ErrorEntry &e : catalog->entries()) {
        // Win32-keyed families hold plain Win32 numbers; the rest hold full 32-bit codes.
        if (e.family == QLatin1String("win32") || e.family == QLatin1String("sxs") || e.family == QLatin1String("winhttp")) {
            QVERIFY2(e.code <= 0xFFFF, qPrintable(e.name));
        } else {
            QVERIFY2(e.code > 0xFFFF, qPrintable(e.name));
        }
        if (!e.hintEn.isEmpty())
            QVERIFY2(han.match(e.hintZh).hasMatch(), qPrintable(e.name));
    }
}

void TestErrorCatalog::strictLoadOfShippedDirectory()
{
    QString error;
    const auto catalog = ErrorCatalog::loadFromDirectory(QStringLiteral(":/catalog"), &error);
    QVERIFY2(catalog, qPrintable(error));
    QCOMPARE(catalog->size(), ErrorCatalog::builtin().size());
}

void TestErrorCatalog::findByCodeAndName()
{
    const ErrorCatalog &c = ErrorCatalog::builtin();
    const ErrorEntry *cbsAbort = c.find(0x800F0821);
    QVERIFY(cbsAbort);
    QCOMPARE(cbsAbort->name, QStringLiteral("CBS_E_ABORT"));
    QCOMPARE(cbsAbort->family, QStringLiteral("cbs"));
    QCOMPARE(c.findByName(u"cbs_e_abort"), cbsAbort);
    QCOMPARE(c.findByName(u"  CBS_E_ABORT "), cbsAbort);

    const ErrorEntry *denied = c.find(5);
    QVERIFY(denied);
    QCOMPARE(denied->name, QStringLiteral("ERROR_ACCESS_DENIED"));
    const ErrorEntry *eAccess = c.findByName(u"E_ACCESSDENIED");
    QVERIFY(eAccess);
    QCOMPARE(eAccess->code, 0x80070005u);
    QVERIFY(eAccess->aliases.contains(QStringLiteral("COR_E_UNAUTHORIZEDACCESS")));
    QCOMPARE(c.findByName(u"COR_E_UNAUTHORIZEDACCESS"), eAccess); // aliases resolve too

    QCOMPARE(c.find(0x800F0825)->name, QStringLiteral("CBS_E_CANNOT_UNINSTALL"));
    QCOMPARE(c.findByName(u"CBS_E_CANNOT_REMOVE")->code, 0x800F0825u); // newer name as alias
    QCOMPARE(c.find(0x8024402C)->name, QStringLiteral("WU_E_PT_WINHTTP_NAME_NOT_RESOLVED"));
    QCOMPARE(c.find(14003)->name, QStringLiteral("ERROR_SXS_ASSEMBLY_NOT_FOUND"));
    QCOMPARE(c.find(0x80092013)->name, QStringLiteral("CRYPT_E_REVOCATION_OFFLINE"));
    QCOMPARE(c.find(0xC0000022)->name, QStringLiteral("STATUS_ACCESS_DENIED"));
    QCOMPARE(c.find(0xC1900101)->name, QStringLiteral("MOSETUP_E_SETUP_PLATFORM"));
    QCOMPARE(c.findByName(u"WININET_E_TIMEOUT")->code, 12002u);

    QVERIFY(!c.find(0xDEADBEEF));
    QVERIFY(!c.findByName(u"NOT_A_REAL_NAME"));
    QVERIFY(!c.findByName(u""));
}

void TestErrorCatalog::messagesFollowLocale()
{
    const ErrorEntry *denied = ErrorCatalog::builtin().find(5);
    QVERIFY(denied);
    QCOMPARE(denied->message(QLocale(QLocale::English)), QStringLiteral("Access is denied."));
    QCOMPARE(denied->message(QLocale(QLocale::Chinese, QLocale::China)), QStringLiteral("拒绝访问。"));
    QCOMPARE(denied->message(QLocale(QLocale::Chinese, QLocale::Taiwan)), QStringLiteral("拒绝访问。"));
    QCOMPARE(denied->message(QLocale(QLocale::German)), QStringLiteral("Access is denied."));
}

void TestErrorCatalog::benignAndHints()
{
    const ErrorCatalog &c = ErrorCatalog::builtin();
    QVERIFY(c.find(3010)->benign);        // ERROR_SUCCESS_REBOOT_REQUIRED
    QVERIFY(c.find(0x800F0816)->benign);  // CBS_E_DPX_JOB_STATE_SAVED: express download, more ranges
    QVERIFY(!c.find(0x800F081F)->benign); // CBS_E_SOURCE_MISSING is a real failure
    QVERIFY(c.find(0x800F081F)->hintEn.contains(QLatin1String("RestoreHealth")));
    QVERIFY(c.find(0x800F081F)->hint(QLocale(QLocale::Chinese)).contains(QStringLiteral("RestoreHealth")));
    QVERIFY(c.find(0x800F0821)->hintEn.contains(QLatin1String("installcallbacktimeoutinms")));
}

void TestErrorCatalog::rejectsBadDocuments_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // part of the error message

    const auto doc = [](const QByteArray &entries, const QByteArray &family = "\"test\"") {
        return QByteArray("{\"family\": ") + family + ", \"sources\": [\"x\"], \"entries\": [" + entries + "]}";
    };
    const QByteArray ok = R"({"code": "0x80070005", "name": "E_X", "en": "Access is denied.", "zh": "拒绝访问。"})";
    QTest::newRow("not json") << QByteArray("{\"family\": \"x\", ") << QStringLiteral("invalid JSON");
    QTest::newRow("array root") << QByteArray("[]") << QStringLiteral("top level");
    QTest::newRow("no family") << QByteArray("{\"entries\": []}") << QStringLiteral("family");
    QTest::newRow("upper family") << doc(ok, "\"Win32\"") << QStringLiteral("family");
    QTest::newRow("unknown top key") << QByteArray("{\"family\": \"t\", \"entries\": [], \"extra\": 1}") << QStringLiteral("extra");
    QTest::newRow("entries not array") << QByteArray("{\"family\": \"t\", \"entries\": {}}") << QStringLiteral("entries");
    QTest::newRow("bad hex") << doc(R"({"code": "0x8007000G", "name": "E_X", "en": "a", "zh": "甲"})") << QStringLiteral("hex");
    QTest::newRow("no prefix") << doc(R"({"code": "80070005", "name": "E_X", "en": "a", "zh": "甲"})") << QStringLiteral("hex");
    QTest::newRow("too long") << doc(R"({"code": "0x180070005", "name": "E_X", "en": "a", "zh": "甲"})") << QStringLiteral("hex");
    QTest::newRow("numeric code") << doc(R"({"code": 5, "name": "E_X", "en": "a", "zh": "甲"})") << QStringLiteral("hex");
    QTest::newRow("bad name") << doc(R"({"code": "0x00000005", "name": "E X", "en": "a", "zh": "甲"})") << QStringLiteral("name");
    QTest::newRow("bad alias") << doc(R"({"code": "0x00000005", "name": "E_X", "aliases": ["1BAD"], "en": "a", "zh": "甲"})") << QStringLiteral("alias");
    QTest::newRow("no zh") << doc(R"({"code": "0x00000005", "name": "E_X", "en": "a"})") << QStringLiteral("\"zh\"");
    QTest::newRow("empty en") << doc(R"({"code": "0x00000005", "name": "E_X", "en": " ", "zh": "甲"})") << QStringLiteral("\"en\"");
    QTest::newRow("half hint") << doc(R"({"code": "0x00000005", "name": "E_X", "en": "a", "zh": "甲", "hint": {"en": "b"}})") << QStringLiteral("hint");
    QTest::newRow("benign string") << doc(R"({"code": "0x00000005", "name": "E_X", "en": "a", "zh": "甲", "benign": "yes"})") << QStringLiteral("benign");
    QTest::newRow("typo key") << doc(R"({"code": "0x00000005", "name": "E_X", "en": "a", "zh": "甲", "hnit": {}})") << QStringLiteral("hnit");
    QTest::newRow("dup code") << doc(ok + "," + R"({"code": "0x80070005", "name": "E_Y", "en": "a", "zh": "甲"})") << QStringLiteral("duplicate code");
    QTest::newRow("dup name") << doc(ok + "," + R"({"code": "0x80070006", "name": "e_x", "en": "a", "zh": "甲"})") << QStringLiteral("duplicate name");
    QTest::newRow("alias clash") << doc(ok + "," + R"({"code": "0x80070006", "name": "E_Y", "aliases": ["E_X"], "en": "a", "zh": "甲"})") << QStringLiteral("duplicate name");
}

void TestErrorCatalog::rejectsBadDocuments()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    const auto catalog = ErrorCatalog::loadFromJson(json, &error);
    QVERIFY(!catalog);
    QVERIFY2(error.contains(expected, Qt::CaseInsensitive), qPrintable(error));
}

void TestErrorCatalog::rejectsDuplicatesAcrossFiles()
{
    // The fixture directory holds two valid files that clash on one code.
    const QString dir = QStringLiteral(LT_TEST_DATA_DIR "/triage/catalog/duplicate-across-files");
    QVERIFY(QFileInfo(dir).isDir());
    QString error;
    QVERIFY(!ErrorCatalog::loadFromDirectory(dir, &error));
    QVERIFY2(error.contains(QLatin1String("duplicate code 0x800F0821")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("b-second.json")), qPrintable(error)); // names the offending file

    const QString good = QStringLiteral(LT_TEST_DATA_DIR "/triage/catalog/valid");
    const auto catalog = ErrorCatalog::loadFromDirectory(good, &error);
    QVERIFY2(catalog, qPrintable(error));
    QCOMPARE(catalog->size(), 2);
    QCOMPARE(catalog->findByName(u"cbs_e_abort")->family, QStringLiteral("cbs"));
}

void TestErrorCatalog::emptyDirectoryIsAnError()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!ErrorCatalog::loadFromDirectory(dir.path(), &error));
    QVERIFY(error.contains(QLatin1String("no *.json")));
    QVERIFY(!ErrorCatalog::loadFromDirectory(dir.filePath(QStringLiteral("missing")), &error));
}

void TestErrorCatalog::loadIsFast()
{
    // Loaded at startup: parse + index of all shipped files must stay well below 100 ms.
    QElapsedTimer timer;
    timer.start();
    QString error;
    const auto catalog = ErrorCatalog::loadFromDirectory(QStringLiteral(":/catalog"), &error);
    const qint64 ms = timer.elapsed();
    QVERIFY(catalog);
    qInfo("loaded %lld entries in %lld ms", qlonglong(catalog->size()), ms);
    QVERIFY2(ms < 250, qPrintable(QString::number(ms)));
}

void TestErrorCatalog::mutatedJsonNeverCrashes()
{
    // Damaged data files (truncated, bit flips) must give an error or a catalog, never a crash.
    QFile file(QStringLiteral(":/catalog/cbs.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    QRandomGenerator rng(4242);
    int rejected = 0;
    for (int i = 0; i < 300; ++i) {
        QByteArray json = original;
        if (i % 3 == 0) {
            json.truncate(rng.bounded(json.size()));
        } else {
            for (int k = 0; k < 1 + i % 5; ++k)
                json[rng.bounded(json.size())] = char(rng.bounded(256));
        }
        QString error;
        const auto catalog = ErrorCatalog::loadFromJson(json, &error);
        if (!catalog) {
            QVERIFY(!error.isEmpty());
            ++rejected;
        }
    }
    QVERIFY(rejected > 100);
}

QTEST_GUILESS_MAIN(TestErrorCatalog)
#include "tst_errorcatalog.moc"
