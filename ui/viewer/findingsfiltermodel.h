#pragma once

#include "triage/finding.h"

#include <QSortFilterProxyModel>

namespace lt::ui {

// Filters findings by text (code, name, message, file), by severity and optionally to one
// file; hides empty severity groups and keeps the groups in Error, Warning, Info order
// whatever column the findings are sorted by.
class FindingsFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FindingsFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setSeverityVisible(lt::triage::Severity severity, bool visible);
    bool isSeverityVisible(lt::triage::Severity severity) const;
    void setFile(const QString &file);   // empty: all files

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool acceptsFinding(const QModelIndex &sourceIndex) const;

    QString m_text;
    QString m_file;
    bool m_visible[3] = {true, true, true};   // indexed by int(Severity)
};

} // namespace lt::ui
