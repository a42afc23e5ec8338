#include "startpage.h"

#include "categorypanel.h"
#include "custompathlist.h"
#include "elevationbanner.h"
#include "outputchooser.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeView>
#include <QVBoxLayout>

namespace lt::ui {

StartPage::StartPage(CategoryModel *categories, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_banner(new ElevationBanner(this))
    , m_categoryPanel(new CategoryPanel(categories, this))
    , m_customPaths(new CustomPathList(this))
    , m_output(new OutputChooser(this))
    , m_notice(new QLabel(this))
    , m_collect(new QPushButton(this))
{
    setObjectName(QStringLiteral("collectStartPage"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("startNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();

    // The one action on this page: big, default, reachable with Enter.
    m_collect->setObjectName(QStringLiteral("collectButton"));
    m_collect->setDefault(true);
    m_collect->setAutoDefault(true);
    QFont buttonFont = m_collect->font();
    buttonFont.setPointSizeF(buttonFont.pointSizeF() * 1.3);
    buttonFont.setBold(true);
    m_collect->setFont(buttonFont);
    const QFontMetrics fm(buttonFont);
    m_collect->setMinimumSize(fm.averageCharWidth() * 16, fm.height() * 2 + 8);
    connect(m_collect, &QPushButton::clicked, this, &StartPage::collectRequested);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_notice, 1);
    bottom->addStretch(0);
    bottom->addWidget(m_collect);

    // Everything but the 收集 button scrolls when the window is small (or the text large):
    // nothing overlaps, and the one action stays in sight.
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    const int margin = fontMetrics().height();
    contentLayout->setContentsMargins(margin * 2, margin, margin * 2, margin / 2);
    contentLayout->setSpacing(margin * 2 / 3);
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(m_intro);
    contentLayout->addWidget(m_banner);
    contentLayout->addWidget(m_categoryPanel);
    contentLayout->addWidget(m_customPaths, 1);   // what is left: the extra paths can be many
    contentLayout->addWidget(m_output);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("startScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    scroll->viewport()->setAutoFillBackground(false);   // the page's colour, not a white sheet
    content->setAutoFillBackground(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, margin);
    layout->setSpacing(margin * 2 / 3);
    layout->addWidget(scroll, 1);
    auto *footer = new QVBoxLayout;
    footer->setContentsMargins(margin * 2, 0, margin * 2, 0);
    footer->addWidget(line);
    footer->addLayout(bottom);
    layout->addLayout(footer);

    setTabOrder(m_categoryPanel->view(), m_customPaths);
    retranslate();
}

void StartPage::setNotice(const QString &text, bool isError)
{
    m_notice->setText(text);
    QPalette pal = palette();
    if (isError)
        pal.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_notice->setPalette(pal);
    m_notice->setVisible(!text.isEmpty());
}

QString StartPage::notice() const
{
    return m_notice->isVisible() ? m_notice->text() : QString();
}

void StartPage::setCollectEnabled(bool enabled)
{
    m_collect->setEnabled(enabled);
}

void StartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StartPage::retranslate()
{
    m_title->setText(tr("Collect logs"));
    m_intro->setText(tr("Tick what to collect and click \"Collect\". One zip file is saved (on the "
                        "desktop unless you choose another folder below): send that file to the "
                        "helpdesk. Nothing is sent automatically."));
    m_collect->setText(tr("Collect"));
    m_collect->setAccessibleName(tr("Collect"));
    m_collect->setAccessibleDescription(tr("Starts collecting and saves one zip file"));
}

} // namespace lt::ui
