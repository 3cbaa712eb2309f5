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

TEST_CASE("zh argument: the surface named and corrected in one sentence is a thesis contrast, not a concession", "[rules][zh]") {
  const auto doc = run(
      "表面上看，流標是價格談不攏，但卡住標案的其實是補助規則。"
      "表面上看，这是价格问题，实际上是规则的落差。"
      "表面上看，市場一片繁榮。");
  REQUIRE(doc.sentences.size() == 3);
  CHECK(fired(doc, 0, "zh.thesis.contrast"));
  CHECK_FALSE(fired(doc, 0, "zh.relation.concede"));
  CHECK(fired(doc, 1, "zh.thesis.contrast"));          // Simplified text
  CHECK_FALSE(fired(doc, 1, "zh.relation.concede"));
  CHECK(fired(doc, 2, "zh.relation.concede"));         // the surface alone: granted, to be denied later
  CHECK_FALSE(fired(doc, 2, "zh.thesis.contrast"));
}

TEST_CASE("zh argument: prescribing the wrong cure is a verdict in a set phrase", "[rules][zh]") {
  const auto doc = run(
      "用暫停網約車來保護出租車，是開錯了藥方。"
      "这种做法药不对症。"
      "醫師開了藥方。");
  REQUIRE(doc.sentences.size() == 3);
  CHECK(fired(doc, 0, "zh.thesis.verdict"));
  CHECK(fired(doc, 1, "zh.thesis.verdict"));  // Simplified text
  CHECK_FALSE(fired(doc, 2, "zh.thesis.verdict"));
}

TEST_CASE("zh argument: the value lies in A rather than B; rather than A, B should, are thesis cues", "[rules][zh]") {
  const auto doc = run(
      "巡守隊的價值在於守望而不在於追捕。"
      "与其发放更多装备，政府更该划清界线。"
      "與其排隊等待，不如提早預約。"
      "巡守隊的價值在於守望。"
      "與其說是政策，這更像是口號。"
      "他只顧自己的生意而不在乎別人。");
  REQUIRE(doc.sentences.size() == 6);
  CHECK(fired(doc, 0, "zh.thesis.contrast"));
  CHECK(fired(doc, 1, "zh.thesis.comparison"));  // Simplified text, 更該
  CHECK(fired(doc, 2, "zh.thesis.comparison"));  // the older 不如
  CHECK_FALSE(fired(doc, 3, "zh.thesis.contrast"));   // no contrast
  CHECK_FALSE(fired(doc, 4, "zh.thesis.comparison"));  // 與其說 ... 更像: a description, not a choice
  CHECK_FALSE(fired(doc, 5, "zh.thesis.contrast"));    // 而不在乎: does not care, no contrast
}
