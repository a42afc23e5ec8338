#include "findbar.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace lt::ui {

namespace {
QToolButton *makeToggle(QWidget *parent, const QString &text)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setCheckable(true);
    button->setAutoRaise(true);
    return button;
}
} // namespace

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
{
    m_pattern = new QLineEdit(this);
    m_pattern->setClearButtonEnabled(true);
    m_pattern->setMinimumWidth(220);
    m_case = makeToggle(this, QStringLiteral("Aa"));
    m_word = makeToggle(this, QStringLiteral("\u201cab\u201d"));
    m_regex = makeToggle(this, QStringLiteral(".*"));
    m_previous = new QToolButton(this);
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setAutoRaise(true);
    m_next = new QToolButton(this);
    m_next->setArrowType(Qt::DownArrow);
    m_next->setAutoRaise(true);
    m_status = new QLabel(this);
    m_status->setMinimumWidth(110);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(90);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancel = new QToolButton(this);
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
    m_cancel->setAutoRaise(true);
    m_cancel->hide();
    m_rowLabel = new QLabel(this);
    m_rowFilter = new QComboBox(this);
    m_rowFilter->addItems({QString(), QString(), QString()});
    m_levelLabel = new QLabel(this);
    m_levelFilter = new QComboBox(this);
    m_levelFilter->addItems({QString(), QString(), QString()});
    m_close = new QToolButton(this);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(3);
    for (QWidget *w : std::initializer_list<QWidget *>{m_pattern, m_case, m_word, m_regex,
             m_previous, m_next, m_status, m_progress, m_cancel})
        layout->addWidget(w);
    layout->addStretch(1);
    for (QWidget *w : std::initializer_list<QWidget *>{m_rowLabel, m_rowFilter, m_levelLabel,
             m_levelFilter, m_close})
        layout->addWidget(w);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &FindBar::searchChanged);
    connect(m_pattern, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_pattern, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce->isActive()) {
            m_debounce->stop();
            emit searchChanged();
        }
        emit findNext();
    });
    for (QToolButton *toggle : {m_case, m_word, m_regex})
        connect(toggle, &QToolButton::toggled, this, &FindBar::searchChanged);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_cancel, &QToolButton::clicked, this, &FindBar::cancelRequested);
    connect(m_close, &QToolButton::clicked, this, &FindBar::closeRequested);
    connect(m_rowFilter, &QComboBox::currentIndexChanged, this, &FindBar::filterChanged);
    connect(m_levelFilter, &QComboBox::currentIndexChanged, this, &FindBar::filterChanged);
    retranslate();
}

void FindBar::retranslate()
{
    m_pattern->setPlaceholderText(tr("Find in log"));
    m_case->setToolTip(tr("Match case"));
    m_word->setToolTip(tr("Whole words"));
    m_regex->setToolTip(tr("Regular expression"));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_next->setToolTip(tr("Next match (F3)"));
    m_cancel->setToolTip(tr("Stop searching"));
    m_close->setToolTip(tr("Close the find bar (Esc)"));
    m_rowLabel->setText(tr("Show:"));
    m_rowFilter->setItemText(0, tr("All lines"));
    m_rowFilter->setItemText(1, tr("Matching lines"));
    m_rowFilter->setItemText(2, tr("Lines with findings"));
    m_levelLabel->setText(tr("Level:"));
    m_levelFilter->setItemText(0, tr("All levels"));
    m_levelFilter->setItemText(1, tr("Warnings and errors"));
    m_levelFilter->setItemText(2, tr("Errors only"));
}

lt::text::SearchOptions FindBar::options() const
{
    lt::text::SearchOptions options;
    options.pattern = m_pattern->text();
    options.regex = m_regex->isChecked();
    options.caseSensitive = m_case->isChecked();
    options.wholeWord = m_word->isChecked();
    return options;
}

void FindBar::setPattern(const QString &pattern)
{
    m_pattern->setText(pattern);
    m_debounce->stop();
    emit searchChanged();
}

void FindBar::setOptions(bool regex, bool caseSensitive, bool wholeWord)
{
    const QSignalBlocker b1(m_regex), b2(m_case), b3(m_word);
    m_regex->setChecked(regex);
    m_case->setChecked(caseSensitive);
    m_word->setChecked(wholeWord);
    emit searchChanged();
}

FindBar::RowFilter FindBar::rowFilter() const
{
    return RowFilter(m_rowFilter->currentIndex());
}

void FindBar::setRowFilter(RowFilter filter)
{
    m_rowFilter->setCurrentIndex(int(filter));
}

FindBar::LevelFilter FindBar::levelFilter() const
{
    return LevelFilter(m_levelFilter->currentIndex());
}

void FindBar::setLevelFilter(LevelFilter filter)
{
    m_levelFilter->setCurrentIndex(int(filter));
}

void FindBar::focusPattern()
{
    show();
    m_pattern->setFocus(Qt::ShortcutFocusReason);
    m_pattern->selectAll();
}

void FindBar::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #d03030;") : QString());
}

QString FindBar::statusText() const
{
    return m_status->text();
}

void FindBar::setProgress(int percent)
{
    m_progress->setVisible(percent >= 0);
    m_cancel->setVisible(percent >= 0);
    if (percent >= 0)
        m_progress->setValue(percent);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        emit closeRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lt::ui
