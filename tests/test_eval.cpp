// The evaluation metrics (tools/eval/) on tiny hand-made gold/predicted pairs.
// Every expected figure below is worked out by hand in the comment next to it.
#include <catch2/catch.hpp>

#include <string>
#include <tuple>
#include <vector>

#include "tools/eval/map_view.hpp"
#include "tools/eval/metrics.hpp"
#include "tools/eval/report.hpp"

using namespace argmap::eval;
using nlohmann::json;

namespace {

// A minimal argmap/1 object: the given sentences (start, end, type, form) as s1, s2, ...
// and every other layer empty; tests fill in the layers they need.
json skeleton(const std::vector<std::tuple<int, int, const char*, const char*>>& sentences) {
  json j;
  j["schema"] = "argmap/1";
  j["document"] = {{"language", "en"}, {"date", nullptr}, {"length", 40}};
  j["paragraphs"] = json::array();
  j["sentences"] = json::array();
  int n = 0;
  for (const auto& [start, end, type, form] : sentences)
    j["sentences"].push_back({{"id", "s" + std::to_string(++n)}, {"paragraph", "p1"}, {"start", start},
                              {"end", end}, {"type", type}, {"form", form}});
  j["entities"] = json::array();
  j["attributions"] = json::array();
  j["facts"] = json::array();
  j["argument"] = {{"thesis", nullptr}, {"nodes", json::array()}};
  return j;
}

// Gold: four sentences that tile [0, 40) with one-character gaps.
json gold_base() {
  return skeleton({{0, 10, "claim", "statement"},
                   {11, 20, "attribution", "statement"},
                   {21, 30, "report", "question"},
                   {31, 40, "meta", "statement"}});
}

// Predicted: s2 runs into gold s3, so gold s3 overlaps predicted s2 and s3 by 4 each.
json pred_base() {
  return skeleton({{0, 10, "claim", "statement"},
                   {11, 25, "report", "statement"},
                   {26, 30, "claim", "question"},
                   {31, 40, "meta", "statement"}});
}

MapView view(const json& j) {
  std::string error;
  auto m = read_map(j, error);
  INFO(error);
  REQUIRE(m);
  return *m;
}

// The figure `key`, or nullopt when it is undefined; fails the test when no such figure exists.
std::optional<double> figure_or_null(const Counts& c, const std::string& key) {
  for (const Figure& f : figures(c))
    if (f.key == key) return f.value;
  FAIL("no figure " << key);
  return std::nullopt;
}

// The figure `key`, which must be defined.
double figure(const Counts& c, const std::string& key) {
  const auto v = figure_or_null(c, key);
  INFO(key);
  REQUIRE(v);
  return *v;
}

json span(int start, int end) { return {{"text", ""}, {"start", start}, {"end", end}}; }

json attribution(const char* sentence, std::optional<std::pair<int, int>> source, std::pair<int, int> cue,
                 std::pair<int, int> content) {
  json src = source ? span(source->first, source->second) : json{{"text", nullptr}, {"start", nullptr}, {"end", nullptr}};
  src["entity"] = nullptr;
  return {{"id", "a"},
          {"sentence", sentence},
          {"source", src},
          {"cue", span(cue.first, cue.second)},
          {"content", span(content.first, content.second)},
          {"quote", "indirect"}};
}

json node(const char* id, const char* role, std::vector<const char*> sentences, const char* parent,
          const char* relation) {
  return {{"id", id},
          {"role", role},
          {"sentences", sentences},
          {"parent", parent ? json(parent) : json(nullptr)},
          {"relation", relation ? json(relation) : json(nullptr)},
          {"holder", "author"}};
}

}  // namespace

TEST_CASE("each gold sentence aligns to the predicted sentence it overlaps most, the first on ties", "[eval]") {
  const auto align = align_sentences(view(gold_base()), view(pred_base()));
  REQUIRE(align.size() == 4);
  CHECK(align[0] == 0u);
  CHECK(align[1] == 1u);  // [11,20) lies inside [11,25)
  CHECK(align[2] == 1u);  // [21,30): 4 characters with [11,25), 4 with [26,30): the first wins
  CHECK(align[3] == 3u);
}

TEST_CASE("sentence bounds, types, opinion vs fact and questions", "[eval]") {
  const Counts c = compare(view(gold_base()), view(pred_base()));
  CHECK(c.documents == 1);
  // Exact bounds: gold s1 and s4 only. 2 of 4 gold, 2 of 4 predicted.
  CHECK(figure(c, "sentence_bound_agreement") == Approx(0.5));
  CHECK(figure(c, "sentence_bound_precision") == Approx(0.5));
  // Pairs: claim/claim, attribution/report, report/report, meta/meta: 3 of 4.
  CHECK(figure(c, "type_accuracy") == Approx(0.75));
  // report: gold 1, predicted in 2 pairs, right once: P 1/2, R 1, F1 2*1/(2+1).
  CHECK(figure(c, "type_report_precision") == Approx(0.5));
  CHECK(figure(c, "type_report_recall") == Approx(1.0));
  CHECK(figure(c, "type_report_f1") == Approx(2.0 / 3.0));
  // attribution: gold 1, never predicted: precision undefined, recall and F1 0.
  CHECK_FALSE(figure_or_null(c, "type_attribution_precision"));
  CHECK(figure(c, "type_attribution_recall") == Approx(0.0));
  CHECK(figure(c, "type_attribution_f1") == Approx(0.0));
  CHECK(figure(c, "type_claim_f1") == Approx(1.0));
  // Non-meta gold: claim->claim, attribution->report (both facts), report->report: 3 of 3.
  CHECK(figure(c, "opinion_fact_accuracy") == Approx(1.0));
  // Gold s3 is a question; it aligns to predicted s2, a statement.
  CHECK(figure(c, "question_recall") == Approx(0.0));
}

TEST_CASE("captions count when a predicted caption paragraph overlaps the gold one", "[eval]") {
  json gold = gold_base(), pred = pred_base();
  gold["paragraphs"] = {{{"id", "p1"}, {"start", 0}, {"end", 10}, {"kind", "caption"}},
                        {{"id", "p2"}, {"start", 11}, {"end", 40}, {"kind", "caption"}}};
  pred["paragraphs"] = {{{"id", "p1"}, {"start", 0}, {"end", 10}, {"kind", "body"}},
                        {{"id", "p2"}, {"start", 11}, {"end", 30}, {"kind", "body"}},
                        {{"id", "p3"}, {"start", 31}, {"end", 40}, {"kind", "caption"}}};
  // Gold [0,10) meets only a body paragraph; gold [11,40) meets the caption [31,40): 1 of 2.
  CHECK(figure(compare(view(gold), view(pred)), "caption_recall") == Approx(0.5));
}

TEST_CASE("attributions: cue, source and content agreement", "[eval]") {
  json gold = gold_base(), pred = pred_base();
  gold["attributions"] = {attribution("s2", std::pair{11, 13}, {13, 15}, {15, 20}),
                          attribution("s1", std::nullopt, {2, 4}, {4, 10})};
  pred["attributions"] = {
      // cue [14,16) meets [13,15); source [12,14) meets [11,13); content [16,25) vs [15,20):
      // shared 4, union 5 + 9 - 4 = 10, under half.
      attribution("s2", std::pair{12, 14}, {14, 16}, {16, 25}),
      // cue [3,4) meets [2,4); a source where gold has none; content [4,9) vs [4,10): 5 of 6.
      attribution("s1", std::pair{0, 1}, {3, 4}, {4, 9}),
      // nothing in gold s4
      attribution("s4", std::nullopt, {33, 34}, {34, 40})};
  const Counts c = compare(view(gold), view(pred));
  // cue: 2 matched of 3 predicted, 2 gold: P 2/3, R 1, F1 4/5.
  CHECK(figure(c, "attribution_cue_precision") == Approx(2.0 / 3.0));
  CHECK(figure(c, "attribution_cue_recall") == Approx(1.0));
  CHECK(figure(c, "attribution_cue_f1") == Approx(0.8));
  // source agrees only in the first pair: P 1/3, R 1/2, F1 2/5.
  CHECK(figure(c, "attribution_source_precision") == Approx(1.0 / 3.0));
  CHECK(figure(c, "attribution_source_recall") == Approx(0.5));
  CHECK(figure(c, "attribution_source_f1") == Approx(0.4));
  // content agrees only in the second pair.
  CHECK(figure(c, "attribution_content_f1") == Approx(0.4));
}

TEST_CASE("attributions match one to one, largest cue overlap first", "[eval]") {
  json gold = gold_base(), pred = pred_base();
  gold["attributions"] = {attribution("s2", std::pair{11, 12}, {13, 15}, {15, 20}),
                          attribution("s2", std::nullopt, {15, 18}, {18, 20})};
  // One predicted cue [14,18): 1 character with the first gold cue, 3 with the second.
  // json::array(...): a braced list of one json is a copy of it under clang (CWG 1467),
  // an array of it under gcc.
  pred["attributions"] = json::array({attribution("s2", std::nullopt, {14, 18}, {18, 20})});
  const Counts c = compare(view(gold), view(pred));
  CHECK(c.cue.tp == 1);
  CHECK(c.cue.gold == 2);
  // Matched with the second gold attribution, whose source is implicit like the predicted one.
  CHECK(c.source.tp == 1);
  CHECK(c.content.tp == 1);
}

TEST_CASE("entities are found by name or alias; aliases are looked up in the matched entity", "[eval]") {
  json gold = gold_base(), pred = pred_base();
  gold["entities"] = {{{"name", "Alpha Bank"}, {"aliases", {"AB", "Alpha"}}},
                      {{"name", "Bo Li"}, {"aliases", json::array()}},
                      {{"name", "Cee Org"}, {"aliases", {"CO"}}}};
  pred["entities"] = {{{"name", "AB"}, {"aliases", {"Alpha Bank Ltd"}}},
                      {{"name", "Alpha Bank"}, {"aliases", {"Alpha"}}},
                      {{"name", "Li"}, {"aliases", {"Bo"}}}};
  const Counts c = compare(view(gold), view(pred));
  // Alpha Bank matches the second predicted entity (2 shared names beat 1); the others none.
  CHECK(figure(c, "entity_recall") == Approx(1.0 / 3.0));
  // Aliases AB (not in the matched entity), Alpha (found), CO (entity missed): 1 of 3.
  CHECK(figure(c, "alias_recall") == Approx(1.0 / 3.0));
  // From the predicted side: AB and Alpha Bank name gold Alpha Bank, Li names nothing gold
  // (Bo Li is the gold name): 2 of 3. Aliases: Alpha Bank Ltd (not a name of Alpha Bank),
  // Alpha (one), Bo (Li matched no gold entity): 1 of 3.
  CHECK(figure(c, "entity_precision") == Approx(2.0 / 3.0));
  CHECK(figure(c, "alias_precision") == Approx(1.0 / 3.0));
}

TEST_CASE("fact dates are compared through the fact holding the first aligned sentence", "[eval]") {
  json gold = gold_base(), pred = pred_base();
  auto fact = [](std::vector<const char*> sentences, const char* date) {
    return json{{"id", "f"}, {"sentences", sentences}, {"kind", "report"},
                {"date", date ? json(date) : json(nullptr)}, {"actors", json::array()}};
  };
  gold["facts"] = {fact({"s2"}, "2025-03-01"),  // -> predicted s2, same date: right
                   fact({"s3"}, nullptr),       // -> predicted s2 too (tie), dated: wrong
                   fact({"s4"}, nullptr),       // -> no predicted fact holds s4: wrong
                   fact({"s1"}, nullptr)};      // -> predicted fact on s1, undated too: right
  pred["facts"] = {fact({"s2"}, "2025-03-01"), fact({"s1"}, nullptr)};
  CHECK(figure(compare(view(gold), view(pred)), "fact_date_accuracy") == Approx(0.5));
}

TEST_CASE("thesis, sub-claims and support edges", "[eval]") {
  json gold = gold_base(), pred = pred_base();
  gold["argument"] = {{"thesis", "n1"},
                      {"nodes",
                       {node("n1", "thesis", {"s1"}, nullptr, nullptr),
                        node("n2", "claim", {"s3"}, "n1", "support"),
                        node("n3", "evidence", {"s2"}, "n2", "support"),
                        node("n4", "claim", {"s4"}, "n1", "attack")}}};
  pred["argument"] = {{"thesis", "m1"},
                      {"nodes",
                       {node("m1", "thesis", {"s1"}, nullptr, nullptr),
                        node("m2", "claim", {"s2"}, "m1", "support"),
                        node("m3", "claim", {"s3"}, "m1", "support"),
                        node("m4", "evidence", {"s4"}, "m3", "attack")}}};
  const Counts c = compare(view(gold), view(pred));
  // Both theses are on s1.
  CHECK(figure(c, "thesis_accuracy") == Approx(1.0));
  // Gold sub-claims in predicted space: {s2} (gold s3 aligns there) and {s4};
  // predicted: {s2}, {s3}. One match: P 1/2, R 1/2.
  CHECK(figure(c, "subclaim_precision") == Approx(0.5));
  CHECK(figure(c, "subclaim_recall") == Approx(0.5));
  // Gold edges: s2->s1 support, s2->s2 support, s4->s1 attack.
  // Predicted: s2->s1 support, s3->s1 support, s4->s3 attack. Only the first pair matches.
  CHECK(figure(c, "support_edge_precision") == Approx(1.0 / 3.0));
  CHECK(figure(c, "support_edge_recall") == Approx(1.0 / 3.0));
  CHECK(figure(c, "support_edge_f1") == Approx(1.0 / 3.0));
}

TEST_CASE("a predicted thesis where gold has none is wrong, and its sub-claims are false positives", "[eval]") {
  json pred = pred_base();
  pred["argument"] = {{"thesis", "m1"},
                      {"nodes",
                       {node("m1", "thesis", {"s1"}, nullptr, nullptr),
                        node("m2", "claim", {"s2"}, "m1", "support")}}};
  const Counts c = compare(view(gold_base()), view(pred));
  CHECK(figure(c, "thesis_accuracy") == Approx(0.0));
  CHECK(figure(c, "subclaim_precision") == Approx(0.0));
  CHECK_FALSE(figure_or_null(c, "subclaim_recall"));  // no gold sub-claims: undefined
  // Neither has a thesis: right.
  CHECK(figure(compare(view(gold_base()), view(pred_base())), "thesis_accuracy") == Approx(1.0));
}

TEST_CASE("counts add up: figures over several documents are micro-averages", "[eval]") {
  Counts total = compare(view(gold_base()), view(pred_base()));  // types 3 of 4
  total += compare(view(gold_base()), view(gold_base()));        // types 4 of 4
  CHECK(total.documents == 2);
  CHECK(figure(total, "type_accuracy") == Approx(7.0 / 8.0));
  CHECK(figure(total, "sentence_bound_agreement") == Approx(6.0 / 8.0));
}

TEST_CASE("read_map says where a map is broken", "[eval]") {
  json j = gold_base();
  j["attributions"] = json::array({attribution("s9", std::nullopt, {0, 1}, {1, 2})});
  std::string error;
  CHECK_FALSE(read_map(j, error));
  CHECK(error == "attributions[0].sentence: no sentence with id s9");
  j = gold_base();
  j["sentences"][1].erase("end");
  CHECK_FALSE(read_map(j, error));
  CHECK(error == "sentences[1]: missing \"end\"");
}

TEST_CASE("floors: a figure below its floor, an undefined figure and an unknown one fail", "[eval]") {
  std::vector<Column> columns{{"en", compare(view(gold_base()), view(pred_base()))}, {"zh-Hans", Counts{}}};
  std::string error;
  auto floors = read_floors(R"({"floors": {"en": {"type_accuracy": 0.70, "opinion_fact_accuracy": 0.99}}})", error);
  REQUIRE(floors);
  CHECK(check_floors(*floors, columns).empty());  // 0.75 >= 0.70, 1.0 >= 0.99
  floors = read_floors(R"({"floors": {"en": {"type_accuracy": 0.80, "caption_recall": 0.1, "nope": 0.1},
                                      "zh-Hans": {"type_accuracy": 0.5}}})", error);
  REQUIRE(floors);
  const auto failures = check_floors(*floors, columns);
  REQUIRE(failures.size() == 4);
  CHECK(failures[0] == "en caption_recall: undefined (nothing to count) but has floor 0.100");
  CHECK(failures[1] == "en nope: no such figure");
  CHECK(failures[2] == "en type_accuracy 0.750 is below its floor 0.800");
  CHECK(failures[3] == "zh-Hans type_accuracy: no documents of this language were evaluated (floor 0.500)");
  CHECK_FALSE(read_floors("{\"floors\": {\"en\": {\"type_accuracy\": \"high\"}}}", error));
  CHECK(error == "floors.en.type_accuracy: expected a number");
}
