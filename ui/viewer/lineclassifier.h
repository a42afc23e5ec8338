#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringView>

namespace lt::ui {

// How bad a line looks, for CMTrace-style red/yellow row tints and the level filter.
enum class LineLevel { Normal, Warning, Error };

// A fast, format-agnostic classifier: two regular expressions, used both per visible line
// (tints) and as the engine's search pattern (level filter), so the tint and the filter always
// agree. The level column alone is not enough: CBS writes real failures at level Info
// ("Info CBS Failed to ... [HRESULT = 0x80070005 - E_ACCESSDENIED]", field case 1), so a
// "fail" word next to a failure code counts as an error, and a failure code alone as a warning.
// Thread-safe (const, and QRegularExpression matching is thread-safe).
class LineClassifier final
{
public:
    LineClassifier();

    LineLevel classify(QStringView line) const;

    // The engine search patterns (regex, case-sensitive as written) for the level filter.
    static QString errorPattern();
    static QString warningPattern();   // warnings only, not errors
    // Error or warning in one pattern ("Warnings and errors").
    static QString warningOrErrorPattern();

    static const LineClassifier &instance();

private:
    QRegularExpression m_error;
    QRegularExpression m_warning;
};

} // namespace lt::ui
