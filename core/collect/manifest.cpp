#include "manifest.h"

#include "collector.h"
#include "platform.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSysInfo>

namespace lt::collect {

namespace {

QString userName()
{
    return platform::currentUserName();
}

QJsonObject bilingual(const QString &zh, const QString &en)
{
    return {{QStringLiteral("zh"), zh}, {QStringLiteral("en"), en}};
}

} // namespace

QByteArray buildManifest(const Profile &profile, const RunInfo &run, const QList<Item> &items,
                         const QList<ItemResult> &results)
{
    QJsonObject root;
    root[u"format"] = QStringLiteral("logtriage-bundle");
    root[u"formatVersion"] = ManifestFormatVersion;
    root[u"tool"] = QJsonObject{{QStringLiteral("name"), QStringLiteral("LogTriage")},
                                {QStringLiteral("version"), QStringLiteral(LT_VERSION)},
                                {QStringLiteral("qt"), QString::fromLatin1(qVersion())}};
    root[u"profile"] = QJsonObject{{QStringLiteral("name"), run.profileName},
                                   {QStringLiteral("platform"), run.platform},
                                   {QStringLiteral("title"), bilingual(profile.titleZh(), profile.titleEn())}};
    root[u"host"] = QJsonObject{{QStringLiteral("name"), QSysInfo::machineHostName()},
                                {QStringLiteral("os"), QSysInfo::prettyProductName()},
                                {QStringLiteral("osVersion"), QSysInfo::productVersion()},
                                {QStringLiteral("kernel"), QString(QSysInfo::kernelType() + u' ' + QSysInfo::kernelVersion())},
                                {QStringLiteral("arch"), QSysInfo::currentCpuArchitecture()}};
    root[u"user"] = QJsonObject{{QStringLiteral("name"), userName()}, {QStringLiteral("elevated"), isElevated()}};
    root[u"started"] = run.started.toOffsetFromUtc(run.started.offsetFromUtc()).toString(Qt::ISODateWithMs);
    root[u"finished"] = run.finished.toString(Qt::ISODateWithMs);
    QJsonObject request{{QStringLiteral("categories"), QJsonArray::fromStringList(run.selectedCategories)},
                        {QStringLiteral("customPaths"), QJsonArray::fromStringList(run.customPaths)}};
    if (!run.fakeRoot.isEmpty())
        request[u"fakeRoot"] = run.fakeRoot;
    if (!run.replayDir.isEmpty())
        request[u"replayDir"] = run.replayDir;
    root[u"request"] = request;

    QJsonArray categories;
    for (const Category &c : profile.categories()) {
        categories.append(QJsonObject{{QStringLiteral("id"), c.id},
                                      {QStringLiteral("title"), bilingual(c.titleZh, c.titleEn)},
                                      {QStringLiteral("selected"), run.selectedCategories.contains(c.id)}});
    }
    if (!run.customPaths.isEmpty()) {
        categories.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("custom")},
                                      {QStringLiteral("title"), bilingual(QStringLiteral("自定义路径"), QStringLiteral("Custom paths"))},
                                      {QStringLiteral("selected"), true}});
    }
    root[u"categories"] = categories;

    QJsonArray itemArray;
    QMap<QString, int> counts;
    qint64 totalBytes = 0;
    for (qsizetype i = 0; i < items.size() && i < results.size(); ++i) {
        const Item &item = items.at(i);
        const ItemResult &r = results.at(i);
        QJsonObject o{{QStringLiteral("id"), item.id},
                      {QStringLiteral("category"), item.categoryId},
                      {QStringLiteral("kind"), kindName(item.kind)},
                      {QStringLiteral("title"), bilingual(item.titleZh, item.titleEn)},
                      {QStringLiteral("source"), item.describe()},
                      {QStringLiteral("status"), statusName(r.status)},
                      {QStringLiteral("reason"), r.reason},
                      {QStringLiteral("durationMs"), r.durationMs},
                      {QStringLiteral("bytes"), r.bytes}};
        if (item.kind == ItemKind::Command || item.kind == ItemKind::Registry || item.kind == ItemKind::EventLog)
            o[u"exitCode"] = r.exitCode;
        QJsonArray files;
        for (const StoredFile &f : r.files) {
            QJsonObject fo{{QStringLiteral("path"), f.bundlePath},
                           {QStringLiteral("source"), f.sourcePath},
                           {QStringLiteral("size"), f.storedSize},
                           {QStringLiteral("sourceSize"), f.sourceSize},
                           {QStringLiteral("sha256"), f.sha256},
                           {QStringLiteral("truncated"), f.truncated}};
            if (!f.encoding.isEmpty())
                fo[u"encoding"] = f.encoding;
            files.append(fo);
        }
        o[u"files"] = files;
        QJsonArray missing;
        for (const NotStored &n : r.notStored) {
            missing.append(QJsonObject{{QStringLiteral("source"), n.sourcePath},
                                       {QStringLiteral("status"), statusName(n.status)},
                                       {QStringLiteral("reason"), n.reason}});
        }
        if (!missing.isEmpty())
            o[u"notStored"] = missing;
        itemArray.append(o);
        counts[statusName(r.status)] += 1;
        totalBytes += r.bytes;
    }
    root[u"items"] = itemArray;
    QJsonObject byStatus;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        byStatus[it.key()] = it.value();
    root[u"totals"] = QJsonObject{{QStringLiteral("items"), int(results.size())},
                                  {QStringLiteral("bytes"), totalBytes},
                                  {QStringLiteral("byStatus"), byStatus}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString buildSummary(const Profile &profile, const RunInfo &run, const QList<Item> &items,
                     const QList<ItemResult> &results, bool chinese)
{
    auto t = [chinese](const char *zh, const char *en) { return chinese ? QString::fromUtf8(zh) : QString::fromUtf8(en); };
    QString s;
    s += t("LogTriage 收集摘要\n", "LogTriage collection summary\n");
    s += t("==================\n\n", "============================\n\n");
    s += t("配置: ", "Profile: ") + (chinese ? profile.titleZh() : profile.titleEn()) + QStringLiteral(" (%1)\n").arg(run.profileName);
    s += t("计算机: ", "Computer: ") + QSysInfo::machineHostName() + QStringLiteral(" — ") + QSysInfo::prettyProductName() + u'\n';
    s += t("用户: ", "User: ") + userName() + (isElevated() ? t(" (管理员)", " (administrator)") : t(" (非管理员)", " (not administrator)")) + u'\n';
    s += t("开始: ", "Started: ") + run.started.toString(Qt::ISODate) + u'\n';
    s += t("结束: ", "Finished: ") + run.finished.toString(Qt::ISODate) + u'\n';
    QMap<QString, int> counts;
    for (const ItemResult &r : results)
        counts[statusName(r.status)] += 1;
    s += t("\n项目: ", "\nItems: ") + QString::number(results.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        s += QStringLiteral(", %1 %2").arg(it.key()).arg(it.value());
    s += u'\n';
    QString currentCategory;
    for (qsizetype i = 0; i < items.size() && i < results.size(); ++i) {
        const Item &item = items.at(i);
        const ItemResult &r = results.at(i);
        if (item.categoryId != currentCategory) {
            currentCategory = item.categoryId;
            const auto c = profile.category(currentCategory);
            s += QStringLiteral("\n[%1]\n").arg(c ? (chinese ? c->titleZh : c->titleEn) : t("自定义路径", "Custom paths"));
        }
        s += QStringLiteral("  %1 %2 — %3 (%4 KB)\n")
                 .arg(statusName(r.status).leftJustified(9), chinese ? item.titleZh : item.titleEn, item.describe())
                 .arg((r.bytes + 1023) / 1024);
        if (!r.reason.isEmpty())
            s += QStringLiteral("            %1\n").arg(r.reason);
    }
    s += t("\n每个文件的来源、大小和 SHA-256 见 manifest.json。\n",
           "\nmanifest.json lists the source, size and SHA-256 of every stored file.\n");
    return s;
}

} // namespace lt::collect
