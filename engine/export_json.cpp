// argmap/1 JSON exporter: streams the map through JsonWriter (no DOM), in the field
// order and format the contract's examples show; field names and meanings are fixed
// by ../shared/contract.
#include <cstdio>

#include "engine/export.hpp"
#include "engine/json_writer.hpp"

namespace argmap {
namespace {

using detail::JsonWriter;

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
  std::string out;
  append_json(out, doc, indent);
  return out;
}

namespace {

// The map, member by member, in the contract's field order.
void write_map(JsonWriter& w, const Document& doc) {
  auto span_member = [&](std::string_view name, Span sp) {
    w.key(name);
    w.begin_object();
    w.member("text", doc.slice(sp));
    w.member("start", sp.start);
    w.member("end", sp.end);
    w.end_object();
  };
  auto date_member = [&](std::string_view name, const std::optional<Date>& d) {
    if (d && d->complete()) w.member(name, date_iso(*d));
    else w.null_member(name);
  };
  auto id_member = [&](std::string_view name, char prefix, const std::optional<std::uint32_t>& index) {
    if (index) w.id_member(name, prefix, std::uint64_t{*index} + 1);
    else w.null_member(name);
  };
  auto ids_member = [&](std::string_view name, char prefix, const auto& indices) {
    w.key(name);
    w.begin_array();
    for (auto i : indices) w.id(prefix, std::uint64_t{i} + 1);
    w.end_array();
  };

  w.begin_object();
  w.member("schema", "argmap/1");
  w.key("document");
  w.begin_object();
  w.member("language", doc.language);
  date_member("date", doc.date);
  w.member("length", std::uint64_t{doc.text.size()});
  w.end_object();

  w.key("paragraphs");
  w.begin_array();
  for (std::size_t i = 0; i < doc.paragraphs.size(); ++i) {
    const Paragraph& p = doc.paragraphs[i];
    w.begin_object();
    w.id_member("id", 'p', std::uint64_t{i} + 1);
    w.member("start", p.span.start);
    w.member("end", p.span.end);
    w.member("kind", paragraph_kind_name(p.kind));
    if (!p.rules.empty()) w.strings_member("rules", p.rules);
    w.end_object();
  }
  w.end_array();

  w.key("sentences");
  w.begin_array();
  for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    w.begin_object();
    w.id_member("id", 's', std::uint64_t{i} + 1);
    w.id_member("paragraph", 'p', std::uint64_t{s.paragraph} + 1);
    w.member("start", s.span.start);
    w.member("end", s.span.end);
    w.member("text", doc.slice(s.span));
    w.member("type", type_name(s.type));
    w.member("form", s.form == Form::question ? "question" : "statement");
    w.strings_member("rules", s.rules);
    w.member("confidence", s.confidence);
    w.end_object();
  }
  w.end_array();

  w.key("entities");
  w.begin_array();
  for (std::size_t i = 0; i < doc.entities.size(); ++i) {
    const Entity& e = doc.entities[i];
    w.begin_object();
    w.id_member("id", 'e', std::uint64_t{i} + 1);
    w.member("name", e.name);
    w.strings_member("aliases", e.aliases);
    if (e.title) w.member("title", *e.title);
    else w.null_member("title");
    w.key("mentions");
    w.begin_array();
    for (const Span& m : e.mentions) {
      w.begin_array();
      w.number(std::uint64_t{m.start});
      w.number(std::uint64_t{m.end});
      w.end_array();
    }
    w.end_array();
    w.strings_member("rules", e.rules);
    w.end_object();
  }
  w.end_array();

  w.key("attributions");
  w.begin_array();
  for (std::size_t i = 0; i < doc.attributions.size(); ++i) {
    const Attribution& a = doc.attributions[i];
    w.begin_object();
    w.id_member("id", 'a', std::uint64_t{i} + 1);
    w.id_member("sentence", 's', std::uint64_t{a.sentence} + 1);
    w.key("source");
    w.begin_object();
    if (a.source) {
      w.member("text", doc.slice(*a.source));
      w.member("start", a.source->start);
      w.member("end", a.source->end);
    } else {
      w.null_member("text");
      w.null_member("start");
      w.null_member("end");
    }
    id_member("entity", 'e', a.source_entity);
    w.end_object();
    span_member("cue", a.cue);
    span_member("content", a.content);
    w.member("quote", quote_name(a.quote));
    w.strings_member("rules", a.rules);
    w.end_object();
  }
  w.end_array();

  w.key("facts");
  w.begin_array();
  for (std::size_t i = 0; i < doc.facts.size(); ++i) {
    const Fact& f = doc.facts[i];
    w.begin_object();
    w.id_member("id", 'f', std::uint64_t{i} + 1);
    ids_member("sentences", 's', f.sentences);
    w.member("kind", type_name(f.kind));
    date_member("date", f.date);
    ids_member("actors", 'e', f.actors);
    w.strings_member("rules", f.rules);
    w.end_object();
  }
  w.end_array();

  w.key("argument");
  w.begin_object();
  id_member("thesis", 'n', doc.argument.thesis);
  w.key("nodes");
  w.begin_array();
  for (std::size_t i = 0; i < doc.argument.nodes.size(); ++i) {
    const ArgumentNode& n = doc.argument.nodes[i];
    w.begin_object();
    w.id_member("id", 'n', std::uint64_t{i} + 1);
    w.member("role", role_name(n.role));
    ids_member("sentences", 's', n.sentences);
    id_member("parent", 'n', n.parent);
    if (const char* rel = relation_name(n.relation)) w.member("relation", rel);
    else w.null_member("relation");
    if (n.holder_entity) w.id_member("holder", 'e', std::uint64_t{*n.holder_entity} + 1);
    else w.member("holder", "author");
    w.strings_member("rules", n.rules);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  w.end_object();
}

}  // namespace

void append_json(std::string& out, const Document& doc, int indent) {
  JsonWriter w(indent, std::move(out));
  write_map(w, doc);
  out = w.take();
}

void write_json(std::ostream& out, const Document& doc, int indent) {
  JsonWriter w(indent, out);
  write_map(w, doc);
  w.finish();
}

}  // namespace argmap
