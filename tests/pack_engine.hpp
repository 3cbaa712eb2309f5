// Test helper for the stage tests: analyzes a text with a small rule pack of the
// test's own (one .rules file's content), so what a test checks is a stage's use of a
// label family, not the shipped rules (tests/shipped.hpp serves those).
#pragma once
#include <catch2/catch.hpp>

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

}  // namespace argmap::testing
