// Test helpers for the stage tests: analyzes a text with a small rule pack of the
// test's own (one .rules file's content), so what a test checks is a stage's use of a
// label family, not the shipped rules (tests/shipped.hpp serves those).
#pragma once
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "engine/pipeline.hpp"
#include "engine/text_input.hpp"
#include "tests/temp_dir.hpp"

namespace argmap::testing {

inline Document analyze_with_pack(const std::string& pack, const std::string& text, const std::string& lang = "en") {
  const TempDir dir("argmap_pack_test");
  dir.write("pack.rules", pack);
  std::vector<grammar::Diagnostic> diags;
  auto engine = Engine::load({dir.root.string()}, diags);
  for (const auto& d : diags) INFO(grammar::render(d));
  REQUIRE(engine);
  auto result = engine->analyze(text, "test", AnalyzeOptions{lang, false});
  REQUIRE(std::holds_alternative<Document>(result));
  return std::get<Document>(std::move(result));
}

// The argument node whose sentences are exactly `sentences`, if any.
inline std::optional<std::uint32_t> node_with(const Document& doc, const std::vector<std::uint32_t>& sentences) {
  const auto& nodes = doc.argument.nodes;
  for (std::uint32_t n = 0; n < nodes.size(); ++n)
    if (nodes[n].sentences == sentences) return n;
  return std::nullopt;
}

}  // namespace argmap::testing
