#pragma once

#include "bundle/manifest.h"
#include "triage/triagereport.h"

#include <QWidget>

class QTextBrowser;
class QTimer;

namespace lt::ui {

// The first thing a helpdesk user sees after opening a bundle: what machine, when it was
// collected and how completely, the most likely causes with their confidence, and the files
// with the most errors. Links open a diagnosis or a file. Rendered as HTML from the palette
// so light and dark themes both read well; re-rendered (throttled) as triage progresses.
class SummaryPage final : public QWidget
{
    Q_OBJECT

public:
    struct Bundle {
        QString title;           // zip / folder / file name
        QString path;            // what was opened
        bool hasManifest = false;
        lt::bundle::Manifest manifest;
        int entryCount = 0;
        qint64 totalBytes = 0;
    };

    explicit SummaryPage(QWidget *parent = nullptr);

    void setBundle(const Bundle &bundle);
    void setProgress(int done, int total, bool running);
    void addFile(const lt::triage::FileReport &file);
    void setReport(const lt::triage::TriageReport &report);
    void clear();

    QString html() const;
    QTextBrowser *browser() const { return m_browser; }

signals:
    void diagnosisActivated(int index);
    void fileActivated(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleRender();
    void render();
    QString statusBanner() const;
    QString systemTable() const;
    QString collectionTable() const;
    QString diagnosesSection() const;
    QString filesSection() const;
    QString failedSection() const;

    QTextBrowser *m_browser = nullptr;
    QTimer *m_renderTimer = nullptr;
    Bundle m_bundle;
    QList<lt::triage::FileReport> m_files;
    QList<lt::triage::Diagnosis> m_diagnoses;
    QList<lt::bundle::ManifestItem> m_failedItems;
    QStringList m_errors;
    int m_done = 0;
    int m_total = 0;
    bool m_running = false;
};

} // namespace lt::ui
