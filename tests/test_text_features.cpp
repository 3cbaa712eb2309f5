// Tests for engine/text_features.cpp: which features a span has, worked out by hand.
#include <catch2/catch.hpp>

#include "engine/text_features.hpp"
#include "engine/text_input.hpp"

using namespace argmap;

namespace {

Features of(const std::string& utf8, std::vector<Span> exclude = {}) {
  Document doc;
  doc.text = std::get<std::u32string>(decode_utf8(utf8));
  return features_of(doc, Span{0, static_cast<Offset>(doc.text.size())}, exclude);
}

}  // namespace

TEST_CASE("text features: Han bigrams, folded across scripts", "[features]") {
  // Four Han characters: three bigrams; Traditional and Simplified spell the same ones.
  const Features trad = of("\xE4\xB8\xAD\xE5\x9C\x8B\xE7\xB6\x93\xE6\xBF\x9F");  // zhong guo jing ji (Traditional)
  const Features simp = of("\xE4\xB8\xAD\xE5\x9B\xBD\xE7\xBB\x8F\xE6\xB5\x8E");  // the same, Simplified
  CHECK(trad.size() == 3);
  CHECK(trad == simp);
  // A punctuation mark between two characters breaks the bigram.
  CHECK(of("\xE4\xB8\xAD\xEF\xBC\x8C\xE5\x9C\x8B").empty());
}

TEST_CASE("text features: a bigram runs across a hard-wrapped text's line break", "[features]") {
  // Chinese is wrapped between any two characters; a soft break (the only line break a
  // sentence holds) must not cost the bigram it falls in. CR LF counts as one break.
  const Features whole = of("\xE4\xB8\xAD\xE5\x9C\x8B\xE7\xB6\x93\xE6\xBF\x9F");
  CHECK(of("\xE4\xB8\xAD\xE5\x9C\x8B\n\xE7\xB6\x93\xE6\xBF\x9F") == whole);
  CHECK(of("\xE4\xB8\xAD\xE5\x9C\x8B\r\n\xE7\xB6\x93\xE6\xBF\x9F") == whole);
  // Latin words stay apart: in Latin text a wrap's line break stood for a space.
  CHECK(of("water\nrates").size() == 2);
}

TEST_CASE("text features: Latin words of four letters or more, case-folded", "[features]") {
  CHECK(of("Water water WATER").size() == 1);
  CHECK(of("tax cut").empty());                  // three letters or fewer: no feature
  CHECK(of("rates rate").size() == 2);           // different words
  CHECK(of("water") == of("Water"));
  CHECK(of("water rates", {{0, 5}}) == of("rates"));  // an excluded span adds nothing
}

TEST_CASE("text features: words and bigrams never share a feature", "[features]") {
  const Features mixed = of("water \xE4\xB8\xAD\xE5\x9C\x8B");
  CHECK(mixed.size() == 2);
  CHECK(std::is_sorted(mixed.begin(), mixed.end()));
  CHECK(has_feature(mixed, of("water").front()));
}
