#include "categorypanel.h"

#include "categorymodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace lt::ui {

namespace {

// Rows with some air: they are click targets for people who do not use computers much.
class RoomyRowDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(qMax(size.height(), option.fontMetrics.height() * 8 / 5));
        return size;
    }
};

} // namespace

CategoryPanel::CategoryPanel(CategoryModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_heading(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_selectAll(new QPushButton(this))
    , m_selectNone(new QPushButton(this))
    , m_whatLink(new QLabel(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_view->setObjectName(QStringLiteral("categoryView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new RoomyRowDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    // No selection highlight: it would hide the check marks. The focus frame shows where Space acts.
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionsMovable(false);
    m_heading->setBuddy(m_view);

    m_selectAll->setObjectName(QStringLiteral("selectAllButton"));
    m_selectNone->setObjectName(QStringLiteral("selectNoneButton"));
    m_whatLink->setObjectName(QStringLiteral("whatIsCollectedLink"));
    m_whatLink->setTextFormat(Qt::RichText);
    m_whatLink->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_whatLink->setFocusPolicy(Qt::StrongFocus);

    connect(m_selectAll, &QPushButton::clicked, this, [this] { m_model->setAllChecked(true); });
    connect(m_selectNone, &QPushButton::clicked, this, [this] { m_model->setAllChecked(false); });
    connect(m_whatLink, &QLabel::linkActivated, this, &CategoryPanel::whatIsCollectedRequested);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CategoryPanel::fitColumns);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_selectAll);
    buttons->addWidget(m_selectNone);
    buttons->addStretch(1);
    buttons->addWidget(m_whatLink);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_view);
    layout->addLayout(buttons);

    setTabOrder(m_view, m_selectAll);
    setTabOrder(m_selectAll, m_selectNone);
    setTabOrder(m_selectNone, m_whatLink);
    retranslate();
}

void CategoryPanel::fitColumns()
{
    // The titles are short; give them what they need and the rest to the description.
    m_view->resizeColumnToContents(CategoryModel::TitleColumn);
    m_view->setColumnWidth(CategoryModel::TitleColumn,
                           m_view->columnWidth(CategoryModel::TitleColumn) + fontMetrics().averageCharWidth() * 3);
    // As tall as the categories (up to a dozen): no empty rows, and no scrolling for the
    // usual nine.
    const int rows = qBound(3, m_model->rowCount(), 12);
    const int rowHeight = m_model->rowCount() > 0 ? m_view->sizeHintForRow(0) : fontMetrics().height() + 4;
    m_view->setFixedHeight(m_view->header()->sizeHint().height() + rows * rowHeight + 2 * m_view->frameWidth());
}

void CategoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->refreshTexts();
        fitColumns();
    }
    QWidget::changeEvent(event);
}

void CategoryPanel::retranslate()
{
    m_heading->setText(tr("&Choose what to collect:"));
    m_selectAll->setText(tr("Select all"));
    m_selectNone->setText(tr("Select none"));
    m_whatLink->setText(QStringLiteral("<a href=\"what\">%1</a>").arg(tr("What is collected?").toHtmlEscaped()));
    m_view->setAccessibleName(tr("Categories to collect"));
    m_selectAll->setAccessibleName(tr("Select all categories"));
    m_selectNone->setAccessibleName(tr("Select no category"));
    m_whatLink->setAccessibleName(tr("What is collected?"));
}

} // namespace lt::ui
