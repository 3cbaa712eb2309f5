// fold / fold_char and the Traditional/Simplified predicates.
#include <catch2/catch.hpp>
#include <unicode/translit.h>

#include <memory>
#include <thread>
#include <vector>

#include "engine/fold.hpp"

using namespace argmap;

TEST_CASE("fold_char does simple case folding", "[fold]") {
  CHECK(fold_char(U'A') == U'a');
  CHECK(fold_char(U'z') == U'z');
  CHECK(fold_char(U'\u00C9') == U'\u00E9');  // E acute
  CHECK(fold_char(U'\u03A3') == U'\u03C3');  // capital sigma
  CHECK(fold_char(U'\u03C2') == U'\u03C3');  // final sigma folds to sigma
  CHECK(fold_char(U'\u00DF') == U'\u00DF');  // sharp s: simple folding keeps one code point
  CHECK(fold_char(U'7') == U'7');
  CHECK(fold_char(0) == 0);
}

TEST_CASE("full-width letters and digits fold, full-width punctuation does not", "[fold]") {
  CHECK(fold_char(U'Ａ') == U'a');
  CHECK(fold_char(U'ｚ') == U'z');
  CHECK(fold_char(U'５') == U'5');
  CHECK(fold_char(U'！') == U'！');
  CHECK(fold_char(U'（') == U'（');
  CHECK(fold_char(U'，') == U'，');
  CHECK(fold_char(U'：') == U'：');
}

TEST_CASE("Traditional characters fold to Simplified, per character", "[fold]") {
  CHECK(fold_char(U'國') == U'国');
  CHECK(fold_char(U'說') == U'说');
  CHECK(fold_char(U'與') == U'与');
  CHECK(fold_char(U'會') == U'会');
  CHECK(fold_char(U'這') == U'这');
  CHECK(fold_char(U'國') == fold_char(U'国'));
  CHECK(fold_char(U'国') == U'国');
  CHECK(fold_char(U'的') == U'的');
  CHECK(fold(U"Hello 國際ＡＢ！") == U"hello 国际ab！");
  CHECK(fold(U"普京（Vlamidir Putin，又譯普丁）") == U"普京（vlamidir putin，又译普丁）");
  CHECK(fold(U"").empty());
}

TEST_CASE("fold keeps the length (one code point per code point)", "[fold]") {
  const std::u32string s = U"ẞİﬁΣ說\U0001F600";
  CHECK(fold(s).size() == s.size());
}

TEST_CASE("Traditional-only and Simplified-only characters", "[fold]") {
  CHECK(is_traditional_only(U'國'));
  CHECK(is_traditional_only(U'說'));
  CHECK_FALSE(is_traditional_only(U'国'));
  CHECK_FALSE(is_traditional_only(U'的'));
  CHECK(is_simplified_only(U'国'));
  CHECK(is_simplified_only(U'说'));
  CHECK_FALSE(is_simplified_only(U'國'));
  CHECK_FALSE(is_simplified_only(U'的'));
  CHECK_FALSE(is_traditional_only(U'A'));
  CHECK_FALSE(is_simplified_only(U'a'));
}

TEST_CASE("fold is safe to call from many threads", "[fold]") {
  std::vector<std::thread> threads;
  std::vector<char32_t> results(4);
  for (int i = 0; i < 4; ++i)
    threads.emplace_back([&results, i] { results[i] = fold(U"國語")[0]; });
  for (auto& t : threads) t.join();
  for (char32_t r : results) CHECK(r == U'国');
}

// The tables are generated at build time (engine/generate/fold_tables.cpp); this
// recomputes them here, independently, from the ICU the tests link against, the way
// fold.cpp built them at run time before: every Han code point of the BMP blocks whose
// Traditional-Simplified image is one other code point in U+3400..U+FAFF folds to it, and
// that image is Simplified-only unless Simplified-Traditional gives it back unchanged.
TEST_CASE("the generated Han tables agree with ICU's transliterators", "[fold]") {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> t2s(
      icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
  REQUIRE(U_SUCCESS(status));
  status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> s2t(
      icu::Transliterator::createInstance("Simplified-Traditional", UTRANS_FORWARD, status));
  REQUIRE(U_SUCCESS(status));
  auto in_blocks = [](char32_t c) { return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF); };
  auto one = [](icu::Transliterator& t, char32_t c) -> char32_t {
    icu::UnicodeString s(static_cast<UChar32>(c));
    t.transliterate(s);
    return s.countChar32() == 1 ? static_cast<char32_t>(s.char32At(0)) : 0;
  };
  std::vector<bool> image(0x110000, false);
  std::size_t folded = 0, mismatches = 0;
  for (char32_t c = 0x3400; c <= 0xFAFF; ++c) {
    if (!in_blocks(c)) continue;
    const char32_t r = one(*t2s, c);
    const bool maps = r != 0 && r != c && r >= 0x3400 && r <= 0xFAFF;
    if (maps) {
      image[r] = true;
      ++folded;
    }
    if (fold_char(c) != (maps ? r : c) || is_traditional_only(c) != maps) ++mismatches;
  }
  for (char32_t c = 0x3400; c <= 0xFAFF; ++c) {
    if (!in_blocks(c)) continue;
    const bool simplified_only = image[c] && one(*s2t, c) != c;
    if (is_simplified_only(c) != simplified_only) ++mismatches;
  }
  CHECK(folded > 2000);  // ICU's table is thousands of characters, not a handful
  CHECK(mismatches == 0);
}

TEST_CASE("fold_char folds the typographic apostrophe to the ASCII one", "[fold]") {
  CHECK(fold_char(U'\u2019') == U'\'');
  CHECK(fold(U"Council\u2019s") == U"council's");
  CHECK(fold_char(U'\u2018') == U'\u2018');  // an opening single quote stays a quote
}
