#pragma once

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/State>

#include <QHash>
#include <QList>
#include <QTextCharFormat>
#include <QTextLayout>

#include "triage/logformat.h"

namespace KSyntaxHighlighting {
class Repository;
}

namespace lt::ui {

// KSyntaxHighlighting for one visible line at a time: the view highlights only what it shows
// and carries State from line to line inside the visible block (our log definitions reset at
// every line end, so starting a block from a default State is exact for them).
class LogHighlighter final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    explicit LogHighlighter(KSyntaxHighlighting::Repository *repository);

    // Our definition for the format, or the stock "Log File" one.
    static QString definitionNameFor(lt::triage::LogFormat format);
    void setLogFormat(lt::triage::LogFormat format);
    void setTheme(const KSyntaxHighlighting::Theme &theme) override;

    // Formats for `text`; `state` is the previous line's end state and receives this line's.
    QList<QTextLayout::FormatRange> highlight(QStringView text, KSyntaxHighlighting::State *state);

    // The format name (the definition's itemData name) at `offset` of the last highlight()
    // call; for tests.
    QString formatNameAt(int offset) const;

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    QTextCharFormat charFormat(const KSyntaxHighlighting::Format &format);

    KSyntaxHighlighting::Repository *m_repository;
    QList<QTextLayout::FormatRange> m_ranges;
    QList<QPair<QTextLayout::FormatRange, QString>> m_named;
    QHash<int, QTextCharFormat> m_formatCache;
};

} // namespace lt::ui
