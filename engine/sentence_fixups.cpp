// Corrections to ICU's sentence breaks (see sentence_fixups.hpp). Every step is a
// linear pass over the paragraph or over the break list.
#include "engine/sentence_fixups.hpp"

#include <algorithm>
#include <unordered_map>

#include "engine/unicode_classes.hpp"

namespace argmap::text {
namespace {

using Breaks = std::vector<std::uint32_t>;

void normalise(Breaks& b, std::uint32_t begin, std::uint32_t end) {
  std::sort(b.begin(), b.end());
  b.erase(std::unique(b.begin(), b.end()), b.end());
  b.erase(std::remove_if(b.begin(), b.end(), [&](std::uint32_t x) { return x <= begin || x >= end; }), b.end());
}

// 0. `... logged in to an app. The rules take effect`: ICU's abbreviation suppressions
// (ss=standard) hold a few ordinary lower-case words, and there no sentence ends. A
// full stop after a lower-case word of three or more letters with a vowel, then spaces
// and a capital, ends a sentence: abbreviations that take a capital after them are
// capitalised (Dr., Inc.) or have no vowel (vs.), and `e.g.` has inner stops. Later
// steps still keep breaks out of quotes and brackets.
void restore_word_ends(std::u32string_view text, std::uint32_t begin, std::uint32_t end, Breaks& breaks) {
  auto lower = [](char32_t c) { return c >= 'a' && c <= 'z'; };
  auto vowel = [](char32_t c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  const std::size_t before = breaks.size();
  for (std::uint32_t i = begin + 3; i + 2 < end; ++i) {
    if (text[i] != '.' || text[i + 1] != ' ') continue;
    std::uint32_t q = i + 1;
    while (q < end && text[q] == ' ') ++q;
    if (q >= end || !is_latin_upper(text[q])) continue;
    std::uint32_t s = i;
    bool has_vowel = false;
    while (s > begin && lower(text[s - 1])) has_vowel |= vowel(text[--s]);
    if (i - s < 3 || !has_vowel) continue;
    if (s > begin && (is_latin_letter(text[s - 1]) || text[s - 1] == '.')) continue;
    breaks.push_back(q);
  }
  if (breaks.size() != before) normalise(breaks, begin, end);
}

// 1. Punctuation that belongs to a side of the break.
void attach_brackets(std::u32string_view text, std::uint32_t begin, std::uint32_t end, Breaks& breaks) {
  for (auto& b : breaks) {
    while (b < end && is_closing(text[b])) ++b;
    std::uint32_t q = b;
    while (q > begin && is_space(text[q - 1])) --q;
    bool moved = false;
    while (q > begin && is_opening(text[q - 1])) --q, moved = true;
    if (moved) b = q;
  }
  normalise(breaks, begin, end);
}

// 2. `J. K. Rowling`: a lone Latin capital and a full stop before the break (a
// Han character right before the capital does not make it part of a word).
void keep_initials(std::u32string_view text, std::uint32_t begin, Breaks& breaks) {
  std::erase_if(breaks, [&](std::uint32_t b) {
    std::uint32_t p = b;
    while (p > begin && is_space(text[p - 1])) --p;
    if (p < begin + 2 || text[p - 1] != '.' || !is_latin_upper(text[p - 2])) return false;
    const std::uint32_t letter = p - 2;
    return letter == begin || !is_latin_letter(text[letter - 1]);
  });
}

// 2b. `... last year. Dr. Maria Lindqvist said`: ICU may end a sentence after an
// abbreviation that starts one. A "sentence" that is only a capital, up to three
// lower-case consonants and a full stop is such an abbreviation, never a sentence.
void keep_lone_abbreviations(std::u32string_view text, std::uint32_t begin, Breaks& breaks) {
  std::uint32_t prev = begin;
  std::erase_if(breaks, [&](std::uint32_t b) {
    std::uint32_t s = prev, e = b;
    while (s < e && is_space(text[s])) ++s;
    while (e > s && is_space(text[e - 1])) --e;
    const std::uint32_t letters = e > s ? e - s - 1 : 0;
    bool lone = e > s + 1 && text[e - 1] == '.' && letters <= 4 && is_latin_upper(text[s]);
    // Lower-case consonants only after the capital (Dr, Mrs, St, Jr): a word with a
    // vowel (Yes., One., Go.) can be a sentence.
    auto vowel = [](char32_t c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; };
    for (std::uint32_t i = s + 1; lone && i + 1 < e; ++i)
      lone = is_latin_letter(text[i]) && !is_latin_upper(text[i]) && !vowel(text[i]);
    if (!lone) prev = b;
    return lone;
  });
}

// Whether the break at b, after a short abbreviation, lies inside the sentence that
// starts at `sentence` (2c below).
bool inner_abbreviation(std::u32string_view text, std::uint32_t begin, std::uint32_t end, std::uint32_t sentence,
                        std::uint32_t b) {
  auto vowel = [](char32_t c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; };
  std::uint32_t e = b;
  while (e > begin && is_space(text[e - 1])) --e;
  if (e < begin + 2 || text[e - 1] != '.') return false;
  std::uint32_t s = e - 1;  // the abbreviation's letters are [s, e - 1)
  while (s > begin && is_latin_letter(text[s - 1]) && e - 1 - (s - 1) <= 4) --s;
  const std::uint32_t letters = e - 1 - s;
  if (letters < 2 || letters > 4 || !is_latin_upper(text[s])) return false;
  if (s > begin && is_latin_letter(text[s - 1])) return false;  // part of a longer word
  for (std::uint32_t i = s + 1; i + 1 < e; ++i)
    if (!is_latin_letter(text[i]) || is_latin_upper(text[i]) || vowel(text[i])) return false;
  std::uint32_t q = b;
  while (q < end && is_space(text[q])) ++q;
  if (q >= end || !is_latin_upper(text[q])) return false;
  std::uint32_t w = s;
  while (w > begin && is_space(text[w - 1])) --w;
  if (w == s || w == begin) return false;  // no space before it, or it opens the paragraph
  if (text[w - 1] == ',') return true;
  std::uint32_t word = w;
  while (word > begin && is_latin_letter(text[word - 1])) --word;
  if (word < w && !is_latin_upper(text[word])) return true;  // a lower-case word before it
  // A capitalised word before it that opens the sentence: only the sentence's first word.
  std::uint32_t first = sentence;
  while (first < word && is_space(text[first])) ++first;
  return word < w && first == word;
}

// 2c. `The director, Dr. Imran Sethi, said` / `said Dr. Lena Varga` / `But Dr. Jonas
// Ekdahl found`: ICU may also end a sentence after such an abbreviation inside one.
// Shape as in 2b; it cannot end a sentence when a capital comes right after it and,
// right before it, a comma, a lower-case word, or the sentence's only other word (`But
// Dr.` is no sentence). `lives on Elm St. The` keeps its break: a capitalised word
// that does not open the sentence precedes.
void keep_inner_abbreviations(std::u32string_view text, std::uint32_t begin, std::uint32_t end, Breaks& breaks) {
  std::uint32_t sentence = begin;  // where the sentence holding the candidate break starts
  std::erase_if(breaks, [&](std::uint32_t b) {
    const bool inside = inner_abbreviation(text, begin, end, sentence, b);
    if (!inside) sentence = b;
    return inside;
  });
}

// 2d. `The council voted on Oct. 8.`: ICU may end a sentence after a short capitalised
// abbreviation (a capital and one to three lower-case letters, then a full stop) when a
// number follows it. A sentence of news prose does not open with a numeral (style
// guides spell it out), so such a break is no sentence end.
void keep_abbreviations_before_numbers(std::u32string_view text, std::uint32_t begin, std::uint32_t end,
                                       Breaks& breaks) {
  std::erase_if(breaks, [&](std::uint32_t b) {
    std::uint32_t e = b;
    while (e > begin && is_space(text[e - 1])) --e;
    if (e == b || e < begin + 3 || text[e - 1] != '.') return false;  // a space must separate it from the number
    std::uint32_t s = e - 1;
    while (s > begin && is_latin_letter(text[s - 1]) && !is_latin_upper(text[s - 1])) --s;
    if (s == begin || !is_latin_upper(text[s - 1])) return false;
    --s;  // the capital
    const std::uint32_t letters = e - 1 - s;
    if (letters < 2 || letters > 4) return false;
    if (s > begin && is_latin_letter(text[s - 1])) return false;  // part of a longer word
    std::uint32_t q = b;
    while (q < end && is_space(text[q])) ++q;
    return q < end && text[q] >= '0' && text[q] <= '9';
  });
}

// 3. Breaks inside bracket/quote pairs. Intervals (open, close] are protected: a
// break right before the closer would orphan it.
void protect_pairs(std::u32string_view text, std::uint32_t begin, std::uint32_t end, Breaks& breaks) {
  struct Open {
    std::uint32_t pos;
    char32_t closer;
  };
  std::vector<Open> stack;
  std::unordered_map<char32_t, std::uint32_t> open_count;  // closer -> openers waiting for it
  std::vector<std::pair<std::uint32_t, std::uint32_t>> protect;
  for (std::uint32_t i = begin; i < end; ++i) {
    const char32_t c = text[i];
    if ((c < 0x80 && ((c | 0x20) - 'a' < 26 || c - '0' < 10 || c == ' ')) || is_uro_han(c)) continue;  // fast path
    const int gc = category(c);
    const bool closing = gc == U_END_PUNCTUATION || gc == U_FINAL_PUNCTUATION ||
                         (gc == U_OTHER_PUNCTUATION && is_symmetric_quote(c));
    if (closing) {
      auto it = open_count.find(c);
      if (it != open_count.end() && it->second > 0) {
        // Pop to the matching opener; openers left unclosed inside it end here too.
        while (true) {
          const Open top = stack.back();
          stack.pop_back();
          --open_count[top.closer];
          if (top.closer == c) {
            if (stack.empty()) protect.emplace_back(top.pos, i);
            break;
          }
        }
        continue;
      }
    }
    if (gc == U_START_PUNCTUATION || gc == U_INITIAL_PUNCTUATION || gc == U_OTHER_PUNCTUATION) {
      const char32_t closer = closer_for(c);
      if (closer) {
        stack.push_back({i, closer});
        ++open_count[closer];
      }
    }
  }
  // Only outermost pairs were recorded, so `protect` is ascending and disjoint.
  if (!stack.empty()) protect.emplace_back(stack.front().pos, end);
  std::size_t k = 0;
  std::erase_if(breaks, [&](std::uint32_t b) {
    while (k < protect.size() && protect[k].second < b) ++k;
    return k < protect.size() && protect[k].first < b && b <= protect[k].second;
  });
  // A break right after a bracket (not a quotation) that opened mid-sentence comes
  // from a sentence end inside it, `...(see X. The End.)...`: the sentence goes on.
  // A quotation ending in a sentence end (`...<quote>...<full stop><end quote>`) does
  // end the sentence, and a bracket that starts its own sentence (`(...!)`) stands alone.
  k = 0;
  std::uint32_t sentence_start = begin;
  std::erase_if(breaks, [&](std::uint32_t b) {
    std::uint32_t q = b;
    while (q > begin && is_space(text[q - 1])) --q;
    while (k < protect.size() && protect[k].second + 1 < q) ++k;
    bool drop = false;
    if (k < protect.size() && protect[k].second + 1 == q && protect[k].second < end) {
      const std::uint32_t open = protect[k].first;
      const bool quotation = u_hasBinaryProperty(static_cast<UChar32>(text[open]), UCHAR_QUOTATION_MARK);
      bool mid_sentence = false;
      for (std::uint32_t i = sentence_start; i < open && !mid_sentence; ++i) mid_sentence = !is_space(text[i]);
      drop = !quotation && mid_sentence;
    }
    if (!drop) sentence_start = b;
    return drop;
  });
}

bool is_credit_char(char32_t c) {
  if (is_space(c) || c == '.' || c == '/' || c == 0xFF0E || c == 0xFF0F || c == 0x00B7 || c == 0x30FB)
    return true;
  return c <= 0x10FFFF && u_isalpha(static_cast<UChar32>(c));
}

// 4. `... . (Reuters)` at the paragraph end: the opener's position, or `end` if none.
std::uint32_t credit_start(std::u32string_view text, std::uint32_t begin, std::uint32_t end) {
  constexpr std::uint32_t kMaxInside = 30;
  if (end - begin < 3 || category(text[end - 1]) != U_END_PUNCTUATION) return end;
  std::uint32_t p = end - 1, count = 0;  // p: the first credit character once the loop stops
  bool letter = false;
  while (p > begin && count <= kMaxInside && is_credit_char(text[p - 1])) {
    --p, ++count;
    letter = letter || u_isalpha(static_cast<UChar32>(text[p]));
  }
  if (p == begin || count == 0 || count > kMaxInside || !letter) return end;
  const std::uint32_t open = p - 1;
  if (category(text[open]) != U_START_PUNCTUATION) return end;
  std::uint32_t q = open;
  while (q > begin && is_space(text[q - 1])) --q;
  if (q == begin) return open;
  while (q > begin && (is_closing(text[q - 1]) || is_symmetric_quote(text[q - 1]))) --q;
  return q > begin && is_sentence_terminal(text[q - 1]) ? open : end;
}

bool ascii_digits(std::u32string_view text, std::uint32_t at, std::uint32_t n, std::uint32_t end, int& value) {
  if (at + n > end) return false;
  value = 0;
  for (std::uint32_t i = at; i < at + n; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    value = value * 10 + static_cast<int>(text[i] - '0');
  }
  return true;
}

// 5. `date 2025-12-03`, `Date: 2025-12-03`: the end of the key+date stretch, or 0.
std::uint32_t metadata_end(std::u32string_view text, std::uint32_t begin, std::uint32_t end) {
  std::uint32_t p = begin;
  while (p < end && p - begin < 32 && is_latin_letter(text[p])) ++p;
  if (p == begin) return 0;
  while (p < end && is_space(text[p])) ++p;
  if (p < end && (text[p] == ':' || text[p] == 0xFF1A)) ++p;
  while (p < end && is_space(text[p])) ++p;
  int year = 0, month = 0, day = 0;
  if (!ascii_digits(text, p, 4, end, year) || p + 4 >= end || text[p + 4] != '-') return 0;
  if (!ascii_digits(text, p + 5, 2, end, month) || p + 7 >= end || text[p + 7] != '-') return 0;
  if (!ascii_digits(text, p + 8, 2, end, day)) return 0;
  const std::uint32_t stop = p + 10;
  if (stop < end && category(text[stop]) == U_DECIMAL_DIGIT_NUMBER) return 0;
  if (month < 1 || month > 12 || day < 1 || day > 31) return 0;
  return stop;
}

}  // namespace

bool may_need_breaks(std::u32string_view text, std::uint32_t begin, std::uint32_t end) {
  for (std::uint32_t i = begin; i < end; ++i) {
    const char32_t c = text[i];
    if (c < 0x80) {
      if (c == '.' || c == '!' || c == '?') return true;
    } else if (!is_uro_han(c) && (c == 0x85 || is_sentence_terminal(c))) {
      return true;
    }
  }
  return false;
}

ParagraphBreaks fix_sentence_breaks(std::u32string_view text, std::uint32_t begin, std::uint32_t end,
                                    std::vector<std::uint32_t> breaks, bool document_start) {
  ParagraphBreaks out;
  normalise(breaks, begin, end);
  restore_word_ends(text, begin, end, breaks);
  if (!breaks.empty()) {
    attach_brackets(text, begin, end, breaks);
    keep_initials(text, begin, breaks);
    keep_lone_abbreviations(text, begin, breaks);
    keep_inner_abbreviations(text, begin, end, breaks);
    keep_abbreviations_before_numbers(text, begin, end, breaks);
    protect_pairs(text, begin, end, breaks);
  }
  if (const std::uint32_t open = credit_start(text, begin, end); open < end) {
    std::erase_if(breaks, [&](std::uint32_t b) { return b > open; });
    breaks.push_back(open);
  }
  if (document_start) {
    if (const std::uint32_t stop = metadata_end(text, begin, end)) {
      std::erase_if(breaks, [&](std::uint32_t b) { return b <= stop; });
      breaks.push_back(stop);
      out.metadata_end = stop;
    }
  }
  normalise(breaks, begin, end);
  out.breaks = std::move(breaks);
  return out;
}

}  // namespace argmap::text
