#include "summarypage.h"

#include "bundletreemodel.h"
#include "severitystyle.h"

#include <QEvent>
#include <QLocale>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace lt::ui {

using lt::triage::Severity;

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// In the collecting PC's own time zone (as the manifest records it), which is what the user
// reported and what its logs use, not the helpdesk's.
QString timeText(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const int offset = t.offsetFromUtc();
    const QString zone = QStringLiteral("UTC%1%2:%3").arg(offset < 0 ? QChar(u'-') : QChar(u'+'))
                             .arg(qAbs(offset) / 3600, 2, 10, QLatin1Char('0'))
                             .arg(qAbs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1 (%2)").arg(t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), zone);
}

} // namespace

SummaryPage::SummaryPage(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
    , m_renderTimer(new QTimer(this))
{
    m_browser->setObjectName(QStringLiteral("summaryBrowser"));
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    // Files arrive by the hundred on a big bundle; one render per 150 ms is plenty.
    m_renderTimer->setSingleShot(true);
    m_renderTimer->setInterval(150);
    connect(m_renderTimer, &QTimer::timeout, this, &SummaryPage::render);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"diag")
            emit diagnosisActivated(url.path().toInt());
        else if (url.scheme() == u"file")
            emit fileActivated(QUrl::fromPercentEncoding(url.path().toUtf8()));
    });
    render();
}

void SummaryPage::clear()
{
    m_bundle = {};
    m_files.clear();
    m_diagnoses.clear();
    m_failedItems.clear();
    m_errors.clear();
    m_done = m_total = 0;
    m_running = false;
    render();
}

void SummaryPage::setBundle(const Bundle &bundle)
{
    m_bundle = bundle;
    m_failedItems = bundle.manifest.failedItems();
    render();
}

void SummaryPage::setProgress(int done, int total, bool running)
{
    m_done = done;
    m_total = total;
    m_running = running;
    scheduleRender();
}

void SummaryPage::addFile(const lt::triage::FileReport &file)
{
    m_files.append(file);
    scheduleRender();
}

void SummaryPage::setReport(const lt::triage::TriageReport &report)
{
    m_files = report.files;
    m_diagnoses = report.diagnoses;
    m_failedItems = report.failedItems;
    m_errors = report.errors;
    m_running = false;
    render();
}

QString SummaryPage::html() const
{
    return m_browser->toHtml();
}

void SummaryPage::scheduleRender()
{
    if (!m_renderTimer->isActive())
        m_renderTimer->start();
}

QString SummaryPage::statusBanner() const
{
    const QPalette pal = palette();
    int errors = 0;
    for (const auto &f : m_files)
        errors += f.errors;
    QColor color;
    QString text;
    if (!m_diagnoses.isEmpty()) {
        color = severitystyle::color(Severity::Error, pal);
        text = tr("%n likely cause(s) found — see the diagnoses below.", nullptr, int(m_diagnoses.size()));
    } else if (m_running) {
        color = severitystyle::color(Severity::Info, pal);
        text = m_total > 0 ? tr("Analysing… %1 of %2 files read.").arg(m_done).arg(m_total) : tr("Analysing…");
    } else if (errors > 0) {
        color = severitystyle::color(Severity::Warning, pal);
        text = tr("No known cause was recognised, but %n error(s) were found. See the findings.", nullptr, errors);
    } else if (!m_files.isEmpty()) {
        color = QColor(0x1a, 0x7f, 0x37);
        text = tr("No errors were found in the logs.");
    } else {
        return {};
    }
    const QString fg = severitystyle::isDark(pal) ? QStringLiteral("#101010") : QStringLiteral("#ffffff");
    return QStringLiteral("<table width=\"100%\" cellpadding=\"10\" cellspacing=\"0\"><tr><td bgcolor=\"%1\">"
                          "<span style=\"color:%2; font-size:large; font-weight:600\">%3</span></td></tr></table>")
        .arg(color.name(), fg, esc(text));
}

QString SummaryPage::systemTable() const
{
    const lt::bundle::Manifest &m = m_bundle.manifest;
    QString rows;
    auto row = [&rows](const QString &key, const QString &value) {
        if (!value.isEmpty())
            rows += QStringLiteral("<tr><td style=\"color:gray\">%1</td><td>%2</td></tr>").arg(esc(key), esc(value));
    };
    row(tr("Computer"), m.host);
    row(tr("Operating system"), m.osVersion);
    if (m.elevated)
        row(tr("Collected as administrator"), *m.elevated ? tr("Yes") : tr("No — some items may be missing"));
    row(tr("Collection started"), timeText(m.started));
    row(tr("Collection finished"), timeText(m.finished));
    row(tr("Profile"), m.profile);
    row(tr("Collector version"), m.toolVersion);
    if (rows.isEmpty())
        rows = QStringLiteral("<tr><td style=\"color:gray\">%1</td></tr>").arg(esc(tr("No manifest.json: this is not a collector bundle.")));
    return QStringLiteral("<h3>%1</h3><table cellpadding=\"3\" cellspacing=\"0\">%2</table>").arg(esc(tr("System")), rows);
}

QString SummaryPage::collectionTable() const
{
    QString rows;
    auto row = [&rows](const QString &key, const QString &value, const QString &color = {}) {
        rows += QStringLiteral("<tr><td style=\"color:gray\">%1</td><td%3>%2</td></tr>")
                    .arg(esc(key), esc(value), color.isEmpty() ? QString() : QStringLiteral(" style=\"color:%1\"").arg(color));
    };
    const auto &items = m_bundle.manifest.items;
    if (m_bundle.hasManifest) {
        int ok = 0;
        QMap<QString, int> byStatus;
        for (const auto &i : items) {
            if (i.isOk())
                ++ok;
            else
                ++byStatus[i.status];
        }
        row(tr("Items collected"), tr("%1 of %2").arg(ok).arg(items.size()));
        const QString warn = severitystyle::color(Severity::Warning, palette()).name();
        for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
            row(tr("Items %1").arg(BundleTreeModel::statusLabel(it.key())), QString::number(it.value()), warn);
    }
    row(tr("Files in bundle"), QString::number(m_bundle.entryCount));
    row(tr("Total size"), QLocale().formattedDataSize(m_bundle.totalBytes));
    int errors = 0, warnings = 0;
    for (const auto &f : m_files) {
        errors += f.errors;
        warnings += f.warnings;
    }
    row(tr("Errors"), QString::number(errors), errors ? severitystyle::color(Severity::Error, palette()).name() : QString());
    row(tr("Warnings"), QString::number(warnings), warnings ? severitystyle::color(Severity::Warning, palette()).name() : QString());
    return QStringLiteral("<h3>%1</h3><table cellpadding=\"3\" cellspacing=\"0\">%2</table>").arg(esc(tr("Collection")), rows);
}

QString SummaryPage::diagnosesSection() const
{
    if (m_diagnoses.isEmpty())
        return {};
    const QPalette pal = palette();
    const QString accent = severitystyle::color(Severity::Error, pal).name();
    const QString track = pal.color(QPalette::Midlight).name();
    QString h = QStringLiteral("<h2>%1</h2><table width=\"100%\" cellpadding=\"6\" cellspacing=\"0\">").arg(esc(tr("Likely causes")));
    for (int i = 0; i < std::min<qsizetype>(m_diagnoses.size(), 5); ++i) {
        const auto &d = m_diagnoses[i];
        const int conf = std::clamp(d.confidence, 0, 100);
        // A bar drawn with two table cells: QTextBrowser has no CSS widths on spans.
        const QString bar = QStringLiteral("<table width=\"120\" cellspacing=\"0\" cellpadding=\"0\" height=\"8\"><tr>"
                                           "<td width=\"%1\" bgcolor=\"%2\" height=\"8\"></td><td width=\"%3\" bgcolor=\"%4\" height=\"8\"></td></tr></table>")
                                .arg(qMax(1, conf * 120 / 100)).arg(accent).arg(qMax(1, 120 - conf * 120 / 100)).arg(track);
        QString suspects;
        const QString title = d.title.text();
        const bool named = std::any_of(d.suspects.cbegin(), d.suspects.cend(),
                                       [&title](const QString &s) { return title.contains(s.section(u' ', 0, 0)); });
        if (!d.suspects.isEmpty() && !named)
            suspects = QStringLiteral("<br><span style=\"color:gray\">%1</span>").arg(esc(tr("Suspects: %1").arg(d.suspects.join(QStringLiteral(", ")))));
        h += QStringLiteral("<tr><td width=\"28\" valign=\"top\" style=\"white-space:nowrap\"><b>%1.</b></td><td valign=\"top\"><a href=\"diag:%2\"><b>%3</b></a>%4</td>"
                            "<td width=\"130\" valign=\"top\">%5<span style=\"color:gray\">%6</span></td></tr>")
                 .arg(i + 1).arg(i).arg(esc(title), suspects, bar, esc(tr("confidence %1%").arg(conf)));
    }
    return h + QStringLiteral("</table>");
}

QString SummaryPage::filesSection() const
{
    QList<const lt::triage::FileReport *> ranked;
    for (const auto &f : m_files) {
        if (f.errors > 0 || f.warnings > 0 || !f.error.isEmpty())
            ranked.append(&f);
    }
    if (ranked.isEmpty())
        return {};
    std::stable_sort(ranked.begin(), ranked.end(), [](auto *a, auto *b) {
        return a->errors != b->errors ? a->errors > b->errors : a->warnings > b->warnings;
    });
    const QPalette pal = palette();
    const QString red = severitystyle::color(Severity::Error, pal).name();
    const QString amber = severitystyle::color(Severity::Warning, pal).name();
    QString h = QStringLiteral("<h2>%1</h2><table cellpadding=\"4\" cellspacing=\"0\">"
                               "<tr><th align=\"left\">%2</th><th align=\"left\">%3</th><th align=\"right\">%4</th><th align=\"right\">%5</th></tr>")
                    .arg(esc(tr("Files with errors and warnings")), esc(tr("File")), esc(tr("Format")), esc(tr("Errors")), esc(tr("Warnings")));
    for (qsizetype i = 0; i < std::min<qsizetype>(ranked.size(), 8); ++i) {
        const auto *f = ranked[i];
        const QString href = QStringLiteral("file:") + QString::fromUtf8(QUrl::toPercentEncoding(f->path, "/"));
        QString name = QStringLiteral("<a href=\"%1\">%2</a>").arg(href, esc(f->path));
        if (!f->error.isEmpty())
            name += QStringLiteral(" <span style=\"color:gray\">(%1)</span>").arg(esc(tr("could not be read: %1").arg(f->error)));
        h += QStringLiteral("<tr><td>%1</td><td style=\"color:gray\">%2</td><td align=\"right\" style=\"color:%3\"><b>%4</b></td>"
                            "<td align=\"right\" style=\"color:%5\">%6</td></tr>")
                 .arg(name, esc(lt::triage::formatDisplayName(f->format)), red).arg(f->errors).arg(amber).arg(f->warnings);
    }
    return h + QStringLiteral("</table>");
}

QString SummaryPage::failedSection() const
{
    if (m_failedItems.isEmpty())
        return {};
    QString h = QStringLiteral("<h2>%1</h2><table cellpadding=\"3\" cellspacing=\"0\">").arg(esc(tr("Not collected")));
    const QString amber = severitystyle::color(Severity::Warning, palette()).name();
    for (const auto &i : m_failedItems) {
        const QString name = i.files.isEmpty() ? (i.title.isEmpty() ? i.id : i.title) : i.files.front().section(u'/', -1);
        h += QStringLiteral("<tr><td>%1</td><td style=\"color:%2\">%3</td><td style=\"color:gray\">%4</td></tr>")
                 .arg(esc(name), amber, esc(BundleTreeModel::statusLabel(i.status)), esc(i.reason));
    }
    return h + QStringLiteral("</table>");
}

void SummaryPage::render()
{
    if (m_bundle.title.isEmpty()) {
        m_browser->setHtml(QStringLiteral("<div align=\"center\" style=\"margin-top:80px\"><h2>%1</h2><p style=\"color:gray\">%2</p></div>")
                               .arg(esc(tr("Nothing opened yet")),
                                    esc(tr("Open a bundle (.zip), a folder or log files with File ▸ Open, or drop them here."))));
        return;
    }
    QString h = QStringLiteral("<h1 style=\"margin-bottom:0\">%1</h1><p style=\"color:gray;margin-top:2px\">%2</p>")
                    .arg(esc(m_bundle.manifest.host.isEmpty() ? m_bundle.title : m_bundle.manifest.host), esc(m_bundle.path));
    h += statusBanner();
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"55%\" valign=\"top\">%1</td>"
                        "<td valign=\"top\">%2</td></tr></table>").arg(systemTable(), collectionTable());
    h += diagnosesSection();
    h += filesSection();
    h += failedSection();
    for (const QString &e : m_errors)
        h += QStringLiteral("<p style=\"color:%1\">%2</p>").arg(severitystyle::color(Severity::Error, palette()).name(), esc(e));
    // Re-rendering while triage runs must not yank the page back to the top.
    const int scroll = m_browser->verticalScrollBar()->value();
    m_browser->setHtml(h);
    m_browser->verticalScrollBar()->setValue(scroll);
}

void SummaryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace lt::ui
