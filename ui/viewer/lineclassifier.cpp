#include "lineclassifier.h"

namespace lt::ui {

namespace {

// A failure code as the servicing logs print it: 0x8xxxxxxx / 0xCxxxxxxx, hr=8024402c,
// HRESULT=800F081F, [80072F8F].
constexpr auto FailureCode =
    u"(?:0x[89a-fA-F][0-9a-fA-F]{7}(?![0-9a-fA-F])|(?:hr\\s*[=:]\\s*|HRESULT=|\\[)[89a-fA-F][0-9a-fA-F]{7}(?![0-9a-fA-F]))";

// The level column of CBS/DISM/Panther ("2022-08-23 15:28:01, Error   ").
constexpr auto LevelPrefix = u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d, ";

} // namespace

QString LineClassifier::errorPattern()
{
    return QString(LevelPrefix) + u"Error\\b"
        + u"|(?i:\\bfail(?:ed|s|ure)?\\b).*" + QString(FailureCode)
        + u"|\\*FAILED\\*|\\bFATAL:|^\\s*!!!\\s|Exit status: FAILURE";
}

QString LineClassifier::warningPattern()
{
    return QString(LevelPrefix) + u"Warning\\b|^\\s*!\\s|" + QString(FailureCode);
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
