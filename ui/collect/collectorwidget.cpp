#include "collectorwidget.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace lt::ui {

CollectorWidget::CollectorWidget(QWidget *parent)
    : QWidget(parent)
    , m_placeholder(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    layout->addWidget(m_placeholder);
    retranslate();
}

void CollectorWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CollectorWidget::retranslate()
{
    m_placeholder->setText(tr("The collector window is not available in this build yet. "
                              "Use \"logtriage-cli collect\"."));
}

} // namespace lt::ui
