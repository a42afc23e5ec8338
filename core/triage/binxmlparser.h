#pragma once

#include "binxmlcursor.h"
#include "binxmlvalue.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace lt::triage::binxml {

// Rendered XML: what a template expands to once its substitution values are filled in.
struct XmlNode {
    enum class Kind : quint8 { Element, Text, CData, ProcessingInstruction };
    Kind kind = Kind::Element;
    QString name;    // element name / PI target
    QString value;   // text, CDATA or PI data (unescaped)
    QList<QPair<QString, QString>> attributes;
    std::vector<XmlNode> children;

    // First child element called `name`, or nullptr.
    const XmlNode *child(QStringView childName) const;
    QString attribute(QStringView attributeName) const;
    // Concatenated direct text children.
    QString text() const;
};

// Indented XML text of `nodes` (two spaces per level), entities escaped.
QString renderXml(const std::vector<XmlNode> &nodes);

// Token stream before substitution: literal text and references to substitution values.
struct Part {
    QString text;        // literal text when index < 0
    int index = -1;      // substitution value index
    bool optional = false;
};

struct Template;

struct Node {
    enum class Kind : quint8 { Element, Content, CData, ProcessingInstruction, TemplateInstance };
    Kind kind = Kind::Element;
    QString name;
    QString text;   // CDATA / PI data
    std::vector<QPair<QString, std::vector<Part>>> attributes;
    std::vector<Part> parts;     // Content
    std::vector<Node> children;  // Element
    std::shared_ptr<const Template> templ;                  // TemplateInstance
    std::shared_ptr<const std::vector<Value>> values;      // TemplateInstance
};

struct Fragment {
    std::vector<Node> nodes;
};

struct Template {
    std::vector<Node> nodes;
};

// Decodes the binary XML of the records of one chunk. Names and template definitions are
// shared by the records of a chunk (referenced by chunk offset), so they are cached here;
// create one Parser per chunk. All limits are enforced here: nesting depth, template
// recursion, and an output budget per record, so crafted input cannot hang or exhaust memory.
class Parser final
{
public:
    static constexpr int MaxDepth = 48;
    static constexpr qsizetype MaxNodesPerRecord = 100000;

    explicit Parser(QByteArrayView chunk);

    // Parses the BinXML stream at [begin, end) of the chunk and expands its templates.
    // Throws binxml::Error on malformed input.
    std::vector<XmlNode> parseRecord(qsizetype begin, qsizetype end);

    // Oddities of the last parseRecord() that did not stop it (e.g. control bytes in a string).
    const QStringList &warnings() const { return m_warnings; }
    qsizetype cachedTemplates() const { return m_templates.size(); }

private:
    std::vector<Node> parseStream(Cursor &c, int depth, bool stopAfterTemplate);
    void parseElementContent(Cursor &c, Node &element, int depth);
    Node parseElement(Cursor &c, quint8 token, int depth);
    bool parseTextToken(Cursor &c, quint8 token, std::vector<Part> &parts);
    Node parseTemplateInstance(Cursor &c, int depth);
    std::shared_ptr<const Template> templateAt(quint32 offset, int depth);
    std::vector<Value> parseValues(Cursor &c, int depth);
    QString readName(Cursor &c);
    QString nameAt(quint32 offset);
    QString sanitized(QString text, int valueIndex);

    void expand(const std::vector<Node> &nodes, const std::vector<Value> *values, std::vector<XmlNode> &out,
                int depth);
    QString substitute(const std::vector<Part> &parts, const std::vector<Value> *values, bool *suppressed) const;
    void appendText(std::vector<XmlNode> &out, const QString &text);
    void spend(qsizetype nodes);

    QByteArrayView m_chunk;
    QHash<quint32, std::shared_ptr<const Template>> m_templates;
    QHash<quint32, QString> m_names;
    QSet<quint32> m_templatesInProgress;
    QHash<quint32, Error> m_badTemplates;   // so each record does not re-parse a broken one
    qsizetype m_budget = 0;
    qsizetype m_chars = 0;
    QStringList m_warnings;
};

} // namespace lt::triage::binxml
