#include "diagnosispanel.h"

#include "severitystyle.h"
#include "triage/hresult.h"
#include "triage/reportexporter.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace lt::ui {

using lt::triage::Diagnosis;

namespace {

QLabel *wrapped(const QString &text, QWidget *parent, Qt::TextFormat format = Qt::PlainText)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(format);
    label->setText(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    return label;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString codeHex(quint32 code)
{
    return QStringLiteral("0x") + QString::number(code, 16).rightJustified(8, u'0').toUpper();
}

} // namespace

DiagnosisPanel::DiagnosisPanel(QWidget *parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
    , m_content(new QWidget)
{
    m_cards = new QVBoxLayout(m_content);
    m_cards->setContentsMargins(8, 8, 8, 8);
    m_cards->setSpacing(12);
    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    rebuild();
}

void DiagnosisPanel::setDiagnoses(const QList<Diagnosis> &diagnoses)
{
    m_diagnoses = diagnoses;
    rebuild();
}

void DiagnosisPanel::setAnalysing(bool analysing)
{
    if (analysing == m_analysing)
        return;
    m_analysing = analysing;
    rebuild();
}

void DiagnosisPanel::scrollToDiagnosis(int index)
{
    if (index < 0 || index >= m_cardWidgets.size())
        return;
    m_content->adjustSize();
    m_scroll->verticalScrollBar()->setValue(m_cardWidgets[index]->y() - 8);
}

void DiagnosisPanel::copyText(const QString &text)
{
    QApplication::clipboard()->setText(text);
    emit copied(text);
}

void DiagnosisPanel::rebuild()
{
    while (QLayoutItem *item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_cardWidgets.clear();
    if (m_diagnoses.isEmpty()) {
        auto *empty = wrapped(m_analysing ? tr("Analysing… diagnoses appear when all files are read.")
                                          : tr("No known cause was recognised. Check the findings list for the "
                                               "errors that were found, and look them up with the error code lookup."),
                              m_content);
        empty->setObjectName(QStringLiteral("diagnosisEmpty"));
        empty->setAlignment(Qt::AlignCenter);
        empty->setEnabled(false);
        m_cards->addWidget(empty);
    }
    for (int i = 0; i < m_diagnoses.size(); ++i) {
        QWidget *card = createCard(i + 1, m_diagnoses[i]);
        m_cardWidgets.append(card);
        m_cards->addWidget(card);
    }
    m_cards->addStretch(1);
}

QWidget *DiagnosisPanel::createCopyRow(const QString &text, bool registry, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *field = new QLineEdit(text, row);
    field->setReadOnly(true);
    field->setCursorPosition(0);
    field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Long registry paths do not fit: the tooltip shows the whole value.
    field->setToolTip(text);
    auto *copy = new QToolButton(row);
    copy->setObjectName(registry ? QStringLiteral("copyRegistryButton") : QStringLiteral("copyCommandButton"));
    copy->setProperty("copyText", text);
    copy->setText(tr("Copy"));
    copy->setToolTip(registry ? tr("Copy the registry value") : tr("Copy the command"));
    connect(copy, &QToolButton::clicked, this, [this, text] { copyText(text); });
    layout->addWidget(field, 1);
    layout->addWidget(copy);
    return row;
}

QWidget *DiagnosisPanel::createCard(int rank, const Diagnosis &d)
{
    const QPalette pal = palette();
    const QColor accent = severitystyle::color(lt::triage::Severity::Error, pal);
    auto *card = new QFrame(m_content);
    card->setObjectName(QStringLiteral("diagnosisCard"));
    card->setProperty("ruleId", d.ruleId);
    card->setStyleSheet(QStringLiteral("#diagnosisCard { border: 1px solid palette(mid); border-left: 6px solid %1;"
                                       " border-radius: 6px; background: palette(alternate-base); }")
                            .arg(accent.name()));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(6);

    // Title row: rank, title, confidence, copy-for-ticket.
    auto *titleRow = new QHBoxLayout;
    auto *title = wrapped(tr("%1. %2").arg(rank).arg(d.title.text()), card);
    title->setObjectName(QStringLiteral("diagnosisTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *confidence = new QLabel(tr("Confidence %1%").arg(d.confidence), card);
    confidence->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 9px; padding: 2px 8px; }")
                                  .arg(accent.name(), severitystyle::isDark(pal) ? QStringLiteral("#101010") : QStringLiteral("white")));
    auto *copyAll = new QPushButton(tr("Copy for ticket"), card);
    copyAll->setObjectName(QStringLiteral("copyDiagnosisButton"));
    copyAll->setToolTip(tr("Copy this diagnosis as text, to paste into a ticket"));
    connect(copyAll, &QPushButton::clicked, this,
            [this, d] { copyText(lt::triage::ReportExporter::diagnosisText(d)); });
    titleRow->addWidget(title, 1);
    titleRow->addWidget(confidence, 0, Qt::AlignTop);
    titleRow->addWidget(copyAll, 0, Qt::AlignTop);
    layout->addLayout(titleRow);

    if (!d.codes.isEmpty()) {
        QStringList links;
        for (quint32 code : d.codes) {
            const lt::triage::HResultDecoding dec = lt::triage::decodeHResult(code);
            const QString name = dec.entry ? dec.entry->name : QString();
            links << QStringLiteral("<a href=\"code:%1\">%2</a>%3").arg(code).arg(codeHex(code),
                         name.isEmpty() ? QString() : QStringLiteral(" %1").arg(name.toHtmlEscaped()));
        }
        auto *codes = wrapped(tr("Error codes: %1").arg(links.join(QStringLiteral(", "))), card, Qt::RichText);
        connect(codes, &QLabel::linkActivated, this, [this](const QString &link) {
            emit errorCodeActivated(link.mid(5).toUInt());
        });
        layout->addWidget(codes);
    }
    layout->addWidget(wrapped(d.explanation.text(), card));

    if (!d.suspects.isEmpty()) {
        layout->addWidget(heading(tr("Suspects"), card));
        auto *suspects = wrapped(QStringLiteral("• ") + d.suspects.join(QStringLiteral("\n• ")), card);
        suspects->setObjectName(QStringLiteral("diagnosisSuspects"));
        layout->addWidget(suspects);
    }

    if (!d.evidence.isEmpty()) {
        layout->addWidget(heading(tr("Evidence"), card));
        const QString mono = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
        QStringList lines;
        for (int i = 0; i < d.evidence.size(); ++i) {
            const lt::triage::Evidence &e = d.evidence[i];
            lines << QStringLiteral("<a href=\"ev:%1\">%2:%3</a>&nbsp;&nbsp;<span style=\"font-family:'%4'\">%5</span>")
                         .arg(i).arg(e.file.toHtmlEscaped()).arg(e.line).arg(mono, e.text.trimmed().toHtmlEscaped());
        }
        auto *evidence = wrapped(lines.join(QStringLiteral("<br>")), card, Qt::RichText);
        evidence->setObjectName(QStringLiteral("diagnosisEvidence"));
        const QList<lt::triage::Evidence> ev = d.evidence;
        connect(evidence, &QLabel::linkActivated, this, [this, ev](const QString &link) {
            const int i = link.mid(3).toInt();
            if (i >= 0 && i < ev.size())
                emit evidenceActivated(ev[i].file, ev[i].line);
        });
        layout->addWidget(evidence);
    }

    if (!d.remediation.isEmpty()) {
        layout->addWidget(heading(tr("Remediation steps"), card));
        auto *steps = new QGridLayout;
        steps->setColumnStretch(1, 1);
        steps->setHorizontalSpacing(8);
        int row = 0;
        for (int i = 0; i < d.remediation.size(); ++i) {
            const lt::triage::RemediationStep &s = d.remediation[i];
            auto *number = new QLabel(QStringLiteral("%1.").arg(i + 1), card);
            QFont bold = number->font();
            bold.setBold(true);
            number->setFont(bold);
            steps->addWidget(number, row, 0, Qt::AlignTop | Qt::AlignRight);
            if (s.commands.size() > 1) {
                // A sequence (stop services, rename, start) is pasted in one go into cmd.
                auto *line = new QHBoxLayout;
                line->addWidget(wrapped(s.text.text(), card), 1);
                auto *all = new QToolButton(card);
                all->setObjectName(QStringLiteral("copyStepCommandsButton"));
                all->setText(tr("Copy all commands"));
                const QString joined = s.commands.join(u'\n');
                all->setProperty("copyText", joined);
                connect(all, &QToolButton::clicked, this, [this, joined] { copyText(joined); });
                line->addWidget(all, 0, Qt::AlignTop);
                steps->addLayout(line, row++, 1);
            } else {
                steps->addWidget(wrapped(s.text.text(), card), row++, 1);
            }
            for (const QString &c : s.commands)
                steps->addWidget(createCopyRow(c, false, card), row++, 1);
            for (const QString &r : s.registry)
                steps->addWidget(createCopyRow(r, true, card), row++, 1);
        }
        layout->addLayout(steps);
    }

    if (!d.references.isEmpty()) {
        QStringList refs;
        for (const QString &r : d.references)
            refs << QStringLiteral("<a href=\"%1\">%1</a>").arg(r.toHtmlEscaped());
        auto *references = wrapped(tr("References: %1").arg(refs.join(QStringLiteral("<br>"))), card, Qt::RichText);
        references->setOpenExternalLinks(true);
        layout->addWidget(references);
    }
    return card;
}

void DiagnosisPanel::changeEvent(QEvent *event)
{
    // LocalizedText picks zh or en from the default locale, and the card colours follow the
    // palette, so both changes need the cards rebuilt.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace lt::ui
