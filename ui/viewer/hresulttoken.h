#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace lt::ui {

// An error code written in a log line: 0x80070005, hr=8024402c, HRESULT=800F081F, [80072F8F].
struct HResultToken {
    qsizetype start = 0;    // UTF-16 offset of the code text (hex digits, with "0x" if written)
    qsizetype length = 0;
    quint32 code = 0;
};

// Finds the failure codes (bit 31 set) in a line; success codes and other 8-digit numbers
// (timestamps, session ids) are skipped: without "0x" a code needs hr=, HRESULT= or [ before it.
QList<HResultToken> findHResultTokens(QStringView line);

// "E_ACCESSDENIED (0x80070005)\nAccess is denied.\nFacility: WIN32, code 5" for tooltips.
QString hresultTooltip(quint32 code);

} // namespace lt::ui
