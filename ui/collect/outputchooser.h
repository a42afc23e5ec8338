#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace lt::ui {

// Where the zip goes: the desktop unless the user picks another folder, and the name of the
// file that will appear there, so the user knows what to look for and send.
class OutputChooser final : public QWidget
{
    Q_OBJECT
public:
    explicit OutputChooser(QWidget *parent = nullptr);

    QString folder() const { return m_folder; }
    void setFolder(const QString &folder);
    // The full path to write now: folder + logtriage-HOST-<now>.zip.
    QString bundlePathNow() const;
    // Refreshes the shown file name (its time stamp) — called when the page is shown.
    void refreshFileName();

signals:
    void folderChanged(const QString &folder);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void chooseFolder();

    QString m_folder;
    QLabel *m_folderLabel = nullptr;
    QLineEdit *m_folderEdit = nullptr;
    QPushButton *m_change = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_fileName = nullptr;
};

} // namespace lt::ui
