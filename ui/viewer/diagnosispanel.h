#pragma once

#include "triage/diagnosis.h"

#include <QWidget>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace lt::ui {

// The ranked diagnoses as cards: title and confidence, explanation, suspects, evidence lines
// (links to their place in the log), numbered remediation steps whose commands and registry
// values each have a copy button, and "copy for ticket".
class DiagnosisPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit DiagnosisPanel(QWidget *parent = nullptr);

    void setDiagnoses(const QList<lt::triage::Diagnosis> &diagnoses);
    void setAnalysing(bool analysing);
    const QList<lt::triage::Diagnosis> &diagnoses() const { return m_diagnoses; }
    void scrollToDiagnosis(int index);

signals:
    void evidenceActivated(const QString &file, qint64 line);
    void errorCodeActivated(quint32 code);
    void copied(const QString &what);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QWidget *createCard(int rank, const lt::triage::Diagnosis &diagnosis);
    QWidget *createCopyRow(const QString &text, bool registry, QWidget *parent);
    void copyText(const QString &text);

    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_cards = nullptr;
    QList<QWidget *> m_cardWidgets;
    QList<lt::triage::Diagnosis> m_diagnoses;
    bool m_analysing = false;
};

} // namespace lt::ui
