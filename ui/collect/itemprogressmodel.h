#pragma once

#include "collect/collecttypes.h"
#include "collect/profile.h"
#include "itemstatuspresentation.h"

#include <QAbstractTableModel>
#include <QList>

namespace lt::ui {

// The items of one collection run and where each one is (waiting, running, done with a
// status). Rows are known up front from the profile; items the engine adds on its own
// (custom paths) are appended when they start.
class ItemProgressModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, StatusColumn, ColumnCount };

    explicit ItemProgressModel(QObject *parent = nullptr);

    void reset(const QList<collect::Item> &items);
    void markStarted(const QString &itemId);
    void markFinished(const collect::ItemResult &result);
    // Everything not finished becomes Cancelled (after a cancel).
    void markUnfinishedCancelled();

    int countDone() const;
    // Titles of the items being gathered right now (several run in parallel), in list order.
    QStringList runningTitles() const;
    int rowOf(const QString &itemId) const;   // -1 when unknown

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void refreshTexts();

private:
    struct Row {
        QString id;
        QString title;
        ItemStatusPresentation::Phase phase = ItemStatusPresentation::Phase::Pending;
        collect::ItemStatus status = collect::ItemStatus::Ok;
        QString reason;
    };
    void rowChanged(int row);

    QList<collect::Item> m_items;   // for titles in the current language
    QList<Row> m_rows;
};

} // namespace lt::ui
