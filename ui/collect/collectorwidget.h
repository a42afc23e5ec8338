#pragma once

#include "collect/collecttypes.h"
#include "collect/profile.h"

#include <QWidget>

#include <optional>

class QStackedWidget;

namespace lt::collect {
class Collector;
}

namespace lt::ui {

class CategoryModel;
class ItemProgressModel;
class ProgressPage;
class ResultPage;
class StartPage;

// The 收集 page: categories, custom paths, output, then progress and the result (issue 6).
// It owns the engine (collect::Collector) and only presents what it reports; the window stays
// responsive because the engine works on its own threads.
class CollectorWidget final : public QWidget
{
    Q_OBJECT
public:
    enum class State { Start, Running, Result };

    explicit CollectorWidget(QWidget *parent = nullptr);
    ~CollectorWidget() override;

    // The profile offered: "windows", "linux" (embedded) or a JSON file; the platform's by default.
    bool setProfileSource(const QString &nameOrPath);
    // Collect the Windows profile from a copied tree (C:\ = fakeRoot) with recorded command
    // outputs (replayDir/<item-id>.txt): for tests, demos and the helpdesk's own training.
    void setSourceOverrides(const QString &fakeRoot, const QString &replayDir);
    // Whether we run with administrator/root rights; collect::isElevated() unless told.
    void setElevated(bool elevated);
    void setOutputFolder(const QString &folder);
    // Ticks exactly these categories (e.g. from --categories after a restart as administrator).
    void setCheckedCategories(const QStringList &ids);
    // The restart as administrator passes these too (another account has other settings).
    void setCustomPaths(const QStringList &paths);
    // `logtriage` arguments that reopen the collector with the current choices.
    QStringList restartArguments() const;

    State state() const;
    const collect::Profile *profile() const;
    CategoryModel *categoryModel() const { return m_categories; }
    // Starts collecting what is ticked; false when nothing is ticked or already running.
    bool startCollection();
    void cancelCollection();
    void showWhatIsCollected();

signals:
    // The user asked to open a finished bundle in the viewer.
    void openInViewerRequested(const QString &bundlePath);
    // A run ended (written, failed or cancelled); the result or start page is showing.
    void collectionFinished(const lt::collect::CollectOutcome &outcome);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void restoreSettings();
    void onSelectionChanged();
    void onItemStarted(const QString &itemId);
    void onProgress(const collect::CollectProgress &progress);
    void onFinished(const collect::CollectOutcome &outcome);
    void restartElevated();
    void showPage(QWidget *page);

    std::optional<collect::Profile> m_profile;
    QString m_profileSource;
    QString m_fakeRoot;
    QString m_replayDir;
    bool m_elevated = false;
    bool m_restoring = false;
    collect::CollectProgress m_lastProgress;

    collect::Collector *m_collector = nullptr;
    CategoryModel *m_categories = nullptr;
    ItemProgressModel *m_items = nullptr;
    QStackedWidget *m_pages = nullptr;
    StartPage *m_startPage = nullptr;
    ProgressPage *m_progressPage = nullptr;
    ResultPage *m_resultPage = nullptr;
};

} // namespace lt::ui
