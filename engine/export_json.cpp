// argmap/1 JSON exporter. The only engine file that includes nlohmann/json besides
// the other exporters; field names and meanings are fixed by ../shared/contract.
#include <cstdio>
#include <nlohmann/json.hpp>

#include "engine/export.hpp"
#include "engine/text_input.hpp"

namespace argmap {
namespace {

using json = nlohmann::ordered_json;

std::string id(char prefix, std::size_t index) { return prefix + std::to_string(index + 1); }

json span_json(const Document& doc, Span s) {
  return json{{"text", encode_utf8(doc.slice(s))}, {"start", s.start}, {"end", s.end}};
}

json nullable_date(const std::optional<Date>& d) {
  if (d && d->complete()) return date_iso(*d);
  return nullptr;
}

}  // namespace

const char* type_name(SentenceType t) {
  switch (t) {
    case SentenceType::report: return "report";
    case SentenceType::attribution: return "attribution";
    case SentenceType::claim: return "claim";
    case SentenceType::meta: return "meta";
  }
  return "report";
}

const char* role_name(NodeRole r) {
  switch (r) {
    case NodeRole::thesis: return "thesis";
    case NodeRole::claim: return "claim";
    case NodeRole::evidence: return "evidence";
    case NodeRole::conclusion: return "conclusion";
  }
  return "claim";
}

const char* relation_name(Relation r) {
  switch (r) {
    case Relation::support: return "support";
    case Relation::attack: return "attack";
    case Relation::none: return nullptr;
  }
  return nullptr;
}

const char* paragraph_kind_name(ParagraphKind k) {
  switch (k) {
    case ParagraphKind::body: return "body";
    case ParagraphKind::caption: return "caption";
    case ParagraphKind::meta: return "meta";
  }
  return "body";
}

const char* quote_name(QuoteKind q) {
  switch (q) {
    case QuoteKind::direct: return "direct";
    case QuoteKind::indirect: return "indirect";
    case QuoteKind::mixed: return "mixed";
  }
  return "indirect";
}

std::string date_iso(const Date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::string to_json(const Document& doc, int indent) {
  json out;
  out["schema"] = "argmap/1";
  out["document"] = {{"language", doc.language},
                     {"date", nullable_date(doc.date)},
                     {"length", doc.text.size()}};

  json paragraphs = json::array();
  for (std::size_t i = 0; i < doc.paragraphs.size(); ++i) {
    const Paragraph& p = doc.paragraphs[i];
    json pj{{"id", id('p', i)}, {"start", p.span.start}, {"end", p.span.end},
            {"kind", paragraph_kind_name(p.kind)}};
    if (!p.rules.empty()) pj["rules"] = p.rules;
    paragraphs.push_back(std::move(pj));
  }
  out["paragraphs"] = std::move(paragraphs);

  json sentences = json::array();
  for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    sentences.push_back({{"id", id('s', i)},
                         {"paragraph", id('p', s.paragraph)},
                         {"start", s.span.start},
                         {"end", s.span.end},
                         {"text", encode_utf8(doc.slice(s.span))},
                         {"type", type_name(s.type)},
                         {"form", s.form == Form::question ? "question" : "statement"},
                         {"rules", s.rules},
                         {"confidence", s.confidence}});
  }
  out["sentences"] = std::move(sentences);

  json entities = json::array();
  for (std::size_t i = 0; i < doc.entities.size(); ++i) {
    const Entity& e = doc.entities[i];
    json mentions = json::array();
    for (const Span& m : e.mentions) mentions.push_back({m.start, m.end});
    entities.push_back({{"id", id('e', i)},
                        {"name", e.name},
                        {"aliases", e.aliases},
                        {"title", e.title ? json(*e.title) : json(nullptr)},
                        {"mentions", std::move(mentions)},
                        {"rules", e.rules}});
  }
  out["entities"] = std::move(entities);

  json attributions = json::array();
  for (std::size_t i = 0; i < doc.attributions.size(); ++i) {
    const Attribution& a = doc.attributions[i];
    json source = a.source ? span_json(doc, *a.source)
                           : json{{"text", nullptr}, {"start", nullptr}, {"end", nullptr}};
    source["entity"] = a.source_entity ? json(id('e', *a.source_entity)) : json(nullptr);
    attributions.push_back({{"id", id('a', i)},
                            {"sentence", id('s', a.sentence)},
                            {"source", std::move(source)},
                            {"cue", span_json(doc, a.cue)},
                            {"content", span_json(doc, a.content)},
                            {"quote", quote_name(a.quote)},
                            {"rules", a.rules}});
  }
  out["attributions"] = std::move(attributions);

  json facts = json::array();
  for (std::size_t i = 0; i < doc.facts.size(); ++i) {
    const Fact& f = doc.facts[i];
    json ids = json::array();
    for (auto s : f.sentences) ids.push_back(id('s', s));
    json actors = json::array();
    for (auto e : f.actors) actors.push_back(id('e', e));
    facts.push_back({{"id", id('f', i)},
                     {"sentences", std::move(ids)},
                     {"kind", type_name(f.kind)},
                     {"date", nullable_date(f.date)},
                     {"actors", std::move(actors)},
                     {"rules", f.rules}});
  }
  out["facts"] = std::move(facts);

  json nodes = json::array();
  for (std::size_t i = 0; i < doc.argument.nodes.size(); ++i) {
    const ArgumentNode& n = doc.argument.nodes[i];
    json ids = json::array();
    for (auto s : n.sentences) ids.push_back(id('s', s));
    const char* rel = relation_name(n.relation);
    nodes.push_back({{"id", id('n', i)},
                     {"role", role_name(n.role)},
                     {"sentences", std::move(ids)},
                     {"parent", n.parent ? json(id('n', *n.parent)) : json(nullptr)},
                     {"relation", rel ? json(rel) : json(nullptr)},
                     {"holder", n.holder_entity ? id('e', *n.holder_entity) : std::string("author")},
                     {"rules", n.rules}});
  }
  out["argument"] = {
      {"thesis", doc.argument.thesis ? json(id('n', *doc.argument.thesis)) : json(nullptr)},
      {"nodes", std::move(nodes)}};
  return out.dump(indent);
}

}  // namespace argmap
