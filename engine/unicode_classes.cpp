// Character and token classes from Unicode properties (see unicode_classes.hpp).
#include "engine/unicode_classes.hpp"

#include <unicode/uscript.h>

#include "engine/document.hpp"

namespace argmap::text {

bool is_han(char32_t c) {
  if (c < 0x2E80) return false;
  if (is_uro_han(c)) return true;
  UErrorCode err = U_ZERO_ERROR;
  return c <= 0x10FFFF && uscript_getScript(static_cast<UChar32>(c), &err) == USCRIPT_HAN;
}
namespace {

UScriptCode script_of(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  return c <= 0x10FFFF ? uscript_getScript(static_cast<UChar32>(c), &status) : USCRIPT_UNKNOWN;
}

bool is_punct_or_symbol(int gc) {
  switch (gc) {
    case U_DASH_PUNCTUATION: case U_START_PUNCTUATION: case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION: case U_OTHER_PUNCTUATION: case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION: case U_MATH_SYMBOL: case U_CURRENCY_SYMBOL:
    case U_MODIFIER_SYMBOL: case U_OTHER_SYMBOL:
      return true;
    default:
      return false;
  }
}

// Marks and format characters (ZWJ, variation selectors) ride on their base.
bool is_attached(int gc) {
  return gc == U_NON_SPACING_MARK || gc == U_ENCLOSING_MARK || gc == U_COMBINING_SPACING_MARK ||
         gc == U_FORMAT_CHAR;
}

// Separators allowed inside a number: the ASCII and full-width full stop and comma.
bool is_number_separator(char32_t c) { return c == '.' || c == ',' || c == 0xFF0E || c == 0xFF0C; }

}  // namespace

bool is_sentence_terminal(char32_t c) {
  if (c > 0x10FFFF || is_uro_han(c)) return false;
  const int sb = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_SENTENCE_BREAK);
  return sb == U_SB_STERM || sb == U_SB_ATERM;
}

bool is_closing(char32_t c) {
  const int gc = category(c);
  return gc == U_END_PUNCTUATION || gc == U_FINAL_PUNCTUATION;
}

bool is_opening(char32_t c) {
  const int gc = category(c);
  return gc == U_START_PUNCTUATION || gc == U_INITIAL_PUNCTUATION;
}

bool is_symmetric_quote(char32_t c) {
  if (c > 0x10FFFF || category(c) != U_OTHER_PUNCTUATION) return false;
  if (!u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_QUOTATION_MARK)) return false;
  // Apostrophes (Word_Break Single_Quote / MidNumLet) are too often not quotes.
  const int wb = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_WORD_BREAK);
  return wb != U_WB_SINGLE_QUOTE && wb != U_WB_MIDNUMLET;
}

char32_t closer_for(char32_t c) {
  const int gc = category(c);
  if (gc == U_START_PUNCTUATION) {
    if (u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_BIDI_PAIRED_BRACKET_TYPE) == U_BPT_OPEN)
      return static_cast<char32_t>(u_getBidiPairedBracket(static_cast<UChar32>(c)));
    return 0;
  }
  if (gc == U_INITIAL_PUNCTUATION) {
    const auto m = static_cast<char32_t>(u_charMirror(static_cast<UChar32>(c)));
    if (m != c && category(m) == U_FINAL_PUNCTUATION) return m;
    if (category(c + 1) == U_FINAL_PUNCTUATION) return c + 1;
    return 0;
  }
  if (gc == U_OTHER_PUNCTUATION && is_symmetric_quote(c)) return c;
  return 0;
}

bool is_latin_letter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return c <= 0x10FFFF && u_isalpha(static_cast<UChar32>(c)) && script_of(c) == USCRIPT_LATIN;
}

bool is_latin_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return c <= 0x10FFFF && u_isupper(static_cast<UChar32>(c)) && script_of(c) == USCRIPT_LATIN;
}

std::uint16_t token_flags(std::u32string_view tok) {
  std::uint16_t flags = 0;
  if (tok.empty()) return flags;
  bool all_punct = true, number = true, first_letter_seen = false, any_digit = false;
  for (std::size_t i = 0; i < tok.size(); ++i) {
    const char32_t c = tok[i];
    if (is_uro_han(c)) {
      flags |= tok_cjk;
      first_letter_seen = true;
      all_punct = number = false;
      continue;
    }
    const int gc = category(c);
    const bool letter = gc >= U_UPPERCASE_LETTER && gc <= U_OTHER_LETTER;
    if (letter) {
      const UScriptCode sc = c < 0x80 ? USCRIPT_LATIN : script_of(c);
      if (sc == USCRIPT_HAN) flags |= tok_cjk;
      if (sc == USCRIPT_LATIN) {
        flags |= tok_latin;
        if (!first_letter_seen && gc == U_UPPERCASE_LETTER) flags |= tok_cap;
      }
      first_letter_seen = true;
    } else if (c > 0x7F && script_of(c) == USCRIPT_HAN) {
      flags |= tok_cjk;  // Han ideographic numbers and marks (U+3007 and the like)
    }
    if (!is_punct_or_symbol(gc) && !(i > 0 && is_attached(gc))) all_punct = false;
    if (gc == U_DECIMAL_DIGIT_NUMBER) {
      any_digit = true;
    } else if (!(is_number_separator(c) && i > 0 && i + 1 < tok.size())) {
      number = false;
    }
  }
  if (number && any_digit && category(tok.back()) == U_DECIMAL_DIGIT_NUMBER) flags |= tok_num;
  if (all_punct) {
    flags |= tok_punct;
    const int first = category(tok.front());
    if (first == U_START_PUNCTUATION || first == U_INITIAL_PUNCTUATION) flags |= tok_open;
    if (first == U_END_PUNCTUATION || first == U_FINAL_PUNCTUATION) flags |= tok_close;
    if (first == U_OTHER_PUNCTUATION || first == U_DASH_PUNCTUATION || first == U_FINAL_PUNCTUATION)
      flags |= tok_clause_punct;
  }
  return flags;
}

}  // namespace argmap::text
