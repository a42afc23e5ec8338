#include "evtxrecord.h"
#include "evtxrecordbuilder.h"

#include <QStringList>
#include <QTimeZone>

namespace lt::triage {
namespace {

using binxml::XmlNode;

QString childText(const XmlNode *parent, QStringView name)
{
    const XmlNode *c = parent ? parent->child(name) : nullptr;
    return c ? c->text().trimmed() : QString();
}

quint64 parseNumber(const QString &text)
{
    bool ok = false;
    quint64 v = text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive) ? text.mid(2).toULongLong(&ok, 16)
                                                                          : text.toULongLong(&ok, 10);
    return ok ? v : 0;
}

// "2016-07-08T18:12:51.6816406Z" and SYSTEMTIME's "...51.681Z": milliseconds are enough here.
QDateTime parseSystemTime(const QString &text)
{
    if (text.size() < 19)
        return {};
    QString head = text.left(23);
    if (head.endsWith(u'Z'))
        head.chop(1);
    QDateTime dt = QDateTime::fromString(head, Qt::ISODateWithMs);
    if (!dt.isValid())
        return {};
    dt.setTimeZone(QTimeZone::UTC);
    return dt;
}

// UserData holds one provider-defined element; its leaves are the fields.
void collectLeaves(const XmlNode &node, QList<QPair<QString, QString>> &out, int depth)
{
    if (depth > 16)
        return;
    bool hasElements = false;
    for (const XmlNode &c : node.children) {
        if (c.kind != XmlNode::Kind::Element)
            continue;
        hasElements = true;
        collectLeaves(c, out, depth + 1);
    }
    if (!hasElements && depth > 0)
        out.append({node.name, node.text()});
}

QString keywordNames(quint64 keywords)
{
    // The reserved high bits are the same for every provider; the low 48 bits need the
    // provider's manifest, which an offline reader does not have.
    static const QList<QPair<quint64, QString>> known = {
        {0x0010000000000000ULL, QStringLiteral("Audit Failure")},
        {0x0020000000000000ULL, QStringLiteral("Audit Success")},
        {0x0040000000000000ULL, QStringLiteral("Correlation Hint")},
        {0x0080000000000000ULL, QStringLiteral("Classic")},
    };
    QStringList names;
    for (const auto &[bit, name] : known) {
        if (keywords & bit)
            names << name;
    }
    if (names.isEmpty())
        return keywords ? QStringLiteral("0x%1").arg(keywords, 0, 16) : QStringLiteral("N/A");
    return names.join(u',');
}

QString wellKnownAccount(const QString &sid)
{
    if (sid == QLatin1String("S-1-5-18"))
        return QStringLiteral("NT AUTHORITY\\SYSTEM");
    if (sid == QLatin1String("S-1-5-19"))
        return QStringLiteral("NT AUTHORITY\\LOCAL SERVICE");
    if (sid == QLatin1String("S-1-5-20"))
        return QStringLiteral("NT AUTHORITY\\NETWORK SERVICE");
    return QStringLiteral("N/A");
}

// English message texts of the few events triage rules look at; everything else is described
// by its data fields only.
QString knownMessage(const EventRecord &r)
{
    const auto d = [&r](QStringView name) { return r.dataValue(name); };
    if (r.provider == QLatin1String("Microsoft-Windows-WindowsUpdateClient")) {
        switch (r.eventId) {
        case 19:
            return QStringLiteral("Installation Successful: Windows successfully installed the following update: %1")
                .arg(d(u"updateTitle"));
        case 20:
            return QStringLiteral("Installation Failure: Windows failed to install the following update with error %1: %2.")
                .arg(d(u"errorCode"), d(u"updateTitle"));
        case 43:
            return QStringLiteral("Installation Started: Windows has started installing the following update: %1")
                .arg(d(u"updateTitle"));
        case 44: return QStringLiteral("Windows Update started downloading an update.");
        default: break;
        }
    }
    if (r.provider == QLatin1String("Service Control Manager") && r.eventId == 7036)
        return QStringLiteral("The %1 service entered the %2 state.").arg(d(u"param1"), d(u"param2"));
    return {};
}

} // namespace

QString EventRecord::dataValue(QStringView name) const
{
    for (const auto &[key, value] : data) {
        if (key == name)
            return value;
    }
    return {};
}

QString eventLevelName(int level)
{
    switch (level) {
    case 1: return QStringLiteral("Critical");
    case 2: return QStringLiteral("Error");
    case 3: return QStringLiteral("Warning");
    case 5: return QStringLiteral("Verbose");
    default: return QStringLiteral("Information");
    }
}

quint64 fillEventRecord(const std::vector<XmlNode> &nodes, EventRecord &r)
{
    r.xml = binxml::renderXml(nodes);
    const XmlNode *event = nullptr;
    for (const XmlNode &n : nodes) {
        if (n.kind == XmlNode::Kind::Element && (!event || n.name == QLatin1String("Event")))
            event = &n;
    }
    if (!event)
        return 0;
    quint64 xmlRecordId = 0;
    if (const XmlNode *system = event->child(u"System")) {
        xmlRecordId = parseNumber(childText(system, u"EventRecordID"));
        if (const XmlNode *provider = system->child(u"Provider")) {
            r.provider = provider->attribute(u"Name");
            if (r.provider.isEmpty())
                r.provider = provider->attribute(u"EventSourceName");
        }
        r.eventId = quint32(parseNumber(childText(system, u"EventID")));
        r.level = int(parseNumber(childText(system, u"Level")));
        r.task = int(parseNumber(childText(system, u"Task")));
        r.opcode = int(parseNumber(childText(system, u"Opcode")));
        r.keywords = parseNumber(childText(system, u"Keywords"));
        r.channel = childText(system, u"Channel");
        r.computer = childText(system, u"Computer");
        if (const XmlNode *created = system->child(u"TimeCreated")) {
            const QDateTime t = parseSystemTime(created->attribute(u"SystemTime"));
            if (t.isValid())
                r.timeCreated = t;
        }
        if (const XmlNode *security = system->child(u"Security"))
            r.userSid = security->attribute(u"UserID");
        if (const XmlNode *execution = system->child(u"Execution")) {
            r.processId = quint32(parseNumber(execution->attribute(u"ProcessID")));
            r.threadId = quint32(parseNumber(execution->attribute(u"ThreadID")));
        }
    }
    if (const XmlNode *eventData = event->child(u"EventData")) {
        for (const XmlNode &c : eventData->children) {
            if (c.kind != XmlNode::Kind::Element)
                continue;
            if (c.name == QLatin1String("Data"))
                r.data.append({c.attribute(u"Name"), c.text()});
            else
                r.data.append({c.name, c.text()});   // <Binary>, <ComplexData>
        }
    }
    if (const XmlNode *userData = event->child(u"UserData"))
        collectLeaves(*userData, r.data, 0);
    return xmlRecordId;
}

QString formatEventText(const EventRecord &r, qint64 index)
{
    const auto orNA = [](const QString &s) { return s.isEmpty() ? QStringLiteral("N/A") : s; };
    QString out;
    out += QStringLiteral("Event[%1]:\n").arg(index);
    out += QStringLiteral("  Log Name: %1\n").arg(orNA(r.channel));
    out += QStringLiteral("  Source: %1\n").arg(orNA(r.provider));
    out += QStringLiteral("  Date: %1\n")
               .arg(r.timeCreated.isValid() ? r.timeCreated.toUTC().toString(Qt::ISODateWithMs).remove(u'Z')
                                            : QStringLiteral("N/A"));
    out += QStringLiteral("  Event ID: %1\n").arg(r.eventId);
    out += QStringLiteral("  Task: %1\n").arg(r.task ? QString::number(r.task) : QStringLiteral("N/A"));
    out += QStringLiteral("  Level: %1\n").arg(eventLevelName(r.level));
    out += QStringLiteral("  Opcode: %1\n").arg(r.opcode ? QString::number(r.opcode) : QStringLiteral("N/A"));
    out += QStringLiteral("  Keyword: %1\n").arg(keywordNames(r.keywords));
    out += QStringLiteral("  User: %1\n").arg(orNA(r.userSid));
    out += QStringLiteral("  User Name: %1\n").arg(wellKnownAccount(r.userSid));
    out += QStringLiteral("  Computer: %1\n").arg(orNA(r.computer));
    out += QStringLiteral("  Description: \n");
    if (const QString message = knownMessage(r); !message.isEmpty())
        out += message + u'\n';
    for (const auto &[name, value] : r.data) {
        // A field spanning lines stays one field: its continuation lines are indented.
        QString v = value;
        v.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\n', QLatin1String("\n    "));
        out += name.isEmpty() ? v + u'\n' : QStringLiteral("%1: %2\n").arg(name, v);
    }
    out += u'\n';
    return out;
}

} // namespace lt::triage
