#include "elevationbanner.h"

#include "elevation.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTimer>

namespace lt::ui {

ElevationBanner::ElevationBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
{
    setObjectName(QStringLiteral("elevationBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));   // a soft warning yellow
    pal.setColor(QPalette::WindowText, QColor(0x3b, 0x2f, 0x00));
    setPalette(pal);

    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_VistaShield).isNull()
                          ? style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize)
                          : style()->standardIcon(QStyle::SP_VistaShield).pixmap(iconSize));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(QStringLiteral("restartElevatedButton"));
    connect(m_action, &QPushButton::clicked, this, [this] {
        if (Elevation::canRestart())
            emit restartRequested();
        else {
            QApplication::clipboard()->setText(Elevation::rerunCommand(m_arguments));
            m_action->setText(tr("Command copied"));
            QTimer::singleShot(2500, this, &ElevationBanner::retranslate);
        }
    });

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    hide();
    retranslate();
}

void ElevationBanner::setCategories(const QStringList &titles)
{
    m_titles = titles;
    retranslate();
    setVisible(!titles.isEmpty());
}

QString ElevationBanner::text() const
{
    return m_text->text();
}

void ElevationBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void ElevationBanner::retranslate()
{
    // QLocale joins the titles with the list separator of the language (、 or ", ").
    const QString list = QLocale().createSeparatedList(m_titles);
    if (Elevation::canRestart()) {
        m_text->setText(tr("These need administrator rights: %1. Without them, parts of them "
                           "will be missing. Click \"Restart as administrator\" and confirm; "
                           "your choices are kept.").arg(list));
        m_action->setText(tr("Restart as administrator"));
        m_action->setAccessibleName(tr("Restart as administrator"));
    } else {
        // The command itself is long; it goes to the clipboard (and the tooltip), not the page.
        m_text->setText(tr("These need administrator (root) rights: %1. Without them, parts of them "
                           "will be missing. To collect everything, close this window and start it as "
                           "root: \"Copy command\" copies the command to run.").arg(list));
        m_text->setToolTip(Elevation::rerunCommand(m_arguments));
        m_action->setText(tr("Copy command"));
        m_action->setAccessibleName(tr("Copy the command that starts the collector as root"));
    }
    m_text->setAccessibleName(tr("Administrator rights needed"));
}

} // namespace lt::ui
