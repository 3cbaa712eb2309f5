// Paragraphs from line breaks, and hard-wrapped text (engine/paragraphs.hpp). Every
// expected paragraph and soft break below is counted by hand from the text.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "engine/paragraphs.hpp"
#include "engine/pipeline.hpp"
#include "engine/text_input.hpp"
#include "tests/shipped.hpp"

using namespace argmap;

namespace {

std::u32string u32(std::string_view utf8) { return std::get<std::u32string>(decode_utf8(utf8)); }

std::vector<std::string> paragraph_texts(const std::u32string& t, const text::ParagraphLayout& layout) {
  std::vector<std::string> out;
  for (const Span& p : layout.paragraphs) out.push_back(encode_utf8(std::u32string_view(t).substr(p.start, p.end - p.start)));
  return out;
}

// The first paragraph of a commentary, hard-wrapped at 40 columns (each line but the
// last of a paragraph would not have held its next word), then a second paragraph.
const char* const kWrapped =
    "The council says the new bus lanes will\n"
    "cut journey times by a fifth. Its own\n"
    "figures say otherwise.\n"
    "\n"
    "Drivers on the ring road have seen no\n"
    "change at all since the lanes opened.\n";

}  // namespace

TEST_CASE("one paragraph per line is not wrapped text", "[paragraphs]") {
  const auto t = u32("Council freezes pay\nBy Ana Ortiz\n\nThe council froze pay on Monday, the third year running.\n\n"
                     "Unions said they would ballot members on strike action within a month.\n");
  const auto layout = text::find_paragraphs(t);
  CHECK(layout.wrap_width == 0);
  CHECK(layout.soft_breaks.empty());
  CHECK(paragraph_texts(t, layout) ==
        std::vector<std::string>{"Council freezes pay", "By Ana Ortiz",
                                 "The council froze pay on Monday, the third year running.",
                                 "Unions said they would ballot members on strike action within a month."});
}

TEST_CASE("a hard-wrapped text joins its lines into paragraphs", "[paragraphs]") {
  const auto t = u32(kWrapped);
  const auto layout = text::find_paragraphs(t);
  // Line widths 39, 37, 22, 37, 37: the 90th percentile of five is the fourth, 37.
  CHECK(layout.wrap_width == 37);
  REQUIRE(layout.paragraphs.size() == 2);
  CHECK(layout.soft_breaks.size() == 3);  // after "will", "Its own" and "seen no"
  const auto texts = paragraph_texts(t, layout);
  CHECK(texts[0] == "The council says the new bus lanes will\ncut journey times by a fifth. Its own\nfigures say otherwise.");
  CHECK(texts[1] == "Drivers on the ring road have seen no\nchange at all since the lanes opened.");
}

TEST_CASE("wrapped text: a headline and byline over the body stay paragraphs of their own", "[paragraphs]") {
  const auto t = u32(std::string("Bus lanes\nBy Ana Ortiz\n\n") + kWrapped);
  const auto layout = text::find_paragraphs(t);
  CHECK(layout.wrap_width != 0);
  const auto texts = paragraph_texts(t, layout);
  REQUIRE(texts.size() == 4);
  CHECK(texts[0] == "Bus lanes");
  CHECK(texts[1] == "By Ana Ortiz");
}

TEST_CASE("wrapped text without blank lines: a line that leaves room for the next word ends its paragraph",
          "[paragraphs]") {
  std::string no_blank = kWrapped;
  no_blank.erase(no_blank.find("\n\n"), 1);
  const auto t = u32(no_blank);
  const auto layout = text::find_paragraphs(t);
  CHECK(layout.wrap_width != 0);
  CHECK(layout.paragraphs.size() == 2);  // "figures say otherwise." leaves room for "Drivers"
}

TEST_CASE("wrapped text with CRLF line ends: both characters of a soft break are soft", "[paragraphs]") {
  std::string crlf;
  for (char c : std::string(kWrapped)) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  const auto layout = text::find_paragraphs(u32(crlf));
  CHECK(layout.paragraphs.size() == 2);
  CHECK(layout.soft_breaks.size() == 6);
}

TEST_CASE("short lines are not a wrapping width: a list, one-character lines", "[paragraphs]") {
  const auto list = u32("Tolls rise 5%.\nFares rise 3%.\nParking rises 8%.\nRents rise 2%.\n");
  CHECK(text::find_paragraphs(list).wrap_width == 0);
  CHECK(text::find_paragraphs(list).paragraphs.size() == 4);
  std::u32string letters;
  for (int i = 0; i < 1000; ++i) letters += U"a\n";
  const auto layout = text::find_paragraphs(letters);
  CHECK(layout.wrap_width == 0);  // a width of 1 is under kMinWrapWidth
  CHECK(layout.paragraphs.size() == 1000);
}

TEST_CASE("a hard-wrapped English text maps as the same text one paragraph per line", "[paragraphs][rules][en]") {
  // One code point for one: the wrapped text is the plain one with spaces turned into line breaks.
  const std::string plain =
      "Karen Doyle, branch secretary of the Municipal Workers' Union, told staff on Thursday that members would "
      "be balloted on strike action.\n\nThe freeze is the wrong answer to a real problem. Dunmore City Council "
      "should publish its sums before it asks staff to carry the cost.";
  std::string wrapped = plain;
  // Wrapped at 60 columns (tools/eval/variants.py's wrap_text): lines of 55, 60, 17 / 57,
  // 60, 15 code points, the first break inside "Municipal Workers' Union".
  for (std::size_t at : {55u, 116u, 193u, 254u}) {
    REQUIRE(wrapped[at] == ' ');
    wrapped[at] = '\n';
  }
  const auto a = testing::analyze_shipped(plain, "en"), b = testing::analyze_shipped(wrapped, "en");
  CHECK(b.wrap_width != 0);
  REQUIRE(a.paragraphs.size() == 2);
  REQUIRE(b.paragraphs.size() == 2);
  REQUIRE(a.sentences.size() == 3);
  REQUIRE(b.sentences.size() == 3);
  const SentenceType expected[] = {SentenceType::attribution, SentenceType::claim, SentenceType::claim};
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(a.sentences[i].type == expected[i]);
    CHECK(b.sentences[i].type == expected[i]);
    CHECK(a.sentences[i].span.start == b.sentences[i].span.start);
    CHECK(a.sentences[i].span.end == b.sentences[i].span.end);
  }
  for (const auto* doc : {&a, &b}) {
    CHECK(testing::entity_named(*doc, "Karen Doyle"));
    CHECK(testing::entity_named(*doc, "Municipal Workers' Union"));
    CHECK(testing::entity_named(*doc, "Dunmore City Council"));
  }
}

TEST_CASE("a hard-wrapped Chinese text keeps its sentences and names across the breaks", "[paragraphs][rules][zh]") {
  // Wrapped every 24 characters: the line breaks are inserted, not put for spaces, and
  // the first falls inside the gloss (Wang |Liming), the others inside sentences.
  const std::string plain =
      "市府昨天宣布新計畫：衛生局局長王立明（Wang Liming）在市議會表示，明年將在各區增設十處長照據點，"
      "並補助交通接送。這個方向沒有錯，但據點開在哪裡、長者到不到得了，遠比開了幾處更重要。";
  const std::string wrapped =
      "市府昨天宣布新計畫：衛生局局長王立明（Wang \nLiming）在市議會表示，明年將在各區增設十處\n"
      "長照據點，並補助交通接送。這個方向沒有錯，但據點\n開在哪裡、長者到不到得了，遠比開了幾處更重要。";
  const auto a = testing::analyze_shipped(plain, "zh-Hant"), b = testing::analyze_shipped(wrapped, "zh-Hant");
  CHECK(b.wrap_width != 0);
  REQUIRE(b.paragraphs.size() == 1);
  REQUIRE(a.sentences.size() == 2);
  REQUIRE(b.sentences.size() == 2);
  for (std::size_t i = 0; i < 2; ++i) CHECK(a.sentences[i].type == b.sentences[i].type);
  const Entity* wang = testing::entity_named(b, "王立明");
  REQUIRE(wang);
  CHECK(wang->aliases == std::vector<std::string>{"Wang Liming"});
}

TEST_CASE("a hard-wrapped Chinese text: a break inside a number or a Latin word splits neither", "[paragraphs][rules][zh]") {
  // Wrapped every 24 characters, the breaks fall inside 3.|5 (a decimal point that would
  // end a sentence before a space), Li|n (a gloss), 19|0 (a number) and 輕|鬆.
  const std::string plain =
      "市府昨天公布新的水價：每立方米由2.8元調為3.5元，十二年來首次調整。水公司總經理林志明（Lin Zhiming）"
      "表示，全市去年的用水戶約190萬戶，多數家庭每月只多付幾十元。這筆帳算得太輕鬆了，真正吃虧的是用水多的小店與長者。";
  const std::string wrapped =
      "市府昨天公布新的水價：每立方米由2.8元調為3.\n5元，十二年來首次調整。水公司總經理林志明（Li\n"
      "n Zhiming）表示，全市去年的用水戶約19\n0萬戶，多數家庭每月只多付幾十元。這筆帳算得太輕\n"
      "鬆了，真正吃虧的是用水多的小店與長者。";
  const auto a = testing::analyze_shipped(plain, "zh-Hant"), b = testing::analyze_shipped(wrapped, "zh-Hant");
  CHECK(b.wrap_width != 0);
  REQUIRE(b.paragraphs.size() == 1);
  // Three sentences, each ending at 。 (counted by hand), the same in both texts once
  // the inserted breaks are taken out.
  REQUIRE(a.sentences.size() == 3);
  REQUIRE(b.sentences.size() == 3);
  auto unbroken = [](const Document& doc, Span s) {
    std::u32string out(doc.slice(s));
    out.erase(std::remove(out.begin(), out.end(), U'\n'), out.end());
    return out;
  };
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(a.slice(a.sentences[i].span).back() == U'。');
    CHECK(unbroken(a, a.sentences[i].span) == unbroken(b, b.sentences[i].span));
    CHECK(a.sentences[i].type == b.sentences[i].type);
  }
  // The broken number and decimal are each one token, a number as in the plain text.
  auto token_at = [](const Document& doc, std::u32string_view written) -> const Token* {
    const std::u32string text = doc.text;
    const auto at = text.find(written);
    for (const Token& t : doc.tokens)
      if (at != std::u32string::npos && t.span.start == at && t.span.end == at + written.size()) return &t;
    return nullptr;
  };
  for (auto written : {U"3.\n5", U"19\n0"}) {
    const Token* t = token_at(b, written);
    REQUIRE(t);
    CHECK((t->flags & tok_num) != 0);
  }
  const Token* gloss = token_at(b, U"Li\nn");
  REQUIRE(gloss);
  CHECK((gloss->flags & tok_cap) != 0);
  const Entity* lin = testing::entity_named(b, "林志明");
  REQUIRE(lin);
  CHECK(lin->aliases == std::vector<std::string>{"Lin Zhiming"});
}
