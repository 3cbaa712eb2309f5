// Test helpers for the shipped rule packs: one engine loaded once per test process,
// texts analyzed with it, and the seed article read from ../shared.
#pragma once
#include <catch2/catch.hpp>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "engine/pipeline.hpp"
#include "engine/text_input.hpp"

namespace argmap::testing {

inline std::shared_ptr<const Engine> shipped_engine() {
  static const auto e = [] {
    std::vector<grammar::Diagnostic> diags;
    auto loaded = Engine::load({shipped_rules_dir()}, diags);
    REQUIRE(loaded);
    return loaded;
  }();
  return e;
}

// Analyzes `text` with the shipped packs; `language` empty = detect.
inline Document analyze_shipped(const std::string& text, const std::string& language = "") {
  AnalyzeOptions options;
  options.language = language;
  auto result = shipped_engine()->analyze(text, "test", options);
  REQUIRE(std::holds_alternative<Document>(result));
  return std::get<Document>(std::move(result));
}

inline std::string str(const Document& doc, Span s) { return encode_utf8(doc.slice(s)); }

// Did the shipped rule `id` match in sentence `s`?
inline bool fired(const Document& doc, std::uint32_t s, const std::string& id) {
  const auto& rules = shipped_engine()->program().rules();
  for (const auto& m : doc.matches)
    if (m.sentence == s && rules[m.rule].id == id) return true;
  return false;
}

inline const Entity* entity_named(const Document& doc, const std::string& name) {
  for (const auto& e : doc.entities)
    if (e.name == name) return &e;
  return nullptr;
}

inline std::string seed_text() {
  std::ifstream in(std::string(ARGMAP_SHARED_DIR) + "/seeds/000_d7b56514e8d183d3.txt", std::ios::binary);
  REQUIRE(in);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace argmap::testing
