#include "resultpage.h"

#include "itemstatuspresentation.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace lt::ui {

ResultPage::ResultPage(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_sendHint(new QLabel(this))
    , m_path(new QLabel(this))
    , m_size(new QLabel(this))
    , m_openFolder(new QPushButton(this))
    , m_copyPath(new QPushButton(this))
    , m_openViewer(new QPushButton(this))
    , m_summary(new QLabel(this))
    , m_adminHint(new QLabel(this))
    , m_failedHeading(new QLabel(this))
    , m_failed(new QTreeWidget(this))
    , m_again(new QPushButton(this))
{
    setObjectName(QStringLiteral("collectResultPage"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_sendHint->setWordWrap(true);
    m_path->setObjectName(QStringLiteral("bundlePathLabel"));
    m_path->setTextFormat(Qt::PlainText);
    m_path->setWordWrap(true);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont pathFont = m_path->font();
    pathFont.setBold(true);
    m_path->setFont(pathFont);
    m_size->setObjectName(QStringLiteral("bundleSizeLabel"));
    m_summary->setObjectName(QStringLiteral("resultSummaryLabel"));
    m_summary->setWordWrap(true);
    m_adminHint->setObjectName(QStringLiteral("adminHintLabel"));
    m_adminHint->setWordWrap(true);
    QFont headingFont = m_failedHeading->font();
    headingFont.setBold(true);
    m_failedHeading->setFont(headingFont);

    m_openFolder->setObjectName(QStringLiteral("openFolderButton"));
    m_copyPath->setObjectName(QStringLiteral("copyPathButton"));
    m_openViewer->setObjectName(QStringLiteral("openInViewerButton"));
    m_again->setObjectName(QStringLiteral("collectAgainButton"));
    m_failed->setObjectName(QStringLiteral("failedItemsView"));
    m_failed->setColumnCount(2);
    m_failed->setRootIsDecorated(false);
    m_failed->setUniformRowHeights(true);
    m_failed->header()->setStretchLastSection(true);
    m_failedHeading->setBuddy(m_failed);

    // The file actions are what this page is for: make them easy targets.
    const int buttonHeight = fontMetrics().height() * 2;
    for (QPushButton *b : {m_openFolder, m_copyPath, m_openViewer, m_again}) {
        b->setMinimumHeight(buttonHeight);
        b->setMinimumWidth(fontMetrics().averageCharWidth() * 14);
    }
    connect(m_openFolder, &QPushButton::clicked, this, &ResultPage::openFolder);
    connect(m_copyPath, &QPushButton::clicked, this, &ResultPage::copyPath);
    connect(m_openViewer, &QPushButton::clicked, this, [this] { emit openInViewerRequested(m_outcome.bundlePath); });
    connect(m_again, &QPushButton::clicked, this, &ResultPage::collectAgainRequested);

    auto *head = new QHBoxLayout;
    head->addWidget(m_icon, 0, Qt::AlignTop);
    auto *headText = new QVBoxLayout;
    headText->addWidget(m_title);
    headText->addWidget(m_sendHint);
    head->addLayout(headText, 1);

    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_openFolder);
    fileButtons->addWidget(m_copyPath);
    fileButtons->addWidget(m_openViewer);
    fileButtons->addStretch(1);

    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_again);

    auto *layout = new QVBoxLayout(this);
    const int margin = fontMetrics().height();
    layout->setContentsMargins(margin * 2, margin, margin * 2, margin);
    layout->setSpacing(margin * 2 / 3);
    layout->addLayout(head);
    layout->addWidget(m_path);
    layout->addWidget(m_size);
    layout->addLayout(fileButtons);
    layout->addWidget(m_summary);
    layout->addWidget(m_failedHeading);
    layout->addWidget(m_failed);
    layout->addWidget(m_adminHint);
    layout->addStretch(1);
    layout->addLayout(bottom);

    setTabOrder(m_openFolder, m_copyPath);
    setTabOrder(m_copyPath, m_openViewer);
    setTabOrder(m_openViewer, m_failed);
    setTabOrder(m_failed, m_again);
    retranslate();
}

void ResultPage::showOutcome(const collect::CollectOutcome &outcome, const QSet<QString> &adminItems, bool elevated)
{
    m_outcome = outcome;
    m_adminItems = adminItems;
    m_elevated = elevated;
    m_total = int(outcome.items.size());
    m_succeeded = int(std::count_if(outcome.items.cbegin(), outcome.items.cend(), [](const collect::ItemResult &r) {
        return ItemStatusPresentation::isSuccess(r.status);
    }));
    retranslate();
}

QStringList ResultPage::failedLines() const
{
    QStringList lines;
    for (int i = 0; i < m_failed->topLevelItemCount(); ++i)
        lines.append(m_failed->topLevelItem(i)->text(0) + u'\t' + m_failed->topLevelItem(i)->text(1));
    return lines;
}

QString ResultPage::summaryText() const
{
    return m_summary->text();
}

void ResultPage::focusMainAction()
{
    if (m_outcome.bundleWritten)
        m_openFolder->setFocus();
    else
        m_again->setFocus();
}

void ResultPage::openFolder()
{
    const QString native = QDir::toNativeSeparators(m_outcome.bundlePath);
#ifdef Q_OS_WIN
    // Explorer opens the folder with the zip selected: the user sees exactly which file.
    if (QProcess::startDetached(QStringLiteral("explorer.exe"), {QStringLiteral("/select,"), native}))
        return;
#endif
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_outcome.bundlePath).absolutePath()));
}

void ResultPage::copyPath()
{
    QApplication::clipboard()->setText(QDir::toNativeSeparators(m_outcome.bundlePath));
    // Confirms the copy where the user is looking, then goes back to the action's name.
    m_copyPath->setText(tr("Path copied"));
    QTimer::singleShot(2500, this, [this] { m_copyPath->setText(tr("Copy path")); });
}

void ResultPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ResultPage::retranslate()
{
    const bool written = m_outcome.bundleWritten;
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize) * 3 / 2;
    m_icon->setPixmap(style()->standardIcon(written ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical)
                          .pixmap(iconSize));
    m_title->setText(written ? tr("Done: the file is ready") : tr("No file was written"));
    m_sendHint->setText(written ? tr("Send this file to the helpdesk (for example as an e-mail attachment):")
                                : tr("Collecting failed: %1").arg(m_outcome.error));
    m_path->setText(QDir::toNativeSeparators(m_outcome.bundlePath));
    m_path->setAccessibleName(tr("Path of the collected file"));
    m_size->setText(tr("Size: %1").arg(ItemStatusPresentation::formatSize(m_outcome.bundleSize)));
    for (QWidget *w : std::initializer_list<QWidget *>{m_path, m_size, m_openFolder, m_copyPath, m_openViewer})
        w->setVisible(written);

    m_openFolder->setText(tr("Open folder"));
    m_openFolder->setAccessibleName(tr("Open the folder that contains the file"));
    m_copyPath->setText(tr("Copy path"));
    m_copyPath->setAccessibleName(tr("Copy the path of the file"));
    m_openViewer->setText(tr("Open in viewer"));
    m_openViewer->setAccessibleName(tr("Open the collected file in the viewer"));
    m_again->setText(tr("Back"));
    m_again->setAccessibleName(tr("Back to the start page"));

    const int failed = m_total - m_succeeded;
    if (failed == 0)
        m_summary->setText(tr("All %n item(s) were collected.", nullptr, m_total));
    else
        m_summary->setText(tr("%1 of %2 items were collected; %3 could not be collected (see below). "
                              "The file is still useful: send it anyway.")
                               .arg(m_succeeded).arg(m_total).arg(failed));
    m_summary->setVisible(m_total > 0);

    m_failedHeading->setText(tr("&Not collected:"));
    m_failed->setHeaderLabels({tr("Item"), tr("Why")});
    m_failed->setAccessibleName(tr("Items that could not be collected"));
    m_failed->clear();
    for (const collect::ItemResult &r : std::as_const(m_outcome.items)) {
        if (ItemStatusPresentation::isSuccess(r.status))
            continue;
        auto *row = new QTreeWidgetItem(m_failed);
        row->setText(0, r.title.isEmpty() ? r.itemId : r.title);
        row->setIcon(0, ItemStatusPresentation::icon(ItemStatusPresentation::Phase::Done, r.status));
        row->setText(1, ItemStatusPresentation::reason(r, m_adminItems.contains(r.itemId), m_elevated));
        row->setToolTip(1, r.reason);   // the engine's technical reason, for the helpdesk
    }
    m_failed->resizeColumnToContents(0);
    // Tall enough for the failures (up to ten rows, then it scrolls); the space below stays free.
    const int rows = qBound(1, m_failed->topLevelItemCount(), 10);
    const int rowHeight = m_failed->topLevelItemCount() > 0 ? m_failed->sizeHintForRow(0) : fontMetrics().height();
    m_failed->setFixedHeight(m_failed->header()->sizeHint().height() + rows * rowHeight + 2 * m_failed->frameWidth());
    m_failedHeading->setVisible(m_failed->topLevelItemCount() > 0);
    const bool adminWouldHelp = !m_elevated && std::any_of(m_outcome.items.cbegin(), m_outcome.items.cend(),
        [this](const collect::ItemResult &r) {
            return r.status == collect::ItemStatus::Denied
                   || (r.status == collect::ItemStatus::Skipped && m_adminItems.contains(r.itemId));
        });
    m_adminHint->setText(tr("Some items need administrator rights. To include them, click \"Back\", "
                            "restart as administrator and collect again."));
    m_adminHint->setVisible(written && adminWouldHelp);
    m_failed->setVisible(m_failed->topLevelItemCount() > 0);
}

} // namespace lt::ui
