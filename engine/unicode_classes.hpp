// Character and token classes for the text layer, all from Unicode properties
// (general category, script, Sentence_Break, bidi bracket pairs): no word lists.
// Internal to the engine (the text layer, and stages that look at characters).
#pragma once
#include <cstdint>
#include <string_view>

#include <unicode/uchar.h>

namespace argmap::text {

// White_Space: includes NBSP, U+3000 and the line/paragraph separators.
inline bool is_space(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D);
  return c <= 0x10FFFF && u_isUWhiteSpace(static_cast<UChar32>(c));
}

// The no-break spaces (U+00A0, U+202F, U+2007): web text puts them where a plain space
// is meant (Mr.<U+00A0>Ferris), so sentence breaks and name look-up read them as one.
inline bool is_no_break_space(char32_t c) { return c == 0x00A0 || c == 0x202F || c == 0x2007; }

// What ends a paragraph: LF, CR (CR LF counts once), U+2028, U+2029.
inline bool is_line_break(char32_t c) { return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029; }

// The CJK Unified Ideographs block: all assigned, all Lo, all Han script; the
// bulk of Chinese text, so the hot loops test it before asking ICU.
inline bool is_uro_han(char32_t c) { return c >= 0x4E00 && c <= 0x9FFF; }

// Han script. Nothing below the CJK radicals (U+2E80) is Han, and the unified block
// needs no lookup, so Latin text and most Chinese text never ask ICU.
bool is_han(char32_t c);

inline int category(char32_t c) {
  if (is_uro_han(c)) return U_OTHER_LETTER;
  return c <= 0x10FFFF ? static_cast<int>(u_charType(static_cast<UChar32>(c))) : static_cast<int>(U_UNASSIGNED);
}

// Sentence_Break STerm or ATerm: the characters that can end a sentence.
bool is_sentence_terminal(char32_t c);

// Pe or Pf: closing brackets and closing quotes.
bool is_closing(char32_t c);
// Ps or Pi: opening brackets and opening quotes.
bool is_opening(char32_t c);

// The character that closes the bracket or quote `c` opens, or 0. Brackets pair by
// Bidi_Paired_Bracket; Pi quotes by Bidi_Mirroring (U+00AB/U+00BB) or else the next
// code point when that is Pf (U+201C/U+201D, U+2018/U+2019). A symmetric quote (a Po
// Quotation_Mark that is not an apostrophe, like ASCII ") closes itself.
char32_t closer_for(char32_t c);
bool is_symmetric_quote(char32_t c);

// A Latin-script letter; a Latin-script uppercase letter.
bool is_latin_letter(char32_t c);
bool is_latin_upper(char32_t c);

// TokenFlag bits for a token's text (see document.hpp).
std::uint16_t token_flags(std::u32string_view token);

}  // namespace argmap::text
