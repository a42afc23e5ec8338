#pragma once

#include "collect/collecttypes.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace lt::ui {

// After collecting: where the zip is (打开文件夹 / 复制路径), its size, how many items made it,
// the ones that did not with a plain reason, and a button to open it in the viewer.
class ResultPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ResultPage(QWidget *parent = nullptr);

    // `adminItems`: ids of items that need administrator rights (from the profile).
    void showOutcome(const collect::CollectOutcome &outcome, const QSet<QString> &adminItems, bool elevated);

    int succeededCount() const { return m_succeeded; }
    int totalCount() const { return m_total; }
    QString bundlePath() const { return m_outcome.bundlePath; }
    // Per failed item: "title\treason", in the order shown.
    QStringList failedLines() const;
    QString summaryText() const;
    // Puts the keyboard focus on 打开文件夹 (or 返回 when no file was written).
    void focusMainAction();

signals:
    void openInViewerRequested(const QString &bundlePath);
    void collectAgainRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void openFolder();
    void copyPath();

    collect::CollectOutcome m_outcome;
    QSet<QString> m_adminItems;
    bool m_elevated = true;
    int m_succeeded = 0;
    int m_total = 0;

    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_sendHint = nullptr;
    QLabel *m_path = nullptr;
    QLabel *m_size = nullptr;
    QPushButton *m_openFolder = nullptr;
    QPushButton *m_copyPath = nullptr;
    QPushButton *m_openViewer = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_adminHint = nullptr;
    QLabel *m_failedHeading = nullptr;
    QTreeWidget *m_failed = nullptr;
    QPushButton *m_again = nullptr;
};

} // namespace lt::ui
