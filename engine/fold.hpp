// Folding for matching: the text's tokens and the rules' literals are folded the
// same way, so a rule written in Traditional characters matches Simplified text
// and the reverse, Latin matches ignore case, and a typographic apostrophe (U+2019)
// matches an ASCII one. The Traditional->Simplified table
// comes from ICU's "Traditional-Simplified" transliterator, per character, run at
// build time (engine/generate/fold_tables.cpp).
#pragma once
#include <string>
#include <string_view>

namespace argmap {

char32_t fold_char(char32_t c);
std::u32string fold(std::u32string_view text);

// True when c has a distinct Simplified form (a Traditional-only character),
// or is the Simplified form of some other character: used by language detection.
bool is_traditional_only(char32_t c);
bool is_simplified_only(char32_t c);

}  // namespace argmap
