// The parts of an argmap/1 JSON map that the evaluation compares, read into plain
// structs with ids resolved to indices. Gold files and the engine's own output are
// read the same way, so the evaluation never depends on the engine's internals.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace argmap::eval {

struct Span {
  std::uint32_t start = 0;
  std::uint32_t end = 0;  // half-open, code points
};

// Characters two spans share (0 when they are disjoint or one is empty).
std::uint32_t overlap(Span a, Span b);

struct SentenceView {
  Span span;
  std::string type;  // report, attribution, claim, meta
  std::string form;  // statement, question
};

struct ParagraphView {
  Span span;
  std::string kind;  // body, caption, meta
};

struct AttributionView {
  std::size_t sentence = 0;    // index into MapView::sentences
  std::optional<Span> source;  // nullopt: the source is implicit
  Span cue;
  Span content;
};

struct EntityView {
  std::string name;
  std::vector<std::string> aliases;
};

struct FactView {
  std::vector<std::size_t> sentences;  // indices, in the order the map lists them
  std::optional<std::string> date;     // ISO date or nullopt
};

struct NodeView {
  std::string role;                       // thesis, claim, evidence, conclusion
  std::vector<std::size_t> sentences;     // indices into MapView::sentences
  std::optional<std::size_t> parent;      // index into MapView::nodes; nullopt for the root
  std::optional<std::string> relation;    // support, attack; nullopt for the root
};

struct MapView {
  std::string language;  // document.language
  std::vector<ParagraphView> paragraphs;
  std::vector<SentenceView> sentences;
  std::vector<AttributionView> attributions;
  std::vector<EntityView> entities;
  std::vector<FactView> facts;
  std::optional<std::size_t> thesis;  // index into nodes
  std::vector<NodeView> nodes;
};

// Reads an argmap/1 object. On a missing field, a wrong type or an id that points
// nowhere, returns nullopt and says where in `error` (e.g. `attributions[2].cue: ...`).
std::optional<MapView> read_map(const nlohmann::json& j, std::string& error);

}  // namespace argmap::eval
