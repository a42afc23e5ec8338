#pragma once

#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <optional>

namespace lt::triage {

// One catalog entry: a single error/status code with its names and bilingual text.
struct ErrorEntry {
    quint32 code = 0;
    QString name;        // primary symbolic name, e.g. "E_ACCESSDENIED"
    QStringList aliases; // e.g. "ERROR_ACCESS_DENIED", "COR_E_UNAUTHORIZEDACCESS"
    QString messageEn, messageZh;
    QString hintEn, hintZh; // may be empty
    bool benign = false;    // true for codes that are not failures on their own
    QString family;         // "win32", "cbs", "wu", ... (the JSON file it came from)

    // Chinese text for zh locales, English otherwise (falls back to whichever exists).
    QString message(const QLocale &locale = {}) const;
    QString hint(const QLocale &locale = {}) const;
};

// The error catalog loaded from resources/catalog/*.json (format: docs/catalog.md).
// Immutable after load; thread-safe for reading. Copies share the same data, so
// ErrorEntry pointers stay valid as long as any copy lives.
class ErrorCatalog final {
public:
    ErrorCatalog();

    // Loads :/catalog/*.json once (thread-safe static init). Never fails: a broken
    // built-in file is a build defect caught by tests; it is skipped with a qWarning.
    static const ErrorCatalog &builtin();

    // Loads every *.json in dir. On any error (bad JSON, bad hex, duplicate code or
    // name, missing message) returns nullopt and describes it in *error.
    static std::optional<ErrorCatalog> loadFromDirectory(const QString &dir, QString *error);

    // Loads one JSON document (the contents of one catalog file) into a catalog;
    // family defaults to the document's "family" key. Used by tests and tooling.
    static std::optional<ErrorCatalog> loadFromJson(const QByteArray &json, QString *error);

    // Exact code lookup. The 0x8007xxxx -> Win32 fallback is done by decodeHResult().
    const ErrorEntry *find(quint32 code) const;
    // Case-insensitive, primary names and aliases.
    const ErrorEntry *findByName(QStringView name) const;

    qsizetype size() const;
    const QList<ErrorEntry> &entries() const; // in load order (file name, then file order)

private:
    struct Data;
    std::shared_ptr<const Data> m_data;
    friend class ErrorCatalogLoader;
};

} // namespace lt::triage
