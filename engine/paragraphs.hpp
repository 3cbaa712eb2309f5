// Paragraphs from line breaks. A line is a paragraph, unless the text is hard-wrapped
// (e-mail, wire feeds, plain-text archives: lines broken at a fixed width inside the
// paragraphs). Then a line break ends a paragraph only where the next line's first word
// would have fitted on the line it ends; the other breaks are soft, read as spaces.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "engine/document.hpp"

namespace argmap::text {

struct ParagraphLayout {
  std::vector<Span> paragraphs;             // trimmed, non-empty, in text order
  std::vector<std::uint32_t> soft_breaks;   // offsets of line-break characters inside a paragraph
  std::uint32_t wrap_width = 0;             // the width the text is wrapped at; 0: not wrapped
};

// Wrapped when at least half of the line breaks between two non-empty lines are soft
// at a width (the 90th percentile of line lengths, in code points) between
// kMinWrapWidth and kMaxWrapWidth: one paragraph per line, the corpora's layout, never
// is, since its lines are whole paragraphs of very different lengths.
inline constexpr std::uint32_t kMinWrapWidth = 20, kMaxWrapWidth = 160;
ParagraphLayout find_paragraphs(std::u32string_view text);

}  // namespace argmap::text
