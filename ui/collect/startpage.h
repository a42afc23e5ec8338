#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace lt::ui {

class CategoryModel;
class CategoryPanel;
class CustomPathList;
class ElevationBanner;
class OutputChooser;

// The first page: what to collect, extra paths, where the file goes, and the big 收集 button.
class StartPage final : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(CategoryModel *categories, QWidget *parent = nullptr);

    CategoryPanel *categoryPanel() const { return m_categoryPanel; }
    CustomPathList *customPaths() const { return m_customPaths; }
    OutputChooser *output() const { return m_output; }
    ElevationBanner *elevationBanner() const { return m_banner; }
    QPushButton *collectButton() const { return m_collect; }

    // A one-line note above the button (e.g. "Cancelled, nothing was saved"); empty hides it.
    void setNotice(const QString &text, bool isError = false);
    QString notice() const;
    // The 收集 button is only enabled when there is something to collect.
    void setCollectEnabled(bool enabled);

signals:
    void collectRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    ElevationBanner *m_banner = nullptr;
    CategoryPanel *m_categoryPanel = nullptr;
    CustomPathList *m_customPaths = nullptr;
    OutputChooser *m_output = nullptr;
    QLabel *m_notice = nullptr;
    QPushButton *m_collect = nullptr;
};

} // namespace lt::ui
