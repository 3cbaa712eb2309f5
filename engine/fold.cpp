// Folding for matching (see fold.hpp): simple case folding, full-width Latin
// letters/digits to ASCII, U+2019 to ', and Traditional -> Simplified per Han character.
// The Han tables come from ICU's transliterators, run over each code point of the
// BMP Han blocks at build time (engine/generate/fold_tables.cpp), keeping only
// one-to-one results: per-character folding keeps offsets and token boundaries
// unchanged. Building them at run time cost every process about 19 ms.
#include "engine/fold.hpp"

#include <unicode/uchar.h>

#include <utility>
#include <vector>

namespace argmap {
namespace {

// kToSimplified and kSimplifiedOnly, generated at build time.
#include "argmap/fold_tables.inc"

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
    // (An empty generated table holds one {0, 0} placeholder, outside the range.)
    for (const auto& [from, to] : kToSimplified)
      if (from >= kFirst && from <= kLast) to_simplified[from - kFirst] = to;
    for (char32_t c : kSimplifiedOnly)
      if (c >= kFirst && c <= kLast) simplified_only[c - kFirst] = true;
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
  // The typographic apostrophe U+2019 (as in Council's) matches the rules' ASCII one: news
  // text set by a CMS uses U+2019 throughout, the rule packs are written with '.
  if (c == 0x2019) return U'\'';
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
