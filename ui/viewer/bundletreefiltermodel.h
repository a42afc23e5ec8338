#pragma once

#include <QSortFilterProxyModel>

namespace lt::ui {

// Filters the bundle tree by name (folders stay when a descendant matches) and optionally to
// files with findings; sorts folders before files, sizes and counts numerically.
class BundleTreeFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit BundleTreeFilterModel(QObject *parent = nullptr);

    void setOnlyWithIssues(bool only);
    bool onlyWithIssues() const { return m_onlyWithIssues; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_onlyWithIssues = false;
};

} // namespace lt::ui
