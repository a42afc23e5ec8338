#pragma once

#include "triage/finding.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QTreeView;

namespace lt::ui {

class FindingsFilterModel;
class FindingsModel;

// The findings table: grouped by severity, sortable, filterable by text, severity and the
// file on screen. Activating a finding asks the shell to show its line.
class FindingsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    void clear();
    void addFindings(const QList<lt::triage::Finding> &findings);
    // The file shown in the log view; used by "only this file".
    void setCurrentFile(const QString &file);

    FindingsModel *model() const { return m_model; }
    FindingsFilterModel *filterModel() const { return m_filter; }
    QTreeView *view() const { return m_view; }

signals:
    void findingActivated(const QString &file, qint64 line);
    void errorCodeActivated(quint32 code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCounts();
    void activate(const QModelIndex &proxyIndex);
    void showContextMenu(const QPoint &pos);

    FindingsModel *m_model = nullptr;
    FindingsFilterModel *m_filter = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_severityButtons[3] = {};   // indexed by int(Severity)
    QCheckBox *m_onlyCurrent = nullptr;
    QString m_currentFile;
};

} // namespace lt::ui
