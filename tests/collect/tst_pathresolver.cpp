#include <collect/pathresolver.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using lt::collect::PathResolver;

namespace {

void touch(const QString &path, const QByteArray &data = "x")
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

} // namespace

class TestPathResolver final : public QObject
{
    Q_OBJECT

private slots:
    void windowsVariablesExpandAgainstTheFakeRoot()
    {
        QTemporaryDir root;
        const PathResolver r(root.path());
        QCOMPARE(r.expand(QStringLiteral("%windir%\\Logs\\CBS\\CBS.log")), QStringLiteral("C:\\Windows\\Logs\\CBS\\CBS.log"));
        QCOMPARE(r.expand(QStringLiteral("%SystemDrive%\\$WINDOWS.~BT\\Sources")), QStringLiteral("C:\\$WINDOWS.~BT\\Sources"));
        QCOMPARE(r.expand(QStringLiteral("%ProgramData%\\x")), QStringLiteral("C:\\ProgramData\\x"));
        QCOMPARE(r.expand(QStringLiteral("%NoSuchVar%\\x")), QStringLiteral("%NoSuchVar%\\x"));
    }

    void lookupIsCaseInsensitiveUnderTheFakeRoot()
    {
        QTemporaryDir root;
        touch(root.filePath(QStringLiteral("Windows/Logs/CBS/CBS.log")));
        const PathResolver r(root.path());
        QCOMPARE(r.toReal(QStringLiteral("C:\\WINDOWS\\logs\\cbs\\cbs.LOG")), root.filePath(QStringLiteral("Windows/Logs/CBS/CBS.log")));
        bool missing = true;
        const auto files = r.match(QStringLiteral("%WINDIR%\\LOGS\\cbs\\*.log"), false, &missing);
        QCOMPARE(files.size(), 1);
        QVERIFY(!missing);
        QCOMPARE(files.first().sourcePath, QStringLiteral("C:\\Windows\\LOGS\\cbs\\CBS.log"));
        QCOMPARE(files.first().relativePath, QStringLiteral("CBS.log"));
    }

    void globsAndRecursionKeepSubfolders()
    {
        QTemporaryDir root;
        touch(root.filePath(QStringLiteral("Windows/inf/setupapi.dev.log")));
        touch(root.filePath(QStringLiteral("Windows/inf/setupapi.app.log")));
        touch(root.filePath(QStringLiteral("Windows/inf/oem1.inf")));
        touch(root.filePath(QStringLiteral("Windows/inf/sub/setupapi.offline.log")));
        const PathResolver r(root.path());
        auto files = r.match(QStringLiteral("%windir%\\inf\\setupapi*.log"), false);
        QCOMPARE(files.size(), 2);
        files = r.match(QStringLiteral("%windir%\\inf\\setupapi*.log"), true);
        QCOMPARE(files.size(), 3);
        QCOMPARE(files.last().relativePath, QStringLiteral("sub/setupapi.offline.log"));
        bool missing = false;
        QVERIFY(r.match(QStringLiteral("C:\\$WINDOWS.~BT\\Sources\\Panther\\*.log"), false, &missing).isEmpty());
        QVERIFY(missing);
    }

    void posixVariablesExpand()
    {
        const PathResolver r;
        if (r.windowsStyle())
            QSKIP("POSIX only");
        qputenv("LT_TEST_HOME", "/home/tester");
        const PathResolver withVar;
        QCOMPARE(withVar.expand(QStringLiteral("$LT_TEST_HOME/.xsession-errors")), QStringLiteral("/home/tester/.xsession-errors"));
        QCOMPARE(withVar.expand(QStringLiteral("${LT_TEST_HOME}/x")), QStringLiteral("/home/tester/x"));
    }
};

QTEST_GUILESS_MAIN(TestPathResolver)
#include "tst_pathresolver.moc"
