#include "aboutdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace lt::ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About LogTriage"));
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(tr("<h2>LogTriage %1</h2>").arg(QStringLiteral(LT_VERSION)), this);
    auto *purpose = new QLabel(tr("Collects Windows and Linux diagnostic logs into one bundle, "
                                  "finds the failures in them and explains how to fix them."), this);
    purpose->setWordWrap(true);

    // Each library's licence, as its authors publish it; LGPL libraries are linked dynamically.
    const QString libraries = QStringLiteral(
        "<table cellspacing='6'>"
        "<tr><td><b>Qt</b> %1</td><td>LGPL-3.0-only / GPL-2.0-or-later</td></tr>"
        "<tr><td><b>QuaZip</b> %2</td><td>LGPL-2.1-or-later (with static linking exception)</td></tr>"
        "<tr><td><b>KDE Frameworks SyntaxHighlighting</b> %3</td><td>MIT</td></tr>"
        "<tr><td><b>zlib</b></td><td>Zlib</td></tr>"
        "<tr><td><b>Noto Sans CJK</b></td><td>OFL-1.1</td></tr>"
        "</table>")
        .arg(QStringLiteral(QT_VERSION_STRING_AT_BUILD), QStringLiteral(QUAZIP_VERSION_AT_BUILD),
             QStringLiteral(KF6SH_VERSION_AT_BUILD));
    auto *libs = new QLabel(libraries, this);
    libs->setTextFormat(Qt::RichText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    layout->addWidget(title);
    layout->addWidget(purpose);
    layout->addSpacing(8);
    layout->addWidget(new QLabel(tr("Built with:"), this));
    layout->addWidget(libs);
    layout->addWidget(buttons);
}

} // namespace lt::ui
