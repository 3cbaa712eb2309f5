// Lexical features (see text_features.hpp).
#include "engine/text_features.hpp"

#include <algorithm>

#include <unicode/uchar.h>

#include "engine/fold.hpp"
#include "engine/unicode_classes.hpp"

namespace argmap {

using text::is_han;

Features features_of(const Document& doc, Span span, const std::vector<Span>& exclude) {
  Features out;
  out.reserve(span.end > span.start ? span.end - span.start : 0);  // at most one feature per character
  auto excluded = [&](Offset i) {
    for (const Span& e : exclude)
      if (i >= e.start && i < e.end) return true;
    return false;
  };
  // Latin words: FNV-1a over folded code points, top bit clear; Han bigrams: top bit
  // set, then the two 21-bit code points. The two kinds never collide.
  constexpr Feature kHanBit = Feature{1} << 63;
  Feature word_hash = 0;
  std::size_t word_len = 0;
  auto flush_word = [&] {
    if (word_len >= 4) out.push_back(word_hash & ~kHanBit);
    word_hash = 0xcbf29ce484222325ull;
    word_len = 0;
  };
  flush_word();
  for (Offset i = span.start; i < span.end; ++i) {
    const char32_t c = doc.text[i];
    if (excluded(i)) {
      flush_word();
      continue;
    }
    const bool han = is_han(c);
    // Han characters are letters too, but they make bigrams, not words: ICU is asked
    // only about the others (asking for every Han character was most of this function).
    const bool alpha = !han && (c < 0x80 ? ((c | 0x20) >= U'a' && (c | 0x20) <= U'z') : u_isalpha(static_cast<UChar32>(c)) != 0);
    if (alpha) {
      word_hash = (word_hash ^ fold_char(c)) * 0x100000001b3ull;
      ++word_len;
      continue;
    }
    flush_word();
    if (!han) continue;
    // A line break inside a sentence is a hard-wrapped text's soft break; Chinese is
    // wrapped between any two characters, so a bigram runs across it.
    Offset next = i + 1;
    while (next < span.end && text::is_line_break(doc.text[next])) ++next;
    if (next < span.end && is_han(doc.text[next]) && !excluded(next))
      out.push_back(kHanBit | (Feature{fold_char(c)} << 21) | fold_char(doc.text[next]));
  }
  flush_word();
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace argmap
