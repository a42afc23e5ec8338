#include "findingspanel.h"

#include "findingsfiltermodel.h"
#include "findingsmodel.h"
#include "severitystyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace lt::ui {

using lt::triage::Severity;

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new FindingsModel(this))
    , m_filter(new FindingsFilterModel(this))
    , m_view(new QTreeView(this))
    , m_search(new QLineEdit(this))
    , m_onlyCurrent(new QCheckBox(this))
{
    m_filter->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("findingsView"));
    m_view->setModel(m_filter);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FindingsModel::SeverityColumn, Qt::AscendingOrder);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    header->resizeSection(FindingsModel::SeverityColumn, 120);
    header->resizeSection(FindingsModel::CodeColumn, 100);
    header->resizeSection(FindingsModel::NameColumn, 170);
    header->resizeSection(FindingsModel::CountColumn, 56);
    header->resizeSection(FindingsModel::LocationColumn, 150);
    header->resizeSection(FindingsModel::TimeColumn, 140);

    m_search->setObjectName(QStringLiteral("findingsSearch"));
    m_search->setClearButtonEnabled(true);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_search, 1);
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setChecked(true);
        button->setIcon(severitystyle::icon(s));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        connect(button, &QToolButton::toggled, this, [this, s](bool on) { m_filter->setSeverityVisible(s, on); });
        m_severityButtons[int(s)] = button;
        bar->addWidget(button);
    }
    bar->addWidget(m_onlyCurrent);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &FindingsFilterModel::setText);
    connect(m_onlyCurrent, &QCheckBox::toggled, this,
            [this](bool on) { m_filter->setFile(on ? m_currentFile : QString()); });
    connect(m_view, &QTreeView::activated, this, &FindingsPanel::activate);
    connect(m_view, &QTreeView::clicked, this, &FindingsPanel::activate);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &FindingsPanel::showContextMenu);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &FindingsPanel::updateCounts);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FindingsPanel::updateCounts);
    retranslate();
}

void FindingsPanel::clear()
{
    m_model->clear();
}

void FindingsPanel::addFindings(const QList<lt::triage::Finding> &findings)
{
    const bool first = m_model->findingCount() == 0;
    m_model->addFindings(findings);
    if (first && !findings.isEmpty()) {
        // Open the errors group at once; warnings and notes stay folded until asked for.
        m_view->expand(m_filter->mapFromSource(m_model->index(0, 0)));
    }
}

void FindingsPanel::setCurrentFile(const QString &file)
{
    m_currentFile = file;
    if (m_onlyCurrent->isChecked())
        m_filter->setFile(file);
}

void FindingsPanel::activate(const QModelIndex &proxyIndex)
{
    const QModelIndex index = proxyIndex.siblingAtColumn(0);
    if (index.data(FindingsModel::IsGroupRole).toBool())
        return;
    emit findingActivated(index.data(FindingsModel::FileRole).toString(),
                          index.data(FindingsModel::LineRole).toLongLong());
}

void FindingsPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos).siblingAtColumn(0);
    if (!index.isValid() || index.data(FindingsModel::IsGroupRole).toBool())
        return;
    const quint32 code = index.data(FindingsModel::CodeRole).toUInt();
    QMenu menu(this);
    menu.addAction(tr("Show in log"), this, [this, index] { activate(index); });
    if (code != 0)
        menu.addAction(tr("Look up error code"), this, [this, code] { emit errorCodeActivated(code); });
    menu.addAction(tr("Copy"), this, [index] {
        QStringList cells;
        for (int c = 0; c < FindingsModel::ColumnCount; ++c)
            cells << index.siblingAtColumn(c).data().toString();
        QApplication::clipboard()->setText(cells.join(u'\t'));
    });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void FindingsPanel::updateCounts()
{
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info})
        m_severityButtons[int(s)]->setText(QStringLiteral("%1 %2").arg(severitystyle::groupLabel(s)).arg(m_model->totalCount(s)));
}

void FindingsPanel::retranslate()
{
    m_search->setPlaceholderText(tr("Filter findings by code, name, message or file"));
    m_onlyCurrent->setText(tr("Only the file on screen"));
    m_model->retranslate();
    updateCounts();
}

void FindingsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lt::ui
