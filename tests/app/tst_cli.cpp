#include "clirun.h"

#include <QProcess>
#include <QTest>

using lt::test::runCli;
using Run = lt::test::CliRun;

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void versionPrintsTheProjectVersion()
    {
        const Run r = runCli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("logtriage-cli " LT_VERSION)), qPrintable(r.out));
    }

    void helpListsEverySubcommand()
    {
        const Run r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *c : {"collect", "triage", "lookup", "profiles"})
            QVERIFY2(r.out.contains(QLatin1StringView(c)), c);
    }

    void noArgumentsIsAUsageError()
    {
        const Run r = runCli({});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("Usage:")));
    }

    void unknownCommandIsAUsageError()
    {
        const Run r = runCli({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("unknown command 'frobnicate'")));
    }

    void everySubcommandAnswersItsHelp_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *c : {"collect", "triage", "lookup", "profiles"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }

    // A subcommand either shows its own help (exit 0) or says clearly that it is missing (3).
    void everySubcommandAnswersItsHelp()
    {
        QFETCH(QString, command);
        const Run r = runCli({command, QStringLiteral("--help")});
        if (r.exitCode == 3) {
            QVERIFY(r.err.contains(QStringLiteral("not implemented")));
            return;
        }
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(command), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
