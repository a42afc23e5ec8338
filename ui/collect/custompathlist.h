#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace lt::ui {

// Extra files or folders the helpdesk asked for (stored under custom/ in the bundle).
// Added with the buttons or by dropping them on the list; each shows its size, which for
// folders is summed on a worker thread so a big folder never freezes the window.
class CustomPathList final : public QWidget
{
    Q_OBJECT
public:
    explicit CustomPathList(QWidget *parent = nullptr);

    QStringList paths() const;
    void setPaths(const QStringList &paths);
    void addPaths(const QStringList &paths);   // duplicates and vanished paths are ignored
    // Size shown for `path` (-1 while a folder is still being measured).
    qint64 sizeOf(const QString &path) const;

signals:
    void pathsChanged();
    void sizeKnown(const QString &path, qint64 bytes);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void addFiles();
    void addFolder();
    void removeSelected();
    void measure(QTreeWidgetItem *item);
    void updateButtons();
    QTreeWidgetItem *itemFor(const QString &path) const;

    QLabel *m_heading = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_addFiles = nullptr;
    QPushButton *m_addFolder = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace lt::ui
