#pragma once

#include "collect/profile.h"

#include <QDialog>

class QTextBrowser;
class QDialogButtonBox;

namespace lt::ui {

// 收集什么信息？: per category, what is gathered and why. Generated from the profile (category
// descriptions, Item::describe()), so it can never disagree with what the engine does.
class WhatIsCollectedDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit WhatIsCollectedDialog(const collect::Profile &profile, QWidget *parent = nullptr);

    // The HTML shown, built from the profile in the current UI language.
    static QString toHtml(const collect::Profile &profile);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    collect::Profile m_profile;
    QTextBrowser *m_browser = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lt::ui
