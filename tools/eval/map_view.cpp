// Reading an argmap/1 JSON object into a MapView. Every failure becomes an error
// message that names the field; nothing thrown here escapes read_map.
#include "tools/eval/map_view.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>

namespace argmap::eval {

using nlohmann::json;

std::uint32_t overlap(Span a, Span b) {
  const std::uint32_t lo = std::max(a.start, b.start);
  const std::uint32_t hi = std::min(a.end, b.end);
  return hi > lo ? hi - lo : 0;
}

namespace {

// A failure to read, with the place in the document it was found.
struct ReadError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

const json& field(const json& obj, const char* name, const std::string& where) {
  if (!obj.is_object()) throw ReadError(where + ": expected an object");
  auto it = obj.find(name);
  if (it == obj.end()) throw ReadError(where + ": missing \"" + name + "\"");
  return *it;
}

const json& array_field(const json& obj, const char* name, const std::string& where) {
  const json& a = field(obj, name, where);
  if (!a.is_array()) throw ReadError(where + "." + name + ": expected an array");
  return a;
}

std::string string_of(const json& v, const std::string& where) {
  if (!v.is_string()) throw ReadError(where + ": expected a string");
  return v.get<std::string>();
}

std::optional<std::string> nullable_string(const json& v, const std::string& where) {
  if (v.is_null()) return std::nullopt;
  return string_of(v, where);
}

std::uint32_t offset_of(const json& v, const std::string& where) {
  if (!v.is_number_unsigned() && !(v.is_number_integer() && v.get<long long>() >= 0))
    throw ReadError(where + ": expected a non-negative integer");
  return v.get<std::uint32_t>();
}

Span span_of(const json& obj, const std::string& where) {
  Span s{offset_of(field(obj, "start", where), where + ".start"),
         offset_of(field(obj, "end", where), where + ".end")};
  if (s.end < s.start) throw ReadError(where + ": end before start");
  return s;
}

// Ids ("s3", "n2") to indices, for one kind of object.
class IdTable {
 public:
  explicit IdTable(const char* kind) : kind_(kind) {}
  void add(const std::string& id, std::size_t index, const std::string& where) {
    if (!ids_.emplace(id, index).second) throw ReadError(where + ": duplicate " + kind_ + " id " + id);
  }
  std::size_t at(const json& v, const std::string& where) const {
    const std::string id = string_of(v, where);
    auto it = ids_.find(id);
    if (it == ids_.end()) throw ReadError(where + ": no " + kind_ + " with id " + id);
    return it->second;
  }

 private:
  std::string kind_;
  std::map<std::string, std::size_t> ids_;
};

std::string at_index(const char* name, std::size_t i) { return std::string(name) + "[" + std::to_string(i) + "]"; }

MapView read(const json& j) {
  if (!j.is_object()) throw ReadError("top level: expected an object");
  MapView m;
  m.language = string_of(field(field(j, "document", "top level"), "language", "document"), "document.language");

  const json& paragraphs = array_field(j, "paragraphs", "top level");
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    const std::string w = at_index("paragraphs", i);
    m.paragraphs.push_back({span_of(paragraphs[i], w), string_of(field(paragraphs[i], "kind", w), w + ".kind")});
  }

  IdTable sentence_ids("sentence");
  const json& sentences = array_field(j, "sentences", "top level");
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const std::string w = at_index("sentences", i);
    const json& s = sentences[i];
    sentence_ids.add(string_of(field(s, "id", w), w + ".id"), i, w);
    m.sentences.push_back({span_of(s, w), string_of(field(s, "type", w), w + ".type"),
                           string_of(field(s, "form", w), w + ".form")});
  }
  auto sentence_list = [&](const json& obj, const std::string& w) {
    std::vector<std::size_t> out;
    const json& ids = array_field(obj, "sentences", w);
    for (std::size_t k = 0; k < ids.size(); ++k) out.push_back(sentence_ids.at(ids[k], w + ".sentences"));
    return out;
  };

  const json& attributions = array_field(j, "attributions", "top level");
  for (std::size_t i = 0; i < attributions.size(); ++i) {
    const std::string w = at_index("attributions", i);
    const json& a = attributions[i];
    AttributionView v;
    v.sentence = sentence_ids.at(field(a, "sentence", w), w + ".sentence");
    const json& source = field(a, "source", w);
    if (!field(source, "start", w + ".source").is_null()) v.source = span_of(source, w + ".source");
    v.cue = span_of(field(a, "cue", w), w + ".cue");
    v.content = span_of(field(a, "content", w), w + ".content");
    m.attributions.push_back(v);
  }

  const json& entities = array_field(j, "entities", "top level");
  for (std::size_t i = 0; i < entities.size(); ++i) {
    const std::string w = at_index("entities", i);
    EntityView e;
    e.name = string_of(field(entities[i], "name", w), w + ".name");
    const json& aliases = array_field(entities[i], "aliases", w);
    for (const json& a : aliases) e.aliases.push_back(string_of(a, w + ".aliases"));
    m.entities.push_back(std::move(e));
  }

  const json& facts = array_field(j, "facts", "top level");
  for (std::size_t i = 0; i < facts.size(); ++i) {
    const std::string w = at_index("facts", i);
    m.facts.push_back({sentence_list(facts[i], w), nullable_string(field(facts[i], "date", w), w + ".date")});
  }

  const json& argument = field(j, "argument", "top level");
  const json& nodes = array_field(argument, "nodes", "argument");
  IdTable node_ids("node");
  for (std::size_t i = 0; i < nodes.size(); ++i)
    node_ids.add(string_of(field(nodes[i], "id", at_index("argument.nodes", i)), "argument.nodes.id"), i,
                 at_index("argument.nodes", i));
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const std::string w = at_index("argument.nodes", i);
    const json& n = nodes[i];
    NodeView v;
    v.role = string_of(field(n, "role", w), w + ".role");
    v.sentences = sentence_list(n, w);
    const json& parent = field(n, "parent", w);
    if (!parent.is_null()) v.parent = node_ids.at(parent, w + ".parent");
    v.relation = nullable_string(field(n, "relation", w), w + ".relation");
    m.nodes.push_back(std::move(v));
  }
  const json& thesis = field(argument, "thesis", "argument");
  if (!thesis.is_null()) m.thesis = node_ids.at(thesis, "argument.thesis");
  return m;
}

}  // namespace

std::optional<MapView> read_map(const json& j, std::string& error) {
  try {
    return read(j);
  } catch (const ReadError& e) {
    error = e.what();
  } catch (const json::exception& e) {  // a number out of range and the like
    error = e.what();
  }
  return std::nullopt;
}

}  // namespace argmap::eval
