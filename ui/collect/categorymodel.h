#pragma once

#include "collect/profile.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace lt::ui {

// The profile's categories as checkable rows: column 0 is the title with its check box
// (and a shield when it needs administrator rights we do not have), column 1 says what it
// is. The model is the one place that knows which categories are ticked.
class CategoryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, DescriptionColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, NeedsAdminRole };

    explicit CategoryModel(QObject *parent = nullptr);

    void setProfile(const collect::Profile &profile);
    void setElevated(bool elevated);

    QStringList checkedIds() const;           // in profile order
    void setCheckedIds(const QStringList &ids);   // unknown ids are ignored
    void setAllChecked(bool checked);
    // Ticked categories that need administrator rights, as titles (for the banner).
    QStringList checkedAdminTitles() const;
    // Re-reads titles after a language switch (Category::title() follows QLocale()).
    void refreshTexts();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void checkedChanged();

private:
    QList<collect::Category> m_categories;
    QList<bool> m_checked;
    bool m_elevated = true;
};

} // namespace lt::ui
