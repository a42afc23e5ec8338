#include "commands.h"

#include <collect/profile.h>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace lt::cli {

int runProfilesCommand(const QStringList &arguments)
{
    using namespace lt::collect;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("logtriage-cli profiles: list the collection profiles, their categories and items."));
    parser.addHelpOption();
    const QCommandLineOption profileOpt(QStringLiteral("profile"), QStringLiteral("only this profile (windows, linux or a JSON file)"), QStringLiteral("P"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("print as JSON"));
    parser.addOptions({profileOpt, jsonOpt});
    QStringList args = arguments;
    args.prepend(QStringLiteral("logtriage-cli profiles"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(args) || !parser.positionalArguments().isEmpty()) {
        err << "logtriage-cli profiles: " << (parser.errorText().isEmpty() ? QStringLiteral("unexpected argument") : parser.errorText()) << "\n";
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    const QStringList names = parser.isSet(profileOpt) ? QStringList{parser.value(profileOpt)} : Profile::builtinNames();
    QJsonArray profiles;
    for (const QString &name : names) {
        QString error;
        const auto p = Profile::load(name, &error);
        if (!p) {
            err << "logtriage-cli profiles: " << error << "\n";
            return parser.isSet(profileOpt) && !error.startsWith(QStringLiteral("unknown profile")) ? ExitFailure : ExitUsage;
        }
        QJsonArray categories;
        if (!parser.isSet(jsonOpt))
            out << QStringLiteral("%1 — %2 / %3%4\n").arg(p->name(), p->titleZh(), p->titleEn(),
                                                        name == Profile::defaultName() ? QStringLiteral(" (default)") : QString());
        for (const Category &c : p->categories()) {
            QJsonArray items;
            if (!parser.isSet(jsonOpt))
                out << QStringLiteral("  %1  %2 / %3%4%5\n      %6\n").arg(c.id, c.titleZh, c.titleEn,
                                                                          c.defaultOn ? QString() : QStringLiteral(" [off by default]"),
                                                                          c.needsAdmin ? QStringLiteral(" [admin]") : QString(), c.descriptionEn);
            for (const Item &i : p->itemsOf(c.id)) {
                if (!parser.isSet(jsonOpt))
                    out << QStringLiteral("      - %1: %2 -> %3\n").arg(i.id, i.describe(), i.bundlePath);
                items.append(QJsonObject{{QStringLiteral("id"), i.id}, {QStringLiteral("kind"), kindName(i.kind)},
                                         {QStringLiteral("titleZh"), i.titleZh}, {QStringLiteral("titleEn"), i.titleEn},
                                         {QStringLiteral("describe"), i.describe()}, {QStringLiteral("bundlePath"), i.bundlePath}});
            }
            categories.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("titleZh"), c.titleZh},
                                          {QStringLiteral("titleEn"), c.titleEn}, {QStringLiteral("descriptionZh"), c.descriptionZh},
                                          {QStringLiteral("descriptionEn"), c.descriptionEn}, {QStringLiteral("default"), c.defaultOn},
                                          {QStringLiteral("needsAdmin"), c.needsAdmin}, {QStringLiteral("items"), items}});
        }
        profiles.append(QJsonObject{{QStringLiteral("name"), p->name()}, {QStringLiteral("platform"), p->platform()},
                                    {QStringLiteral("categories"), categories}});
    }
    if (parser.isSet(jsonOpt))
        out << QJsonDocument(profiles).toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace lt::cli
