#pragma once

#include "text/searchoptions.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTimer;
class QToolButton;

namespace lt::ui {

// Find (Ctrl+F) and filter controls above the log: pattern with regex / case / whole-word
// toggles, previous / next, hit count and progress, the row filter and the level filter.
// Pure UI: LogPane runs the searches.
class FindBar final : public QWidget
{
    Q_OBJECT

public:
    enum class RowFilter { AllLines, MatchingLines, FindingLines };
    enum class LevelFilter { All, WarningsAndErrors, ErrorsOnly };

    explicit FindBar(QWidget *parent = nullptr);

    lt::text::SearchOptions options() const;
    void setPattern(const QString &pattern);
    void setOptions(bool regex, bool caseSensitive, bool wholeWord);
    RowFilter rowFilter() const;
    void setRowFilter(RowFilter filter);
    LevelFilter levelFilter() const;
    void setLevelFilter(LevelFilter filter);

    void focusPattern();
    // "3 of 120", "No matches", "Searching… 40%", an error text; shown next to the buttons.
    void setStatus(const QString &text, bool error = false);
    void setProgress(int percent);   // < 0 hides the progress bar and the cancel button
    QString statusText() const;

signals:
    void searchChanged();    // pattern or options edited (debounced)
    void findNext();
    void findPrevious();
    void cancelRequested();
    void filterChanged();    // row or level filter
    void closeRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLineEdit *m_pattern = nullptr;
    QToolButton *m_regex = nullptr;
    QToolButton *m_case = nullptr;
    QToolButton *m_word = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_cancel = nullptr;
    QToolButton *m_close = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QComboBox *m_rowFilter = nullptr;
    QComboBox *m_levelFilter = nullptr;
    QLabel *m_rowLabel = nullptr;
    QLabel *m_levelLabel = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace lt::ui
