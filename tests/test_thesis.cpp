// Thesis selection in tree assembly (engine/stage_argument.cpp), on a small text with
// a rule pack of its own: a recommendation in the closing paragraph that the middle
// paragraphs' claims keep echoing is the thesis, even when an earlier claim carries the
// same cue; unless the opening paragraph stated a verdict. Scores are worked out by
// hand in the comments.
#include <catch2/catch.hpp>

#include "engine/pipeline.hpp"
#include "engine/text_input.hpp"
#include "tests/pack_engine.hpp"

using namespace argmap;

namespace {

Document run(const std::string& pack, const std::string& text) {
  return testing::analyze_with_pack(pack, text);
}

// The lead most cases share: six reports in one paragraph (sentences 0-5), so the
// claims after it start at sentence 6 and the body has their count plus six.
const std::string kSixReports =
    "Prices rose in May. The mayor spoke. Buses ran late. Rain fell. Shops shut early. Trains were full.\n\n";

}  // namespace

TEST_CASE("thesis: a closing recommendation echoed by the middle claims beats an early one", "[stages][argument]") {
  // Sentences 0-5 are reports; 6-9 are claims, one paragraph each. Words of four letters
  // or more are the features; "clearly" is in 4 of 10 body sentences, above the common
  // bound max(2, 0.3 x 10) = 3, so it never counts.
  //   s6 "the mayor should listen": cue 0.4 x 1.5 = 0.6, stance 0.2, shares "should" with
  //      the closing paragraph (+0.08) and with another paragraph's claim (+0.04),
  //      position 0.6 -> 0.4 x 0.4 = 0.16: 1.08.
  //   s9 "the city should cut fares that hurt riders": 0.6 + 0.2, shares should, fares,
  //      hurt, riders with other paragraphs' claims (+0.16), position 0.9 -> 0.04,
  //      a cued claim in the closing paragraph +0.15: 1.15.
  // (Before centrality and the closing verdict, s6 won: 0.88 against 0.8.)
  const auto doc = run(R"R(
    rule t.stance : claim.stance 0.9 = "clearly";
    rule t.should : thesis.normative 0.4 = "should";
  )R",
      kSixReports +
      "Clearly the mayor should listen.\n\n"
      "Clearly bus fares hurt riders.\n\n"
      "Clearly bus routes hurt riders.\n\n"
      "Clearly the city should cut fares that hurt riders.");
  REQUIRE(doc.sentences.size() == 10);
  for (std::uint32_t s = 6; s < 10; ++s) CHECK(doc.sentences[s].type == SentenceType::claim);
  REQUIRE(doc.argument.thesis);
  CHECK(doc.argument.nodes[*doc.argument.thesis].sentences == std::vector<std::uint32_t>{9});
}

TEST_CASE("thesis: an early recommendation that the closing paragraph restates stays the thesis", "[stages][argument]") {
  // Same reports; the closing claim now restates the early one instead of the middle ones.
  //   s6 "the city should lower taxes": 0.6 + 0.2, restated by the closing paragraph
  //      (city, should, taxes: +0.24), the same three shared with another paragraph's
  //      claim (+0.12), position 0.6 -> 0.16: 1.32.
  //   s9 "the city should cut taxes": 0.6 + 0.2, no restatement of its own paragraph,
  //      +0.12 shared, position 0.9 -> 0.04, closing verdict +0.15: 1.11.
  const auto doc = run(R"R(
    rule t.stance : claim.stance 0.9 = "clearly";
    rule t.should : thesis.normative 0.4 = "should";
  )R",
      kSixReports +
      "Clearly the city should lower taxes.\n\n"
      "Clearly bus fares hurt riders.\n\n"
      "Clearly bus routes hurt riders.\n\n"
      "Clearly the city should cut taxes.");
  REQUIRE(doc.sentences.size() == 10);
  REQUIRE(doc.argument.thesis);
  CHECK(doc.argument.nodes[*doc.argument.thesis].sentences == std::vector<std::uint32_t>{6});
}

TEST_CASE("thesis: a verdict in the opening paragraph makes the closing recommendation its conclusion", "[stages][argument]") {
  // The first case again, but the opening claim judges (a thesis.verdict cue) instead of
  // recommending. "clearly" is in 4 of 10 body sentences (above 3): no feature.
  //   s6 "the plan is wrong for the city": 0.4 x 1.5 = 0.6, stance 0.2, "city" restated
  //      by the closing paragraph (+0.08) and held by another paragraph's claim (+0.04),
  //      position 0.6 -> 0.16: 1.08.
  //   s9 "the city should cut fares that hurt riders": 0.6 + 0.2, city, fares, hurt,
  //      riders held by other paragraphs' claims (+0.16), position 0.9 -> 0.04, closing
  //      verdict +0.15: 1.15, which would win. But the opening paragraph (the first one
  //      with claims, s6's) has judged, so the position is stated there and the later
  //      claims argue for it: s9 is no candidate. (When the opening claim only
  //      recommends, as in the first case, the closing one still wins.)
  const auto doc = run(R"R(
    rule t.stance : claim.stance 0.9 = "clearly";
    rule t.should : thesis.normative 0.4 = "should";
    rule t.wrong : thesis.verdict 0.4 = "wrong";
  )R",
      kSixReports +
      "Clearly the plan is wrong for the city.\n\n"
      "Clearly bus fares hurt riders.\n\n"
      "Clearly bus routes hurt riders.\n\n"
      "Clearly the city should cut fares that hurt riders.");
  REQUIRE(doc.sentences.size() == 10);
  for (std::uint32_t s = 6; s < 10; ++s) CHECK(doc.sentences[s].type == SentenceType::claim);
  REQUIRE(doc.argument.thesis);
  CHECK(doc.argument.nodes[*doc.argument.thesis].sentences == std::vector<std::uint32_t>{6});
  // The closing paragraph is the conclusion under it.
  bool conclusion = false;
  for (const auto& n : doc.argument.nodes)
    conclusion |= n.role == NodeRole::conclusion && n.sentences == std::vector<std::uint32_t>{9};
  CHECK(conclusion);
}

TEST_CASE("thesis: a first-person position after the opening's verdict is still a candidate", "[stages][argument]") {
  // The verdict case again, but the closing claim states the author's position in the
  // first person (thesis.position). "clearly" is in 4 of 10 body sentences: no feature.
  //   s6 "the plan is wrong for the city": 1.08, as in the verdict case.
  //   s9 "I believe the city must cut fares that hurt riders": cue 0.6 x 1.5 = 0.9,
  //      stance 0.2, city, fares, hurt, riders held by other paragraphs' claims (+0.16),
  //      position 0.9 -> 0.04, a cued claim in the closing paragraph +0.15: 1.45.
  // The opening has judged, but an author who says where they stand marks the position
  // in so many words, so s9 stays a candidate, and wins.
  const auto doc = run(R"R(
    rule t.stance : claim.stance 0.9 = "clearly";
    rule t.wrong : thesis.verdict 0.4 = "wrong";
    rule t.believe : thesis.position 0.6 = "i" "believe";
  )R",
      kSixReports +
      "Clearly the plan is wrong for the city.\n\n"
      "Clearly bus fares hurt riders.\n\n"
      "Clearly bus routes hurt riders.\n\n"
      "Clearly, I believe the city must cut fares that hurt riders.");
  REQUIRE(doc.sentences.size() == 10);
  for (std::uint32_t s = 6; s < 10; ++s) CHECK(doc.sentences[s].type == SentenceType::claim);
  REQUIRE(doc.argument.thesis);
  CHECK(doc.argument.nodes[*doc.argument.thesis].sentences == std::vector<std::uint32_t>{9});
}

TEST_CASE("thesis: a verdict inside the news lead does not settle the position", "[stages][argument]") {
  // Two fact paragraphs (a lead) before the first paragraph in the author's voice, the
  // second holding one stray verdict (s3). Only the first body paragraph and the opening
  // paragraph state an opening position, so every claim stays a candidate. "clearly" is
  // in 4 of 10 body sentences: no feature.
  //   s3 "the plan is wrong": 0.4 x 1.5 = 0.6, stance 0.2, no shared word, position
  //      0.3 -> 0.28: 1.08.
  //   s7 (opening paragraph after a lead): stance 0.2, lead 0.2, fares/hurt/riders
  //      restated (+0.24) and held elsewhere (+0.12), position 0.7 -> 0.12: 0.88.
  //   s9 "the city should cut fares that hurt riders": 0.6 + 0.2, fares/hurt/riders held
  //      elsewhere (+0.12), position 0.9 -> 0.04, closing verdict +0.15: 1.11.
  const auto doc = run(R"R(
    rule t.stance : claim.stance 0.9 = "clearly";
    rule t.should : thesis.normative 0.4 = "should";
    rule t.wrong : thesis.verdict 0.4 = "wrong";
  )R",
      "Prices rose in May. The mayor spoke. Buses ran late.\n\n"
      "Clearly the plan is wrong. Rain fell. Shops shut early. Trains were full.\n\n"
      "Clearly bus fares hurt riders.\n\n"
      "Clearly bus routes hurt riders.\n\n"
      "Clearly the city should cut fares that hurt riders.");
  REQUIRE(doc.sentences.size() == 10);
  for (std::uint32_t s : {3u, 7u, 8u, 9u}) CHECK(doc.sentences[s].type == SentenceType::claim);
  REQUIRE(doc.argument.thesis);
  CHECK(doc.argument.nodes[*doc.argument.thesis].sentences == std::vector<std::uint32_t>{9});
}

TEST_CASE("thesis: a cue repeated in one sentence counts once; distinct cues add up", "[stages][argument]") {
  // 9 body sentences: common bound max(2, 2.7), so "clearly" (3 sentences) is no feature.
  //   s6 "the mayor should act now": two distinct recommendation rules, 1 - 0.6 x 0.7 =
  //      0.58 -> 0.87, stance 0.2, "should" restated by the closing paragraph (+0.08)
  //      and held by another paragraph's claim (+0.04), position 6/9 -> 0.133: 1.323.
  //   s8 "the city should cut fares and should help riders": one rule, twice. Counted
  //      once: 0.6 + 0.2, should/fares/riders held elsewhere (+0.12), position 8/9 ->
  //      0.044, closing verdict +0.15: 1.114. Counted twice (1 - 0.6 x 0.6 = 0.64 ->
  //      0.96) it would be 1.476 and win.
  const auto doc = run(R"R(
    rule t.stance : claim.stance 0.9 = "clearly";
    rule t.should : thesis.normative 0.4 = "should";
    rule t.now : thesis.normative 0.3 = "now";
  )R",
      kSixReports +
      "Clearly the mayor should act now.\n\n"
      "Clearly bus fares hurt riders.\n\n"
      "Clearly the city should cut fares and should help riders.");
  REQUIRE(doc.sentences.size() == 9);
  for (std::uint32_t s = 6; s < 9; ++s) CHECK(doc.sentences[s].type == SentenceType::claim);
  REQUIRE(doc.argument.thesis);
  CHECK(doc.argument.nodes[*doc.argument.thesis].sentences == std::vector<std::uint32_t>{6});
}

TEST_CASE("thesis: a late `But` answers the argument; the opening claim after a lead stays the thesis", "[stages][argument]") {
  // Body: 3 + 3 lead reports in two paragraphs (s0-s5), s6 claim, s7-s8 reports, s9 claim
  // with a turn, s10 claim in the closing paragraph: 11 sentences. "clearly" is in 3 body
  // sentences, not above the common bound max(2, 0.3 x 11) = 3.3, so it counts: claims of
  // three paragraphs share it (centrality +0.04 each) and so does the closing paragraph
  // (restatement +0.08 for s6 and s9). No other word is shared.
  //   s6 "Clearly the depot failed.": stance 0.2, restated 0.08, central 0.04, position
  //      6/11 -> 0.4 x 5/11 = 0.182, first author's paragraph after a two-paragraph lead
  //      +0.2: 0.702.
  //   s9 "But clearly ferries cost less.": the turn (0.25 -> 0.375) no longer counts, as
  //      s6's paragraph already holds a claim: stance 0.2 + 0.08 + 0.04 + 0.4 x 2/11 = 0.073:
  //      0.393. With the turn it would be 0.768 and win.
  //   s10 "Clearly cycling grows.": 0.2 + 0.04 + 0.4 x 1/11 = 0.276 (no cue: no closing verdict).
  const auto doc = run(R"R(
    rule t.stance : claim.stance 0.9 = "clearly";
    rule t.turn : thesis.turn 0.25 = BOS "but";
  )R",
      "Prices rose in May. The mayor spoke. Buses ran late.\n\n"
      "Rain fell. Shops shut early. Trains were full.\n\n"
      "Clearly the depot failed.\n\n"
      "Trams were slow. Cars were parked.\n\n"
      "But clearly ferries cost less.\n\n"
      "Clearly cycling grows.");
  REQUIRE(doc.sentences.size() == 11);
  CHECK(doc.sentences[6].type == SentenceType::claim);
  CHECK(doc.sentences[9].type == SentenceType::claim);
  REQUIRE(doc.argument.thesis);
  CHECK(doc.argument.nodes[*doc.argument.thesis].sentences == std::vector<std::uint32_t>{6});
}

TEST_CASE("thesis: the inference drawn before the argument begins is the position", "[stages][argument]") {
  // Body: 4 reports, then paragraph 1 (two claims), paragraph 2 (one). "clearly" is in 3
  // of 7 body sentences, above max(2, 0.3 x 7): no feature; the claims share no other
  // word, so centrality and restatement add nothing; no lead bonus (one fact paragraph).
  //   s4 "Clearly buses matter": stance 0.2, position 4/7 -> 0.4 x 3/7 = 0.171: 0.371.
  //   s5 "So clearly, that means riders lose": stance 0.2, position 0.4 x 2/7 = 0.114,
  //      an inference in the opening paragraph +0.2: 0.514 (0.314 without it).
  //   s6 "Clearly trams help": 0.2 + 0.4 x 1/7 = 0.257 (no cue: no closing bonus).
  const auto doc = run(R"R(
    rule t.stance : claim.stance 0.9 = "clearly";
    rule t.inf : relation.inference 0.7 = BOC "that" "means";
  )R",
      "Prices rose in May. The mayor spoke. Buses ran late. Rain fell.\n\n"
      "Clearly buses matter. So clearly, that means riders lose.\n\n"
      "Clearly trams help.");
  REQUIRE(doc.sentences.size() == 7);
  for (std::uint32_t s = 4; s < 7; ++s) CHECK(doc.sentences[s].type == SentenceType::claim);
  REQUIRE(doc.argument.thesis);
  CHECK(doc.argument.nodes[*doc.argument.thesis].sentences == std::vector<std::uint32_t>{5});
}

TEST_CASE("thesis: a first paragraph in the author's voice past the middle opens nothing", "[stages][argument]") {
  // Four body paragraphs, nine sentences: reports s0-3; reports s4-5 and a claim s6 (one
  // claim of three: no opening); then s7's paragraph, the first that is half claims, but
  // the third of four (two before it: not in the first half). "clearly" is in 3 of 9
  // body sentences (above max(2, 2.7)): no feature.
  // Were s7's paragraph the opening, its verdict would settle the position and s8 would
  // be no candidate (s7 would win with 0.6 + 0.2 + lead 0.2 + position 0.09 = 1.09).
  // In the second half it opens nothing, so no claim gets the lead bonus and all stay:
  //   s6 "fares hurt riders": stance 0.2, fares/hurt/riders restated by the closing
  //      paragraph (+0.24) and held by another paragraph's claim (+0.12), position
  //      6/9 -> 0.4 x 1/3 = 0.13: 0.69.
  //   s7 "the plan is wrong": cue 0.4 x 1.5 = 0.6, stance 0.2, position 7/9 -> 0.09: 0.89.
  //   s8 "the city should cut fares that hurt riders": cue 0.6, stance 0.2, fares/hurt/
  //      riders held elsewhere (+0.12), position 8/9 -> 0.04, closing verdict +0.15: 1.11.
  const auto doc = run(R"R(
    rule t.stance : claim.stance 0.9 = "clearly";
    rule t.should : thesis.normative 0.4 = "should";
    rule t.wrong : thesis.verdict 0.4 = "wrong";
  )R",
      "Prices rose in May. The mayor spoke. Buses ran late. Rain fell.\n\n"
      "Shops shut early. Trains were full. Clearly fares hurt riders.\n\n"
      "Clearly the plan is wrong.\n\n"
      "Clearly the city should cut fares that hurt riders.");
  REQUIRE(doc.sentences.size() == 9);
  for (std::uint32_t s = 6; s < 9; ++s) CHECK(doc.sentences[s].type == SentenceType::claim);
  REQUIRE(doc.argument.thesis);
  CHECK(doc.argument.nodes[*doc.argument.thesis].sentences == std::vector<std::uint32_t>{8});
  for (const auto& t : doc.argument.thesis_scores) CHECK(t.excluded == nullptr);
}
