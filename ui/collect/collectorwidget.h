#pragma once

#include <QWidget>

class QLabel;

namespace lt::ui {

// The 收集 page: categories, custom paths, output, progress and result (issue 6).
class CollectorWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit CollectorWidget(QWidget *parent = nullptr);

signals:
    // The user asked to open a finished bundle in the viewer.
    void openInViewerRequested(const QString &bundlePath);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *m_placeholder = nullptr;
};

} // namespace lt::ui
