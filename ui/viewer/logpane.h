#pragma once

#include "linemarker.h"
#include "triage/logformat.h"

#include <QList>
#include <QString>
#include <QWidget>

namespace KSyntaxHighlighting {
class Repository;
}

namespace lt::ui {

class FindBar;
class LogSearch;
class LogView;

// One log file on screen: the virtualized LogView plus the find bar, the filter and level
// controls and a status line (encoding, line count, indexing progress).
class LogPane final : public QWidget
{
    Q_OBJECT

public:
    explicit LogPane(KSyntaxHighlighting::Repository *repository, QWidget *parent = nullptr);
    ~LogPane() override;

    // A local file (the shell extracts zip members to a temp dir first). Returns at once; the
    // first screen shows before indexing ends. `format` picks the syntax definition.
    void openFile(const QString &localPath, const QString &displayName,
                  lt::triage::LogFormat format);
    void close();

    // Findings: scrollbar markers and the "only lines with findings" filter.
    void setMarkers(const QList<LineMarker> &markers);
    // 1-based; selects and centres the line (clears a filter hiding it).
    void goToLine(qint64 line);
    // 1-based line of the cursor, 0 when nothing is open.
    qint64 currentLine() const;
    QString displayName() const;

    LogView *view() const { return m_view; }
    FindBar *findBar() const { return m_findBar; }

signals:
    // The user clicked an HRESULT token: open the error lookup.
    void errorCodeActivated(quint32 code);
    void currentLineChanged(qint64 line);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Private;
    void retranslate();
    void askGoToLine();
    void restartFind();
    void findStep(int step);
    void onHits(LogSearch *search);
    void applyFilter();
    void updateFindStatus();
    void updateStatus();

    LogView *m_view = nullptr;
    FindBar *m_findBar = nullptr;
    Private *d = nullptr;
};

} // namespace lt::ui
