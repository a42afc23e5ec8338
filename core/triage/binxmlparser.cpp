#include "binxmlparser.h"

namespace lt::triage::binxml {
namespace {

// BinXML tokens; the 0x40 bit of some tokens means "more of the same follows".
enum Token : quint8 {
    EndOfStream = 0x00,
    OpenStartElement = 0x01,
    CloseStartElement = 0x02,
    CloseEmptyElement = 0x03,
    EndElement = 0x04,
    ValueText = 0x05,
    Attribute = 0x06,
    CDataSection = 0x07,
    CharRef = 0x08,
    EntityRef = 0x09,
    PITarget = 0x0a,
    PIData = 0x0b,
    TemplateInstance = 0x0c,
    NormalSubstitution = 0x0d,
    OptionalSubstitution = 0x0e,
    FragmentHeader = 0x0f,
};

constexpr quint8 MoreFlag = 0x40;
// Expanded text allowed per record: one value substituted many times must not eat memory.
constexpr qsizetype MaxCharsPerRecord = 8 * 1024 * 1024;

quint8 baseToken(const Cursor &c, quint8 token)
{
    if ((token & ~MoreFlag) > FragmentHeader)
        throw Error(QStringLiteral("unknown BinXML token 0x%1").arg(token, 2, 16, QChar(u'0')), c.pos() - 1);
    return token & 0x0f;
}

bool isTextToken(quint8 base)
{
    return base == ValueText || base == CharRef || base == EntityRef || base == NormalSubstitution
        || base == OptionalSubstitution;
}

// Resets the recursion mark of a template even when its parse throws.
struct InProgress {
    QSet<quint32> &set;
    quint32 key;
    ~InProgress() { set.remove(key); }
};

} // namespace

Parser::Parser(QByteArrayView chunk) : m_chunk(chunk) {}

std::vector<XmlNode> Parser::parseRecord(qsizetype begin, qsizetype end)
{
    m_budget = 0;
    m_chars = 0;
    m_warnings.clear();
    Cursor c(m_chunk, begin, end);
    const std::vector<Node> nodes = parseStream(c, 0, true);
    std::vector<XmlNode> out;
    expand(nodes, nullptr, out, 0);
    return out;
}

std::vector<Node> Parser::parseStream(Cursor &c, int depth, bool stopAfterTemplate)
{
    if (depth > MaxDepth)
        throw Error(QStringLiteral("BinXML nested deeper than %1 levels").arg(MaxDepth), c.pos());
    std::vector<Node> nodes;
    while (!c.atEnd()) {
        const quint8 token = c.u8();
        const quint8 base = baseToken(c, token);
        switch (base) {
        case EndOfStream: return nodes;
        case FragmentHeader: c.skip(3); break;   // major, minor version, flags
        case OpenStartElement: nodes.push_back(parseElement(c, token, depth + 1)); break;
        case TemplateInstance:
            nodes.push_back(parseTemplateInstance(c, depth + 1));
            // The substitution values end the fragment; what follows is the record's size copy.
            if (stopAfterTemplate)
                return nodes;
            break;
        default:
            if (isTextToken(base)) {
                Node content;
                content.kind = Node::Kind::Content;
                parseTextToken(c, token, content.parts);
                nodes.push_back(std::move(content));
                break;
            }
            throw Error(QStringLiteral("unexpected BinXML token 0x%1 outside an element").arg(token, 2, 16, QChar(u'0')),
                        c.pos() - 1);
        }
    }
    return nodes;
}

Node Parser::parseElement(Cursor &c, quint8 token, int depth)
{
    if (depth > MaxDepth)
        throw Error(QStringLiteral("XML elements nested deeper than %1 levels").arg(MaxDepth), c.pos());
    Node element;
    c.u16();   // dependency identifier
    c.u32();   // data size; the tokens themselves delimit the element
    element.name = readName(c);
    if (token & MoreFlag) {
        c.u32();   // attribute list size
        while (!c.atEnd() && (c.peek() & 0x0f) == Attribute) {
            c.u8();
            QPair<QString, std::vector<Part>> attribute;
            attribute.first = readName(c);
            while (!c.atEnd() && isTextToken(c.peek() & 0x0f)) {
                const quint8 t = c.u8();
                parseTextToken(c, t, attribute.second);
            }
            element.attributes.push_back(std::move(attribute));
        }
    }
    const quint8 close = c.u8();
    if (close == CloseEmptyElement)
        return element;
    if (close != CloseStartElement)
        throw Error(QStringLiteral("element <%1> is not closed (token 0x%2)").arg(element.name).arg(close, 2, 16, QChar(u'0')),
                    c.pos() - 1);
    parseElementContent(c, element, depth);
    return element;
}

void Parser::parseElementContent(Cursor &c, Node &element, int depth)
{
    for (;;) {
        const quint8 token = c.u8();
        const quint8 base = baseToken(c, token);
        if (base == EndElement)
            return;
        if (isTextToken(base)) {
            if (element.children.empty() || element.children.back().kind != Node::Kind::Content) {
                Node content;
                content.kind = Node::Kind::Content;
                element.children.push_back(std::move(content));
            }
            parseTextToken(c, token, element.children.back().parts);
            continue;
        }
        switch (base) {
        case OpenStartElement: element.children.push_back(parseElement(c, token, depth + 1)); break;
        case TemplateInstance: element.children.push_back(parseTemplateInstance(c, depth + 1)); break;
        case FragmentHeader: c.skip(3); break;
        case CDataSection: {
            Node cdata;
            cdata.kind = Node::Kind::CData;
            cdata.text = c.utf16(c.u16());
            element.children.push_back(std::move(cdata));
            break;
        }
        case PITarget: {
            Node pi;
            pi.kind = Node::Kind::ProcessingInstruction;
            pi.name = readName(c);
            element.children.push_back(std::move(pi));
            break;
        }
        case PIData: {
            const QString data = c.utf16(c.u16());
            if (element.children.empty() || element.children.back().kind != Node::Kind::ProcessingInstruction)
                throw Error(QStringLiteral("PI data without a PI target"), c.pos());
            element.children.back().text = data;
            break;
        }
        case EndOfStream:
            throw Error(QStringLiteral("stream ends inside element <%1>").arg(element.name), c.pos() - 1);
        default:
            throw Error(QStringLiteral("unexpected BinXML token 0x%1 in element <%2>")
                            .arg(token, 2, 16, QChar(u'0')).arg(element.name),
                        c.pos() - 1);
        }
    }
}

bool Parser::parseTextToken(Cursor &c, quint8 token, std::vector<Part> &parts)
{
    Part part;
    switch (token & 0x0f) {
    case ValueText: {
        const quint8 type = c.u8();
        const quint16 length = c.u16();
        if (type == StringType)
            part.text = sanitized(c.utf16(length), -1);
        else if (type == AnsiStringType)
            part.text = sanitized(QString::fromLatin1(c.bytes(length)), -1);
        else
            throw Error(QStringLiteral("value text of unsupported type 0x%1").arg(type, 2, 16, QChar(u'0')), c.pos());
        break;
    }
    case CharRef: part.text = QChar(c.u16()); break;
    case EntityRef: {
        const QString name = readName(c);
        static const QHash<QString, QString> entities = {
            {QStringLiteral("lt"), QStringLiteral("<")},   {QStringLiteral("gt"), QStringLiteral(">")},
            {QStringLiteral("amp"), QStringLiteral("&")},  {QStringLiteral("quot"), QStringLiteral("\"")},
            {QStringLiteral("apos"), QStringLiteral("'")},
        };
        part.text = entities.value(name, u'&' + name + u';');
        break;
    }
    case NormalSubstitution:
    case OptionalSubstitution:
        part.index = c.u16();
        c.u8();   // declared type; the value carries its own
        part.optional = (token & 0x0f) == OptionalSubstitution;
        break;
    default: return false;
    }
    parts.push_back(std::move(part));
    return true;
}

Node Parser::parseTemplateInstance(Cursor &c, int depth)
{
    c.u8();   // unknown, 0x01
    c.u32();  // template identifier (first bytes of the GUID)
    const quint32 definition = c.u32();
    Node node;
    node.kind = Node::Kind::TemplateInstance;
    node.templ = templateAt(definition, depth);
    if (definition == c.pos()) {
        // The definition is stored right here, the first time the chunk uses it: step over it.
        c.skip(20);
        c.skip(c.u32());
    }
    node.values = std::make_shared<const std::vector<Value>>(parseValues(c, depth));
    return node;
}

std::shared_ptr<const Template> Parser::templateAt(quint32 offset, int depth)
{
    if (const auto cached = m_templates.constFind(offset); cached != m_templates.cend())
        return *cached;
    if (const auto bad = m_badTemplates.constFind(offset); bad != m_badTemplates.cend())
        throw *bad;
    if (m_templatesInProgress.contains(offset))
        throw Error(QStringLiteral("template at 0x%1 refers to itself").arg(offset, 0, 16), offset);
    m_templatesInProgress.insert(offset);
    const InProgress guard{m_templatesInProgress, offset};

    // Template definition: next offset (4), GUID (16), data size (4), BinXML fragment.
    Cursor header(m_chunk, qsizetype(offset), m_chunk.size());
    header.skip(20);
    const quint32 size = header.u32();
    header.need(size);
    Cursor body(m_chunk, header.pos(), header.pos() + size);
    auto templ = std::make_shared<Template>();
    try {
        templ->nodes = parseStream(body, depth + 1, false);
    } catch (const Error &e) {
        // A recursion error depends on the path that led here, not on the template itself.
        if (!m_templatesInProgress.isEmpty() && m_templatesInProgress.size() == 1)
            m_badTemplates.insert(offset, Error(QStringLiteral("template at 0x%1: %2").arg(offset, 0, 16).arg(e.reason()), e.offset()));
        throw;
    }
    m_templates.insert(offset, templ);
    return templ;
}

std::vector<Value> Parser::parseValues(Cursor &c, int depth)
{
    const quint32 count = c.u32();
    if (count > quint32(c.remaining() / 4))
        throw Error(QStringLiteral("%1 substitution values cannot fit in the record").arg(count), c.pos() - 4);
    std::vector<QPair<quint16, quint8>> descriptors;
    descriptors.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        const quint16 size = c.u16();
        const quint8 type = c.u8();
        c.u8();
        descriptors.emplace_back(size, type);
    }
    std::vector<Value> values;
    values.reserve(count);
    for (const auto &[size, type] : descriptors) {
        Value v;
        v.type = type;
        const qsizetype start = c.pos();
        const QByteArrayView data = c.bytes(size);
        if (type == BinXmlType) {
            Cursor nested(m_chunk, start, start + size);
            auto fragment = std::make_shared<Fragment>();
            fragment->nodes = parseStream(nested, depth + 1, true);
            v.xml = std::move(fragment);
        } else {
            v.text = formatValue(type, data);
            const quint8 base = type & ~ArrayFlag;
            if (base == StringType || base == AnsiStringType)
                v.text = sanitized(v.text, int(values.size()));
        }
        values.push_back(std::move(v));
    }
    return values;
}

QString Parser::readName(Cursor &c)
{
    const quint32 offset = c.u32();
    if (offset != c.pos())
        return nameAt(offset);
    // Stored inline, the first time the chunk uses it: unknown (4), hash (2), length (2),
    // UTF-16 characters and a terminator.
    c.skip(6);
    const quint16 length = c.u16();
    QString name = c.utf16(length);
    c.skip(2);
    m_names.insert(offset, name);
    return name;
}

QString Parser::nameAt(quint32 offset)
{
    if (const auto cached = m_names.constFind(offset); cached != m_names.cend())
        return *cached;
    Cursor c(m_chunk, qsizetype(offset), m_chunk.size());
    c.skip(6);
    const QString name = c.utf16(c.u16());
    m_names.insert(offset, name);
    return name;
}

QString Parser::sanitized(QString text, int valueIndex)
{
    // Control characters are not allowed in XML 1.0 and are never meaningful in event text;
    // they mean a damaged or misdeclared string (python-evtx issue 37). Keep the rest.
    int replaced = 0;
    for (QChar &ch : text) {
        if (ch.unicode() < 0x20 && ch != u'\t' && ch != u'\n' && ch != u'\r') {
            ch = QChar::ReplacementCharacter;
            ++replaced;
        }
    }
    if (replaced > 0) {
        m_warnings << (valueIndex >= 0
                           ? QStringLiteral("substitution value %1 contains %2 control character(s), replaced by U+FFFD")
                                 .arg(valueIndex).arg(replaced)
                           : QStringLiteral("text contains %1 control character(s), replaced by U+FFFD").arg(replaced));
    }
    return text;
}

void Parser::spend(qsizetype nodes)
{
    m_budget += nodes;
    if (m_budget > MaxNodesPerRecord)
        throw Error(QStringLiteral("record expands to more than %1 XML nodes").arg(MaxNodesPerRecord), 0);
}

void Parser::appendText(std::vector<XmlNode> &out, const QString &text)
{
    if (text.isEmpty())
        return;
    m_chars += text.size();
    if (m_chars > MaxCharsPerRecord)
        throw Error(QStringLiteral("record expands to more than %1 characters").arg(MaxCharsPerRecord), 0);
    if (!out.empty() && out.back().kind == XmlNode::Kind::Text) {
        out.back().value += text;
        return;
    }
    spend(1);
    XmlNode node;
    node.kind = XmlNode::Kind::Text;
    node.value = text;
    out.push_back(std::move(node));
}

QString Parser::substitute(const std::vector<Part> &parts, const std::vector<Value> *values, bool *suppressed) const
{
    *suppressed = false;
    QString out;
    for (const Part &p : parts) {
        if (p.index < 0) {
            out += p.text;
            continue;
        }
        const Value *v = values && p.index < int(values->size()) ? &(*values)[p.index] : nullptr;
        if ((!v || v->isNull()) && p.optional && parts.size() == 1)
            *suppressed = true;
        if (v)
            out += v->text;
    }
    return out;
}

void Parser::expand(const std::vector<Node> &nodes, const std::vector<Value> *values, std::vector<XmlNode> &out,
                    int depth)
{
    if (depth > 4 * MaxDepth)
        throw Error(QStringLiteral("template expansion nested too deeply"), 0);
    for (const Node &node : nodes) {
        switch (node.kind) {
        case Node::Kind::Element: {
            spend(1);
            XmlNode element;
            element.name = node.name;
            for (const auto &[name, parts] : node.attributes) {
                bool suppressed = false;
                QString value = substitute(parts, values, &suppressed);
                m_chars += value.size();
                if (!suppressed)
                    element.attributes.append({name, std::move(value)});
            }
            expand(node.children, values, element.children, depth + 1);
            out.push_back(std::move(element));
            break;
        }
        case Node::Kind::Content:
            for (const Part &p : node.parts) {
                if (p.index < 0) {
                    appendText(out, p.text);
                    continue;
                }
                if (!values || p.index >= int(values->size()))
                    continue;
                const Value &v = (*values)[p.index];
                if (v.xml)
                    expand(v.xml->nodes, nullptr, out, depth + 1);
                else
                    appendText(out, v.text);
            }
            break;
        case Node::Kind::CData:
        case Node::Kind::ProcessingInstruction: {
            spend(1);
            XmlNode x;
            x.kind = node.kind == Node::Kind::CData ? XmlNode::Kind::CData : XmlNode::Kind::ProcessingInstruction;
            x.name = node.name;
            x.value = node.text;
            out.push_back(std::move(x));
            break;
        }
        case Node::Kind::TemplateInstance:
            if (node.templ)
                expand(node.templ->nodes, node.values.get(), out, depth + 1);
            break;
        }
    }
}

} // namespace lt::triage::binxml
