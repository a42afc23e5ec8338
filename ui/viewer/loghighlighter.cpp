#include "loghighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <utility>

namespace lt::ui {

using lt::triage::LogFormat;

LogHighlighter::LogHighlighter(KSyntaxHighlighting::Repository *repository)
    : m_repository(repository)
{
}

QString LogHighlighter::definitionNameFor(LogFormat format)
{
    switch (format) {
    case LogFormat::Cbs:
    case LogFormat::Dism:
        return QStringLiteral("CBS Log");
    case LogFormat::WindowsUpdate:
    case LogFormat::WindowsUpdateEtw:
    case LogFormat::ReportingEvents:
        return QStringLiteral("Windows Update Log");
    case LogFormat::SetupApi:
        return QStringLiteral("SetupAPI Log");
    case LogFormat::Panther:
        return QStringLiteral("Panther Setup Log");
    default:
        return QStringLiteral("Log File (simplified)");
    }
}

void LogHighlighter::setLogFormat(LogFormat format)
{
    auto def = m_repository->definitionForName(definitionNameFor(format));
    if (!def.isValid())
        def = m_repository->definitionForName(QStringLiteral("Log File (simplified)"));
    setDefinition(def);
    m_formatCache.clear();
}

void LogHighlighter::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    AbstractHighlighter::setTheme(theme);
    m_formatCache.clear();
}

QList<QTextLayout::FormatRange> LogHighlighter::highlight(QStringView text,
                                                           KSyntaxHighlighting::State *state)
{
    m_ranges.clear();
    m_named.clear();
    if (!definition().isValid())
        return {};
    *state = highlightLine(text, *state);
    return std::exchange(m_ranges, {});
}

QString LogHighlighter::formatNameAt(int offset) const
{
    for (const auto &[range, name] : m_named) {
        if (offset >= range.start && offset < range.start + range.length)
            return name;
    }
    return {};
}

void LogHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (length <= 0)
        return;
    QTextLayout::FormatRange range;
    range.start = offset;
    range.length = length;
    range.format = charFormat(format);
    m_named.append({range, format.name()});
    if (!format.isDefaultTextStyle(theme()))
        m_ranges.append(range);
}

QTextCharFormat LogHighlighter::charFormat(const KSyntaxHighlighting::Format &format)
{
    const auto it = m_formatCache.constFind(format.id());
    if (it != m_formatCache.constEnd())
        return *it;
    QTextCharFormat f;
    const auto &t = theme();
    if (format.hasTextColor(t))
        f.setForeground(format.textColor(t));
    if (format.hasBackgroundColor(t))
        f.setBackground(format.backgroundColor(t));
    if (format.isBold(t))
        f.setFontWeight(QFont::Bold);
    if (format.isItalic(t))
        f.setFontItalic(true);
    if (format.isUnderline(t))
        f.setFontUnderline(true);
    m_formatCache.insert(format.id(), f);
    return f;
}

} // namespace lt::ui
