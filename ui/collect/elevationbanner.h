#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QPushButton;

namespace lt::ui {

// Shown above the categories when ticked categories need administrator rights we do not
// have: names them, and offers to restart elevated (Windows) or shows the command to run
// as root (elsewhere).
class ElevationBanner final : public QFrame
{
    Q_OBJECT
public:
    explicit ElevationBanner(QWidget *parent = nullptr);

    // Titles of the ticked categories that need rights; the banner hides when empty.
    void setCategories(const QStringList &titles);
    void setRestartArguments(const QStringList &arguments) { m_arguments = arguments; retranslate(); }
    QString text() const;

signals:
    void restartRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QStringList m_titles;
    QStringList m_arguments;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_action = nullptr;
};

} // namespace lt::ui
