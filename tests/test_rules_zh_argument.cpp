// The shipped zh pack's argument cues (rules/zh/argument.rules) on small texts, in both
// scripts. The older argument cases live in test_rules_zh.cpp with the rest of the pack.
#include <catch2/catch.hpp>

#include "tests/shipped.hpp"

using namespace argmap;

namespace {

Document run(const std::string& text) { return testing::analyze_shipped(text); }

using testing::fired;

}  // namespace

TEST_CASE("zh argument: granting that the measure itself is no problem, then the real issue, is a concessive thesis", "[rules][zh]") {
  const auto doc = run(
      "預約制本身不是問題，真正決定成敗的，是縣府願不願意留一條路。"
      "委外本身并不是问题，问题是契约只盯着权利金。"
      "預約制本身不是問題。");
  REQUIRE(doc.sentences.size() == 3);
  CHECK(fired(doc, 0, "zh.thesis.concessive"));
  CHECK(fired(doc, 1, "zh.thesis.concessive"));        // Simplified text
  CHECK_FALSE(fired(doc, 2, "zh.thesis.concessive"));  // granted, no turn
}
