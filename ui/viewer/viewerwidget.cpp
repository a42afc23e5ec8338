#include "viewerwidget.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace lt::ui {

ViewerWidget::ViewerWidget(QWidget *parent)
    : QWidget(parent)
    , m_placeholder(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    layout->addWidget(m_placeholder);
    retranslate();
}

void ViewerWidget::openPaths(const QStringList &paths)
{
    m_opened = paths;
    retranslate();
}

void ViewerWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ViewerWidget::retranslate()
{
    m_placeholder->setText(m_opened.isEmpty()
        ? tr("Open a bundle (.zip), a folder or a log file with File > Open.")
        : tr("Opened: %1").arg(m_opened.join(QStringLiteral(", "))));
}

} // namespace lt::ui
