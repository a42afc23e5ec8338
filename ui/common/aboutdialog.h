#pragma once

#include <QDialog>

namespace lt::ui {

// Version, purpose and the licences of the libraries LogTriage ships with.
class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace lt::ui
