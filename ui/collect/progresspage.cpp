#include "progresspage.h"

#include "itemprogressmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTime>
#include <QTreeView>
#include <QVBoxLayout>

namespace lt::ui {

ProgressPage::ProgressPage(ItemProgressModel *items, QWidget *parent)
    : QWidget(parent)
    , m_items(items)
    , m_title(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_current(new QLabel(this))
    , m_elapsed(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("collectProgressPage"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_bar->setObjectName(QStringLiteral("collectProgressBar"));
    m_bar->setTextVisible(true);
    m_current->setObjectName(QStringLiteral("currentItemLabel"));
    m_current->setTextFormat(Qt::PlainText);
    // Several long item titles at once must never widen the window: elide instead.
    m_current->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_elapsed->setObjectName(QStringLiteral("elapsedLabel"));
    m_elapsed->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_view->setObjectName(QStringLiteral("itemProgressView"));
    m_view->setModel(m_items);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ItemProgressModel::TitleColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ItemProgressModel::StatusColumn, QHeaderView::ResizeToContents);
    // Keep the running item in sight as the list fills in.
    connect(m_items, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (m_items->data(m_items->index(topLeft.row(), 0), Qt::DecorationRole).isValid())
            m_view->scrollTo(topLeft);
    });

    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    const QFontMetrics fm(m_cancel->font());
    m_cancel->setMinimumSize(fm.averageCharWidth() * 14, fm.height() * 2);
    connect(m_cancel, &QPushButton::clicked, this, &ProgressPage::cancelRequested);

    m_tick.setInterval(500);
    connect(&m_tick, &QTimer::timeout, this, &ProgressPage::updateElapsed);

    auto *status = new QHBoxLayout;
    status->addWidget(m_current, 1);
    status->addWidget(m_elapsed);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    const int margin = fontMetrics().height();
    layout->setContentsMargins(margin * 2, margin, margin * 2, margin);
    layout->setSpacing(margin * 2 / 3);
    layout->addWidget(m_title);
    layout->addWidget(m_bar);
    layout->addLayout(status);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    retranslate();
}

void ProgressPage::begin(int itemsTotal)
{
    m_cancelling = false;
    m_cancel->setEnabled(true);
    m_bar->setRange(0, qMax(1, itemsTotal));
    m_bar->setValue(0);
    m_currentTitle.clear();
    m_clock.start();
    m_tick.start();
    retranslate();
    updateElapsed();
}

void ProgressPage::setProgress(const collect::CollectProgress &progress, const QString &currentTitle)
{
    if (progress.itemsTotal > 0)
        m_bar->setMaximum(progress.itemsTotal);
    m_bar->setValue(qMin(progress.itemsDone, m_bar->maximum()));
    m_currentTitle = currentTitle;
    retranslate();
}

void ProgressPage::setCancelling()
{
    m_cancelling = true;
    m_cancel->setEnabled(false);
    retranslate();
}

void ProgressPage::end()
{
    m_tick.stop();
}

qint64 ProgressPage::elapsedMs() const
{
    return m_clock.isValid() ? m_clock.elapsed() : 0;
}

void ProgressPage::updateElapsed()
{
    const QTime t = QTime(0, 0).addMSecs(int(qMin<qint64>(elapsedMs(), 86'399'000)));
    const QString text = t.hour() > 0 ? t.toString(QStringLiteral("h:mm:ss")) : t.toString(QStringLiteral("m:ss"));
    m_elapsed->setText(tr("Elapsed: %1").arg(text));
}

void ProgressPage::showCurrentText()
{
    m_current->setText(m_current->fontMetrics().elidedText(m_currentText, Qt::ElideRight, qMax(0, m_current->width())));
    m_current->setToolTip(m_currentText);
    m_current->setAccessibleName(m_currentText);
}

void ProgressPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    showCurrentText();
}

void ProgressPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_items->refreshTexts();
    }
    QWidget::changeEvent(event);
}

void ProgressPage::retranslate()
{
    m_title->setText(m_cancelling ? tr("Cancelling...") : tr("Collecting..."));
    if (m_cancelling)
        m_currentText = tr("Stopping the running programs and removing the unfinished file...");
    else if (m_currentTitle.isEmpty() && m_bar->value() > 0)
        m_currentText = tr("Writing the zip file...");
    else if (m_currentTitle.isEmpty())
        m_currentText = tr("Starting...");
    else
        m_currentText = tr("Now collecting: %1").arg(m_currentTitle);
    showCurrentText();
    //: %v and %m are filled in by the progress bar (items done, items in total)
    m_bar->setFormat(tr("%v of %m items"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel collecting"));
    m_bar->setAccessibleName(tr("Collection progress"));
    m_view->setAccessibleName(tr("Items and their status"));
    updateElapsed();
}

} // namespace lt::ui
