#include "errorcatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QSet>

#include <cctype>

Q_LOGGING_CATEGORY(lcCatalog, "lt.triage.catalog")

namespace lt::triage {

namespace {

bool isChinese(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese;
}

// Names are C identifiers as the headers spell them (ASCII); lookups compare them upper-cased.
bool isValidName(const QString &name)
{
    if (name.isEmpty() || (name.at(0) >= u'0' && name.at(0) <= u'9'))
        return false;
    for (const QChar c : name) {
        if (!((c >= u'0' && c <= u'9') || c == u'_' || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z')))
            return false;
    }
    return true;
}

std::optional<quint32> parseHexCode(const QString &text)
{
    if (!text.startsWith(QLatin1String("0x")) || text.size() < 3 || text.size() > 10)
        return std::nullopt;
    bool ok = false;
    const quint32 value = text.mid(2).toUInt(&ok, 16);
    if (!ok)
        return std::nullopt;
    for (const QChar c : QStringView(text).mid(2)) {
        if (!std::isxdigit(c.unicode() < 128 ? int(c.unicode()) : 0))
            return std::nullopt;
    }
    return value;
}

const QSet<QString> &knownEntryKeys()
{
    static const QSet<QString> keys = {QStringLiteral("code"),    QStringLiteral("name"),
                                       QStringLiteral("aliases"), QStringLiteral("en"),
                                       QStringLiteral("zh"),      QStringLiteral("hint"),
                                       QStringLiteral("benign"),  QStringLiteral("source")};
    return keys;
}

} // namespace

QString ErrorEntry::message(const QLocale &locale) const
{
    if (isChinese(locale))
        return messageZh.isEmpty() ? messageEn : messageZh;
    return messageEn.isEmpty() ? messageZh : messageEn;
}

QString ErrorEntry::hint(const QLocale &locale) const
{
    if (isChinese(locale))
        return hintZh.isEmpty() ? hintEn : hintZh;
    return hintEn.isEmpty() ? hintZh : hintEn;
}

struct ErrorCatalog::Data {
    QList<ErrorEntry> entries;
    QHash<quint32, qsizetype> byCode;
    QHash<QString, qsizetype> byName; // upper-case name or alias -> index
};

// Builds a Data while checking the format rules of docs/catalog.md.
class ErrorCatalogLoader final {
public:
    // Adds one catalog document. On error nothing of the document is kept.
    bool addDocument(const QByteArray &json, const QString &origin, QString *error)
    {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(error, QStringLiteral("%1: invalid JSON at offset %2: %3")
                                   .arg(origin).arg(parseError.offset).arg(parseError.errorString()));
        if (!doc.isObject())
            return fail(error, QStringLiteral("%1: top level must be an object").arg(origin));
        const QJsonObject root = doc.object();
        for (auto it = root.begin(); it != root.end(); ++it) {
            static const QSet<QString> topKeys = {QStringLiteral("family"), QStringLiteral("description"),
                                                  QStringLiteral("sources"), QStringLiteral("entries")};
            if (!topKeys.contains(it.key()))
                return fail(error, QStringLiteral("%1: unknown top-level key \"%2\"").arg(origin, it.key()));
        }
        const QString family = root.value(QLatin1String("family")).toString();
        if (family.isEmpty() || family != family.toLower() || !isValidName(family))
            return fail(error, QStringLiteral("%1: \"family\" must be a lower-case identifier").arg(origin));
        const QJsonValue entriesValue = root.value(QLatin1String("entries"));
        if (!entriesValue.isArray())
            return fail(error, QStringLiteral("%1: \"entries\" must be an array").arg(origin));

        QList<ErrorEntry> parsed;
        const QJsonArray array = entriesValue.toArray();
        parsed.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            ErrorEntry entry;
            QString why;
            if (!parseEntry(array.at(i), family, &entry, &why))
                return fail(error, QStringLiteral("%1: entry %2: %3").arg(origin).arg(i).arg(why));
            parsed.append(std::move(entry));
        }
        return commit(std::move(parsed), origin, error);
    }

    std::shared_ptr<ErrorCatalog::Data> take() { return std::move(m_data); }

private:
    static bool fail(QString *error, const QString &message)
    {
        if (error)
            *error = message;
        return false;
    }

    static bool parseEntry(const QJsonValue &value, const QString &family, ErrorEntry *entry, QString *why)
    {
        if (!value.isObject())
            return fail(why, QStringLiteral("not an object"));
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!knownEntryKeys().contains(it.key()))
                return fail(why, QStringLiteral("unknown key \"%1\"").arg(it.key()));
        }
        const auto code = parseHexCode(o.value(QLatin1String("code")).toString());
        if (!code)
            return fail(why, QStringLiteral("\"code\" must be a hex string like \"0x80070005\""));
        entry->code = *code;
        // A few codes are documented without a header name (0xC1800118); they stay nameless.
        const QJsonValue name = o.value(QLatin1String("name"));
        entry->name = name.toString();
        if (!name.isUndefined() && !isValidName(entry->name))
            return fail(why, QStringLiteral("bad \"name\" \"%1\"").arg(entry->name));
        const QJsonValue aliases = o.value(QLatin1String("aliases"));
        if (!aliases.isUndefined() && !aliases.isArray())
            return fail(why, QStringLiteral("\"aliases\" must be an array"));
        for (const QJsonValue &alias : aliases.toArray()) {
            const QString a = alias.toString();
            if (!isValidName(a))
                return fail(why, QStringLiteral("bad alias \"%1\"").arg(a));
            entry->aliases.append(a);
        }
        entry->messageEn = o.value(QLatin1String("en")).toString().trimmed();
        entry->messageZh = o.value(QLatin1String("zh")).toString().trimmed();
        if (entry->messageEn.isEmpty() || entry->messageZh.isEmpty())
            return fail(why, QStringLiteral("%1: both \"en\" and \"zh\" messages are required").arg(entry->name));
        const QJsonValue hint = o.value(QLatin1String("hint"));
        if (!hint.isUndefined()) {
            if (!hint.isObject())
                return fail(why, QStringLiteral("%1: \"hint\" must be an object").arg(entry->name));
            entry->hintEn = hint.toObject().value(QLatin1String("en")).toString().trimmed();
            entry->hintZh = hint.toObject().value(QLatin1String("zh")).toString().trimmed();
            if (entry->hintEn.isEmpty() || entry->hintZh.isEmpty())
                return fail(why, QStringLiteral("%1: \"hint\" needs both \"en\" and \"zh\"").arg(entry->name));
        }
        const QJsonValue benign = o.value(QLatin1String("benign"));
        if (!benign.isUndefined() && !benign.isBool())
            return fail(why, QStringLiteral("%1: \"benign\" must be true or false").arg(entry->name));
        entry->benign = benign.toBool(false);
        entry->family = family;
        return true;
    }

    bool commit(QList<ErrorEntry> parsed, const QString &origin, QString *error)
    {
        // Check the whole document against what is loaded (and itself) before adding any of it.
        QHash<quint32, QString> newCodes;
        QHash<QString, QString> newNames;
        for (const ErrorEntry &e : parsed) {
            const QString hex = QStringLiteral("0x") + QString::number(e.code, 16).rightJustified(8, u'0').toUpper();
            if (m_data->byCode.contains(e.code) || newCodes.contains(e.code))
                return fail(error, QStringLiteral("%1: duplicate code %2 (%3)").arg(origin, hex, e.name));
            newCodes.insert(e.code, e.name);
            QStringList names = e.aliases;
            if (!e.name.isEmpty())
                names.prepend(e.name);
            for (const QString &n : std::as_const(names)) {
                const QString key = n.toUpper();
                if (m_data->byName.contains(key) || newNames.contains(key))
                    return fail(error, QStringLiteral("%1: duplicate name %2 (code %3)").arg(origin, n, hex));
                newNames.insert(key, n);
            }
        }
        for (ErrorEntry &e : parsed) {
            const qsizetype index = m_data->entries.size();
            m_data->byCode.insert(e.code, index);
            if (!e.name.isEmpty())
                m_data->byName.insert(e.name.toUpper(), index);
            for (const QString &a : std::as_const(e.aliases))
                m_data->byName.insert(a.toUpper(), index);
            m_data->entries.append(std::move(e));
        }
        return true;
    }

    std::shared_ptr<ErrorCatalog::Data> m_data = std::make_shared<ErrorCatalog::Data>();
};

ErrorCatalog::ErrorCatalog()
    : m_data(std::make_shared<const Data>())
{
}

namespace {

QStringList catalogFiles(const QString &dir)
{
    QDir d(dir);
    QStringList files = d.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    for (QString &f : files)
        f = d.filePath(f);
    return files;
}

bool readFile(const QString &path, QByteArray *contents, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    *contents = file.readAll();
    return true;
}

} // namespace

const ErrorCatalog &ErrorCatalog::builtin()
{
    // Function-local static: initialised once, thread-safe. A broken file is skipped, not fatal,
    // so one bad data file never leaves the viewer without any catalog.
    static const ErrorCatalog catalog = [] {
        ErrorCatalogLoader loader;
        const QStringList files = catalogFiles(QStringLiteral(":/catalog"));
        for (const QString &path : files) {
            QByteArray json;
            QString error;
            if (!readFile(path, &json, &error) || !loader.addDocument(json, path, &error))
                qCWarning(lcCatalog) << "skipping catalog file:" << error;
        }
        ErrorCatalog c;
        c.m_data = loader.take();
        if (files.isEmpty())
            qCWarning(lcCatalog) << "no built-in catalog files under :/catalog";
        return c;
    }();
    return catalog;
}

std::optional<ErrorCatalog> ErrorCatalog::loadFromDirectory(const QString &dir, QString *error)
{
    const QStringList files = catalogFiles(dir);
    if (files.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1: no *.json catalog files").arg(dir);
        return std::nullopt;
    }
    ErrorCatalogLoader loader;
    for (const QString &path : files) {
        QByteArray json;
        if (!readFile(path, &json, error) || !loader.addDocument(json, path, error))
            return std::nullopt;
    }
    ErrorCatalog c;
    c.m_data = loader.take();
    return c;
}

std::optional<ErrorCatalog> ErrorCatalog::loadFromJson(const QByteArray &json, QString *error)
{
    ErrorCatalogLoader loader;
    if (!loader.addDocument(json, QStringLiteral("<json>"), error))
        return std::nullopt;
    ErrorCatalog c;
    c.m_data = loader.take();
    return c;
}

const ErrorEntry *ErrorCatalog::find(quint32 code) const
{
    const auto it = m_data->byCode.constFind(code);
    return it == m_data->byCode.cend() ? nullptr : &m_data->entries.at(*it);
}

const ErrorEntry *ErrorCatalog::findByName(QStringView name) const
{
    if (name.isEmpty())
        return nullptr;
    const auto it = m_data->byName.constFind(name.trimmed().toString().toUpper());
    return it == m_data->byName.cend() ? nullptr : &m_data->entries.at(*it);
}

qsizetype ErrorCatalog::size() const
{
    return m_data->entries.size();
}

const QList<ErrorEntry> &ErrorCatalog::entries() const
{
    return m_data->entries;
}

} // namespace lt::triage
