#pragma once

#include "collect/collecttypes.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace lt::ui {

class ItemProgressModel;

// While collecting: a progress bar, the item being gathered, the elapsed time, every item
// with a live status icon, and 取消.
class ProgressPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ProgressPage(ItemProgressModel *items, QWidget *parent = nullptr);

    void begin(int itemsTotal);
    void setProgress(const collect::CollectProgress &progress, const QString &currentTitle);
    void setCancelling();
    void end();
    qint64 elapsedMs() const;
    QPushButton *cancelButton() const { return m_cancel; }

signals:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void showCurrentText();
    void retranslate();
    void updateElapsed();

    ItemProgressModel *m_items = nullptr;
    QLabel *m_title = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_current = nullptr;
    QLabel *m_elapsed = nullptr;
    QTreeView *m_view = nullptr;
    QPushButton *m_cancel = nullptr;
    QElapsedTimer m_clock;
    QTimer m_tick;
    QString m_currentTitle;
    QString m_currentText;   // before eliding
    bool m_cancelling = false;
};

} // namespace lt::ui
