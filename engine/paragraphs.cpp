// Paragraphs and hard-wrap detection (see paragraphs.hpp).
#include "engine/paragraphs.hpp"

#include <algorithm>

#include "engine/unicode_classes.hpp"

namespace argmap::text {
namespace {

struct Line {
  std::uint32_t start = 0, end = 0;          // the line without its break
  std::uint32_t break_start = 0, break_end = 0;  // its line break (\n, \r\n, ...); empty at the end
  std::uint32_t width = 0;                   // code points up to the last non-space one
  bool blank = true;
};

std::vector<Line> lines_of(std::u32string_view t) {
  std::vector<Line> lines;
  const auto n = static_cast<std::uint32_t>(t.size());
  std::uint32_t start = 0;
  for (std::uint32_t i = 0; i <= n; ++i) {
    if (i < n && !is_line_break(t[i])) continue;
    Line l;
    l.start = start;
    l.end = i;
    l.break_start = i;
    l.break_end = i < n ? i + 1 : i;
    if (i + 1 < n && t[i] == '\r' && t[i + 1] == '\n') l.break_end = i + 2;
    std::uint32_t last = l.end;
    while (last > l.start && is_space(t[last - 1])) --last;
    l.blank = last == l.start;
    l.width = last - l.start;
    lines.push_back(l);
    i = l.break_end - 1;
    start = l.break_end;
    if (i + 1 >= n) break;
  }
  return lines;
}

// The first word of a line, as a wrapping program measures it: up to the first space;
// one code point when the line starts with Han (every Han character may be wrapped).
std::uint32_t first_word_width(std::u32string_view t, const Line& l) {
  std::uint32_t b = l.start;
  while (b < l.end && is_space(t[b])) ++b;
  if (b < l.end && is_han(t[b])) return 1;
  std::uint32_t e = b;
  while (e < l.end && !is_space(t[e]) && !is_han(t[e])) ++e;
  return std::max<std::uint32_t>(1, e - b);
}

// The width the lines are filled to: most lines of a wrapped paragraph come close to
// it, so the 90th percentile of line widths (a stray long line, a URL or a table row,
// does not move it).
std::uint32_t fill_width(const std::vector<Line>& lines) {
  std::vector<std::uint32_t> widths;
  for (const Line& l : lines)
    if (!l.blank) widths.push_back(l.width);
  if (widths.empty()) return 0;
  const std::size_t k = (widths.size() - 1) * 9 / 10;
  std::nth_element(widths.begin(), widths.begin() + static_cast<std::ptrdiff_t>(k), widths.end());
  return widths[k];
}

}  // namespace

ParagraphLayout find_paragraphs(std::u32string_view t) {
  ParagraphLayout out;
  const std::vector<Line> lines = lines_of(t);
  const std::uint32_t width = fill_width(lines);

  // A break between two non-empty lines is soft when the next line's first word would
  // not have fitted after a space: the wrapping program had to break there.
  std::vector<bool> soft(lines.size(), false);
  std::size_t candidates = 0, soft_count = 0;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i].blank || lines[i + 1].blank) continue;
    ++candidates;
    soft[i] = lines[i].width + 1 + first_word_width(t, lines[i + 1]) > width;
    soft_count += soft[i] ? 1 : 0;
  }
  const bool wrapped =
      width >= kMinWrapWidth && width <= kMaxWrapWidth && candidates >= 2 && 2 * soft_count >= candidates;
  if (wrapped) out.wrap_width = width;

  std::uint32_t open = 0;
  bool in_paragraph = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (l.blank) continue;
    if (!in_paragraph) open = l.start, in_paragraph = true;
    if (wrapped && soft[i]) {
      for (std::uint32_t c = l.break_start; c < l.break_end; ++c) out.soft_breaks.push_back(c);
      continue;
    }
    std::uint32_t b = open, e = l.end;
    while (b < e && is_space(t[b])) ++b;
    while (e > b && is_space(t[e - 1])) --e;
    if (b < e) out.paragraphs.push_back(Span{b, e});
    in_paragraph = false;
  }
  return out;
}

}  // namespace argmap::text
