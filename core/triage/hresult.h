#pragma once

#include "errorcatalog.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace lt::triage {

// Well-known HRESULT facility numbers (winerror.h FACILITY_*, Windows SDK 10.0.26100).
// Only the ones the triage code refers to by name; facilityName() knows many more.
enum class Facility : quint16 {
    Null = 0,
    Rpc = 1,
    Dispatch = 2,
    Storage = 3,
    Itf = 4,
    Win32 = 7,
    Windows = 8,
    Security = 9,
    Cert = 11,
    Internet = 12,
    SetupApi = 15,
    Sxs = 23,
    Http = 25,
    BackgroundCopy = 32,
    WindowsUpdate = 36,
    WindowsSetup = 48, // FACILITY_WINDOWS_SETUP; 0xC19xxxxx setup results use 0x190 instead
    DeliveryOptimization = 208,
};

// What err.exe / certutil -error would tell about one code.
struct HResultDecoding {
    bool valid = false;          // false when the input text was not an error code
    quint32 value = 0;           // the HRESULT (plain Win32 input is converted)
    bool isFailure = false;      // bit 31 (S)
    bool customer = false;       // bit 29 (C)
    bool ntstatusMapped = false; // bit 28 (N)
    quint16 facility = 0;        // HRESULT_FACILITY (bits 16..28, 0x1FFF), N bit cleared first
    QString facilityName;        // "WIN32", "SETUPAPI", ... or empty when unknown
    quint16 code = 0;            // low 16 bits
    std::optional<quint32> win32Code; // FACILITY_WIN32 HRESULTs and plain Win32 input
    std::optional<quint32> extended;  // e.g. 0x20017 in "0xC1900101-0x20017"
    QString extendedDescription;      // setup phase / operation for extended codes (system locale)
    std::optional<quint32> ntstatus;  // the NTSTATUS behind an HRESULT_FROM_NT value (N bit set)
    // Best catalog match: the exact code, else the Win32 entry (FACILITY_WIN32), the NTSTATUS
    // entry (N bit) or the SPAPI_E_* entry (0xE0000xxx). Points into the catalog passed in.
    const ErrorEntry *entry = nullptr;
    const ErrorEntry *win32Entry = nullptr; // the Win32 entry for FACILITY_WIN32 values, if any
    QString systemMessage;             // FormatMessageW text (Windows only, when no entry)

    // "E_ACCESSDENIED", or "0x80070005" when unknown (or the entry has no symbolic name).
    QString displayName() const;
    // "0x80070005" (8 upper-case hex digits) plus "-0x20017" when extended is set.
    QString hexString() const;
    // entry message, else systemMessage, else empty.
    QString message(const QLocale &locale = {}) const;
    // One line for finding lists and tooltips: "0x80070005 E_ACCESSDENIED: Access is denied."
    // (hex and name once each; just the hex when nothing is known).
    QString summary(const QLocale &locale = {}) const;
};

// Facility name as winerror.h spells it without the FACILITY_ prefix ("WIN32"); empty if unknown.
QString facilityName(quint16 facility);

// Setup extended code 0xPXXXX -> "SP_EXECUTION_SAFE_OS / SP_EXECUTION_OP_BOOT" (phase /
// operation, Microsoft's names; Chinese descriptions for zh locales).
QString describeSetupExtendedCode(quint32 extended, const QLocale &locale = {});

// Accepts "0x80070005", "80070005", "-2147024891", "5" (decimal = Win32 error ->
// HRESULT_FROM_WIN32), "0x5", symbolic names ("E_ACCESSDENIED"), "hr=0x...", "[gle=0x...]",
// and "0xC1900101-0x20017" (the extended part is ignored here). Thread-safe.
std::optional<quint32> parseErrorCode(QStringView text,
                                      const ErrorCatalog &catalog = ErrorCatalog::builtin());

// Parses and decodes; valid == false (entry == nullptr, value == 0) when text isn't a code.
HResultDecoding decodeError(QStringView text, const ErrorCatalog &catalog = ErrorCatalog::builtin());

HResultDecoding decodeHResult(quint32 value, const ErrorCatalog &catalog = ErrorCatalog::builtin());

} // namespace lt::triage
