#pragma once

#include "errorcatalog.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace lt::triage {

// Well-known HRESULT facility numbers (winerror.h FACILITY_*).
enum class Facility : quint16 {
    Null = 0,
    Rpc = 1,
    Dispatch = 2,
    Storage = 3,
    Itf = 4,
    Win32 = 7,
    Windows = 8,
    Security = 9,
    Control = 10,
    Cert = 11,
    Internet = 12,
    MediaServer = 13,
    Msmq = 14,
    SetupApi = 15,
    SmartCard = 16,
    Complus = 17,
    Aaf = 18,
    Urt = 19,
    Acs = 20,
    DPlay = 21,
    Umi = 22,
    Sxs = 23,
    WindowsCe = 24,
    Http = 25,
    UserModeCommonLog = 26,
    UserModeFilterManager = 31,
    BackgroundCopy = 32,
    Configuration = 33,
    StateManagement = 34,
    MetaDirectory = 35,
    WindowsUpdate = 36,
    DirectoryService = 37,
    Graphics = 38,
    Shell = 39,
    Tpm = 40,
    TpmSoftware = 41,
    Pla = 48,
    Fve = 49,
    Fwp = 50,
    WinRm = 51,
    Ndis = 52,
    UserModeHypervisor = 53,
    Cmi = 54,
    UserModeVirtualization = 55,
    UserModeVolmgr = 56,
    Bcd = 57,
    UserModeVhd = 58,
    Sdiag = 60,
    WebServices = 61,
    WindowsDefender = 80,
    Opc = 81,
    Xps = 82,
    PowerShell = 84,
    Eas = 85,
    P2pInt = 98,
    P2p = 99,
    Bluetooth = 101,
    DeliveryOptimization = 208,
    UserModeSecurityCore = 232,
    Licensing = 234,
    WindowsSetup = 0x190, // 0xC19xxxxx / 0x8019xxxx MOSETUP codes
};

// What err.exe / certutil -error would tell about one code.
struct HResultDecoding {
    bool valid = false;          // false when the input text was not an error code
    quint32 value = 0;           // the HRESULT (plain Win32 input is converted)
    bool isFailure = false;      // bit 31 (S)
    bool customer = false;       // bit 29 (C)
    bool ntstatusMapped = false; // bit 28 (N)
    quint16 facility = 0;        // bits 16..28 as winerror.h's HRESULT_FACILITY (0x1FFF mask)
    QString facilityName;        // "WIN32", "SETUPAPI", ... or empty when unknown
    quint16 code = 0;            // low 16 bits
    std::optional<quint32> win32Code; // FACILITY_WIN32 HRESULTs and plain Win32 input
    std::optional<quint32> extended;  // e.g. 0x20017 in "0xC1900101-0x20017"
    QString extendedDescription;      // setup phase/operation text for extended codes
    const ErrorEntry *entry = nullptr; // best catalog match (exact code, else the Win32 entry)
    QString systemMessage;             // FormatMessageW text (Windows only, when no entry)

    // "E_ACCESSDENIED", or "0x80070005" when unknown.
    QString displayName() const;
    // "0x80070005" (8 upper-case hex digits) plus "-0x20017" when extended is set.
    QString hexString() const;
    // entry message, else systemMessage, else empty.
    QString message(const QLocale &locale = {}) const;
};

// Facility name as winerror.h spells it without the FACILITY_ prefix ("WIN32"); empty if unknown.
QString facilityName(quint16 facility);

// Setup extended code ("0x20017") -> "SAFE_OS / BOOT" style text (phase / operation).
QString describeSetupExtendedCode(quint32 extended, const QLocale &locale = {});

// Accepts "0x80070005", "80070005", "-2147024891", "5" (decimal = Win32 error ->
// HRESULT_FROM_WIN32), "0x5", symbolic names ("E_ACCESSDENIED"), "hr=0x...",
// and "0xC1900101-0x20017" (the extended part is ignored here).
std::optional<quint32> parseErrorCode(QStringView text,
                                      const ErrorCatalog &catalog = ErrorCatalog::builtin());

// Parses and decodes; valid == false (entry == nullptr, value == 0) when text isn't a code.
HResultDecoding decodeError(QStringView text, const ErrorCatalog &catalog = ErrorCatalog::builtin());

HResultDecoding decodeHResult(quint32 value, const ErrorCatalog &catalog = ErrorCatalog::builtin());

} // namespace lt::triage
