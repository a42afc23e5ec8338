#pragma once

// ASCII character classes as QRegularExpression has them without UseUnicodePropertiesOption
// (\w, \s and \b are ASCII only: a CJK letter is no word character). Shared by the scanners
// that replaced regexes on the hot path: the message normaliser, the code extractor, the
// failure words, and the byte screen.
namespace lt::triage::ascii {

constexpr bool isHex(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

constexpr bool isWord(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

// \s: space, tab, LF, VT, FF, CR.
constexpr bool isSpace(char16_t c)
{
    return c == u' ' || (c >= u'\t' && c <= u'\r');
}

} // namespace lt::triage::ascii
