// The per-kind gatherers: what a file, dir, command, registry or eventlog item stores.
#include "commandrunner.h"
#include "fileaccess.h"
#include "itemjob.h"
#include "pathresolver.h"

#include <text/encodingdetector.h>
#include <text/textdecoder.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace lt::collect {

namespace {

// Command output beyond this is cut (the head is kept): a runaway command must not eat memory.
constexpr qint64 MaxCommandOutput = 64 * 1024 * 1024;

QString megabytes(qint64 bytes)
{
    return QStringLiteral("%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

QString joinBundle(const QString &folder, const QString &relative)
{
    return folder.endsWith(u'/') ? QString(folder + relative) : QString(folder + u'/' + relative);
}

// Where the kept tail starts: `size - cap`, moved forward to the next line so the first
// stored line is whole (UTF-16 files stay on an even offset).
qint64 tailOffset(const FileAccess &access, const QString &path, qint64 size, qint64 cap)
{
    qint64 offset = size - cap;
    QString error;
    auto dev = access.open(path, &error);
    if (!dev)
        return offset;
    const QByteArray head = dev->read(4);
    const bool utf16 = head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF");
    if (utf16)
        return offset + (offset & 1);
    if (!dev->seek(offset))
        return offset;
    const QByteArray probe = dev->read(64 * 1024);
    const qsizetype nl = probe.indexOf('\n');
    return nl >= 0 && nl + 1 < probe.size() ? offset + nl + 1 : offset;
}

void storeOneFile(ItemJob &job, const GatherContext &c, const ResolvedFile &f, const QString &bundleName)
{
    switch (c.access->check(f.realPath)) {
    case FileAccess::Check::Missing:
        job.notStored(f.sourcePath, ItemStatus::Missing, QStringLiteral("vanished before it was read"));
        return;
    case FileAccess::Check::Denied:
        job.notStored(f.sourcePath, ItemStatus::Denied, QStringLiteral("access denied"));
        return;
    case FileAccess::Check::Readable:
        break;
    }
    const qint64 size = QFileInfo(f.realPath).size();
    const qint64 cap = job.item().maxFileBytes;
    qint64 offset = 0;
    bool truncated = false;
    if (cap > 0 && size > cap) {
        offset = tailOffset(*c.access, f.realPath, size, cap);
        truncated = true;
        job.note(ItemStatus::Truncated, QStringLiteral("%1: kept the last %2 of %3")
                                            .arg(f.sourcePath, megabytes(size - offset), megabytes(size)));
    }
    job.storeFile(c, bundleName, f.realPath, f.sourcePath, offset, size, truncated);
}

} // namespace

void gatherFiles(ItemJob &job, const GatherContext &c)
{
    const Item &item = job.item();
    int found = 0;
    QStringList missing;
    for (const QString &pattern : item.paths) {
        bool baseMissing = false;
        const QList<ResolvedFile> files = c.resolver->match(pattern, item.recursive, &baseMissing);
        if (files.isEmpty())
            missing << c.resolver->expand(pattern);
        for (const ResolvedFile &f : files) {
            if (c.cancel->load())
                return job.note(ItemStatus::Cancelled, QStringLiteral("cancelled"));
            ++found;
            storeOneFile(job, c, f, joinBundle(item.bundlePath, f.relativePath));
        }
    }
    if (found == 0)
        job.note(ItemStatus::Missing, QStringLiteral("nothing matches %1").arg(missing.join(QStringLiteral(", "))));
}

void gatherDir(ItemJob &job, const GatherContext &c)
{
    const Item &item = job.item();
    auto globs = [](const QStringList &patterns) {
        QList<QRegularExpression> out;
        for (const QString &p : patterns)
            out << QRegularExpression(QRegularExpression::wildcardToRegularExpression(p, QRegularExpression::NonPathWildcardConversion),
                                      QRegularExpression::CaseInsensitiveOption);
        return out;
    };
    const auto include = globs(item.include);
    const auto exclude = globs(item.exclude);
    auto matchesAny = [](const QList<QRegularExpression> &res, const QString &name) {
        for (const auto &re : res) {
            if (re.match(name).hasMatch())
                return true;
        }
        return false;
    };
    qint64 total = 0;
    int found = 0, overCap = 0;
    qint64 overCapBytes = 0;
    for (const QString &path : item.paths) {
        const QString expanded = c.resolver->expand(path);
        const QString base = c.resolver->toReal(expanded);
        if (!QFileInfo(base).isDir()) {
            job.notStored(expanded, ItemStatus::Missing, QStringLiteral("no such folder"));
            continue;
        }
        const QString display = c.resolver->windowsStyle() ? QString(expanded).replace(u'/', u'\\') : expanded;
        const QChar sep = c.resolver->windowsStyle() ? u'\\' : u'/';
        // Depth-first, in name order, never through links (they could point out of the tree).
        struct Pending { QString real; QString relative; int depth; };
        QList<Pending> stack{{base, QString(), 0}};
        while (!stack.isEmpty()) {
            if (c.cancel->load())
                return job.note(ItemStatus::Cancelled, QStringLiteral("cancelled"));
            const Pending p = stack.takeLast();
            const QFileInfoList entries = QDir(p.real).entryInfoList(
                QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
            if (entries.isEmpty() && !QDir(p.real).isReadable())
                job.notStored(display + sep + p.relative, ItemStatus::Denied, QStringLiteral("folder cannot be listed"));
            for (const QFileInfo &e : entries) {
                const QString rel = p.relative.isEmpty() ? e.fileName() : p.relative + u'/' + e.fileName();
                const QString source = display + sep + QString(rel).replace(u'/', sep);
                if (e.isSymLink()) {
                    job.notStored(source, ItemStatus::Skipped, QStringLiteral("link not followed"), false);
                    continue;
                }
                if (e.isDir()) {
                    if (item.maxDepth < 0 || p.depth < item.maxDepth)
                        stack.append({e.filePath(), rel, p.depth + 1});
                    continue;
                }
                if ((!include.isEmpty() && !matchesAny(include, e.fileName())) || matchesAny(exclude, e.fileName()))
                    continue;
                ++found;
                const qint64 size = item.maxFileBytes > 0 ? qMin(e.size(), item.maxFileBytes) : e.size();
                if (item.maxTotalBytes > 0 && total + size > item.maxTotalBytes) {
                    ++overCap;
                    overCapBytes += e.size();
                    job.notStored(source, ItemStatus::Skipped, QStringLiteral("over the folder's total cap"), false);
                    continue;
                }
                total += size;
                storeOneFile(job, c, ResolvedFile{e.filePath(), source, rel},
                             joinBundle(item.bundlePath, rel));
            }
        }
    }
    if (overCap > 0) {
        job.note(ItemStatus::Truncated, QStringLiteral("%1 files (%2) over the total cap of %3 not stored")
                                            .arg(overCap).arg(megabytes(overCapBytes), megabytes(item.maxTotalBytes)));
    }
    if (found == 0)
        job.note(ItemStatus::Missing, QStringLiteral("no files in %1").arg(item.paths.join(QStringLiteral(", "))));
}

namespace {

struct CommandRun {
    QStringList argv;
    QString bundleName;
    QString encoding;
    QString replaySuffix;   // DIR/<item-id><suffix>
};

QList<CommandRun> runsFor(const Item &item)
{
    const QString out = QStringLiteral("{outfile}");
    switch (item.kind) {
    case ItemKind::Registry:
        if (item.registryMode == u"export")
            return {{{QStringLiteral("reg"), QStringLiteral("export"), item.registryKey, out, QStringLiteral("/y")},
                     item.bundlePath, item.encoding, QStringLiteral(".txt")}};
        return {{{QStringLiteral("reg"), QStringLiteral("query"), item.registryKey, QStringLiteral("/s")},
                 item.bundlePath, item.encoding, QStringLiteral(".txt")}};
    case ItemKind::EventLog:
        return {{{QStringLiteral("wevtutil"), QStringLiteral("epl"), item.channel, out, QStringLiteral("/ow:true")},
                 item.bundlePath + QStringLiteral(".evtx"), QStringLiteral("raw"), QStringLiteral(".evtx")},
                {{QStringLiteral("wevtutil"), QStringLiteral("qe"), item.channel, QStringLiteral("/c:%1").arg(item.newestEvents),
                  QStringLiteral("/rd:true"), QStringLiteral("/f:text")},
                 item.bundlePath + QStringLiteral(".txt"), item.encoding, QStringLiteral(".txt")}};
    default:
        return {{item.argv, item.bundlePath, item.encoding, QStringLiteral(".txt")}};
    }
}

bool encodingFromName(const QString &name, lt::text::TextEncoding *encoding)
{
    using lt::text::TextEncoding;
    if (name == u"utf-8") *encoding = TextEncoding::Utf8;
    else if (name == u"utf-16le") *encoding = TextEncoding::Utf16LE;
    else if (name == u"gb18030") *encoding = TextEncoding::Gb18030;
    else if (name == u"latin1") *encoding = TextEncoding::Latin1;
    else return false;
    return true;
}

// Stores command output as UTF-8 (decoded from what the command wrote), plus the raw bytes
// next to it when the encoding was only a guess or did not decode cleanly.
void storeOutput(ItemJob &job, const GatherContext &c, const QString &bundleName, const QByteArray &raw,
                 const QString &encoding, const QString &source, bool truncated)
{
    using namespace lt::text;
    if (encoding == u"raw") {
        job.storeData(c, bundleName, raw, source, QString(), truncated);
        return;
    }
    EncodingGuess guess = detectEncoding(QByteArrayView(raw).first(qMin(raw.size(), EncodingSampleSize)));
    TextEncoding forced;
    if (encoding != u"auto" && encodingFromName(encoding, &forced)) {
        guess.encoding = forced;
        guess.confidence = Confidence::Statistics;
        if (guess.encoding != forced)
            guess.bomLength = 0;
    }
    if (guess.encoding == TextEncoding::Utf8 && guess.bomLength == 0 && guess.confidence != Confidence::Fallback) {
        job.storeData(c, bundleName, raw, source, encodingName(guess.encoding), truncated);
        return;
    }
    TextDecoder decoder(guess);
    const QByteArray utf8 = decoder.decode(raw).toUtf8();
    job.storeData(c, bundleName, utf8, source, encodingName(guess.encoding), truncated);
    if (guess.confidence == Confidence::Fallback || decoder.hadInvalidInput())
        job.storeData(c, bundleName + QStringLiteral(".raw"), raw, source, QStringLiteral("raw"), truncated);
}

} // namespace

void gatherCommand(ItemJob &job, const GatherContext &c)
{
    const Item &item = job.item();
    const QList<CommandRun> runs = runsFor(item);
    for (qsizetype runIndex = 0; runIndex < runs.size(); ++runIndex) {
        const CommandRun &run = runs.at(runIndex);
        if (c.cancel->load())
            return job.note(ItemStatus::Cancelled, QStringLiteral("cancelled"));
        QStringList argv;
        for (const QString &a : run.argv)
            argv << c.resolver->expand(a);
        const QString source = argv.join(u' ');
        if (!c.replayDir.isEmpty()) {
            // Testing: the output the command gave on a real machine.
            const QString path = QDir(c.replayDir).filePath(item.id + run.replaySuffix);
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                job.notStored(source, ItemStatus::Missing, QStringLiteral("no replay output %1").arg(path));
                continue;
            }
            const QByteArray data = file.readAll();
            QFile metaFile(QDir(c.replayDir).filePath(item.id + QStringLiteral(".json")));
            const QJsonObject meta = metaFile.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(metaFile.readAll()).object()
                                                                        : QJsonObject();
            const int exitCode = meta.value(u"exitCode").toInt(0);
            job.setExitCode(exitCode);
            storeOutput(job, c, run.bundleName, data, run.encoding, source, false);
            if (meta.value(u"timeout").toBool())
                job.note(ItemStatus::Timeout, QStringLiteral("%1: timed out (replayed)").arg(source));
            else if (exitCode != 0)
                job.note(ItemStatus::Failed, QStringLiteral("%1: exit code %2").arg(source).arg(exitCode));
            continue;
        }
        // In the run's temp folder (removed when the bundle is done): the writer may read it later.
        const QString outFile = QDir(c.tempDir).filePath(QStringLiteral("%1-%2.%3").arg(item.id).arg(runIndex)
                                                             .arg(QFileInfo(run.bundleName).suffix()));
        const bool toFile = !argv.filter(QStringLiteral("{outfile}")).isEmpty();
        if (toFile)
            argv.replaceInStrings(QStringLiteral("{outfile}"), QDir::toNativeSeparators(outFile));
        const CommandOutput out = runCommand(argv, item.timeoutMs, MaxCommandOutput, c.cancel);
        job.setExitCode(out.exitCode);
        switch (out.end) {
        case CommandOutput::End::NotFound:
            job.notStored(source, ItemStatus::Missing, out.error);
            continue;
        case CommandOutput::End::FailedToStart:
        case CommandOutput::End::Crashed:
            job.notStored(source, ItemStatus::Failed, out.error);
            break;
        case CommandOutput::End::TimedOut:
            job.note(ItemStatus::Timeout, QStringLiteral("%1: %2").arg(source, out.error));
            break;
        case CommandOutput::End::Cancelled:
            job.note(ItemStatus::Cancelled, out.error);
            break;
        case CommandOutput::End::Exited:
            if (out.exitCode != 0) {
                const QString firstLine = lt::text::decodeText(out.err.left(4096)).section(u'\n', 0, 0).trimmed();
                const bool denied = firstLine.contains(QStringLiteral("denied"), Qt::CaseInsensitive)
                                    || firstLine.contains(QStringLiteral("拒绝"));
                const QString why = QStringLiteral("%1: exit code %2%3").arg(source).arg(out.exitCode)
                                        .arg(firstLine.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(firstLine));
                job.note(denied ? ItemStatus::Denied : ItemStatus::Failed,
                         denied && item.needsAdmin ? why + QStringLiteral("; needs administrator rights") : why);
            }
            break;
        }
        if (out.outTruncated)
            job.note(ItemStatus::Truncated, QStringLiteral("%1: output cut at %2").arg(source, megabytes(MaxCommandOutput)));
        if (toFile) {
            QFile file(outFile);
            if (file.size() > MaxCommandOutput || !file.open(QIODevice::ReadOnly)) {
                if (file.exists()) {
                    // Big exports (event logs) are streamed from the temp file, not loaded.
                    job.storeFile(c, run.bundleName, outFile, source, 0, file.size(), false);
                }
            } else {
                storeOutput(job, c, run.bundleName, file.readAll(), run.encoding, source, false);
            }
        } else if (!out.out.isEmpty() || out.end == CommandOutput::End::Exited) {
            storeOutput(job, c, run.bundleName, out.out, run.encoding, source, out.outTruncated);
        }
        if (!out.err.isEmpty() && (out.end != CommandOutput::End::Exited || out.exitCode != 0 || out.out.isEmpty()))
            storeOutput(job, c, run.bundleName + QStringLiteral(".stderr.txt"), out.err, QStringLiteral("auto"), source, false);
    }
}

} // namespace lt::collect
