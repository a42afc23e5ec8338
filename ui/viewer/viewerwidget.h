#pragma once

#include <QWidget>

class QLabel;

namespace lt::ui {

// The 查看/分析 page: bundle tree, log view, findings and diagnoses (issue 7).
class ViewerWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit ViewerWidget(QWidget *parent = nullptr);

    // Opens a bundle zip, a folder or single log files.
    void openPaths(const QStringList &paths);
    QStringList openedPaths() const { return m_opened; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *m_placeholder = nullptr;
    QStringList m_opened;
};

} // namespace lt::ui
