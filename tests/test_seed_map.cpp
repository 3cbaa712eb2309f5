// The running example: ../shared/seeds/000_d7b56514e8d183d3.txt, a Traditional Chinese
// commentary whose argument is "each party misjudged". These tests assert the structure
// a reader expects (thesis, four sub-claims, attributions with resolved sources,
// captions, rhetorical questions), worked out by reading the article, not a snapshot.
#include <catch2/catch.hpp>

#include <algorithm>

#include "engine/pipeline.hpp"
#include "engine/text_input.hpp"
#include "tests/shipped.hpp"

using namespace argmap;

namespace {

const Document& seed() {
  static const Document doc = testing::analyze_shipped(testing::seed_text());
  return doc;
}

std::string text_of(const Document& doc, std::uint32_t s) { return encode_utf8(doc.slice(doc.sentences[s].span)); }

bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

// The sentence ids whose text starts with `prefix`.
std::vector<std::uint32_t> find(const Document& doc, const std::string& prefix) {
  std::vector<std::uint32_t> out;
  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s)
    if (starts_with(text_of(doc, s), prefix)) out.push_back(s);
  return out;
}

const Entity* entity_with_alias(const Document& doc, const std::string& alias) {
  for (const auto& e : doc.entities)
    if (std::find(e.aliases.begin(), e.aliases.end(), alias) != e.aliases.end()) return &e;
  return nullptr;
}

}  // namespace

TEST_CASE("seed: metadata, date and language", "[seed]") {
  const Document& doc = seed();
  CHECK(doc.language == "zh-Hant");
  REQUIRE(doc.date);
  CHECK((doc.date->year == 2025 && doc.date->month == 12 && doc.date->day == 3));
  CHECK(text_of(doc, 0) == "date 2025-12-03");
  CHECK(doc.sentences[0].type == SentenceType::meta);
  // The first real sentence: "local time the 2nd, evening" resolves to 2025-12-02.
  REQUIRE(doc.sentence_dates.size() > 1);
  REQUIRE(doc.sentence_dates[1]);
  CHECK(doc.sentence_dates[1]->day == 2);
  CHECK(doc.sentence_dates[1]->month == 12);
}

TEST_CASE("seed: the thesis is the sentence saying all parties misjudged", "[seed]") {
  const Document& doc = seed();
  REQUIRE(doc.argument.thesis);
  const ArgumentNode& thesis = doc.argument.nodes[*doc.argument.thesis];
  CHECK(thesis.role == NodeRole::thesis);
  REQUIRE(thesis.sentences.size() == 1);
  const std::string t = text_of(doc, thesis.sentences[0]);
  CHECK(t.find("錯誤預判") != std::string::npos);
  CHECK(t.find("都") != std::string::npos);
}

TEST_CASE("seed: four sub-claims, the mistake of each side, each supported", "[seed]") {
  const Document& doc = seed();
  REQUIRE(doc.argument.thesis);
  const auto root = *doc.argument.thesis;
  std::vector<std::uint32_t> subclaims;  // node ids
  for (std::uint32_t n = 0; n < doc.argument.nodes.size(); ++n) {
    const auto& node = doc.argument.nodes[n];
    if (node.parent == root && node.role == NodeRole::claim) subclaims.push_back(n);
  }
  REQUIRE(subclaims.size() == 4);
  // US (opens "about pushing ... peace"), Russia, Europe, Ukraine: in that order.
  const std::vector<std::string> openings = {"關於推動", "對於俄羅斯來說", "對於歐洲來說", "對於烏克蘭來說"};
  for (std::size_t i = 0; i < 4; ++i) {
    const auto& node = doc.argument.nodes[subclaims[i]];
    REQUIRE(node.sentences.size() == 1);
    INFO(text_of(doc, node.sentences[0]));
    CHECK(starts_with(text_of(doc, node.sentences[0]), openings[i]));
    CHECK(doc.sentences[node.sentences[0]].type == SentenceType::claim);
    CHECK(node.relation == Relation::support);
    const bool has_children = std::any_of(doc.argument.nodes.begin(), doc.argument.nodes.end(),
                                          [&](const ArgumentNode& c) { return c.parent == subclaims[i]; });
    CHECK(has_children);
  }
}

TEST_CASE("seed: officials' statements are attributions with sources resolved to glossed entities", "[seed]") {
  const Document& doc = seed();
  struct Expect { std::string sentence_prefix, latin_name; };
  const std::vector<Expect> expected = {
      {"會談結束後，俄羅斯總統助理", "Yuri Ushakov"},
      {"先看之前美烏談判結束後", "Marco Rubio"},
      {"同時表示", "Marco Rubio"},  // dropped subject: the previous source goes on
      {"烏總統", "Volodymyr Zelenskyy"},
      {"法國總統", "Emmanuel Macron"},
      {"默茨", "Friedrich Merz"},
      {"他說", "Friedrich Merz"},  // pronoun: the speaker of the sentence before
  };
  for (const auto& e : expected) {
    INFO(e.sentence_prefix);
    const auto ids = find(doc, e.sentence_prefix);
    REQUIRE(!ids.empty());
    const auto s = ids.front();
    CHECK(doc.sentences[s].type == SentenceType::attribution);
    const Entity* want = entity_with_alias(doc, e.latin_name);
    REQUIRE(want);
    const auto it = std::find_if(doc.attributions.begin(), doc.attributions.end(),
                                 [&](const Attribution& a) { return a.sentence == s; });
    REQUIRE(it != doc.attributions.end());
    REQUIRE(it->source_entity);
    CHECK(&doc.entities[*it->source_entity] == want);
  }
  // A gloss with an alternative transliteration gives every alias.
  const Entity* putin = entity_with_alias(doc, "Vlamidir Putin");
  REQUIRE(putin);
  CHECK(putin->aliases.size() == 3);
}

TEST_CASE("seed: four photo captions, each closed by a meta credit", "[seed]") {
  const Document& doc = seed();
  int captions = 0;
  for (std::uint32_t p = 0; p < doc.paragraphs.size(); ++p) {
    if (doc.paragraphs[p].kind != ParagraphKind::caption) continue;
    ++captions;
    std::int64_t last = -1;
    for (std::uint32_t s = 0; s < doc.sentences.size(); ++s)
      if (doc.sentences[s].paragraph == p) last = s;
    REQUIRE(last >= 0);
    const std::string credit = text_of(doc, static_cast<std::uint32_t>(last));
    CHECK(credit.find("Reuters") != std::string::npos);
    CHECK(doc.sentences[last].type == SentenceType::meta);
  }
  CHECK(captions == 4);
}

TEST_CASE("seed: rhetorical questions are claims in question form", "[seed]") {
  const Document& doc = seed();
  int questions = 0;
  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const std::string t = text_of(doc, s);
    const bool ends_with_question = t.size() >= 3 && t.compare(t.size() - 3, 3, "？") == 0;
    if (!ends_with_question) continue;
    ++questions;
    INFO(t);
    CHECK(doc.sentences[s].form == Form::question);
    CHECK(doc.sentences[s].type == SentenceType::claim);
  }
  CHECK(questions == 5);  // three in the Ukraine paragraph, two in the next
}
