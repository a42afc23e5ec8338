#include "whatiscollecteddialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lt::ui {

WhatIsCollectedDialog::WhatIsCollectedDialog(const collect::Profile &profile, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_browser(new QTextBrowser(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("whatIsCollectedDialog"));
    m_browser->setOpenLinks(false);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(m_buttons);

    const int em = fontMetrics().averageCharWidth();
    resize(em * 90, fontMetrics().height() * 34);
    retranslate();
}

QString WhatIsCollectedDialog::toHtml(const collect::Profile &profile)
{
    QString html = QStringLiteral("<p>%1</p>").arg(
        tr("Only what is listed here is collected. Nothing is sent anywhere: everything goes into "
           "one zip file on this computer, and you decide whom to send it to.").toHtmlEscaped());
    for (const collect::Category &category : profile.categories()) {
        QString heading = category.title().toHtmlEscaped();
        if (category.needsAdmin)
            heading += QStringLiteral(" <small>(%1)</small>").arg(tr("needs administrator rights").toHtmlEscaped());
        html += QStringLiteral("<h3>%1</h3>").arg(heading);
        if (!category.description().isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(category.description().toHtmlEscaped());
        const QList<collect::Item> items = profile.itemsOf(category.id);
        if (items.isEmpty())
            continue;
        html += QStringLiteral("<ul>");
        for (const collect::Item &item : items) {
            // describe() is technical (paths, commands): show it in a code face after the title.
            html += QStringLiteral("<li>%1<br/><code>%2</code></li>")
                        .arg(item.title().toHtmlEscaped(), item.describe().toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString WhatIsCollectedDialog::text() const
{
    return m_browser->toPlainText();
}

void WhatIsCollectedDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void WhatIsCollectedDialog::retranslate()
{
    setWindowTitle(tr("What is collected?"));
    m_browser->setHtml(toHtml(m_profile));
    m_browser->setAccessibleName(tr("What is collected, by category"));
}

} // namespace lt::ui
