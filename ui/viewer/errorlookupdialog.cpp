#include "errorlookupdialog.h"

#include "triage/hresult.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lt::ui {

ErrorLookupDialog::ErrorLookupDialog(QWidget *parent)
    : QDialog(parent)
    , m_prompt(new QLabel(this))
    , m_input(new QLineEdit(this))
    , m_result(new QTextBrowser(this))
{
    m_input->setObjectName(QStringLiteral("lookupInput"));
    m_input->setClearButtonEnabled(true);
    m_input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_result->setObjectName(QStringLiteral("lookupResult"));
    m_result->setOpenExternalLinks(true);

    QStringList names;
    for (const lt::triage::ErrorEntry &e : lt::triage::ErrorCatalog::builtin().entries()) {
        names << e.name;
        names << e.aliases;
    }
    auto *completer = new QCompleter(names, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_input->setCompleter(completer);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_input);
    layout->addWidget(m_result, 1);
    layout->addWidget(buttons);
    connect(m_input, &QLineEdit::textChanged, this, &ErrorLookupDialog::update);
    resize(640, 520);
    retranslate();
}

void ErrorLookupDialog::lookup(const QString &text)
{
    m_input->setText(text);
    update();
}

void ErrorLookupDialog::lookupCode(quint32 code)
{
    lookup(QStringLiteral("0x") + QString::number(code, 16).rightJustified(8, u'0').toUpper());
}

QString ErrorLookupDialog::query() const
{
    return m_input->text();
}

QString ErrorLookupDialog::resultHtml() const
{
    return m_result->toHtml();
}

void ErrorLookupDialog::update()
{
    const QString text = m_input->text().trimmed();
    if (text.isEmpty()) {
        m_valid = false;
        m_result->setHtml(QStringLiteral("<p style=\"color:gray\">%1</p>")
                              .arg(tr("Examples: 0x80070005, 80070005, -2147024891, 5, E_ACCESSDENIED, "
                                      "0xC1900101-0x20017").toHtmlEscaped()));
        return;
    }
    const lt::triage::HResultDecoding d = lt::triage::decodeError(text);
    m_valid = d.valid;
    if (!d.valid) {
        m_result->setHtml(QStringLiteral("<p>%1</p>").arg(
            tr("\"%1\" is not an error code or a known error name.").arg(text).toHtmlEscaped()));
        return;
    }
    QString h = QStringLiteral("<h2 style=\"margin-bottom:2px\">%1</h2>").arg(d.displayName().toHtmlEscaped());
    if (d.entry && !d.entry->aliases.isEmpty())
        h += QStringLiteral("<p style=\"color:gray;margin-top:0\">%1</p>").arg(tr("Also known as: %1").arg(d.entry->aliases.join(QStringLiteral(", "))).toHtmlEscaped());
    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\">");
    auto row = [&h](const QString &key, const QString &value) {
        h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(key.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Code"), d.hexString());
    row(tr("Decimal"), tr("%1 (unsigned %2)").arg(qint32(d.value)).arg(d.value));
    row(tr("Severity"), d.isFailure ? tr("Failure") : tr("Success"));
    row(tr("Facility"), d.facilityName.isEmpty() ? QString::number(d.facility)
                                                 : QStringLiteral("%1 (%2)").arg(d.facilityName).arg(d.facility));
    row(tr("Code (low 16 bits)"), QStringLiteral("%1 (0x%2)").arg(d.code).arg(d.code, 4, 16, QLatin1Char('0')));
    if (d.win32Code) {
        // Like err.exe: the number with its Win32 name (5 ERROR_ACCESS_DENIED).
        row(tr("Win32 error"), d.win32Entry ? QStringLiteral("%1 %2").arg(*d.win32Code).arg(d.win32Entry->name)
                                            : QString::number(*d.win32Code));
    }
    if (d.customer)
        row(tr("Customer bit"), tr("set (not a Microsoft code)"));
    if (d.ntstatusMapped)
        row(tr("NTSTATUS bit"), tr("set (mapped from an NTSTATUS)"));
    if (d.extended)
        row(tr("Extended code"), QStringLiteral("0x%1 — %2").arg(*d.extended, 0, 16).arg(d.extendedDescription));
    h += QStringLiteral("</table>");

    if (d.entry) {
        auto section = [&h](const QString &title, const QString &message, const QString &hint) {
            if (message.isEmpty() && hint.isEmpty())
                return;
            h += QStringLiteral("<h3 style=\"margin-bottom:2px\">%1</h3><p style=\"margin-top:2px\">%2</p>")
                     .arg(title.toHtmlEscaped(), message.toHtmlEscaped());
            if (!hint.isEmpty())
                h += QStringLiteral("<p><i>%1</i></p>").arg(hint.toHtmlEscaped());
        };
        // The UI's language first; the other one stays for tickets written in it.
        if (QLocale().language() == QLocale::Chinese) {
            section(tr("Chinese"), d.entry->messageZh, d.entry->hintZh);
            section(tr("English"), d.entry->messageEn, d.entry->hintEn);
        } else {
            section(tr("English"), d.entry->messageEn, d.entry->hintEn);
            section(tr("Chinese"), d.entry->messageZh, d.entry->hintZh);
        }
    } else if (!d.systemMessage.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(d.systemMessage.toHtmlEscaped());
    } else {
        h += QStringLiteral("<p style=\"color:gray\">%1</p>").arg(tr("Not in the error catalog.").toHtmlEscaped());
    }
    m_result->setHtml(h);
}

void ErrorLookupDialog::retranslate()
{
    setWindowTitle(tr("Error code lookup"));
    m_prompt->setText(tr("Error code or name:"));
    m_input->setPlaceholderText(tr("e.g. 0x80070005 or E_ACCESSDENIED"));
    update();
}

void ErrorLookupDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace lt::ui
