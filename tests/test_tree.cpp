// Tree assembly below the thesis (engine/stage_argument.cpp): which node each sentence
// hangs under. Small texts with a rule pack of their own; the expected trees are worked
// out by hand in the comments. (Thesis choice itself: tests/test_thesis.cpp.)
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/pipeline.hpp"
#include "engine/text_input.hpp"
#include "tests/pack_engine.hpp"

using namespace argmap;

namespace {

Document run(const std::string& pack, const std::string& text) {
  return testing::analyze_with_pack(pack, text);
}

using testing::node_with;

// Every case checks which sentence won the thesis before looking below it; the tree
// means nothing under the wrong root. Returns the root's node index.
std::uint32_t expect_thesis(const Document& doc, const std::vector<std::uint32_t>& sentences) {
  REQUIRE(doc.argument.thesis);
  const auto root = *doc.argument.thesis;
  CHECK(doc.argument.nodes[root].sentences == sentences);
  return root;
}

// What a case expects of one node; a field left empty is not checked (the cases say
// only what their comment works out by hand).
struct Expect {
  std::optional<NodeRole> role;
  std::optional<std::uint32_t> parent;  // node index
  std::optional<Relation> relation;
};

// The node made of exactly `sentences` must exist (nothing below can be checked
// without it); its role, parent and relation are checked where `want` gives them.
// Returns its index, so a later node can be expected under it.
std::uint32_t expect_node(const Document& doc, const std::vector<std::uint32_t>& sentences,
                          const Expect& want = {}) {
  std::string names;
  for (const auto s : sentences) names += (names.empty() ? "s" : ", s") + std::to_string(s);
  INFO("node {" << names << "}");
  const auto found = node_with(doc, sentences);
  REQUIRE(found);
  const auto& node = doc.argument.nodes[*found];
  if (want.role) CHECK(node.role == *want.role);
  if (want.parent) CHECK(node.parent == want.parent);
  if (want.relation) CHECK(node.relation == *want.relation);
  return *found;
}

const char* kStance = R"R(
  rule t.stance : claim.stance 0.9 = "clearly";
  rule t.q : question.mark 0.8 = "?" EOS;
)R";
// Added to kStance by the cases that need a turn or a speaker.
const char* kBut = R"R(
  rule t.but : thesis.turn 0.25 = BOS "But";
)R";
const char* kSaid = R"R(
  rule t.said : attribution 0.8 = BOS source:CAP cue:"said" content:ANY{1,30};
)R";

}  // namespace

TEST_CASE("tree: facts that open a paragraph are the evidence of the claim they lead to", "[stages][argument]") {
  // s0-1 reports (the lead); s2-3 claims; s4-5 reports, s6 a claim; s7 a claim; s8 a
  // report, s9 a claim. No thesis cue: s2 wins on its early place (0.4 x 0.8) and on
  // "levy", which the closing paragraph repeats. Sub-claims are the first claims of
  // paragraphs 2 and 3 (s6, s7); the last paragraph's claim s9 is the conclusion.
  // Expected: {s4, s5} are evidence under s6 (not background under the thesis), and
  // {s8} is evidence under the conclusion (not under s7, the line before it).
  const auto doc = run(kStance,
                       "The council met. It voted.\n\n"
                       "Clearly the levy is right. Clearly it is fair.\n\n"
                       "Shops paid more. Rents rose. Clearly shops suffer less than feared.\n\n"
                       "Clearly roads improve.\n\n"
                       "Fares fell. Clearly the levy should stay.");
  REQUIRE(doc.sentences.size() == 10);
  const auto root = expect_thesis(doc, {2});
  const auto shops = expect_node(doc, {6}, {.parent = root});
  expect_node(doc, {7});
  const auto end = expect_node(doc, {9}, {.role = NodeRole::conclusion});
  expect_node(doc, {4, 5}, {.role = NodeRole::evidence, .parent = shops, .relation = Relation::support});
  expect_node(doc, {8}, {.role = NodeRole::evidence, .parent = end});
}

TEST_CASE("tree: inside a paragraph with no node of its own, opening facts back its first claim", "[stages][argument]") {
  // s0-1 reports; s2-3 claims (s2 the thesis, as above); s4 a claim, the topic of
  // paragraph 2; paragraph 3 is a report (s5) and a question in the author's voice (s6),
  // which opens no line of its own (a question is no topic claim), so the paragraph
  // hangs under s4; s7 the conclusion.
  // Expected: s6 is a claim under s4 and {s5} its evidence (it leads up to the
  // question), not a second piece of evidence for s4.
  const auto doc = run(kStance,
                       "The council met. It voted.\n\n"
                       "Clearly the levy is right. Clearly it is fair.\n\n"
                       "Clearly shops suffer less than feared.\n\n"
                       "Rents rose. Why would shops leave?\n\n"
                       "Clearly the levy should stay.");
  REQUIRE(doc.sentences.size() == 8);
  REQUIRE(doc.sentences[6].type == SentenceType::claim);
  const auto root = expect_thesis(doc, {2});
  const auto shops = expect_node(doc, {4}, {.parent = root});
  const auto question = expect_node(doc, {6}, {.parent = shops, .relation = Relation::support});
  expect_node(doc, {5}, {.role = NodeRole::evidence, .parent = question});
}

TEST_CASE("tree: quoted words the author first grants and then turns against are an objection", "[stages][argument]") {
  // s0-1 reports; s2-3 claims (s2 the thesis); paragraph 2 opens with Ortiz's words
  // (s4, an attribution), then a grant with no cue of its own (s5) and a turn (s6,
  // "But ..."); s7 a claim; s8 the conclusion.
  // Expected: s4 is an objection, a claim attacking the thesis; the grant s5 supports
  // it and the turn s6 attacks it. (Before, only a reply right after the words counted,
  // and s4 was evidence for s5.)
  const auto doc = run(std::string(kStance) + R"R(
    rule t.said : attribution 0.8 = BOS source:CAP cue:"said" content:ANY{1,30};
    rule t.but : thesis.turn 0.25 = BOS "But";
  )R",
                       "The council met. It voted.\n\n"
                       "Clearly the levy is right. Clearly it is fair.\n\n"
                       "Ortiz said the levy hurts shops. Clearly he is right about a few. But clearly most shops gain.\n\n"
                       "Clearly roads improve.\n\n"
                       "Clearly the levy should stay.");
  REQUIRE(doc.sentences.size() == 9);
  REQUIRE(doc.sentences[4].type == SentenceType::attribution);
  const auto root = expect_thesis(doc, {2});
  const auto words = expect_node(doc, {4}, {.role = NodeRole::claim, .parent = root, .relation = Relation::attack});
  expect_node(doc, {5}, {.parent = words, .relation = Relation::support});
  expect_node(doc, {6}, {.parent = words, .relation = Relation::attack});
}

TEST_CASE("tree: a paragraph hung under a line of argument develops its first claim", "[stages][argument]") {
  // s0-1 reports; s2-3 claims (s2 the thesis); s4 a concession (a sub-claim attacking
  // the thesis); paragraph 3 turns right after it (s5 "But ..."), so it has no node of
  // its own and hangs under s4; then a report (s6) and a claim (s7) in that paragraph;
  // s8 a sub-claim; s9 the conclusion.
  // Expected: s5 attacks s4, and the rest of its paragraph backs s5, not s4: {s6} is
  // evidence under s5 and s7 a claim supporting s5.
  const auto doc = run(std::string(kStance) + R"R(
    rule t.granted : relation.attack.concede 0.7 = BOS "Granted";
    rule t.but : thesis.turn 0.25 = BOS "But";
  )R",
                       "The council met. It voted.\n\n"
                       "Clearly the levy is right. Clearly it is fair.\n\n"
                       "Granted, clearly shops pay more.\n\n"
                       "But clearly shops gain. Sales rose. Clearly rents fell.\n\n"
                       "Clearly roads improve.\n\n"
                       "Clearly the levy should stay.");
  REQUIRE(doc.sentences.size() == 10);
  const auto root = expect_thesis(doc, {2});
  const auto granted = expect_node(doc, {4}, {.parent = root, .relation = Relation::attack});
  const auto answer = expect_node(doc, {5}, {.parent = granted, .relation = Relation::attack});
  expect_node(doc, {6}, {.role = NodeRole::evidence, .parent = answer});
  expect_node(doc, {7}, {.role = NodeRole::claim, .parent = answer, .relation = Relation::support});
}

TEST_CASE("tree: facts right after the thesis's paragraph back the claim that paragraph ended on", "[stages][argument]") {
  // s0-1 reports; s2 the thesis and s3 a claim after it in its paragraph (a claim under
  // the thesis); paragraph 2 holds only reports (s4-5), so it opens no line; s6 a
  // sub-claim; s7 the conclusion.
  // Expected: {s4, s5} are evidence under s3, the claim they follow, not background
  // under the thesis.
  const auto doc = run(kStance,
                       "The council met. It voted.\n\n"
                       "Clearly the levy is right. Clearly it is fair.\n\n"
                       "Shops paid more. Rents rose.\n\n"
                       "Clearly roads improve.\n\n"
                       "Clearly the levy should stay.");
  REQUIRE(doc.sentences.size() == 8);
  const auto root = expect_thesis(doc, {2});
  const auto fair = expect_node(doc, {3}, {.role = NodeRole::claim, .parent = root});
  expect_node(doc, {4, 5}, {.role = NodeRole::evidence, .parent = fair});
}

TEST_CASE("tree: a closing paragraph of four claims opens a last line, then concludes", "[stages][argument]") {
  // s0-1 reports; s2 the thesis (s3 a claim after it); s4 a sub-claim; the closing
  // paragraph holds four claims (s5-8).
  // Expected: s5 is a sub-claim supporting the thesis and {s6, s7, s8} the conclusion
  // (with two claims or fewer, the whole closing paragraph would be the conclusion).
  const auto doc = run(kStance,
                       "The council met. It voted.\n\n"
                       "Clearly the levy is right. Clearly it is fair.\n\n"
                       "Clearly roads improve.\n\n"
                       "Clearly buses run well. Clearly shops gain. Clearly taxes stay low. Clearly the levy should stay.");
  REQUIRE(doc.sentences.size() == 9);
  const auto root = expect_thesis(doc, {2});
  expect_node(doc, {5}, {.role = NodeRole::claim, .parent = root, .relation = Relation::support});
  expect_node(doc, {6, 7, 8}, {.role = NodeRole::conclusion, .parent = root});
}

TEST_CASE("tree: under a concession, granting the point again supports it", "[stages][argument]") {
  // s0-1 reports; s2 the thesis (s3 a claim after it); paragraph 2: a concession (s4,
  // a sub-claim attacking the thesis), a second grant (s5) and a turn (s6); s7 a
  // sub-claim; s8 the conclusion.
  // Expected: s5 agrees with the concession it follows: it supports s4 (before, every
  // grant attacked whatever it hung under); the turn s6 still attacks s4.
  const auto doc = run(std::string(kStance) + R"R(
    rule t.granted : relation.attack.concede 0.7 = BOS ("Granted" | "Fair enough");
    rule t.but : thesis.turn 0.25 = BOS "But";
  )R",
                       "The council met. It voted.\n\n"
                       "Clearly the levy is right. Clearly it is fair.\n\n"
                       "Granted, clearly shops pay more. Fair enough, clearly that hurts. But clearly shops gain.\n\n"
                       "Clearly roads improve.\n\n"
                       "Clearly the levy should stay.");
  REQUIRE(doc.sentences.size() == 9);
  const auto root = expect_thesis(doc, {2});
  const auto granted = expect_node(doc, {4}, {.parent = root, .relation = Relation::attack});
  expect_node(doc, {5}, {.parent = granted, .relation = Relation::support});
  expect_node(doc, {6}, {.parent = granted, .relation = Relation::attack});
}

TEST_CASE("tree: under a concession, a judgement that finds the point wanting attacks it", "[stages][argument]") {
  // s0-1 reports; s2 the thesis (s3 a claim after it); paragraph 2: a concession (s4,
  // a sub-claim attacking the thesis) and the author's answer, which neither turns nor
  // asks but judges the point wanting (s5, `relation.answer`); s6 a sub-claim; s7 the
  // conclusion.
  // Expected: s5 answers the concession: it attacks s4 (before, with no turn, it
  // supported the point it rejects).
  const auto doc = run(std::string(kStance) + R"R(
    rule t.granted : relation.attack.concede 0.7 = BOS "Granted";
    rule t.judge : relation.answer 0.6 = BOS "That" "is" "clearly"? "the" "wrong" "lesson";
  )R",
                       "The council met. It voted.\n\n"
                       "Clearly the levy is right. Clearly it is fair.\n\n"
                       "Granted, clearly shops pay more. That is clearly the wrong lesson.\n\n"
                       "Clearly roads improve.\n\n"
                       "Clearly the levy should stay.");
  REQUIRE(doc.sentences.size() == 8);
  REQUIRE(doc.sentences[5].type == SentenceType::claim);
  const auto root = expect_thesis(doc, {2});
  const auto granted = expect_node(doc, {4}, {.parent = root, .relation = Relation::attack});
  expect_node(doc, {5}, {.role = NodeRole::claim, .parent = granted, .relation = Relation::attack});
}

TEST_CASE("tree: a concession before the thesis in its paragraph takes what follows it", "[stages][argument]") {
  // s0-1 reports; paragraph 1: a concession (s2), a report (s3), a claim (s4) and the
  // thesis (s5, "But ..."): its turn (0.25 x 1.5), stance, "levy" restated at the end
  // and a place in the opening beat s4 (stance and place only) and s2 (conceding,
  // -0.5). s6 a sub-claim, s7 the conclusion.
  // Expected: s2 attacks the thesis, and s3 (evidence) and s4 (a claim supporting it)
  // hang under s2, the point the author grants before turning, not under the thesis.
  const auto doc = run(std::string(kStance) + R"R(
    rule t.granted : relation.attack.concede 0.7 = BOS "Granted";
    rule t.but : thesis.turn 0.25 = BOS "But";
  )R",
                       "The council met. It voted.\n\n"
                       "Granted, clearly shops pay more. Rents rose. Clearly buses lag. But clearly the levy is right.\n\n"
                       "Clearly roads improve.\n\n"
                       "Clearly the levy should stay.");
  REQUIRE(doc.sentences.size() == 8);
  const auto root = expect_thesis(doc, {5});
  const auto granted = expect_node(doc, {2}, {.parent = root, .relation = Relation::attack});
  expect_node(doc, {3}, {.role = NodeRole::evidence, .parent = granted});
  expect_node(doc, {4}, {.role = NodeRole::claim, .parent = granted, .relation = Relation::support});
}

TEST_CASE("tree: a line of argument that only turns supports the thesis; a grant attacks it", "[stages][argument]") {
  // s0-1 reports; s2 the thesis (its early place and "levy", restated at the end),
  // s3 a claim after it; s4 opens paragraph 2 with a bare turn (`relation.attack`, as
  // the zh pack's sentence-opening 'but' is), s5 opens paragraph 3 with a grant
  // (`relation.attack.concede`); both are topic sub-claims; s6 the conclusion.
  // Expected: s4 supports the thesis (before, any `relation.attack` made its line
  // attack the thesis); s5 still attacks it.
  const auto doc = run(std::string(kStance) + R"R(
    rule t.turn : relation.attack 0.7 = BOS "But";
    rule t.granted : relation.attack.concede 0.7 = BOS "Granted";
  )R",
                       "The council met. It voted.\n\n"
                       "Clearly the levy is right. Clearly it is fair.\n\n"
                       "But clearly shops suffer less than feared.\n\n"
                       "Granted, clearly roads cost more.\n\n"
                       "Clearly the levy should stay.");
  REQUIRE(doc.sentences.size() == 7);
  const auto root = expect_thesis(doc, {2});
  expect_node(doc, {4}, {.role = NodeRole::claim, .parent = root, .relation = Relation::support});
  expect_node(doc, {5}, {.role = NodeRole::claim, .parent = root, .relation = Relation::attack});
}

TEST_CASE("tree: a paragraph that opens with a bare turn right after a concession answers it", "[stages][argument]") {
  // s0-1 reports; s2 the thesis (early place, "levy" restated at the end), s3 a claim
  // after it; s4 a grant (`relation.attack.concede`) opening paragraph 2; paragraph 3
  // opens with a bare turn (s5, `relation.attack` as zh's sentence-opening 'but' is,
  // no `thesis.turn`); s6 a sub-claim; s7 the conclusion.
  // Expected: s4 attacks the thesis and s5, the author's answer, hangs under it and
  // attacks it (before, only `thesis.turn` answered, so s5 opened a line of its own
  // supporting the thesis).
  const std::string pack = std::string(kStance) + R"R(
    rule t.turn : relation.attack 0.7 = BOS "But";
    rule t.granted : relation.attack.concede 0.7 = BOS "Granted";
  )R";
  const auto doc = run(pack,
                       "The council met. It voted.\n\n"
                       "Clearly the levy is right. Clearly it is fair.\n\n"
                       "Granted, clearly roads cost more.\n\n"
                       "But clearly shops gain.\n\n"
                       "Clearly buses run well.\n\n"
                       "Clearly the levy should stay.");
  REQUIRE(doc.sentences.size() == 8);
  const auto root = expect_thesis(doc, {2});
  const auto grant = expect_node(doc, {4}, {.role = NodeRole::claim, .parent = root, .relation = Relation::attack});
  expect_node(doc, {5}, {.role = NodeRole::claim, .parent = grant, .relation = Relation::attack});
  expect_node(doc, {6}, {.role = NodeRole::claim, .parent = root, .relation = Relation::support});

  // The turn after facts (s6, after the report s5) does not open its paragraph: that
  // paragraph opens its own line, a sub-claim supporting the thesis.
  const auto later = run(pack,
                         "The council met. It voted.\n\n"
                         "Clearly the levy is right. Clearly it is fair.\n\n"
                         "Granted, clearly roads cost more.\n\n"
                         "Fares fell in May. But clearly shops gain.\n\n"
                         "Clearly buses run well.\n\n"
                         "Clearly the levy should stay.");
  REQUIRE(later.sentences.size() == 9);
  REQUIRE(later.sentences[5].type == SentenceType::report);
  const auto root2 = expect_thesis(later, {2});
  expect_node(later, {6}, {.role = NodeRole::claim, .parent = root2, .relation = Relation::support});
}

TEST_CASE("tree: a line the next paragraph turns from is granted", "[stages][argument]") {
  // s0-1 reports; s2 the thesis (early place, "levy" restated at the end), s3 a claim
  // after it; s4 a sub-claim with no cue of its own; paragraph 3 opens with a turn (s5,
  // "But ..."), a sub-claim of its own (s4 is no cued concession it could answer); s6
  // a sub-claim; s7 the conclusion.
  // Expected: s4 attacks the thesis, granted by the turn that follows it (before, it
  // supported it); s5 and s6, whose next paragraphs do not turn, support it.
  const auto doc = run(std::string(kStance) + kBut,
                       "The council met. It voted.\n\n"
                       "Clearly the levy is right. Clearly it is fair.\n\n"
                       "Clearly roads cost more.\n\n"
                       "But clearly shops gain.\n\n"
                       "Clearly buses run well.\n\n"
                       "Clearly the levy should stay.");
  REQUIRE(doc.sentences.size() == 8);
  const auto root = expect_thesis(doc, {2});
  expect_node(doc, {4}, {.role = NodeRole::claim, .parent = root, .relation = Relation::attack});
  expect_node(doc, {5}, {.role = NodeRole::claim, .parent = root, .relation = Relation::support});
  expect_node(doc, {6}, {.role = NodeRole::claim, .parent = root, .relation = Relation::support});
}

TEST_CASE("tree: frames inside a paragraph develop the claim that announces them", "[stages][argument]") {
  // s0-1 reports; s2 the thesis (early place, "levy" restated at the end), s3 a claim
  // after it; paragraph 2 opens with a claim (s4) followed by two frames of one
  // `parallel` label (s5 "First, ...", s6 "Second, ..."), inside that one paragraph;
  // s7 a sub-claim; s8 the conclusion.
  // Expected: s4 is the paragraph's line of argument, a sub-claim supporting the
  // thesis, and s5 and s6 are claims under it (before, the frames were the sub-claims
  // and s4 hung under the thesis's paragraph).
  const std::string pack = std::string(kStance) + R"R(
    rule t.first : parallel.enumerate 0.8 = BOS "First";
    rule t.second : parallel.enumerate 0.8 = BOS "Second";
  )R";
  const auto doc = run(pack,
                       "The council met. It voted.\n\n"
                       "Clearly the levy is right. Clearly it is fair.\n\n"
                       "Clearly two things must change. First, clearly fares must fall. Second, clearly buses must run late.\n\n"
                       "Clearly roads improve.\n\n"
                       "Clearly the levy should stay.");
  REQUIRE(doc.sentences.size() == 9);
  const auto root = expect_thesis(doc, {2});
  const auto line = expect_node(doc, {4}, {.role = NodeRole::claim, .parent = root, .relation = Relation::support});
  expect_node(doc, {5}, {.role = NodeRole::claim, .parent = line, .relation = Relation::support});
  expect_node(doc, {6}, {.role = NodeRole::claim, .parent = line, .relation = Relation::support});
  expect_node(doc, {7}, {.role = NodeRole::claim, .parent = root, .relation = Relation::support});

  // Frames that open their paragraph announce nothing: they stay sub-claims.
  const auto own = run(pack,
                       "The council met. It voted.\n\n"
                       "Clearly the levy is right. Clearly it is fair.\n\n"
                       "First, clearly fares must fall. Second, clearly buses must run late.\n\n"
                       "Clearly roads improve.\n\n"
                       "Clearly the levy should stay.");
  REQUIRE(own.sentences.size() == 8);
  const auto root2 = expect_thesis(own, {2});
  expect_node(own, {4}, {.role = NodeRole::claim, .parent = root2});
  expect_node(own, {5}, {.role = NodeRole::claim, .parent = root2});
}

TEST_CASE("tree: in the thesis's paragraph, a claim that only turns supports the thesis", "[stages][argument]") {
  // s0-1 reports; s2 the thesis (its early place, "levy" restated at the end), s3 a
  // claim after it in its paragraph with a bare turn (`relation.attack`, as zh's
  // sentence-opening 'but'); s4 a sub-claim; s5 the conclusion.
  // Expected: s3 hangs under the thesis and supports it (before, the turn made it
  // attack the thesis it follows).
  const auto doc = run(std::string(kStance) + R"R(
    rule t.turn : relation.attack 0.7 = BOS "But";
  )R",
                       "The council met. It voted.\n\n"
                       "Clearly the levy is right. But clearly shops still pay.\n\n"
                       "Clearly roads improve.\n\n"
                       "Clearly the levy should stay.");
  REQUIRE(doc.sentences.size() == 6);
  const auto root = expect_thesis(doc, {2});
  expect_node(doc, {3}, {.role = NodeRole::claim, .parent = root, .relation = Relation::support});
}

TEST_CASE("tree: in the thesis's paragraph, facts after a claim back that claim", "[stages][argument]") {
  // s0-1 reports; paragraph 1: the thesis (s2, its early place and "levy" restated at
  // the end), a claim (s3) and two reports (s4-5); s6 a sub-claim; s7 the conclusion.
  // Expected: s3 is a claim under the thesis and {s4, s5} its evidence, the point
  // just made (before, they backed the thesis directly).
  const auto doc = run(kStance,
                       "The council met. It voted.\n\n"
                       "Clearly the levy is right. Clearly buses lag. Fares rose. Rents rose.\n\n"
                       "Clearly roads improve.\n\n"
                       "Clearly the levy should stay.");
  REQUIRE(doc.sentences.size() == 8);
  const auto root = expect_thesis(doc, {2});
  const auto buses = expect_node(doc, {3}, {.role = NodeRole::claim, .parent = root});
  expect_node(doc, {4, 5}, {.role = NodeRole::evidence, .parent = buses});
}

TEST_CASE("tree: a question that opens a paragraph is its line of argument", "[stages][argument]") {
  // s0-1 reports; s2 the thesis (early place, "levy" restated at the end; s4 is a
  // question, -0.4), s3 a claim after it; paragraph 2 opens with a question in the
  // author's voice (s4) and answers it (s5); s6 the conclusion.
  // Expected: s4 is the paragraph's sub-claim, under the thesis, and s5 a claim under
  // it (before, questions were no topic, so s5 was the sub-claim and s4 hung apart).
  const auto doc = run(kStance,
                       "The council met. It voted.\n\n"
                       "Clearly the levy is right. Clearly it is fair.\n\n"
                       "Why would shops leave? Clearly rents stay low.\n\n"
                       "Clearly the levy should stay.");
  REQUIRE(doc.sentences.size() == 7);
  REQUIRE(doc.sentences[4].form == Form::question);
  const auto root = expect_thesis(doc, {2});
  const auto question = expect_node(doc, {4}, {.role = NodeRole::claim, .parent = root, .relation = Relation::support});
  expect_node(doc, {5}, {.role = NodeRole::claim, .parent = question});
}

TEST_CASE("tree: under a line of argument, facts after a turn back the turn, after a plain claim the line", "[stages][argument]") {
  // s0-1 reports; s2 the thesis (early place, "levy" restated at the end; the turn of
  // s5 counts for nothing after the opening paragraph); paragraph 2: its topic (s4, a
  // sub-claim), a turn (s5), a report (s6), a plain claim (s7), a report (s8); s9 the
  // conclusion.
  // Expected: s5 and s7 are claims under s4; {s6} backs s5, the point the turn makes
  // (before, it backed s4); {s8} still backs s4, since s7 makes no point of its own.
  const auto doc = run(std::string(kStance) + kBut,
                       "The council met. It voted.\n\n"
                       "Clearly the levy is right. Clearly it is fair.\n\n"
                       "Clearly roads improve. But clearly buses lag. Fares rose. Clearly shops gain. Rents fell.\n\n"
                       "Clearly the levy should stay.");
  REQUIRE(doc.sentences.size() == 10);
  const auto root = expect_thesis(doc, {2});
  const auto roads = expect_node(doc, {4}, {.parent = root});
  const auto buses = expect_node(doc, {5}, {.parent = roads});
  expect_node(doc, {7}, {.parent = roads});
  expect_node(doc, {6}, {.role = NodeRole::evidence, .parent = buses});
  expect_node(doc, {8}, {.role = NodeRole::evidence, .parent = roads});
}

TEST_CASE("tree: under an objection, a bare turn answers it and the rest backs the answer", "[stages][argument]") {
  // s0-1 reports; s2 the thesis (early place, "levy" restated at the end); paragraph 2
  // opens with Ortiz's words (s4, an attribution) answered by a bare turn (s5,
  // `relation.attack` as zh's sentence-opening 'but'), so s4 is an objection; then a
  // plain claim (s6) and a question in the author's voice (s7); s8 a sub-claim; s9 the
  // conclusion.
  // Expected: s5 attacks the objection; s6 and s7 argue the answer, so they hang under
  // s5 and support it (before, s6 supported the objection and s7 attacked it).
  const auto doc = run(std::string(kStance) + R"R(
    rule t.said : attribution 0.8 = BOS source:CAP cue:"said" content:ANY{1,30};
    rule t.yet : relation.attack 0.7 = BOS "Yet";
  )R",
                       "The council met. It voted.\n\n"
                       "Clearly the levy is right. Clearly it is fair.\n\n"
                       "Ortiz said the levy hurts shops. Yet clearly most shops gain. Clearly rents fall. "
                       "Why would shops leave?\n\n"
                       "Clearly roads improve.\n\n"
                       "Clearly the levy should stay.");
  REQUIRE(doc.sentences.size() == 10);
  REQUIRE(doc.sentences[4].type == SentenceType::attribution);
  REQUIRE(doc.sentences[7].form == Form::question);
  const auto root = expect_thesis(doc, {2});
  const auto words = expect_node(doc, {4}, {.parent = root, .relation = Relation::attack});
  const auto answer = expect_node(doc, {5}, {.parent = words, .relation = Relation::attack});
  for (const std::uint32_t s : {6, 7}) expect_node(doc, {s}, {.parent = answer, .relation = Relation::support});
}

TEST_CASE("tree: under a concession, what follows the turn backs the turn", "[stages][argument]") {
  // s0-1 reports; s2 the thesis; paragraph 2: a concession (s4, a sub-claim attacking
  // the thesis), the turn that answers it (s5, "But ..."), a report (s6) and a question
  // (s7); s8 a sub-claim; s9 the conclusion.
  // Expected: s5 attacks s4; the report s6 (after a turn) and the question s7 back s5
  // (before, the question attacked the concession beside the turn).
  const auto doc = run(std::string(kStance) + R"R(
    rule t.granted : relation.attack.concede 0.7 = BOS "Granted";
    rule t.but : thesis.turn 0.25 = BOS "But";
  )R",
                       "The council met. It voted.\n\n"
                       "Clearly the levy is right. Clearly it is fair.\n\n"
                       "Granted, clearly shops pay more. But clearly shops gain. Sales rose. "
                       "Why would shops leave?\n\n"
                       "Clearly roads improve.\n\n"
                       "Clearly the levy should stay.");
  REQUIRE(doc.sentences.size() == 10);
  REQUIRE(doc.sentences[7].form == Form::question);
  const auto root = expect_thesis(doc, {2});
  const auto granted = expect_node(doc, {4}, {.parent = root, .relation = Relation::attack});
  const auto turn = expect_node(doc, {5}, {.parent = granted, .relation = Relation::attack});
  expect_node(doc, {6}, {.role = NodeRole::evidence, .parent = turn, .relation = Relation::support});
  expect_node(doc, {7}, {.role = NodeRole::claim, .parent = turn, .relation = Relation::support});
}

TEST_CASE("tree: an inference leaves the facts before it to the line they back", "[stages][argument]") {
  // s0-1 reports; s2 the thesis (early place, "levy" restated at the end); paragraph 2:
  // its topic (s4, a sub-claim), two reports (s5-6) and an inference from them (s7,
  // `relation.inference`); s8 the conclusion.
  // Expected: {s5, s6} back s4, the line, and s7 is a claim under s4 beside them
  // (before, the inference took them as its own evidence).
  const auto doc = run(std::string(kStance) + R"R(
    rule t.inf : relation.inference 0.7 = BOS "This" "shows";
  )R",
                       "The council met. It voted.\n\n"
                       "Clearly the levy is right. Clearly it is fair.\n\n"
                       "Clearly roads improve. Fares fell. Trips rose. This shows clearly that buses work.\n\n"
                       "Clearly the levy should stay.");
  REQUIRE(doc.sentences.size() == 9);
  const auto root = expect_thesis(doc, {2});
  const auto roads = expect_node(doc, {4}, {.parent = root});
  expect_node(doc, {5, 6}, {.role = NodeRole::evidence, .parent = roads});
  expect_node(doc, {7}, {.role = NodeRole::claim, .parent = roads});
}

TEST_CASE("tree: quoted words answered by a bare turn are an objection", "[stages][argument]") {
  // s0-1 reports; s2 the thesis (early place, "levy" restated at the end); paragraph 2:
  // Ortiz's words (s4, an attribution) and the author's reply with a bare turn (s5,
  // `relation.attack` as zh's sentence-opening 'but', no `thesis.turn`); s6 a sub-claim; s7 the
  // conclusion.
  // Expected: s4 is an objection, a claim attacking the thesis, and s5 attacks it
  // (before, only `thesis.turn` answered, so s4 was evidence leading in to s5).
  const auto doc = run(std::string(kStance) + R"R(
    rule t.said : attribution 0.8 = BOS source:CAP cue:"said" content:ANY{1,30};
    rule t.yet : relation.attack 0.7 = BOS "Yet";
  )R",
                       "The council met. It voted.\n\n"
                       "Clearly the levy is right. Clearly it is fair.\n\n"
                       "Ortiz said the levy hurts shops. Yet clearly most shops gain.\n\n"
                       "Clearly roads improve.\n\n"
                       "Clearly the levy should stay.");
  REQUIRE(doc.sentences.size() == 8);
  REQUIRE(doc.sentences[4].type == SentenceType::attribution);
  const auto root = expect_thesis(doc, {2});
  const auto words = expect_node(doc, {4}, {.role = NodeRole::claim, .parent = root, .relation = Relation::attack});
  expect_node(doc, {5}, {.parent = words, .relation = Relation::attack});
}

TEST_CASE("tree: quoted words answered by a question are an objection", "[stages][argument]") {
  // As above, but the author answers Ortiz's words (s4) with a question (s5).
  // Expected: s4 is an objection attacking the thesis and the question s5 attacks it
  // (before, a question was no answer, so s4 was evidence leading in to s5).
  const auto doc = run(std::string(kStance) + kSaid,
                       "The council met. It voted.\n\n"
                       "Clearly the levy is right. Clearly it is fair.\n\n"
                       "Ortiz said the levy hurts shops. Why would shops leave?\n\n"
                       "Clearly roads improve.\n\n"
                       "Clearly the levy should stay.");
  REQUIRE(doc.sentences.size() == 8);
  REQUIRE(doc.sentences[4].type == SentenceType::attribution);
  REQUIRE(doc.sentences[5].form == Form::question);
  const auto root = expect_thesis(doc, {2});
  const auto words = expect_node(doc, {4}, {.role = NodeRole::claim, .parent = root, .relation = Relation::attack});
  expect_node(doc, {5}, {.parent = words, .relation = Relation::attack});
}

TEST_CASE("tree: quoted words the author judges wanting are an objection", "[stages][argument]") {
  // As above, but the author answers Ortiz's words (s4) by judging them wanting
  // (`relation.answer`: That comparison flatters ..., no turn, no question), then backs
  // that judgement with a fact (s6).
  // Expected: s4 is an objection attacking the thesis; s5 rebuts it, so it attacks it
  // (the guide: the author's rebuttal of an objection); the fact s6 backs the rebuttal
  // (before, s4 was evidence leading in to s5, the paragraph's line of argument).
  const auto doc = run(std::string(kStance) + kSaid + R"R(
    rule t.judge : relation.answer 0.6 = BOS "That" "comparison" "clearly"? "flatters";
    rule t.report : report.event 0.6 = "opened";
  )R",
                       "The council met. It voted.\n\n"
                       "Clearly the levy is right. Clearly it is fair.\n\n"
                       "Ortiz said the levy hurts shops. That comparison clearly flatters the old rules. "
                       "A bypass opened that year.\n\n"
                       "Clearly roads improve.\n\n"
                       "Clearly the levy should stay.");
  REQUIRE(doc.sentences.size() == 9);
  REQUIRE(doc.sentences[4].type == SentenceType::attribution);
  REQUIRE(doc.sentences[5].type == SentenceType::claim);
  REQUIRE(doc.sentences[6].type == SentenceType::report);
  const auto root = expect_thesis(doc, {2});
  const auto words = expect_node(doc, {4}, {.role = NodeRole::claim, .parent = root, .relation = Relation::attack});
  const auto answer = expect_node(doc, {5}, {.role = NodeRole::claim, .parent = words, .relation = Relation::attack});
  expect_node(doc, {6}, {.role = NodeRole::evidence, .parent = answer, .relation = Relation::support});
}

TEST_CASE("tree: a claim the thesis's paragraph opens with, then turns from, is granted", "[stages][argument]") {
  // s0-1 reports; paragraph 2: a claim (s2, no cue) and the thesis s3 ("But ...", a
  // turn before the argument begins, 1.5 x 0.25 on top of what s2 scores; "levy"
  // restated at the end); s4 and s5 sub-claims; s6 the conclusion.
  // Expected: s2 is a claim attacking the thesis, the point the author grants before
  // turning (before, it supported the thesis: it has no grant cue of its own).
  const auto doc = run(std::string(kStance) + kBut,
                       "The council met. It voted.\n\n"
                       "Clearly the aims are good. But clearly the levy is wrong.\n\n"
                       "Clearly roads suffer.\n\n"
                       "Clearly shops lose.\n\n"
                       "Clearly the levy should go.");
  REQUIRE(doc.sentences.size() == 7);
  const auto root = expect_thesis(doc, {3});
  expect_node(doc, {2}, {.role = NodeRole::claim, .parent = root, .relation = Relation::attack});
  expect_node(doc, {4}, {.role = NodeRole::claim, .parent = root, .relation = Relation::support});
}

TEST_CASE("tree: a claim before a thesis that does not turn still supports it", "[stages][argument]") {
  // As above, but the thesis s3 is cued as a verdict (`thesis.verdict`) and does not
  // turn. Expected: s2 argues the same side and supports the thesis.
  const auto doc = run(std::string(kStance) + R"R(
    rule t.wrong : thesis.verdict 0.6 = "wrong";
  )R",
                       "The council met. It voted.\n\n"
                       "Clearly the aims are good. Clearly the levy is wrong.\n\n"
                       "Clearly roads suffer.\n\n"
                       "Clearly shops lose.\n\n"
                       "Clearly the levy should go.");
  REQUIRE(doc.sentences.size() == 7);
  const auto root = expect_thesis(doc, {3});
  expect_node(doc, {2}, {.role = NodeRole::claim, .parent = root, .relation = Relation::support});
}

TEST_CASE("tree: a closing paragraph of three claims opens a last line, then concludes", "[stages][argument]") {
  // s0-1 reports; s2 the thesis (s3 a claim after it); s4 a sub-claim; the closing
  // paragraph holds three claims (s5-7).
  // Expected: s5 is a sub-claim supporting the thesis and {s6, s7} the conclusion
  // (before, from four claims on only: all three concluded).
  const auto doc = run(kStance,
                       "The council met. It voted.\n\n"
                       "Clearly the levy is right. Clearly it is fair.\n\n"
                       "Clearly roads improve.\n\n"
                       "Clearly buses run well. Clearly shops gain. Clearly the levy should stay.");
  REQUIRE(doc.sentences.size() == 8);
  const auto root = expect_thesis(doc, {2});
  expect_node(doc, {5}, {.role = NodeRole::claim, .parent = root, .relation = Relation::support});
  expect_node(doc, {6, 7}, {.role = NodeRole::conclusion, .parent = root});
}

TEST_CASE("tree: a closing paragraph of two claims concludes with both", "[stages][argument]") {
  // As above with two claims in the closing paragraph (s5-6).
  // Expected: {s5, s6} the conclusion, no sub-claim there.
  const auto doc = run(kStance,
                       "The council met. It voted.\n\n"
                       "Clearly the levy is right. Clearly it is fair.\n\n"
                       "Clearly roads improve.\n\n"
                       "Clearly shops gain. Clearly the levy should stay.");
  REQUIRE(doc.sentences.size() == 7);
  const auto root = expect_thesis(doc, {2});
  expect_node(doc, {5, 6}, {.role = NodeRole::conclusion, .parent = root});
}

TEST_CASE("tree: a closing paragraph of two claims with facts between opens a last line", "[stages][argument]") {
  // As above, but a report (s6) stands between the closing paragraph's two claims (s5,
  // s7).
  // Expected: s5 is argued there (s6 backs it) before s7 concludes: s5 is a sub-claim
  // supporting the thesis with s6 its evidence, and {s7} the conclusion (before, {s5,
  // s7} concluded with s6 as the conclusion's evidence).
  const auto doc = run(kStance,
                       "The council met. It voted.\n\n"
                       "Clearly the levy is right. Clearly it is fair.\n\n"
                       "Clearly roads improve.\n\n"
                       "Clearly shops gain. Sales rose in May. Clearly the levy should stay.");
  REQUIRE(doc.sentences.size() == 8);
  REQUIRE(doc.sentences[6].type == SentenceType::report);
  const auto root = expect_thesis(doc, {2});
  const auto line = expect_node(doc, {5}, {.role = NodeRole::claim, .parent = root, .relation = Relation::support});
  expect_node(doc, {6}, {.role = NodeRole::evidence, .parent = line, .relation = Relation::support});
  expect_node(doc, {7}, {.role = NodeRole::conclusion, .parent = root});
}

TEST_CASE("tree: quoted words answered after facts that back them are an objection", "[stages][argument]") {
  // s0-1 reports; s2 the thesis (early place, "levy" restated at the end); paragraph 2:
  // Ortiz's words (s4, an attribution), a report backing them (s5) and the author's
  // turn (s6, "But ..."); s7 a sub-claim; s8 the conclusion.
  // Expected: s4 is an objection attacking the thesis, s5 its evidence, and s6 attacks
  // it (before, only the sentence right after the words could answer them, so s4 and s5
  // were evidence leading in to s6, a sub-claim).
  const auto doc = run(std::string(kStance) + R"R(
    rule t.said : attribution 0.8 = BOS source:CAP cue:"said" content:ANY{1,30};
    rule t.but : thesis.turn 0.25 = BOS "But";
  )R",
                       "The council met. It voted.\n\n"
                       "Clearly the levy is right. Clearly it is fair.\n\n"
                       "Ortiz said the levy hurts shops. Sales fell in May. But clearly most shops gain.\n\n"
                       "Clearly roads improve.\n\n"
                       "Clearly the levy should stay.");
  REQUIRE(doc.sentences.size() == 9);
  REQUIRE(doc.sentences[4].type == SentenceType::attribution);
  REQUIRE(doc.sentences[5].type == SentenceType::report);
  const auto root = expect_thesis(doc, {2});
  const auto words = expect_node(doc, {4}, {.role = NodeRole::claim, .parent = root, .relation = Relation::attack});
  expect_node(doc, {5}, {.role = NodeRole::evidence, .parent = words, .relation = Relation::support});
  expect_node(doc, {6}, {.role = NodeRole::claim, .parent = words, .relation = Relation::attack});
}

TEST_CASE("tree: words and facts that open the piece are no objection", "[stages][argument]") {
  // The first body paragraph: Ortiz's words (s0), a report (s1) and a question in the
  // author's voice (s2); s3 the thesis (no question; "levy" restated at the end), s4 a
  // claim; s5 a sub-claim; s6 the conclusion.
  // Expected: the opening paragraph is the news the piece starts from, not an
  // objection: s0 is no claim node (past facts, a question answers quoted words only
  // in a later paragraph).
  const auto doc = run(std::string(kStance) + kSaid,
                       "Ortiz said the levy hurts shops. Sales fell in May. Why would shops leave?\n\n"
                       "Clearly the levy is right. Clearly it is fair.\n\n"
                       "Clearly roads improve.\n\n"
                       "Clearly the levy should stay.");
  REQUIRE(doc.sentences.size() == 7);
  REQUIRE(doc.sentences[0].type == SentenceType::attribution);
  REQUIRE(doc.sentences[1].type == SentenceType::report);
  REQUIRE(doc.sentences[2].form == Form::question);
  expect_thesis(doc, {3});
  const auto found = node_with(doc, {0});
  if (found) CHECK(doc.argument.nodes[*found].role != NodeRole::claim);
}

TEST_CASE("tree: what the closing paragraph says after its last claim is part of the conclusion", "[stages][argument]") {
  // s0-1 reports; s2 the thesis (s3 a claim after it); s4 a sub-claim with a report
  // (s5); the closing paragraph: a claim (s6, which opens a last line: three claims),
  // a claim (s7), a report (s8), a claim (s9) and a last report (s10).
  // Expected: the conclusion is {s7, s9, s10}: the last report closes the piece (before,
  // it was evidence under the conclusion); s8, between the claims, stays evidence.
  const auto doc = run(kStance,
                       "The council met. It voted.\n\n"
                       "Clearly the levy is right. Clearly it is fair.\n\n"
                       "Clearly roads improve. Fares fell in May.\n\n"
                       "Clearly buses run well. Clearly the levy should stay. Shops opened in June. Clearly it works. "
                       "The vote is on Monday.");
  REQUIRE(doc.sentences.size() == 11);
  REQUIRE(doc.sentences[8].type == SentenceType::report);
  REQUIRE(doc.sentences[10].type == SentenceType::report);
  const auto root = expect_thesis(doc, {2});
  expect_node(doc, {6}, {.role = NodeRole::claim, .parent = root});
  const auto conclusion = expect_node(doc, {7, 9, 10}, {.role = NodeRole::conclusion, .parent = root});
  expect_node(doc, {8}, {.role = NodeRole::evidence, .parent = conclusion});
}

TEST_CASE("tree: the news reported after a thesis that opens the piece stays out of the tree", "[stages][argument]") {
  // The first paragraph: the thesis (s0, "levy" restated at the end) and two reports
  // (s1-2) giving the news; s3 a sub-claim with its report (s4); s5 a sub-claim; s6
  // the conclusion.
  // Expected: s1 and s2 are in no node (before, they were the thesis's evidence); s4
  // is still evidence under s3.
  const auto doc = run(kStance,
                       "Clearly the levy is right. The council voted on Monday. It takes effect in May.\n\n"
                       "Clearly roads improve. Fares fell in June.\n\n"
                       "Clearly buses run well.\n\n"
                       "Clearly the levy should stay.");
  REQUIRE(doc.sentences.size() == 7);
  REQUIRE(doc.sentences[1].type == SentenceType::report);
  REQUIRE(doc.sentences[2].type == SentenceType::report);
  expect_thesis(doc, {0});
  CHECK_FALSE(node_with(doc, {1, 2}));
  CHECK_FALSE(node_with(doc, {1}));
  CHECK_FALSE(node_with(doc, {2}));
  const auto roads = expect_node(doc, {3}, {.role = NodeRole::claim});
  expect_node(doc, {4}, {.role = NodeRole::evidence, .parent = roads});
}

TEST_CASE("tree: a stray claim in a lead of facts opens no line; a turn does", "[stages][argument]") {
  // The first paragraph is mostly facts (s0, s2 reports) with one claim (s1); s3 the
  // thesis (a verdict cue); s5 a sub-claim; s6 the conclusion.
  // Expected: s1 is in no claim node under the thesis (before, it was a sub-claim
  // with the lead's facts as its evidence).
  const std::string pack = std::string(kStance) + R"R(
    rule t.right : thesis.verdict 0.6 = "right";
    rule t.but : thesis.turn 0.25 = BOS "But";
  )R";
  const auto doc = run(pack,
                       "The council met on Monday. Clearly the vote was close. It passed by one.\n\n"
                       "Clearly the levy is right. Clearly it is fair.\n\n"
                       "Clearly roads improve.\n\n"
                       "Clearly the levy should stay.");
  REQUIRE(doc.sentences.size() == 7);
  REQUIRE(doc.sentences[1].type == SentenceType::claim);
  const auto root = expect_thesis(doc, {3});
  CHECK_FALSE(node_with(doc, {1}));
  expect_node(doc, {5}, {.role = NodeRole::claim, .parent = root});

  // The same lead, its claim turning from the news (s2, But ...): the author's
  // answer to the news, a line of argument under the thesis.
  const auto turned = run(pack,
                          "The council met on Monday. It passed by one. But clearly the vote was rushed.\n\n"
                          "Clearly the levy is right. Clearly it is fair.\n\n"
                          "Clearly roads improve.\n\n"
                          "Clearly the levy should stay.");
  REQUIRE(turned.sentences.size() == 7);
  const auto root2 = expect_thesis(turned, {3});
  expect_node(turned, {2}, {.role = NodeRole::claim, .parent = root2});
}

TEST_CASE("tree: in zh, reports and attributions that alternate are evidence nodes of their own", "[stages][argument]") {
  // s0-1 reports; s2 the thesis (early place, "levy" restated at the end), s3 a claim;
  // paragraph 3: a sub-claim (s4), then a report (s5), Ortiz's words (s6, an
  // attribution) and a report (s7); paragraph 4 only facts (s8 a report, s9 Lee's
  // words), which hang under s4 too; s10 the conclusion. The language is given, not
  // detected: the test text is in Latin letters (no CJK in C++), and only the
  // document's language decides.
  // Expected in zh-Hans: {s5}, {s6}, {s7} each an evidence node under s4 (before, one
  // node {s5, s6, s7}); paragraph 4, away from s4's paragraph, stays one node {s8, s9}.
  // In en, {s5, s6, s7} stay one node.
  const std::string pack = std::string(kStance) + kSaid;
  const std::string text =
      "The council met. It voted.\n\n"
      "Clearly the levy is right. Clearly it is fair.\n\n"
      "Clearly shops suffer less than feared. Rents fell in May. Ortiz said rents fell further. Sales rose.\n\n"
      "Rents fell in June. Lee said rents fell again.\n\n"
      "Clearly the levy should stay.";
  const auto zh = testing::analyze_with_pack(pack, text, "zh-Hans");
  REQUIRE(zh.sentences.size() == 11);
  REQUIRE(zh.sentences[6].type == SentenceType::attribution);
  REQUIRE(zh.sentences[9].type == SentenceType::attribution);
  const auto root = expect_thesis(zh, {2});
  const auto shops = expect_node(zh, {4}, {.role = NodeRole::claim, .parent = root});
  for (std::uint32_t s : {5u, 6u, 7u})
    expect_node(zh, {s}, {.role = NodeRole::evidence, .parent = shops, .relation = Relation::support});
  expect_node(zh, {8, 9}, {.role = NodeRole::evidence, .parent = shops});

  const auto en = run(pack, text);
  REQUIRE(en.sentences.size() == 11);
  const auto root_en = expect_thesis(en, {2});
  const auto shops_en = expect_node(en, {4}, {.parent = root_en});
  expect_node(en, {5, 6, 7}, {.role = NodeRole::evidence, .parent = shops_en});
}

TEST_CASE("tree: in zh, a second speaker's words are an evidence node of their own", "[stages][argument]") {
  // s0-1 reports; s2 the thesis, s3 a claim; paragraph 3: a sub-claim (s4), then
  // Ortiz's words twice (s5, s6) and Lee's (s7), all attributions; s8 the conclusion.
  // Expected in zh-Hans: {s5, s6} one evidence node under s4 (one speaker's run stays
  // together), {s7} a node of its own (before, one node {s5, s6, s7}). In en the three
  // stay one node. The language is given (the text is in Latin letters). The speakers
  // are person entities (t.person), so each attribution's source has an entity.
  const std::string pack = std::string(kStance) + kSaid + R"R(
    rule t.person : entity.person 0.8 = BOS name:CAP "said";
  )R";
  const std::string text =
      "The council met. It voted.\n\n"
      "Clearly the levy is right. Clearly it is fair.\n\n"
      "Clearly shops suffer less than feared. Ortiz said rents fell. Ortiz said sales rose. Lee said rents rose.\n\n"
      "Clearly the levy should stay.";
  const auto zh = testing::analyze_with_pack(pack, text, "zh-Hans");
  REQUIRE(zh.sentences.size() == 9);
  for (std::uint32_t s : {5u, 6u, 7u}) REQUIRE(zh.sentences[s].type == SentenceType::attribution);
  REQUIRE(zh.attributions.size() == 3);
  REQUIRE(zh.attributions[0].source_entity);
  REQUIRE(zh.attributions[0].source_entity == zh.attributions[1].source_entity);
  REQUIRE(zh.attributions[2].source_entity);
  REQUIRE(zh.attributions[2].source_entity != zh.attributions[0].source_entity);
  const auto root = expect_thesis(zh, {2});
  const auto shops = expect_node(zh, {4}, {.role = NodeRole::claim, .parent = root});
  expect_node(zh, {5, 6}, {.role = NodeRole::evidence, .parent = shops, .relation = Relation::support});
  expect_node(zh, {7}, {.role = NodeRole::evidence, .parent = shops, .relation = Relation::support});

  const auto en = run(pack, text);
  REQUIRE(en.sentences.size() == 9);
  const auto root_en = expect_thesis(en, {2});
  const auto shops_en = expect_node(en, {4}, {.parent = root_en});
  expect_node(en, {5, 6, 7}, {.role = NodeRole::evidence, .parent = shops_en});
}

TEST_CASE("tree: in zh, facts that open a closing paragraph of two claims argue its first", "[stages][argument]") {
  // s0-1 reports; s2 the thesis (early place, "levy" restated at the end), s3 a claim;
  // s4 a sub-claim; the closing paragraph: a report (s5), then two claims (s6, s7).
  // Expected in zh-Hans: s5 leads to s6, which opens a last line (a sub-claim with s5
  // as its evidence), and s7 alone concludes (before, {s6, s7} concluded together with
  // s5 under them). In en both claims still conclude, s5 under the conclusion.
  const std::string text =
      "The council met. It voted.\n\n"
      "Clearly the levy is right. Clearly it is fair.\n\n"
      "Clearly shops suffer less than feared.\n\n"
      "Rents fell in May. Clearly roads improve. Clearly the levy should stay.";
  const auto zh = testing::analyze_with_pack(kStance, text, "zh-Hans");
  REQUIRE(zh.sentences.size() == 8);
  REQUIRE(zh.sentences[5].type == SentenceType::report);
  const auto root = expect_thesis(zh, {2});
  expect_node(zh, {4}, {.role = NodeRole::claim, .parent = root});
  const auto roads = expect_node(zh, {6}, {.role = NodeRole::claim, .parent = root, .relation = Relation::support});
  expect_node(zh, {5}, {.role = NodeRole::evidence, .parent = roads});
  expect_node(zh, {7}, {.role = NodeRole::conclusion, .parent = root});

  const auto en = run(kStance, text);
  REQUIRE(en.sentences.size() == 8);
  const auto root_en = expect_thesis(en, {2});
  const auto closing = expect_node(en, {6, 7}, {.role = NodeRole::conclusion, .parent = root_en});
  expect_node(en, {5}, {.role = NodeRole::evidence, .parent = closing});
}
