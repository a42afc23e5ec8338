#include "codeextractor.h"

#include "text/textdecoder.h"

#include <QRegularExpression>

namespace lt::triage {
namespace {

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

} // namespace


bool mayContainCode(QStringView text)
{
    // Every form has "0x", a tab, or 8 hex digits right after '[', '=', "error " or "status ".
    const qsizetype n = text.size();
    for (qsizetype i = 0; i + 1 < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'0' && (text[i + 1] == u'x' || text[i + 1] == u'X'))
            return true;
        if (c == u'\t')
            return true;
        if (c == u'[' || c == u'=' || c == u' ') {
            qsizetype j = i + 1;
            while (j < n && text[j] == u' ')
                ++j;
            qsizetype hex = 0;
            while (j + hex < n && hex < 9 && isHexDigit(text[j + hex]))
                ++hex;
            if (hex == 8)
                return true;
        }
    }
    return false;
}

QList<RecordCode> extractCodes(QStringView text)
{
    QList<RecordCode> codes;
    if (!mayContainCode(text))
        return codes;

    // 1: 0x-prefixed 8 digits, not a pointer ('@'), not part of a longer hex number.
    //    An optional " - NAME" or " (NAME)" right after is the name the log printed.
    // 2: bare 8 hex digits after "hr =", "HRESULT=", "[", "error ", "status " or between tabs.
    static const QRegularExpression re(QStringLiteral(
        R"((gle\s*=\s*)?(?<![@\w])0[xX]([0-9A-Fa-f]{8})(?![0-9A-Fa-f])(?:\s*(?:-\s*|\()(?-i:([A-Z][A-Z0-9_]{3,}))\)?)?)"
        R"(|(?:\bhr\s*=\s*|\bHRESULT\s*=\s*|\[|\berror\s+|\bstatus\s+|\t)([89A-Fa-f][0-9A-Fa-f]{7})(?=[\]\s,.:;)]|$))"),
        QRegularExpression::CaseInsensitiveOption);

    // Each match of a global match would check the whole line for well-formed UTF-16 again.
    const auto options = lt::text::isWellFormedUtf16(text) ? QRegularExpression::DontCheckSubjectStringMatchOption
                                             : QRegularExpression::NoMatchOption;
    for (auto it = re.globalMatchView(text, 0, QRegularExpression::NormalMatch, options); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const bool prefixed = m.capturedLength(2) > 0;
        const QStringView digits = prefixed ? m.capturedView(2) : m.capturedView(4);
        bool ok = false;
        const quint32 value = digits.toUInt(&ok, 16);
        if (!ok || (value & 0x80000000u) == 0)
            continue;   // success and informational codes are not failures
        RecordCode code;
        code.value = value;
        code.role = m.capturedLength(1) > 0 ? CodeRole::Secondary : CodeRole::Primary;
        if (prefixed) {
            const QStringView name = m.capturedView(3);
            // "Unknown Error" is what CBS prints when it cannot name a code.
            if (!name.isEmpty() && name.compare(u"Unknown", Qt::CaseInsensitive) != 0)
                code.name = name.toString();
        }
        bool duplicate = false;
        for (RecordCode &c : codes) {
            if (c.value == code.value) {
                duplicate = true;
                if (code.role == CodeRole::Primary)
                    c.role = CodeRole::Primary;
                if (c.name.isEmpty())
                    c.name = code.name;
            }
        }
        if (!duplicate)
            codes.append(code);
    }
    return codes;
}

} // namespace lt::triage
