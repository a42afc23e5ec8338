#include "hresult.h"

#include "systemmessage.h"

#include <QRegularExpression>

namespace lt::triage {

namespace {

constexpr quint32 SeverityBit = 0x80000000u;
constexpr quint32 CustomerBit = 0x20000000u;
constexpr quint32 NtBit = 0x10000000u; // FACILITY_NT_BIT, set by HRESULT_FROM_NT

// Win32 error codes are below 0x10000; HRESULT_FROM_WIN32 of winerror.h.
constexpr quint32 hresultFromWin32(quint32 error)
{
    return error == 0 ? 0 : ((error & 0xFFFFu) | (7u << 16) | SeverityBit);
}

struct ParsedText {
    quint32 value = 0;
    std::optional<quint32> extended;
};

bool isHexDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F')))
            return false;
    }
    return true;
}

bool isDecimalDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    }
    return true;
}

// One number: "0x80070005", "80070005", "-2147024891", "2147942405", "5", "0x5".
// Values that fit in 16 bits are Win32 errors (as in "Error 5" or "[gle=0x00000522]"), so they
// become HRESULT_FROM_WIN32; HRESULT success codes that small (S_FALSE) are rare in logs.
std::optional<quint32> parseNumber(QStringView s)
{
    bool ok = false;
    quint64 value = 0;
    if (s.startsWith(u"0x", Qt::CaseInsensitive)) {
        const QStringView digits = s.mid(2);
        if (!isHexDigits(digits) || digits.size() > 8)
            return std::nullopt;
        value = digits.toULongLong(&ok, 16);
    } else if (s.size() == 8 && isHexDigits(s)) {
        value = s.toULongLong(&ok, 16); // HRESULT without prefix, as in "HRESULT=800F081F"
    } else if (s.startsWith(u'-') && isDecimalDigits(s.mid(1)) && s.size() <= 11) {
        const qint64 negative = s.toLongLong(&ok, 10);
        if (!ok || negative < -2147483648LL)
            return std::nullopt;
        return quint32(qint32(negative));
    } else if (isDecimalDigits(s) && s.size() <= 10) {
        value = s.toULongLong(&ok, 10);
    } else {
        return std::nullopt;
    }
    if (!ok || value > 0xFFFFFFFFull)
        return std::nullopt;
    if (value <= 0xFFFF)
        return hresultFromWin32(quint32(value));
    return quint32(value);
}

std::optional<quint32> parseSymbol(QStringView s, const ErrorCatalog &catalog)
{
    const ErrorEntry *entry = catalog.findByName(s);
    if (!entry)
        return std::nullopt;
    // Win32 entries are keyed by their Win32 number; their names stand for the HRESULT.
    return entry->code <= 0xFFFF ? hresultFromWin32(entry->code) : entry->code;
}

// Most callers hand over a bare number taken from a log; skip the regular expressions then.
bool isBareNumber(QStringView s)
{
    if (s.startsWith(u'-'))
        s = s.mid(1);
    if (s.startsWith(u"0x", Qt::CaseInsensitive))
        s = s.mid(2);
    return s.size() <= 10 && isHexDigits(s);
}

std::optional<ParsedText> parseText(QStringView input, const ErrorCatalog &catalog)
{
    const QStringView trimmed = input.trimmed();
    if (isBareNumber(trimmed)) {
        const auto value = parseNumber(trimmed);
        if (!value)
            return std::nullopt;
        return ParsedText{*value, std::nullopt};
    }
    QString text = trimmed.toString();
    // Pasted from prose or logs: "(0x800F0922)", "error 0x80070005.", "'E_FAIL'".
    static const QRegularExpression wrapping(QStringLiteral("^[\\[({\"']+|[\\])}\"'.,;:]+$"));
    text.remove(wrapping);
    text = text.trimmed();
    // Log and tool prefixes people paste along with the code.
    static const QRegularExpression prefix(
        QStringLiteral("^(?:hr|hresult|gle|status|error|err|code|result)\\s*(?:[:=]\\s*|\\s+)"),
        QRegularExpression::CaseInsensitiveOption);
    text.remove(prefix);
    // Setup result with extended code: "0xC1900101-0x20017", "0xC1900101 - 0x4000D".
    static const QRegularExpression extendedRe(QStringLiteral("^(\\S+?)\\s*-\\s*(0x[0-9A-Fa-f]{1,8})$"));
    ParsedText parsed;
    QString main = text;
    const QRegularExpressionMatch m = extendedRe.match(text);
    if (m.hasMatch() && !text.startsWith(u'-')) {
        main = m.captured(1);
        parsed.extended = m.captured(2).mid(2).toUInt(nullptr, 16);
    }
    if (main.isEmpty() || main.size() > 128)
        return std::nullopt;
    std::optional<quint32> value = parseNumber(main);
    if (!value)
        value = parseSymbol(main, catalog);
    if (!value)
        return std::nullopt;
    parsed.value = *value;
    return parsed;
}

} // namespace

QString HResultDecoding::hexString() const
{
    QString s = QStringLiteral("0x") + QString::number(value, 16).rightJustified(8, u'0').toUpper();
    if (extended)
        s += QStringLiteral("-0x") + QString::number(*extended, 16).toUpper();
    return s;
}

QString HResultDecoding::displayName() const
{
    return entry && !entry->name.isEmpty() ? entry->name : hexString();
}

QString HResultDecoding::message(const QLocale &locale) const
{
    if (entry)
        return entry->message(locale);
    return systemMessage;
}

QString HResultDecoding::summary(const QLocale &locale) const
{
    if (!valid)
        return {};
    QString s = hexString();
    if (entry && !entry->name.isEmpty())
        s += u' ' + entry->name;
    const QString text = message(locale);
    if (!text.isEmpty())
        s += QStringLiteral(": ") + text;
    return s;
}

std::optional<quint32> parseErrorCode(QStringView text, const ErrorCatalog &catalog)
{
    const auto parsed = parseText(text, catalog);
    if (!parsed)
        return std::nullopt;
    return parsed->value;
}

HResultDecoding decodeHResult(quint32 value, const ErrorCatalog &catalog)
{
    HResultDecoding d;
    d.valid = true;
    d.value = value;
    d.isFailure = value & SeverityBit;
    d.customer = value & CustomerBit;
    d.ntstatusMapped = value & NtBit;
    // HRESULT_FACILITY masks 13 bits, which would swallow the N bit of HRESULT_FROM_NT values.
    d.facility = quint16(((value & ~NtBit) >> 16) & 0x1FFF);
    d.facilityName = facilityName(d.facility);
    d.code = quint16(value & 0xFFFF);

    d.entry = catalog.find(value);
    if (value == 0) {
        d.win32Code = 0u;
        d.win32Entry = d.entry;
    } else if (d.isFailure && !d.customer && !d.ntstatusMapped && d.facility == quint16(Facility::Win32)) {
        d.win32Code = quint32(d.code);
        d.win32Entry = catalog.find(d.code);
        if (!d.entry)
            d.entry = d.win32Entry;
    }
    // SetupAPI's own codes (setupapi.h: APPLICATION_ERROR_MASK | ERROR_SEVERITY_ERROR | n, as in
    // setupapi.dev.log "0xe0000248") are the SPAPI_E_* HRESULTs of HRESULT_FROM_SETUPAPI.
    if (!d.entry && (value & 0xFFFF0000u) == 0xE0000000u)
        d.entry = catalog.find(0x800F0000u | (value & 0xFFFFu));
    if (d.ntstatusMapped) {
        d.ntstatus = value & ~NtBit;
        if (!d.entry)
            d.entry = catalog.find(*d.ntstatus);
    }
    if (!d.entry)
        d.systemMessage = systemMessageFor(value);
    return d;
}

HResultDecoding decodeError(QStringView text, const ErrorCatalog &catalog)
{
    const auto parsed = parseText(text, catalog);
    if (!parsed)
        return {};
    HResultDecoding d = decodeHResult(parsed->value, catalog);
    d.extended = parsed->extended;
    if (d.extended)
        d.extendedDescription = describeSetupExtendedCode(*d.extended);
    return d;
}

} // namespace lt::triage
