#include "binxmlparser.h"

#include <algorithm>

// Rendering of expanded event XML, kept apart from the decoder.
namespace lt::triage::binxml {
namespace {

QString escape(const QString &s, bool attribute)
{
    QString out;
    out.reserve(s.size());
    for (const QChar ch : s) {
        switch (ch.unicode()) {
        case u'&': out += QStringLiteral("&amp;"); break;
        case u'<': out += QStringLiteral("&lt;"); break;
        case u'>': out += QStringLiteral("&gt;"); break;
        case u'"':
            if (attribute) {
                out += QStringLiteral("&quot;");
                break;
            }
            out += ch;
            break;
        default: out += ch;
        }
    }
    return out;
}

void render(const XmlNode &n, int indent, QString &out)
{
    const QString pad(indent * 2, u' ');
    switch (n.kind) {
    case XmlNode::Kind::Text: out += pad + escape(n.value, false) + u'\n'; return;
    case XmlNode::Kind::CData: out += pad + QStringLiteral("<![CDATA[") + n.value + QStringLiteral("]]>\n"); return;
    case XmlNode::Kind::ProcessingInstruction:
        out += pad + QStringLiteral("<?") + n.name + (n.value.isEmpty() ? QString() : u' ' + n.value)
            + QStringLiteral("?>\n");
        return;
    case XmlNode::Kind::Element: break;
    }
    out += pad + u'<' + n.name;
    for (const auto &[key, value] : n.attributes)
        out += u' ' + key + QStringLiteral("=\"") + escape(value, true) + u'"';
    if (n.children.empty()) {
        out += QStringLiteral("/>\n");
        return;
    }
    const bool textOnly = std::all_of(n.children.begin(), n.children.end(),
                                      [](const XmlNode &c) { return c.kind == XmlNode::Kind::Text; });
    if (textOnly) {
        out += u'>' + escape(n.text(), false) + QStringLiteral("</") + n.name + QStringLiteral(">\n");
        return;
    }
    out += QStringLiteral(">\n");
    for (const XmlNode &c : n.children)
        render(c, indent + 1, out);
    out += pad + QStringLiteral("</") + n.name + QStringLiteral(">\n");
}

} // namespace

const XmlNode *XmlNode::child(QStringView childName) const
{
    for (const XmlNode &c : children) {
        if (c.kind == Kind::Element && c.name == childName)
            return &c;
    }
    return nullptr;
}

QString XmlNode::attribute(QStringView attributeName) const
{
    for (const auto &[key, attributeValue] : attributes) {
        if (key == attributeName)
            return attributeValue;
    }
    return {};
}

QString XmlNode::text() const
{
    QString out;
    for (const XmlNode &c : children) {
        if (c.kind == Kind::Text || c.kind == Kind::CData)
            out += c.value;
    }
    return out;
}

QString renderXml(const std::vector<XmlNode> &nodes)
{
    QString out;
    for (const XmlNode &n : nodes)
        render(n, 0, out);
    return out;
}

} // namespace lt::triage::binxml
