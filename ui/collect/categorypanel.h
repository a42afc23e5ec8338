#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace lt::ui {

class CategoryModel;

// The category check list with 全选 / 全不选 and the 收集什么信息？ link.
class CategoryPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit CategoryPanel(CategoryModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }

signals:
    void whatIsCollectedRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fitColumns();

    CategoryModel *m_model = nullptr;
    QLabel *m_heading = nullptr;
    QTreeView *m_view = nullptr;
    QPushButton *m_selectAll = nullptr;
    QPushButton *m_selectNone = nullptr;
    QLabel *m_whatLink = nullptr;
};

} // namespace lt::ui
