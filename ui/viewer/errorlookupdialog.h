#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QTextBrowser;

namespace lt::ui {

// Tools ▸ Error code lookup: err.exe for the helpdesk. Accepts hex, decimal (signed or
// Win32), symbolic names and "0xC1900101-0x20017"; shows the HRESULT fields, the Win32
// mapping, the setup extended code and the catalog's Chinese and English text and hint.
class ErrorLookupDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ErrorLookupDialog(QWidget *parent = nullptr);

    void lookup(const QString &text);
    void lookupCode(quint32 code);
    QString query() const;
    // The decoding as shown, for tests and "copy".
    QString resultHtml() const;
    bool hasResult() const { return m_valid; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void update();

    QLabel *m_prompt = nullptr;
    QLineEdit *m_input = nullptr;
    QTextBrowser *m_result = nullptr;
    bool m_valid = false;
};

} // namespace lt::ui
