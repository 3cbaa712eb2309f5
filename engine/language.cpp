// Language detection from the text itself (see language.hpp): Latin letters vs Han
// characters decide English vs Chinese; characters that exist only in one of the
// two Chinese scripts decide Traditional vs Simplified.
#include "engine/language.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "engine/fold.hpp"
#include "engine/unicode_classes.hpp"

namespace argmap {

std::string detect_language(std::u32string_view text) {
  std::size_t han = 0, latin = 0, trad = 0, simp = 0;
  for (char32_t c : text) {
    if (c < 0x80) {
      if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ++latin;
      continue;
    }
    // The unified ideographs block is Han throughout: no ICU call for nearly every
    // character of a Chinese text.
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script =
        text::is_uro_han(c) ? USCRIPT_HAN : uscript_getScript(static_cast<UChar32>(c), &status);
    if (script == USCRIPT_HAN) {
      ++han;
      if (is_traditional_only(c)) ++trad;
      else if (is_simplified_only(c)) ++simp;
    } else if (script == USCRIPT_LATIN && u_isalpha(static_cast<UChar32>(c))) {
      ++latin;
    }
  }
  if (latin > han) return "en";
  // Ties (including a text with neither kind) go to zh-Hant: the house corpus is
  // mostly Traditional, and a text without distinguishing characters matches either.
  return simp > trad ? "zh-Hans" : "zh-Hant";
}

std::string language_family(std::string_view bcp47) {
  const auto cut = bcp47.find_first_of("-_");
  std::string primary(bcp47.substr(0, cut));
  for (auto& ch : primary) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch + 0x20 : ch);
  return primary;
}

}  // namespace argmap
