#include "outputchooser.h"

#include "collect/collector.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace lt::ui {

OutputChooser::OutputChooser(QWidget *parent)
    : QWidget(parent)
    , m_folderLabel(new QLabel(this))
    , m_folderEdit(new QLineEdit(this))
    , m_change(new QPushButton(this))
    , m_fileLabel(new QLabel(this))
    , m_fileName(new QLabel(this))
{
    m_folderEdit->setObjectName(QStringLiteral("outputFolderEdit"));
    m_folderEdit->setReadOnly(true);   // chosen with the dialog: no typos in a path
    m_folderLabel->setBuddy(m_change);
    m_change->setObjectName(QStringLiteral("changeOutputButton"));
    m_fileName->setObjectName(QStringLiteral("outputFileName"));
    m_fileName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_fileName->font();
    bold.setBold(true);
    m_fileName->setFont(bold);
    connect(m_change, &QPushButton::clicked, this, &OutputChooser::chooseFolder);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_folderLabel, 0, 0);
    layout->addWidget(m_folderEdit, 0, 1);
    layout->addWidget(m_change, 0, 2);
    layout->addWidget(m_fileLabel, 1, 0);
    layout->addWidget(m_fileName, 1, 1, 1, 2);
    layout->setColumnStretch(1, 1);
    retranslate();
}

void OutputChooser::setFolder(const QString &folder)
{
    const QString native = QDir::toNativeSeparators(folder);
    m_folderEdit->setText(native);
    m_folderEdit->setToolTip(native);
    if (m_folder == folder)
        return;
    m_folder = folder;
    refreshFileName();
    emit folderChanged(folder);
}

QString OutputChooser::bundlePathNow() const
{
    // defaultBundlePath() names the file (host + time); only its folder is the user's choice.
    const QString name = QFileInfo(collect::defaultBundlePath()).fileName();
    return QDir(QDir::fromNativeSeparators(m_folder)).filePath(name);
}

void OutputChooser::refreshFileName()
{
    m_fileName->setText(QFileInfo(collect::defaultBundlePath()).fileName());
}

void OutputChooser::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Where should the file be saved?"), m_folder);
    if (!dir.isEmpty())
        setFolder(dir);
}

void OutputChooser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OutputChooser::retranslate()
{
    m_folderLabel->setText(tr("&Save to:"));
    m_change->setText(tr("Change..."));
    m_fileLabel->setText(tr("File name:"));
    m_folderEdit->setAccessibleName(tr("Folder the file is saved to"));
    m_change->setAccessibleName(tr("Change the folder the file is saved to"));
    m_fileName->setAccessibleName(tr("Name of the file that will be written"));
}

} // namespace lt::ui
