// Folding for matching (see fold.hpp): simple case folding, full-width Latin
// letters/digits to ASCII, and Traditional -> Simplified per Han character.
// The Han tables are built once, lazily, from ICU's transliterators run over each
// code point of the BMP Han blocks, keeping only one-to-one results: per-character
// folding keeps offsets and token boundaries unchanged.
#include "engine/fold.hpp"

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <memory>
#include <vector>

namespace argmap {
namespace {

// The tables cover U+3400..U+FAFF (Extension A, the URO and the compatibility
// ideographs); everything else folds to itself.
constexpr char32_t kFirst = 0x3400, kLast = 0xFAFF;

bool in_han_range(char32_t c) {
  return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF);
}

struct HanTables {
  std::vector<char32_t> to_simplified;  // index c - kFirst; c itself when unchanged
  std::vector<bool> simplified_only;    // index c - kFirst

  HanTables() : to_simplified(kLast - kFirst + 1), simplified_only(kLast - kFirst + 1, false) {
    for (char32_t c = kFirst; c <= kLast; ++c) to_simplified[c - kFirst] = c;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t2s(
        icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !t2s) return;  // no table: folding degrades to case folding only
    status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> s2t(
        icu::Transliterator::createInstance("Simplified-Traditional", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) s2t.reset();

    std::vector<bool> is_image(kLast - kFirst + 1, false);
    icu::UnicodeString s;
    for (char32_t c = kFirst; c <= kLast; ++c) {
      if (!in_han_range(c)) continue;
      s.setTo(static_cast<UChar32>(c));
      t2s->transliterate(s);
      if (s.countChar32() != 1) continue;
      const char32_t r = static_cast<char32_t>(s.char32At(0));
      if (r == c || r < kFirst || r > kLast) continue;
      to_simplified[c - kFirst] = r;
      is_image[r - kFirst] = true;
    }
    if (!s2t) return;
    for (char32_t c = kFirst; c <= kLast; ++c) {
      if (!is_image[c - kFirst]) continue;
      s.setTo(static_cast<UChar32>(c));
      s2t->transliterate(s);
      if (s.countChar32() == 1 && static_cast<char32_t>(s.char32At(0)) == c) continue;
      simplified_only[c - kFirst] = true;
    }
  }
};

const HanTables& han_tables() {
  static const HanTables tables;  // C++11 magic statics: built once, thread-safe
  return tables;
}

}  // namespace

char32_t fold_char(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 0x20 : c;  // the common case, no ICU call
  if (in_han_range(c)) return han_tables().to_simplified[c - kFirst];
  // Full-width digits and Latin letters only; full-width punctuation keeps its identity.
  if (c >= 0xFF10 && c <= 0xFF19) return c - 0xFF10 + U'0';
  if (c >= 0xFF21 && c <= 0xFF3A) return c - 0xFF21 + U'a';
  if (c >= 0xFF41 && c <= 0xFF5A) return c - 0xFF41 + U'a';
  if (c > 0x10FFFF) return c;
  return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
}

std::u32string fold(std::u32string_view text) {
  std::u32string out;
  out.resize(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) out[i] = fold_char(text[i]);
  return out;
}

bool is_traditional_only(char32_t c) {
  return in_han_range(c) && han_tables().to_simplified[c - kFirst] != c;
}

bool is_simplified_only(char32_t c) {
  return in_han_range(c) && han_tables().simplified_only[c - kFirst];
}

}  // namespace argmap
