// Lexical features (see text_features.hpp).
#include "engine/text_features.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "engine/fold.hpp"

namespace argmap {
namespace {

bool is_han(char32_t c) {
  UErrorCode err = U_ZERO_ERROR;
  return uscript_getScript(static_cast<UChar32>(c), &err) == USCRIPT_HAN;
}

}  // namespace

Features features_of(const Document& doc, Span span, const std::vector<Span>& exclude) {
  Features out;
  auto excluded = [&](Offset i) {
    for (const Span& e : exclude)
      if (i >= e.start && i < e.end) return true;
    return false;
  };
  std::u32string word;
  auto flush_word = [&] {
    if (word.size() >= 4) out.insert(fold(word));
    word.clear();
  };
  for (Offset i = span.start; i < span.end; ++i) {
    const char32_t c = doc.text[i];
    if (excluded(i)) {
      flush_word();
      continue;
    }
    if (u_isalpha(static_cast<UChar32>(c)) && !is_han(c)) {
      word += c;
      continue;
    }
    flush_word();
    if (is_han(c) && i + 1 < span.end && is_han(doc.text[i + 1]) && !excluded(i + 1))
      out.insert(fold(std::u32string{c, doc.text[i + 1]}));
  }
  flush_word();
  return out;
}

}  // namespace argmap
