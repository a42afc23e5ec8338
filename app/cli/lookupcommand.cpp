// logtriage-cli lookup CODE... — decode HRESULT / Win32 / NTSTATUS codes like err.exe.
#include "commands.h"

#include "triage/errorcatalog.h"
#include "triage/hresult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

namespace {

using lt::triage::ErrorEntry;
using lt::triage::HResultDecoding;

QString hex32(quint32 value)
{
    return QStringLiteral("0x") + QString::number(value, 16).rightJustified(8, u'0').toUpper();
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString facilityText(const HResultDecoding &d)
{
    return d.facilityName.isEmpty() ? QStringLiteral("%1 (0x%2)").arg(d.facility).arg(QString::number(d.facility, 16).toUpper())
                                    : QStringLiteral("%1 (%2)").arg(d.facility).arg(d.facilityName);
}

void printText(QTextStream &out, const QString &input, const HResultDecoding &d, const QLocale &locale)
{
    if (!d.valid) {
        out << QStringLiteral("%1: not an error code or known symbolic name").arg(input) << '\n';
        return;
    }
    out << d.hexString();
    if (d.entry && !d.entry->name.isEmpty())
        out << "  " << d.entry->name;
    out << '\n';
    const auto line = [&out](const QString &label, const QString &value) {
        out << "  " << label.leftJustified(16, u' ') << value << '\n';
    };
    line(QStringLiteral("Decimal:"), QStringLiteral("%1 (%2)").arg(qint32(d.value)).arg(d.value));
    line(QStringLiteral("Severity:"), d.isFailure ? QStringLiteral("FAILURE") : QStringLiteral("SUCCESS"));
    line(QStringLiteral("Customer bit:"), yesNo(d.customer));
    line(QStringLiteral("NTSTATUS bit:"), yesNo(d.ntstatusMapped));
    line(QStringLiteral("Facility:"), facilityText(d));
    line(QStringLiteral("Code:"), QStringLiteral("%1 (0x%2)").arg(d.code).arg(QString::number(d.code, 16).rightJustified(4, u'0').toUpper()));
    if (d.win32Code) {
        QString win32 = QString::number(*d.win32Code);
        if (d.win32Entry && !d.win32Entry->name.isEmpty())
            win32 += u' ' + d.win32Entry->name;
        line(QStringLiteral("Win32 error:"), win32);
    }
    if (d.ntstatus)
        line(QStringLiteral("NTSTATUS:"), hex32(*d.ntstatus));
    if (d.extended) {
        line(QStringLiteral("Extended code:"), QStringLiteral("0x%1").arg(*d.extended, 0, 16).toUpper().replace(u'X', u'x'));
        if (!d.extendedDescription.isEmpty())
            line(QStringLiteral("Setup phase:"), lt::triage::describeSetupExtendedCode(*d.extended, locale));
    }
    if (d.entry) {
        QStringList names = d.entry->aliases;
        if (d.win32Entry && d.win32Entry != d.entry)
            names << d.win32Entry->name << d.win32Entry->aliases;
        if (!names.isEmpty())
            line(QStringLiteral("Also known as:"), names.join(QLatin1String(", ")));
        line(QStringLiteral("Catalog:"), d.entry->family + (d.entry->benign ? QStringLiteral(" (benign on its own)") : QString()));
    }
    const QString message = d.message(locale);
    line(QStringLiteral("Message:"), message.isEmpty() ? QStringLiteral("(unknown code)") : message);
    if (d.entry && !d.entry->hint(locale).isEmpty())
        line(QStringLiteral("Remediation:"), d.entry->hint(locale));
}

QJsonObject toJson(const QString &input, const HResultDecoding &d, const QLocale &locale)
{
    QJsonObject o;
    o.insert(QLatin1String("input"), input);
    o.insert(QLatin1String("valid"), d.valid);
    if (!d.valid)
        return o;
    o.insert(QLatin1String("hex"), hex32(d.value));
    o.insert(QLatin1String("value"), qint64(d.value));
    o.insert(QLatin1String("signed"), qint32(d.value));
    o.insert(QLatin1String("failure"), d.isFailure);
    o.insert(QLatin1String("customer"), d.customer);
    o.insert(QLatin1String("ntstatusMapped"), d.ntstatusMapped);
    o.insert(QLatin1String("facility"), d.facility);
    o.insert(QLatin1String("facilityName"), d.facilityName);
    o.insert(QLatin1String("code"), d.code);
    if (d.win32Code)
        o.insert(QLatin1String("win32"), qint64(*d.win32Code));
    if (d.win32Entry)
        o.insert(QLatin1String("win32Name"), d.win32Entry->name);
    if (d.ntstatus)
        o.insert(QLatin1String("ntstatus"), hex32(*d.ntstatus));
    if (d.extended) {
        o.insert(QLatin1String("extended"), QStringLiteral("0x%1").arg(*d.extended, 0, 16).toUpper().replace(u'X', u'x'));
        o.insert(QLatin1String("extendedDescription"), lt::triage::describeSetupExtendedCode(*d.extended, locale));
    }
    o.insert(QLatin1String("known"), d.entry != nullptr || !d.systemMessage.isEmpty());
    if (d.entry) {
        o.insert(QLatin1String("name"), d.entry->name);
        o.insert(QLatin1String("aliases"), QJsonArray::fromStringList(d.entry->aliases));
        o.insert(QLatin1String("family"), d.entry->family);
        o.insert(QLatin1String("benign"), d.entry->benign);
        if (!d.entry->hint(locale).isEmpty())
            o.insert(QLatin1String("hint"), d.entry->hint(locale));
    }
    o.insert(QLatin1String("message"), d.message(locale));
    return o;
}

} // namespace

namespace lt::cli {

int runLookupCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);

    const QString usage = QStringLiteral("Usage: logtriage-cli lookup [--json] [--lang zh|en] CODE...\n"
                                         "Decode HRESULT, Win32 and NTSTATUS codes like err.exe.\n"
                                         "CODE: 0x80070005, 80070005, -2147024891, 5 (Win32), E_ACCESSDENIED,\n"
                                         "      0xC1900101-0x20017 (setup result with extended code)\n"
                                         "Exit status: 0 all codes known, 1 some code unknown or invalid, 2 usage error.\n");
    // Parsed by hand: negative decimal HRESULTs ("-2147024891") must stay codes, in order.
    bool json = false;
    QLocale locale;
    QStringList codes;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            out << usage;
            return ExitOk;
        }
        if (a == QLatin1String("--json")) {
            json = true;
        } else if (a == QLatin1String("--lang") || a.startsWith(QLatin1String("--lang="))) {
            QString lang;
            if (a == QLatin1String("--lang")) {
                if (++i >= arguments.size()) {
                    err << QStringLiteral("--lang needs a value (zh or en)") << '\n' << usage;
                    return ExitUsage;
                }
                lang = arguments.at(i);
            } else {
                lang = a.mid(7);
            }
            lang = lang.toLower();
            if (lang == QLatin1String("zh") || lang == QLatin1String("zh_cn") || lang == QLatin1String("zh-cn"))
                locale = QLocale(QLocale::Chinese, QLocale::China);
            else if (lang == QLatin1String("en"))
                locale = QLocale(QLocale::English, QLocale::UnitedStates);
            else {
                err << QStringLiteral("--lang must be zh or en, not \"%1\"").arg(lang) << '\n';
                return ExitUsage;
            }
        } else if (a.startsWith(u'-') && !(a.size() > 1 && a.at(1).isDigit())) {
            err << QStringLiteral("lookup: unknown option %1").arg(a) << '\n' << usage;
            return ExitUsage;
        } else {
            codes << a;
        }
    }
    if (codes.isEmpty()) {
        err << QStringLiteral("lookup: no code given") << '\n' << usage;
        return ExitUsage;
    }

    bool allKnown = true;
    QJsonArray results;
    for (const QString &code : codes) {
        const HResultDecoding d = lt::triage::decodeError(code);
        allKnown = allKnown && d.valid && (d.entry || !d.systemMessage.isEmpty());
        if (json)
            results.append(toJson(code, d, locale));
        else
            printText(out, code, d, locale);
    }
    if (json)
        out << QJsonDocument(results).toJson(QJsonDocument::Indented);
    return allKnown ? ExitOk : ExitFindings;
}

} // namespace lt::cli
