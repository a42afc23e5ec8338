#include "commands.h"
#include "terminal.h"

#include <collect/collector.h>
#include <collect/collectorrun.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>

namespace lt::cli {

namespace {

// Ctrl+C asks the collector to cancel (kill commands, remove the .part) instead of dying
// half-way; a second Ctrl+C ends the process the usual way.
std::atomic<bool> interrupted{false};

void onInterrupt(int)
{
    if (interrupted.exchange(true))
        std::_Exit(130);
}

QString humanBytes(qint64 bytes)
{
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 KB").arg((bytes + 1023) / 1024);
    return QStringLiteral("%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

QJsonObject outcomeJson(const lt::collect::CollectOutcome &o)
{
    QJsonArray items;
    for (const auto &r : o.items) {
        items.append(QJsonObject{{QStringLiteral("id"), r.itemId},
                                 {QStringLiteral("category"), r.categoryId},
                                 {QStringLiteral("status"), lt::collect::statusName(r.status)},
                                 {QStringLiteral("reason"), r.reason},
                                 {QStringLiteral("bytes"), r.bytes},
                                 {QStringLiteral("files"), QJsonArray::fromStringList(r.storedFiles)}});
    }
    return {{QStringLiteral("bundleWritten"), o.bundleWritten},
            {QStringLiteral("bundle"), o.bundlePath},
            {QStringLiteral("bundleSize"), o.bundleSize},
            {QStringLiteral("cancelled"), o.cancelled},
            {QStringLiteral("error"), o.error},
            {QStringLiteral("items"), items}};
}

} // namespace

int runCollectCommand(const QStringList &arguments)
{
    using namespace lt::collect;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("logtriage-cli collect: gather logs and system information into one bundle zip\n(manifest.json inside says what was collected, missing, denied or truncated)."));
    parser.addHelpOption();
    const QCommandLineOption profileOpt(QStringLiteral("profile"), QStringLiteral("windows, linux or a profile JSON file (default: %1)").arg(Profile::defaultName()), QStringLiteral("P"));
    const QCommandLineOption onlyOpt(QStringLiteral("only"), QStringLiteral("only these categories (comma-separated ids; see 'profiles'; \"\" = none, only the --add paths)"), QStringLiteral("CAT,CAT"));
    const QCommandLineOption addOpt(QStringLiteral("add"), QStringLiteral("also collect this file, glob or folder (repeatable)"), QStringLiteral("PATH"));
    const QCommandLineOption outOpt(QStringLiteral("out"), QStringLiteral("bundle file (default: Desktop/logtriage-HOST-DATE-TIME.zip)"), QStringLiteral("FILE"));
    const QCommandLineOption rootOpt(QStringLiteral("root"), QStringLiteral("testing: map C:\\ onto this folder"), QStringLiteral("DIR"));
    const QCommandLineOption replayOpt(QStringLiteral("replay"), QStringLiteral("testing: take command outputs from DIR/<item-id>.txt"), QStringLiteral("DIR"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("print the result as JSON"));
    const QCommandLineOption langOpt(QStringLiteral("lang"), QStringLiteral("language of summary.txt: zh or en"), QStringLiteral("LANG"));
    parser.addOptions({profileOpt, onlyOpt, addOpt, outOpt, rootOpt, replayOpt, jsonOpt, langOpt});
    QStringList args = arguments;
    args.prepend(QStringLiteral("logtriage-cli collect"));
    QTextStream err(stderr);
    QTextStream out(stdout);
    if (!parser.parse(args)) {
        err << "logtriage-cli collect: " << parser.errorText() << "\n";
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "logtriage-cli collect: unexpected argument '" << parser.positionalArguments().first() << "'\n";
        return ExitUsage;
    }
    const QString lang = parser.value(langOpt);
    if (!lang.isEmpty() && lang != u"zh" && lang != u"en") {
        err << "logtriage-cli collect: --lang must be zh or en\n";
        return ExitUsage;
    }
    CollectRequest request;
    request.profile = parser.isSet(profileOpt) ? parser.value(profileOpt) : Profile::defaultName();
    if (parser.isSet(onlyOpt)) {   // --only "" (no ids): the --add paths alone
        QStringList ids;
        for (const QString &c : parser.values(onlyOpt))
            ids += c.split(u',', Qt::SkipEmptyParts);
        request.categories = ids;
    }
    request.customPaths = parser.values(addOpt);
    request.outputFile = parser.value(outOpt);
    request.fakeRoot = parser.value(rootOpt);
    request.replayDir = parser.value(replayOpt);
    request.language = lang;
    for (const QString &dir : {request.fakeRoot, request.replayDir}) {
        if (!dir.isEmpty() && !QFileInfo(dir).isDir()) {
            err << "logtriage-cli collect: no such folder: " << dir << "\n";
            return ExitUsage;
        }
    }
    QString error;
    const auto profile = Profile::load(request.profile, &error);
    if (!profile) {
        err << "logtriage-cli collect: " << error << "\n";
        return ExitUsage;
    }
    const QList<Item> planned = CollectorRun::plan(*profile, request, &error);
    if (!error.isEmpty()) {
        err << "logtriage-cli collect: " << error << "\n";
        return ExitUsage;
    }

    const bool json = parser.isSet(jsonOpt);
    const bool tty = terminal::isTerminal(stdout) && !json;
    Collector collector;
    CollectOutcome outcome;
    QEventLoop loop;
    QObject::connect(&collector, &Collector::itemFinished, &collector, [&](const ItemResult &r) {
        if (json)
            return;
        if (tty)
            out << "\r\033[K";
        out << QStringLiteral("%1 %2  %3").arg(statusName(r.status).leftJustified(9), r.categoryId + u'/' + r.itemId,
                                              humanBytes(r.bytes));
        if (!r.reason.isEmpty())
            out << "  (" << r.reason.left(200) << ")";
        out << "\n";
        out.flush();
    });
    QObject::connect(&collector, &Collector::progressChanged, &collector, [&](const CollectProgress &p) {
        if (!tty)
            return;
        const int width = 30;
        const int filled = p.itemsTotal > 0 ? width * p.itemsDone / p.itemsTotal : 0;
        out << "\r\033[K[" << QString(filled, u'#') << QString(width - filled, u'.') << "] "
            << p.itemsDone << "/" << p.itemsTotal << "  " << humanBytes(p.bytesWritten) << "  " << p.currentItem;
        out.flush();
    });
    QObject::connect(&collector, &Collector::finished, &loop, [&](const CollectOutcome &o) {
        outcome = o;
        loop.quit();
    });
    if (!json)
        out << QStringLiteral("Collecting %1 items with profile %2\n").arg(planned.size()).arg(profile->name());
    out.flush();
    std::signal(SIGINT, onInterrupt);
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &collector, [&] {
        if (interrupted.load()) {
            interruptPoll.stop();
            collector.cancel();
        }
    });
    interruptPoll.start(100);
    collector.start(*profile, request);
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    if (tty)
        out << "\r\033[K";
    if (json) {
        out << QJsonDocument(outcomeJson(outcome)).toJson(QJsonDocument::Indented);
    } else if (outcome.bundleWritten) {
        int problems = 0;
        for (const auto &r : outcome.items)
            problems += r.status != ItemStatus::Ok ? 1 : 0;
        out << QStringLiteral("%1 items, %2 not fully collected (see manifest.json)\n").arg(outcome.items.size()).arg(problems);
        out << "Bundle: " << outcome.bundlePath << " (" << humanBytes(outcome.bundleSize) << ")\n";
    }
    out.flush();
    if (!outcome.bundleWritten) {
        err << "logtriage-cli collect: no bundle written: " << outcome.error << "\n";
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace lt::cli
