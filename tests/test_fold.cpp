// fold / fold_char and the Traditional/Simplified predicates.
#include <catch2/catch.hpp>

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
