#include "rulebook.h"

#include "text/textdecoder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace lt::triage {
namespace {

// Collects the first defect of a file; the helpers below return false once one is found.
struct Reader {
    QString file;
    QString error;

    bool fail(const QString &what)
    {
        if (error.isEmpty())
            error = QStringLiteral("%1: %2").arg(file, what);
        return false;
    }

    bool text(const QJsonObject &o, const QString &key, const QString &where, LocalizedText &out,
              bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required)
            return true;
        const QJsonObject t = v.toObject();
        out.en = t.value(u"en").toString().trimmed();
        out.zh = t.value(u"zh").toString().trimmed();
        if (out.en.isEmpty() || out.zh.isEmpty())
            return fail(QStringLiteral("%1: \"%2\" needs both \"en\" and \"zh\" text").arg(where, key));
        return true;
    }

    bool codes(const QJsonValue &v, const QString &where, QList<quint32> &out)
    {
        for (const QJsonValue &c : v.toArray()) {
            QString s = c.toString().trimmed();
            if (s.startsWith(u"0x", Qt::CaseInsensitive))
                s = s.sliced(2);
            bool ok = false;
            const quint32 value = s.toUInt(&ok, 16);
            if (!ok || s.size() != 8)
                return fail(QStringLiteral("%1: code \"%2\" is not 0x + 8 hex digits").arg(where, c.toString()));
            out.append(value);
        }
        return true;
    }

    bool formats(const QJsonValue &v, const QString &where, QList<LogFormat> &out)
    {
        for (const QJsonValue &f : v.toArray()) {
            const LogFormat format = formatFromId(f.toString());
            if (format == LogFormat::Unknown)
                return fail(QStringLiteral("%1: unknown format \"%2\"").arg(where, f.toString()));
            out.append(format);
        }
        return true;
    }

    bool pattern(const QJsonValue &v, const QString &where, QRegularExpression &out)
    {
        if (v.isUndefined())
            return true;
        out = QRegularExpression(v.toString(), QRegularExpression::CaseInsensitiveOption
                                                   | QRegularExpression::UseUnicodePropertiesOption);
        if (!out.isValid())
            return fail(QStringLiteral("%1: bad pattern: %2").arg(where, out.errorString()));
        out.optimize();
        return true;
    }
};

bool readRule(Reader &r, const QJsonObject &o, Rule &rule)
{
    rule.id = o.value(u"id").toString();
    if (rule.id.isEmpty())
        return r.fail(QStringLiteral("a rule without \"id\""));
    const QString where = QStringLiteral("rule %1").arg(rule.id);
    if (!r.text(o, QStringLiteral("title"), where, rule.title)
        || !r.text(o, QStringLiteral("explanation"), where, rule.explanation))
        return false;
    rule.confidence = o.value(u"confidence").toInt(50);
    if (rule.confidence < 1 || rule.confidence > 100)
        return r.fail(where + QStringLiteral(": confidence must be 1..100"));
    QSet<QString> conditionIds;
    for (const QJsonValue &cv : o.value(u"conditions").toArray()) {
        const QJsonObject c = cv.toObject();
        RuleCondition cond;
        cond.id = c.value(u"id").toString();
        const QString cwhere = where + QStringLiteral(" condition ") + cond.id;
        if (cond.id.isEmpty() || conditionIds.contains(cond.id))
            return r.fail(where + QStringLiteral(": every condition needs a unique \"id\""));
        conditionIds.insert(cond.id);
        if (!r.codes(c.value(u"codes"), cwhere, cond.codes) || !r.formats(c.value(u"formats"), cwhere, cond.formats)
            || !r.pattern(c.value(u"pattern"), cwhere, cond.pattern))
            return false;
        if (cond.codes.isEmpty() && cond.pattern.pattern().isEmpty())
            return r.fail(cwhere + QStringLiteral(": needs \"codes\" or \"pattern\""));
        cond.failureOnly = c.value(u"failure").toBool(!cond.codes.isEmpty());

        cond.optional = c.value(u"optional").toBool(false);
        cond.boost = c.value(u"boost").toInt(cond.optional ? 5 : 0);
        rule.conditions.append(cond);
    }
    if (std::none_of(rule.conditions.cbegin(), rule.conditions.cend(),
                     [](const RuleCondition &c) { return !c.optional; }))
        return r.fail(where + QStringLiteral(": needs at least one required condition"));
    for (const QJsonValue &tv : o.value(u"timing").toArray()) {
        const QJsonObject t = tv.toObject();
        TimingConstraint timing{t.value(u"from").toString(), t.value(u"to").toString(),
                                t.value(u"minMinutes").toDouble(0), t.value(u"maxMinutes").toDouble(-1)};
        if (!conditionIds.contains(timing.from) || !conditionIds.contains(timing.to)
            || timing.maxMinutes < timing.minMinutes)
            return r.fail(where + QStringLiteral(": timing must name two conditions and minMinutes <= maxMinutes"));
        rule.timing.append(timing);
    }
    rule.needsThirdPartyFilter = o.value(u"thirdPartyMinifilter").toBool(false);
    for (const QJsonValue &s : o.value(u"supersedes").toArray())
        rule.supersedes.append(s.toString());
    for (const QJsonValue &sv : o.value(u"remediation").toArray()) {
        const QJsonObject s = sv.toObject();
        RemediationStep step;
        step.text.en = s.value(u"en").toString().trimmed();
        step.text.zh = s.value(u"zh").toString().trimmed();
        if (step.text.en.isEmpty() || step.text.zh.isEmpty())
            return r.fail(where + QStringLiteral(": every remediation step needs \"en\" and \"zh\""));
        for (const QJsonValue &c : s.value(u"commands").toArray())
            step.commands.append(c.toString());
        for (const QJsonValue &c : s.value(u"registry").toArray())
            step.registry.append(c.toString());
        rule.remediation.append(step);
    }
    if (rule.remediation.isEmpty())
        return r.fail(where + QStringLiteral(": needs at least one remediation step"));
    for (const QJsonValue &ref : o.value(u"references").toArray())
        rule.references.append(ref.toString());
    rule.sourceFile = r.file;
    return true;
}

bool readNoise(Reader &r, const QJsonObject &o, NoiseEntry &noise)
{
    noise.id = o.value(u"id").toString();
    const QString where = QStringLiteral("noise %1").arg(noise.id);
    if (noise.id.isEmpty())
        return r.fail(QStringLiteral("a noise entry without \"id\""));
    if (!r.codes(o.value(u"codes"), where, noise.codes) || !r.formats(o.value(u"formats"), where, noise.formats)
        || !r.pattern(o.value(u"pattern"), where, noise.pattern) || !r.text(o, QStringLiteral("why"), where, noise.why))
        return false;
    if (noise.codes.isEmpty() && noise.pattern.pattern().isEmpty())
        return r.fail(where + QStringLiteral(": needs \"codes\" or \"pattern\""));
    return true;
}

} // namespace

bool PatternGate::matches(const QRegularExpression &pattern, QStringView text, const MessageScan &scan) const
{
    if (!always && (keywords & scan.keywords).none())
        return false;
    return pattern.matchView(text, 0, QRegularExpression::NormalMatch,
                             scan.validUtf16 ? QRegularExpression::DontCheckSubjectStringMatchOption
                                             : QRegularExpression::NoMatchOption)
        .hasMatch();
}

bool RuleCondition::matches(const LogRecord &record, LogFormat format, const QList<quint32> &failureCodes,
                            const MessageScan &scan) const
{
    if (!formats.isEmpty() && !formats.contains(format))
        return false;
    if (codes.isEmpty() && failureOnly && failureCodes.isEmpty())
        return false;   // a pattern-only condition with "failure": true needs some failure code
    if (!codes.isEmpty()) {
        bool found = false;
        if (failureOnly) {
            for (quint32 c : failureCodes)
                found = found || codes.contains(c);
        } else {
            for (const RecordCode &c : record.codes)
                found = found || codes.contains(c.value);
        }
        if (!found)
            return false;
    }
    return !gate.hasPattern || gate.matches(pattern, record.message, scan);
}

bool NoiseEntry::matches(quint32 code, const LogRecord &record, LogFormat format, const MessageScan &scan) const
{
    if (!codes.isEmpty() && !codes.contains(code))
        return false;
    if (!formats.isEmpty() && !formats.contains(format))
        return false;
    return !gate.hasPattern || gate.matches(pattern, record.message, scan);
}

const RuleBook &RuleBook::builtin()
{
    static const RuleBook book = [] {
        QString error;
        std::optional<RuleBook> loaded = loadDirectory(QStringLiteral(":/rules"), &error);
        if (!loaded) {
            qWarning("built-in rules are broken: %s", qUtf8Printable(error));
            return RuleBook();
        }
        return *std::move(loaded);
    }();
    return book;
}

std::optional<RuleBook> RuleBook::loadDirectory(const QString &dir, QString *error)
{
    RuleBook book;
    const QStringList names = QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (names.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1: no rule files").arg(dir);
        return std::nullopt;
    }
    for (const QString &name : names) {
        QFile file(QDir(dir).filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(name, file.errorString());
            return std::nullopt;
        }
        if (!book.addJson(file.readAll(), name, error))
            return std::nullopt;
    }
    return book;
}

bool RuleBook::addJson(const QByteArray &json, const QString &fileName, QString *error)
{
    Reader r{fileName, {}};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const auto done = [&](bool ok) {
        if (!ok && error)
            *error = r.error;
        return ok;
    };
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return done(r.fail(QStringLiteral("not a JSON object: %1 at offset %2")
                               .arg(parseError.errorString()).arg(parseError.offset)));
    const QJsonObject root = doc.object();
    if (root.contains(u"minifilters")) {
        QString tableError;
        std::optional<MinifilterTable> table = MinifilterTable::fromJson(json, &tableError);
        if (!table)
            return done(r.fail(tableError));
        m_minifilters = *std::move(table);
    }
    for (const QJsonValue &v : root.value(u"rules").toArray()) {
        Rule rule;
        if (!readRule(r, v.toObject(), rule))
            return done(false);
        if (this->rule(rule.id))
            return done(r.fail(QStringLiteral("duplicate rule id %1").arg(rule.id)));
        m_rules.append(std::move(rule));
    }
    for (const QJsonValue &v : root.value(u"noise").toArray()) {
        NoiseEntry noise;
        if (!readNoise(r, v.toObject(), noise))
            return done(false);
        m_noise.append(std::move(noise));
    }
    rebuildPatternGates();
    if (!root.contains(u"rules") && !root.contains(u"noise") && !root.contains(u"minifilters"))
        return done(r.fail(QStringLiteral("expected \"rules\", \"noise\" or \"minifilters\"")));
    return done(true);
}

void RuleBook::rebuildPatternGates()
{
    // Every pattern's literals once, then one keyword gate over all of them; each pattern keeps
    // its literals and its bits in that gate.
    QList<PatternGate *> gates;
    QList<const QRegularExpression *> patterns;
    for (Rule &rule : m_rules) {
        for (RuleCondition &c : rule.conditions) {
            gates.append(&c.gate);
            patterns.append(&c.pattern);
        }
    }
    for (NoiseEntry &n : m_noise) {
        gates.append(&n.gate);
        patterns.append(&n.pattern);
    }
    QStringList keywords;
    for (qsizetype i = 0; i < gates.size(); ++i) {
        PatternGate &gate = *gates[i];
        gate = PatternGate();
        gate.hasPattern = !patterns[i]->pattern().isEmpty();
        if (gate.hasPattern)
            gate.literals = requiredLiterals(patterns[i]->pattern());
        keywords += gate.literals;
    }
    m_keywords = KeywordGate(keywords);
    // A pattern without listable keywords (or with one past the gate's capacity) always runs.
    for (PatternGate *gate : std::as_const(gates)) {
        gate->always = gate->literals.isEmpty();
        for (const QString &literal : std::as_const(gate->literals)) {
            const qsizetype bit = m_keywords.indexOf(literal);
            if (bit < 0)
                gate->always = true;
            else
                gate->keywords.set(size_t(bit));
        }
    }
}

MessageScan RuleBook::scanMessage(QStringView message) const
{
    MessageScan scan;
    scan.keywords = m_keywords.find(message);
    scan.validUtf16 = lt::text::isWellFormedUtf16(message);
    return scan;
}

bool RuleBook::mayMatchPatterns(QStringView message) const
{
    if (m_rules.isEmpty())
        return true;   // nothing loaded: nothing may be skipped
    const MessageScan scan = scanMessage(message);
    for (const Rule &rule : m_rules) {
        for (const RuleCondition &c : rule.conditions) {
            if (c.codes.isEmpty() && !c.failureOnly && c.gate.hasPattern
                && (c.gate.always || (c.gate.keywords & scan.keywords).any()))
                return true;
        }
    }
    return false;
}

const Rule *RuleBook::rule(const QString &id) const
{
    for (const Rule &r : m_rules) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QString RuleBook::noiseFor(quint32 code, const LogRecord &record, LogFormat format) const
{
    return noiseFor(code, record, format, scanMessage(record.message));
}

QString RuleBook::noiseFor(quint32 code, const LogRecord &record, LogFormat format, const MessageScan &scan) const
{
    for (const NoiseEntry &n : m_noise) {
        if (n.matches(code, record, format, scan))
            return n.id;
    }
    return {};
}

} // namespace lt::triage
