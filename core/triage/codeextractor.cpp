#include "codeextractor.h"

#include <QRegularExpression>

namespace lt::triage {

bool mayContainCode(QStringView text)
{
    // Every form carries either "0x" or 8 hex digits after '[', '=', a tab or "error ".
    return text.contains(u"0x", Qt::CaseInsensitive) || text.contains(u'[') || text.contains(u'=')
           || text.contains(u'\t') || text.contains(u"rror", Qt::CaseInsensitive);
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

    for (auto it = re.globalMatchView(text); it.hasNext();) {
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
