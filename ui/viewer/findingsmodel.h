#pragma once

#include "triage/finding.h"

#include <QAbstractItemModel>
#include <QList>

#include <array>

namespace lt::ui {

// Findings grouped by severity, Wireshark "Expert Info" style: three group rows (errors,
// warnings, notes) with their totals, each holding its findings. Filled incrementally as
// files are triaged, so the panel is useful before the whole bundle is done.
class FindingsModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, CodeColumn, NameColumn, CountColumn, LocationColumn, TimeColumn,
                  MessageColumn, ColumnCount };
    enum Role {
        IsGroupRole = Qt::UserRole + 1,
        SeverityRole,   // int(lt::triage::Severity)
        FileRole,
        LineRole,       // qint64, 1-based
        CodeRole,       // quint32
        CountRole,
        TimestampRole,  // QDateTime
        SortRole,       // per-column sort key
    };

    explicit FindingsModel(QObject *parent = nullptr);

    void clear();
    // After a language change: headers and labels are translated when asked for.
    void retranslate();
    void addFindings(const QList<lt::triage::Finding> &findings);
    int totalCount(lt::triage::Severity severity) const;   // sum of finding counts
    int findingCount() const;
    const lt::triage::Finding *findingAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static constexpr quintptr GroupId = quintptr(-1);
    static lt::triage::Severity groupSeverity(int row);   // row 0 = Error, 1 = Warning, 2 = Info
    static int groupRow(lt::triage::Severity severity);
    static QString displayName(const lt::triage::Finding &finding);
    QVariant groupData(int row, int column, int role) const;
    QVariant findingData(const lt::triage::Finding &finding, int column, int role) const;

    std::array<QList<lt::triage::Finding>, 3> m_groups;
};

} // namespace lt::ui
