#include "diagnoser.h"

#include "codenames.h"
#include "rulebook.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>

namespace lt::triage {
namespace {

constexpr qsizetype EvidencePerCondition = 3;

bool earlier(const ConditionHit *a, const ConditionHit *b)
{
    if (a->timestamp.isValid() != b->timestamp.isValid())
        return a->timestamp.isValid();
    if (a->timestamp != b->timestamp)
        return a->timestamp < b->timestamp;
    if (a->file != b->file)
        return a->file < b->file;
    return a->line < b->line;
}

struct TimingMatch {
    const ConditionHit *from = nullptr;
    const ConditionHit *to = nullptr;
    double minutes = 0;
};

// The latest `from` before each `to` decides: an install that started long ago and was
// restarted must not count from its first attempt.
std::optional<TimingMatch> findTiming(const TimingConstraint &t, const QList<const ConditionHit *> &from,
                                      const QList<const ConditionHit *> &to)
{
    for (const ConditionHit *end : to) {
        if (!end->timestamp.isValid())
            continue;
        const ConditionHit *best = nullptr;
        for (const ConditionHit *start : from) {
            if (start->timestamp.isValid() && start->timestamp <= end->timestamp
                && (!best || start->timestamp > best->timestamp))
                best = start;
        }
        if (!best)
            continue;
        const double minutes = best->timestamp.msecsTo(end->timestamp) / 60000.0;
        if (minutes >= t.minMinutes && minutes <= t.maxMinutes)
            return TimingMatch{best, end, minutes};
    }
    return std::nullopt;
}

QString substitute(QString text, const QHash<QString, QString> &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        text.replace(u'{' + it.key() + u'}', it.value());
    return text;
}

} // namespace

Diagnoser::Diagnoser(const RuleBook &rules)
    : m_rules(rules)
{
}

QList<Diagnosis> Diagnoser::diagnose(const QList<FileReport> &files) const
{
    // rule id -> condition id -> hits, across all files
    QHash<QString, QHash<QString, QList<const ConditionHit *>>> hits;
    QList<const FilterDriver *> suspects;
    QSet<QString> seenSuspects;
    for (const FileReport &file : files) {
        for (const ConditionHit &hit : file.hits)
            hits[hit.ruleId][hit.conditionId].append(&hit);
        for (const FilterDriver &f : file.filters) {
            if (m_rules.minifilters().isSuspect(f.name) && !seenSuspects.contains(f.name.toLower())) {
                seenSuspects.insert(f.name.toLower());
                suspects.append(&f);
            }
        }
    }

    QList<Diagnosis> result;
    for (const Rule &rule : m_rules.rules()) {
        auto &ruleHits = hits[rule.id];
        bool matched = true;
        int confidence = rule.confidence;
        for (const RuleCondition &cond : rule.conditions) {
            QList<const ConditionHit *> &list = ruleHits[cond.id];
            std::sort(list.begin(), list.end(), earlier);
            if (list.isEmpty() && !cond.optional)
                matched = false;
            else if (!list.isEmpty() && cond.optional)
                confidence += cond.boost;
        }
        if (!matched || (rule.needsThirdPartyFilter && suspects.isEmpty()))
            continue;

        QList<const ConditionHit *> evidence;
        QHash<QString, QString> en, zh;
        for (const TimingConstraint &t : rule.timing) {
            const std::optional<TimingMatch> m = findTiming(t, ruleHits[t.from], ruleHits[t.to]);
            if (!m) {
                matched = false;
                break;
            }
            evidence << m->from << m->to;
            en.insert(QStringLiteral("minutes"), QString::number(qRound(m->minutes)));
            zh.insert(QStringLiteral("minutes"), QString::number(qRound(m->minutes)));
            en.insert(QStringLiteral("start"), m->from->timestamp.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
            zh.insert(QStringLiteral("start"), en.value(QStringLiteral("start")));
            en.insert(QStringLiteral("end"), m->to->timestamp.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
            zh.insert(QStringLiteral("end"), en.value(QStringLiteral("end")));
        }
        if (!matched)
            continue;

        Diagnosis d;
        d.ruleId = rule.id;
        d.confidence = qMin(confidence, 100);
        for (const RuleCondition &cond : rule.conditions) {
            const QList<const ConditionHit *> &list = ruleHits[cond.id];
            for (qsizetype i = 0; i < list.size() && i < EvidencePerCondition; ++i) {
                if (!evidence.contains(list[i]))
                    evidence.append(list[i]);
            }
            for (const ConditionHit *h : list) {
                for (quint32 c : h->codes) {
                    if (!d.codes.contains(c))
                        d.codes.append(c);
                }
            }
            if (!cond.optional && !list.isEmpty() && list.first()->timestamp.isValid()
                && (!d.firstSeen.isValid() || list.first()->timestamp < d.firstSeen))
                d.firstSeen = list.first()->timestamp;
        }
        std::sort(evidence.begin(), evidence.end(), earlier);
        QSet<QString> seenLines;   // one line can satisfy several conditions: show it once
        for (const ConditionHit *h : std::as_const(evidence)) {
            const QString where = h->file + u':' + QString::number(h->line);
            if (seenLines.contains(where))
                continue;
            seenLines.insert(where);
            d.evidence.append({h->file, h->line, h->timestamp, h->text, h->conditionId});
        }

        if (rule.needsThirdPartyFilter) {
            QStringList enNames, zhNames;
            for (const FilterDriver *f : std::as_const(suspects)) {
                enNames.append(m_rules.minifilters().describe(f->name, f->altitude, QLocale(QLocale::English)));
                zhNames.append(m_rules.minifilters().describe(f->name, f->altitude, QLocale(QLocale::Chinese)));
                // Suspects are shown as they are: in the UI language of the moment of triage.
                d.suspects.append(QLocale().language() == QLocale::Chinese ? zhNames.last() : enNames.last());
                d.evidence.append({f->file, f->line, {}, f->name + u' ' + f->altitude, QStringLiteral("minifilter")});
            }
            en.insert(QStringLiteral("filters"), enNames.join(QStringLiteral("; ")));
            zh.insert(QStringLiteral("filters"), zhNames.join(QStringLiteral("；")));
        }
        QStringList codeNames;
        for (quint32 c : std::as_const(d.codes)) {
            const QString name = nameForCode(c);
            codeNames.append(name.isEmpty() ? hexCode(c) : QStringLiteral("%1 (%2)").arg(hexCode(c), name));
        }
        en.insert(QStringLiteral("codes"), codeNames.join(QStringLiteral(", ")));
        zh.insert(QStringLiteral("codes"), codeNames.join(QStringLiteral("、")));

        d.title = {substitute(rule.title.en, en), substitute(rule.title.zh, zh)};
        d.explanation = {substitute(rule.explanation.en, en), substitute(rule.explanation.zh, zh)};
        for (RemediationStep step : rule.remediation) {
            step.text = {substitute(step.text.en, en), substitute(step.text.zh, zh)};
            d.remediation.append(step);
        }
        d.references = rule.references;
        result.append(d);
    }

    // A specific rule replaces the generic ones it names.
    QSet<QString> superseded;
    for (const Diagnosis &d : std::as_const(result)) {
        if (const Rule *rule = m_rules.rule(d.ruleId))
            superseded.unite(QSet<QString>(rule->supersedes.cbegin(), rule->supersedes.cend()));
    }
    result.removeIf([&superseded](const Diagnosis &d) { return superseded.contains(d.ruleId); });
    std::stable_sort(result.begin(), result.end(), [](const Diagnosis &a, const Diagnosis &b) {
        if (a.confidence != b.confidence)
            return a.confidence > b.confidence;
        if (a.firstSeen.isValid() != b.firstSeen.isValid())
            return a.firstSeen.isValid();
        return a.firstSeen < b.firstSeen;
    });
    return result;
}

} // namespace lt::triage
