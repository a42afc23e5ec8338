#include "logpane.h"

#include "findbar.h"
#include "lineclassifier.h"
#include "logsearch.h"
#include "logview.h"
#include "text/linematcher.h"
#include "text/logfile.h"

#include <QAction>
#include <QEvent>
#include <QSignalBlocker>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <optional>

namespace lt::ui {

using lt::text::LineNumber;

struct LogPane::Private {
    LogSearch *find = nullptr;
    LogSearch *level = nullptr;
    QString displayName;
    QString path;
    QLabel *status = nullptr;
    QToolButton *wrap = nullptr;
    QToolButton *follow = nullptr;
    QToolButton *goTo = nullptr;
    QToolButton *findButton = nullptr;
    QAction *findAction = nullptr;
    QAction *goToAction = nullptr;
    QAction *nextAction = nullptr;
    QAction *previousAction = nullptr;
    int pendingStep = 0;   // find next (+1) / previous (-1) waiting for the first hits
    QTimer *hitsTimer = nullptr;
};

LogPane::LogPane(KSyntaxHighlighting::Repository *repository, QWidget *parent)
    : QWidget(parent)
    , d(new Private)
{
    m_view = new LogView(repository, this);
    m_findBar = new FindBar(this);
    m_findBar->hide();
    d->find = new LogSearch(this);
    d->level = new LogSearch(this);

    d->status = new QLabel(this);
    d->status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto makeButton = [this](bool checkable) {
        auto *button = new QToolButton(this);
        button->setCheckable(checkable);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return button;
    };
    d->findButton = makeButton(false);
    d->goTo = makeButton(false);
    d->wrap = makeButton(true);
    d->follow = makeButton(true);

    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(4, 0, 4, 0);
    statusRow->addWidget(d->status, 1);
    statusRow->addWidget(d->findButton);
    statusRow->addWidget(d->goTo);
    statusRow->addWidget(d->wrap);
    statusRow->addWidget(d->follow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_findBar);
    layout->addWidget(m_view, 1);
    layout->addLayout(statusRow);

    d->findAction = new QAction(this);
    d->findAction->setShortcut(QKeySequence::Find);
    d->goToAction = new QAction(this);
    d->goToAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    d->nextAction = new QAction(this);
    d->nextAction->setShortcut(QKeySequence::FindNext);
    d->previousAction = new QAction(this);
    d->previousAction->setShortcut(QKeySequence::FindPrevious);
    for (QAction *action : {d->findAction, d->goToAction, d->nextAction, d->previousAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(d->findAction, &QAction::triggered, m_findBar, &FindBar::focusPattern);
    connect(d->findButton, &QToolButton::clicked, m_findBar, &FindBar::focusPattern);
    connect(d->goToAction, &QAction::triggered, this, &LogPane::askGoToLine);
    connect(d->goTo, &QToolButton::clicked, this, &LogPane::askGoToLine);
    connect(d->nextAction, &QAction::triggered, this, [this] { findStep(+1); });
    connect(d->previousAction, &QAction::triggered, this, [this] { findStep(-1); });
    connect(d->wrap, &QToolButton::toggled, m_view, &LogView::setWordWrap);
    connect(d->follow, &QToolButton::toggled, m_view, &LogView::setFollow);
    connect(m_view, &LogView::followChanged, d->follow, &QToolButton::setChecked);

    connect(m_findBar, &FindBar::searchChanged, this, &LogPane::restartFind);
    connect(m_findBar, &FindBar::findNext, this, [this] { findStep(+1); });
    connect(m_findBar, &FindBar::findPrevious, this, [this] { findStep(-1); });
    connect(m_findBar, &FindBar::cancelRequested, this, [this] {
        d->find->cancel();
        d->level->cancel();
    });
    connect(m_findBar, &FindBar::filterChanged, this, &LogPane::applyFilter);
    connect(m_findBar, &FindBar::closeRequested, this, [this] {
        m_findBar->setPattern(QString());
        m_findBar->setRowFilter(FindBar::RowFilter::AllLines);
        m_findBar->setLevelFilter(FindBar::LevelFilter::All);
        m_findBar->hide();
        m_view->setFocus();
    });

    // While a search streams, react at most every 100 ms: each reaction reads the hit list,
    // which the search thread is writing to.
    d->hitsTimer = new QTimer(this);
    d->hitsTimer->setSingleShot(true);
    d->hitsTimer->setInterval(100);
    connect(d->hitsTimer, &QTimer::timeout, this, [this] {
        onHits(d->find);
        onHits(d->level);
    });
    connect(d->find, &LogSearch::hitsFound, this, [this] {
        // The first hits at once (find next may be waiting for them), then throttled.
        if (d->find->isFinished() || d->pendingStep != 0)
            onHits(d->find);
        else if (!d->hitsTimer->isActive())
            d->hitsTimer->start();
    });
    connect(d->find, &LogSearch::progress, this, [this] { updateFindStatus(); });
    connect(d->find, &LogSearch::finished, this, [this] { onHits(d->find); });
    connect(d->level, &LogSearch::hitsFound, this, [this] {
        if (d->level->isFinished())
            onHits(d->level);
        else if (!d->hitsTimer->isActive())
            d->hitsTimer->start();
    });
    connect(d->level, &LogSearch::progress, this, [this] { updateFindStatus(); });
    connect(d->level, &LogSearch::finished, this, [this] { onHits(d->level); });

    connect(m_view, &LogView::currentLineChanged, this, [this](qint64 line) {
        updateFindStatus();
        emit currentLineChanged(line + 1);
    });
    connect(m_view, &LogView::errorCodeActivated, this, &LogPane::errorCodeActivated);
    connect(m_view, &LogView::fileChanged, this, &LogPane::updateStatus);
    connect(m_view, &LogView::filterCleared, this, [this] {
        // Keep the controls truthful: the view shows every line again.
        const QSignalBlocker blocker(m_findBar);
        m_findBar->setRowFilter(FindBar::RowFilter::AllLines);
        m_findBar->setLevelFilter(FindBar::LevelFilter::All);
        d->level->clear();
        updateStatus();
    });
    retranslate();
    updateStatus();
}

LogPane::~LogPane()
{
    delete d;
}

void LogPane::retranslate()
{
    d->findButton->setText(tr("Find"));
    d->findButton->setToolTip(tr("Find in this log (Ctrl+F)"));
    d->goTo->setText(tr("Go to line"));
    d->goTo->setToolTip(tr("Go to a line number (Ctrl+G)"));
    d->wrap->setText(tr("Wrap"));
    d->wrap->setToolTip(tr("Wrap long lines"));
    d->follow->setText(tr("Follow"));
    d->follow->setToolTip(tr("Follow the end of a growing log (like tail -f)"));
    updateStatus();
}

void LogPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LogPane::openFile(const QString &localPath, const QString &displayName,
                       lt::triage::LogFormat format)
{
    d->find->clear();
    d->level->clear();
    d->path = localPath;
    d->displayName = displayName;
    m_view->openFile(localPath, format);
    connect(m_view->logFile(), &lt::text::LogFile::indexingFinished, this, [this](bool ok) {
        // Searches cover the lines indexed when they start: run them again on the whole file.
        if (ok && d->find->isActive())
            restartFind();
        if (ok && d->level->isActive()) {
            d->level->clear();
            applyFilter();
        }
    });
    if (!m_findBar->options().pattern.isEmpty())
        restartFind();
    applyFilter();
    updateStatus();
}

void LogPane::close()
{
    d->find->clear();
    d->level->clear();
    d->path.clear();
    d->displayName.clear();
    m_view->close();
    updateStatus();
}

void LogPane::setMarkers(const QList<LineMarker> &markers)
{
    m_view->setMarkers(markers);
    if (m_findBar->rowFilter() == FindBar::RowFilter::FindingLines)
        applyFilter();
}

void LogPane::goToLine(qint64 line)
{
    m_view->goToLine(line - 1);
    m_view->setFocus();
}

qint64 LogPane::currentLine() const
{
    return m_view->logFile() ? m_view->currentLine() + 1 : 0;
}

QString LogPane::displayName() const
{
    return d->displayName;
}

void LogPane::askGoToLine()
{
    if (!m_view->logFile())
        return;
    const qint64 count = m_view->logFile()->lineCount();
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Go to line"),
                                               tr("Line number (1 - %1):").arg(QLocale().toString(count)),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const qint64 line = QLocale().toLongLong(text.trimmed(), &ok);
    const qint64 plain = ok ? line : text.trimmed().toLongLong(&ok);
    if (ok && plain >= 1)
        goToLine(qMin(plain, count));
}

void LogPane::restartFind()
{
    d->pendingStep = 0;
    const lt::text::SearchOptions options = m_findBar->options();
    d->find->start(m_view->logFile(), options);
    m_view->setSearchMatcher(d->find->matcher());
    applyFilter();
    updateFindStatus();
}

void LogPane::findStep(int step)
{
    if (!m_findBar->isVisible())
        m_findBar->show();
    if (!d->find->isActive() || !(d->find->options() == m_findBar->options()))
        restartFind();
    const auto hits = d->find->hits();
    if (!hits)
        return;
    if (hits->isEmpty()) {
        // The first hits may still be coming: move when they arrive.
        d->pendingStep = d->find->isFinished() ? 0 : step;
        return;
    }
    d->pendingStep = 0;
    const qint64 current = m_view->currentLine();
    qint64 index = 0;
    if (step > 0) {
        index = hits->indexOfFirstAtOrAfter(LineNumber(current + 1));
        if (index >= hits->size())
            index = 0;   // wrap around to the top
    } else {
        index = hits->indexOfFirstAtOrAfter(LineNumber(current)) - 1;
        if (index < 0)
            index = hits->size() - 1;
    }
    const qint64 line = hits->at(index).get();
    qsizetype column = 0;
    qsizetype length = 0;
    if (const auto matcher = d->find->matcher()) {
        const auto spans = matcher->matchSpans(m_view->logFile()->line(LineNumber(line)));
        if (!spans.isEmpty()) {
            column = spans.first().start;
            length = spans.first().length;
        }
    }
    m_view->goToLine(line, column, length);
    updateFindStatus();
}

void LogPane::onHits(LogSearch *search)
{
    if (!search->isActive())
        return;
    if (search == d->find && d->pendingStep != 0 && d->find->hitCount() > 0)
        findStep(d->pendingStep);
    const auto mode = m_view->filterMode();
    const bool direct = mode == lt::text::LineFilter::Mode::Hits;
    if (direct)
        m_view->rowsGrew();
    else if (search->isFinished() && mode == lt::text::LineFilter::Mode::LineSet)
        applyFilter();   // an intersection: recompute once the search is complete
    updateFindStatus();
    updateStatus();
}

namespace {
// Ascending lines present in both (linear merge; both lists are sorted).
QList<LineNumber> intersect(const lt::text::HitList &a, const QList<LineNumber> &b)
{
    QList<LineNumber> result;
    for (const LineNumber line : b) {
        const qint64 i = a.indexOfFirstAtOrAfter(line);
        if (i < a.size() && a.at(i) == line)
            result.append(line);
    }
    return result;
}

QList<LineNumber> allOf(const lt::text::HitList &hits)
{
    QList<LineNumber> lines;
    lines.reserve(hits.size());
    for (qint64 i = 0; i < hits.size(); ++i)
        lines.append(hits.at(i));
    return lines;
}
} // namespace

void LogPane::applyFilter()
{
    if (!m_view->logFile())
        return;
    // Level filter: a background search for the classifier's pattern.
    const FindBar::LevelFilter level = m_findBar->levelFilter();
    if (level == FindBar::LevelFilter::All) {
        d->level->clear();
    } else {
        lt::text::SearchOptions options;
        options.regex = true;
        options.pattern = level == FindBar::LevelFilter::ErrorsOnly ? LineClassifier::errorPattern()
                                                                    : LineClassifier::warningOrErrorPattern();
        if (!d->level->isActive() || !(d->level->options() == options))
            d->level->start(m_view->logFile(), options);
    }

    std::shared_ptr<const lt::text::HitList> rows;   // a hit list shown directly
    std::optional<QList<LineNumber>> set;            // or a set of lines
    switch (m_findBar->rowFilter()) {
    case FindBar::RowFilter::AllLines:
        break;
    case FindBar::RowFilter::MatchingLines:
        if (d->find->isActive())
            rows = d->find->hits();
        break;
    case FindBar::RowFilter::FindingLines:
        set = m_view->markerLines();
        break;
    }
    if (d->level->isActive() && d->level->hits()) {
        if (set)
            set = intersect(*d->level->hits(), *set);
        else if (rows)
            set = intersect(*d->level->hits(), allOf(*rows));
        else
            rows = d->level->hits();
    }
    if (set)
        m_view->showLines(*set);
    else if (rows)
        m_view->showHits(rows);
    else if (m_view->filterMode() != lt::text::LineFilter::Mode::AllLines)
        m_view->showAllLines();
    updateFindStatus();
    updateStatus();
}

void LogPane::updateFindStatus()
{
    const bool running = d->find->isRunning() || d->level->isRunning();
    m_findBar->setProgress(running ? 0 : -1);
    if (!d->find->isActive()) {
        if (!d->find->errorString().isEmpty())
            m_findBar->setStatus(d->find->errorString(), true);
        else
            m_findBar->setStatus(running ? tr("Filtering…") : QString());
        return;
    }
    const auto hits = d->find->hits();
    const qint64 total = hits->size();
    QString text;
    if (total == 0) {
        text = d->find->isFinished() ? tr("No matches") : tr("Searching…");
    } else {
        const qint64 current = m_view->currentLine();
        const qint64 index = hits->indexOfFirstAtOrAfter(LineNumber(current));
        const QString count = d->find->isFinished() ? QLocale().toString(total)
                                                    : tr("%1+").arg(QLocale().toString(total));
        if (index < total && hits->at(index).get() == current)
            text = tr("%1 of %2").arg(QLocale().toString(index + 1), count);
        else
            text = tr("%1 matching lines").arg(count);
    }
    m_findBar->setStatus(text);
}

void LogPane::updateStatus()
{
    const lt::text::LogFile *file = m_view->logFile();
    if (!file) {
        d->status->setText(tr("No log open"));
        return;
    }
    const QLocale locale;
    QString text = tr("%1 — %2 lines, %3, %4")
                       .arg(d->displayName, locale.toString(file->lineCount()),
                            locale.formattedDataSize(file->fileSize()), file->encodingName());
    if (file->isIndexing())
        text = tr("%1 (indexing…)").arg(text);
    if (m_view->filterMode() != lt::text::LineFilter::Mode::AllLines)
        text = tr("%1 — showing %2 lines").arg(text, locale.toString(m_view->rowCount()));
    d->status->setText(text);
}

} // namespace lt::ui
