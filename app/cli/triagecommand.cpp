// logtriage-cli triage PATH... — find failures in bundles, folders and logs, and explain them.
#include "commands.h"
#include "terminal.h"

#include "triage/codenames.h"
#include "triage/reportexporter.h"
#include "triage/triageengine.h"
#include "triage/triagejson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

namespace {

using namespace lt::triage;

// Labels in the language the data is printed in (--lang), so a Chinese report reads as one.
struct Labels {
    bool zh = false;
    bool colour = false;   // ANSI colours: only when writing to a terminal
    QString operator()(const char *en, const char *zhText) const
    {
        return zh ? QString::fromUtf8(zhText) : QString::fromUtf8(en);
    }
    // SGR-wrapped text ("1" bold, "31" red, "33" yellow, "36" cyan), plain without colour.
    QString paint(const char *sgr, const QString &text) const
    {
        return colour ? QStringLiteral("\x1b[%1m%2\x1b[0m").arg(QLatin1StringView(sgr), text) : text;
    }
};

enum class OutputFormat { Text, Json, Html, Markdown };

constexpr int FindingsShown = 25;

QString stamp(const QDateTime &t)
{
    return t.isValid() ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString oneLine(const QString &text, int width = 160)
{
    QString s = text.simplified();
    if (s.size() > width)
        s = s.left(width - 1) + QChar(0x2026);
    return s;
}

void printFiles(QTextStream &out, const TriageReport &report, const Labels &L)
{
    out << L.paint("1", L("Files", "文件")) << " (" << report.files.size() << ")\n";
    for (const FileReport &f : report.files) {
        out << "  " << f.path << "  [" << formatId(f.format);
        if (!f.encoding.isEmpty())
            out << ", " << f.encoding;
        out << ", " << f.lines << L(" lines", " 行") << "]";
        if (!f.error.isEmpty())
            out << "  " << L.paint("33", L("not triaged: ", "未分析：") + f.error);
        else if (f.errors || f.warnings)
            out << "  " << f.errors << L(" errors, ", " 个错误，") << f.warnings << L(" warnings", " 个警告");
        out << '\n';
    }
}

void printFindings(QTextStream &out, const TriageReport &report, const Labels &L, bool all)
{
    QList<const Finding *> shown;
    for (const FileReport &f : report.files) {
        for (const Finding &finding : f.findings) {
            if (all || finding.severity == Severity::Error)
                shown.append(&finding);
        }
    }
    out << '\n' << L.paint("1", all ? L("Findings", "发现") : L("Findings (errors; --all shows warnings too)", "发现（仅错误；--all 同时显示警告）"))
        << " (" << shown.size() << ")\n";
    int n = 0;
    for (const Finding *f : std::as_const(shown)) {
        if (!all && ++n > FindingsShown) {
            out << "  " << L("... %1 more (use --all or --json)", "……还有 %1 条（使用 --all 或 --json）").arg(shown.size() - FindingsShown) << '\n';
            break;
        }
        const QString tag = f->severity == Severity::Error ? L("ERROR", "错误") : L("WARN", "警告");
        // Padded to 8 terminal columns; a CJK character takes two.
        const qsizetype columns = tag.size() * (tag.at(0).unicode() >= 0x2e80 ? 2 : 1);
        out << "  " << L.paint(f->severity == Severity::Error ? "31" : "33", tag + QString(qMax<qsizetype>(1, 8 - columns), u' '))
            << ' ' << (f->code ? f->codeHex() : QStringLiteral("-"));
        if (!f->name.isEmpty())
            out << ' ' << f->name;
        out << "  " << f->file << ':' << f->line;
        if (f->count > 1)
            out << L("  (x%1, last line %2)", "（%1 次，最后在第 %2 行）").arg(f->count).arg(f->lastLine);
        if (f->timestamp.isValid())
            out << "  " << stamp(f->timestamp);
        out << "\n      " << oneLine(f->message) << '\n';
    }
}

void printDiagnoses(QTextStream &out, const TriageReport &report, const Labels &L, const QLocale &locale)
{
    out << '\n' << L.paint("1", L("Diagnoses", "诊断")) << " (" << report.diagnoses.size() << ")\n";
    if (report.diagnoses.isEmpty())
        out << "  " << L("No known failure pattern matched.", "没有匹配到已知的故障模式。") << '\n';
    int i = 0;
    for (const Diagnosis &d : report.diagnoses) {
        out << '\n' << ++i << ". [" << d.confidence << "%] " << L.paint("1;36", d.title.text(locale)) << "  (" << d.ruleId << ")\n";
        out << "   " << d.explanation.text(locale) << '\n';
        out << "   " << L("Evidence:", "证据：") << '\n';
        for (const Evidence &e : d.evidence) {
            out << "     " << e.file << ':' << e.line;
            if (e.timestamp.isValid())
                out << "  " << stamp(e.timestamp);
            out << "  " << oneLine(e.text, 140) << '\n';
        }
        out << "   " << L("Remediation:", "处理步骤：") << '\n';
        int s = 0;
        for (const RemediationStep &step : d.remediation) {
            out << "     " << ++s << ". " << step.text.text(locale) << '\n';
            for (const QString &c : step.commands)
                out << "        > " << c << '\n';
            for (const QString &r : step.registry)
                out << "        [" << L("registry", "注册表") << "] " << r << '\n';
        }
        if (!d.references.isEmpty())
            out << "   " << L("References: ", "参考：") << d.references.join(QStringLiteral(" ")) << '\n';
    }
}

void printText(QTextStream &out, const TriageReport &report, const Labels &L, const QLocale &locale, bool all)
{
    out << L.paint("1", QStringLiteral("LogTriage: ")) << report.bundle.path << " (" << report.bundle.kind << ")\n";
    if (report.bundle.hasManifest) {
        const auto &m = report.bundle.manifest;
        out << "  " << L("Host", "主机") << ": " << m.host << "  OS: " << m.osVersion << "  " << L("profile", "配置") << ": " << m.profile
            << "  " << L("collected", "收集时间") << ": " << stamp(m.started) << '\n';
    }
    for (const QString &e : report.errors)
        out << "  " << L.paint("31", L("unreadable input: ", "无法读取的输入：") + e) << '\n';
    for (const QString &s : report.bundle.skippedEntries)
        out << "  " << L("unsafe entry name skipped: ", "已跳过不安全的条目名：") << s << '\n';
    for (const auto &item : report.failedItems)
        out << "  " << L("not collected: ", "未收集：") << item.id << " (" << item.status << ") " << item.reason << '\n';
    printFiles(out, report, L);
    printFindings(out, report, L, all);
    printDiagnoses(out, report, L, locale);
    out << '\n' << L("Summary: %1 errors, %2 warnings, %3 diagnoses", "汇总：%1 个错误，%2 个警告，%3 个诊断")
                       .arg(report.totalErrors()).arg(report.totalWarnings()).arg(report.diagnoses.size()) << '\n';
}

} // namespace

namespace lt::cli {

int runTriageCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Find failures in a bundle zip, a folder or log files, and explain them.\n"
        "Exit codes: 0 no failures, 1 failures found, 2 usage error, 4 an input could not be read."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("bundle .zip, folder or log file(s)"), QStringLiteral("PATH..."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("same as --format json"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("text (default), json (docs/triage-json.md), html (one self-contained page) or md"),
                                    QStringLiteral("text|json|html|md"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("write the report to FILE (atomically) instead of stdout"), QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("language of the explanations: zh or en (default: system)"),
                                  QStringLiteral("zh|en"));
    const QCommandLineOption all(QStringLiteral("all"), QStringLiteral("list warnings too, and every finding"));
    parser.addOptions({json, format, output, lang, all});
    QStringList args = arguments;
    args.prepend(QStringLiteral("logtriage-cli triage"));
    if (!parser.parse(args)) {
        QTextStream(stderr) << "logtriage-cli triage: " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        QTextStream(stderr) << "logtriage-cli triage: give at least one PATH (see --help)\n";
        return ExitUsage;
    }
    QLocale locale;
    if (parser.isSet(lang)) {
        const QString l = parser.value(lang).toLower();
        if (l != u"zh" && l != u"en") {
            QTextStream(stderr) << "logtriage-cli triage: --lang must be zh or en\n";
            return ExitUsage;
        }
        locale = QLocale(l == u"zh" ? QLocale::Chinese : QLocale::English);
    }
    OutputFormat outputFormat = parser.isSet(json) ? OutputFormat::Json : OutputFormat::Text;
    if (parser.isSet(format)) {
        const QString f = parser.value(format).toLower();
        const OutputFormat chosen = f == u"text"                        ? OutputFormat::Text
                                    : f == u"json"                      ? OutputFormat::Json
                                    : f == u"html" || f == u"htm"       ? OutputFormat::Html
                                    : f == u"md" || f == u"markdown"    ? OutputFormat::Markdown
                                                                        : OutputFormat(-1);
        if (chosen == OutputFormat(-1) || (parser.isSet(json) && chosen != OutputFormat::Json)) {
            QTextStream(stderr) << "logtriage-cli triage: --format must be text, json, html or md (and agree with --json)\n";
            return ExitUsage;
        }
        outputFormat = chosen;
    }
    const QString outputFile = parser.value(output);
    if (parser.isSet(output) && outputFile.isEmpty()) {
        QTextStream(stderr) << "logtriage-cli triage: -o needs a file name\n";
        return ExitUsage;
    }
    Labels labels{locale.language() == QLocale::Chinese};
    labels.colour = outputFile.isEmpty() && outputFormat == OutputFormat::Text
                    && qEnvironmentVariableIsEmpty("NO_COLOR") && lt::cli::terminal::supportsColour(stdout);

    const TriageReport report = TriageEngine::triagePaths(paths);
    QByteArray document;
    switch (outputFormat) {
    case OutputFormat::Json:
        // triagejson is the documented schema; ReportExporter::toJson writes the same document.
        document = QJsonDocument(reportToJson(report, locale, true)).toJson(QJsonDocument::Indented);
        break;
    case OutputFormat::Html:
        document = ReportExporter::render(report, ReportExporter::Format::Html, locale);
        break;
    case OutputFormat::Markdown:
        document = ReportExporter::render(report, ReportExporter::Format::Markdown, locale);
        break;
    case OutputFormat::Text: {
        QString text;
        QTextStream stream(&text);
        printText(stream, report, labels, locale, parser.isSet(all));
        stream.flush();
        document = text.toUtf8();
        break;
    }
    }
    if (outputFile.isEmpty()) {
        fwrite(document.constData(), 1, size_t(document.size()), stdout);
        fflush(stdout);
    } else {
        // QSaveFile writes a temporary file and renames it: never a half-written report.
        QSaveFile file(outputFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(document) != document.size() || !file.commit()) {
            QTextStream(stderr) << "logtriage-cli triage: cannot write " << outputFile << ": " << file.errorString() << '\n';
            return ExitFailure;
        }
        QTextStream(stderr) << "Report: " << QFileInfo(outputFile).absoluteFilePath() << '\n';
    }
    if (outputFormat != OutputFormat::Text || !outputFile.isEmpty()) {
        for (const QString &e : report.errors)   // the text report lists them itself
            QTextStream(stderr) << "logtriage-cli triage: " << e << '\n';
    }
    if (!report.errors.isEmpty())
        return ExitFailure;
    return report.hasFailures() ? ExitFindings : ExitOk;
}

} // namespace lt::cli
