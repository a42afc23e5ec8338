#include "lineclassifier.h"

#include <QStringList>

namespace lt::ui {

namespace {

// A failure code as the servicing logs print it: 0x8xxxxxxx / 0xCxxxxxxx, hr=8024402c,
// HRESULT=800F081F, [80072F8F].
constexpr auto CodeForms =
    u"(?:0x|hr\\s*[=:]\\s*(?:0x)?|HRESULT=|\\[)[89a-fA-F][0-9a-fA-F]{7}(?![0-9a-fA-F])";

// Both patterns are top-level alternations whose every alternative contains a literal: the
// engine then prefilters each chunk with those literals (a SIMD substring scan) and only
// candidate lines reach PCRE2. No inline options ("(?i)"), which would switch that off.
QStringList errorAlternatives()
{
    return {
        // The level column of CBS/DISM/Panther: "2022-08-23 15:28:01, Error   ".
        QStringLiteral("\\d, Error\\b"),
        // CBS writes real failures at level Info: a fail word followed by a failure code.
        u"[Ff]ail(?:ed|s|ure)?\\b.*" + QString(CodeForms),
        u"FAIL(?:ED|S|URE)?\\b.*" + QString(CodeForms),
        QStringLiteral("\\*FAILED\\*"),   // WindowsUpdate ETW
        QStringLiteral("FATAL:"),          // WindowsUpdate legacy
        QStringLiteral("!!!\\s"),           // setupapi error lines
        QStringLiteral("Exit status: FAILURE"),
    };
}

QStringList warningAlternatives()
{
    return {
        QStringLiteral("\\d, Warning\\b"),
        QStringLiteral("!\\s+[a-z]{3}:"),   // setupapi warning lines ("!    ndv: ...")
        QStringLiteral("0x[89a-fA-F][0-9a-fA-F]{7}(?![0-9a-fA-F])"),
        QStringLiteral("hr\\s*[=:]\\s*(?:0x)?[89a-fA-F][0-9a-fA-F]{7}(?![0-9a-fA-F])"),
        QStringLiteral("HRESULT=[89a-fA-F][0-9a-fA-F]{7}(?![0-9a-fA-F])"),
        QStringLiteral("\\[[89a-fA-F][0-9a-fA-F]{7}(?![0-9a-fA-F])"),
    };
}

} // namespace

QString LineClassifier::errorPattern()
{
    return errorAlternatives().join(u'|');
}

QString LineClassifier::warningPattern()
{
    return warningAlternatives().join(u'|');
}

QString LineClassifier::warningOrErrorPattern()
{
    return errorPattern() + u'|' + warningPattern();
}

LineClassifier::LineClassifier()
    : m_error(errorPattern())
    , m_warning(warningPattern())
{
    m_error.optimize();
    m_warning.optimize();
}

LineLevel LineClassifier::classify(QStringView line) const
{
    if (m_error.matchView(line).hasMatch())
        return LineLevel::Error;
    if (m_warning.matchView(line).hasMatch())
        return LineLevel::Warning;
    return LineLevel::Normal;
}

const LineClassifier &LineClassifier::instance()
{
    static const LineClassifier classifier;
    return classifier;
}

} // namespace lt::ui
