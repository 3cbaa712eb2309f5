// UTF-8 validation and line/column bookkeeping for diagnostics (see source_text.hpp).
#include "grammar/source_text.hpp"

#include <algorithm>

namespace argmap::grammar::detail {
namespace {

// Length of the well-formed UTF-8 sequence starting at text[i], or 0 if there is none.
std::size_t sequence_length(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char b0 = byte(i);
  if (b0 < 0x80) return 1;
  std::size_t len = 0;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte (Unicode table 3-7)
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3;
    if (b0 == 0xE0) lo = 0xA0;  // no overlongs
    if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4;
    if (b0 == 0xF0) lo = 0x90;  // no overlongs
    if (b0 == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
  } else {
    return 0;
  }
  if (i + len > text.size()) return 0;
  if (byte(i + 1) < lo || byte(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < len; ++k)
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  return len;
}

}  // namespace

std::size_t find_invalid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = sequence_length(text, i);
    if (n == 0) return i;
    i += n;
  }
  return std::string_view::npos;
}

SourceText::SourceText(std::string_view text) : text_(text), columns_(text.size() + 1) {
  line_starts_.push_back(0);
  int column = 1;
  for (std::size_t i = 0; i < text.size(); ++i) {
    columns_[i] = column;
    const auto b = static_cast<unsigned char>(text[i]);
    if (b == '\n') {
      line_starts_.push_back(i + 1);
      column = 1;
    } else if ((b & 0xC0) != 0x80) {
      ++column;  // continuation bytes belong to the code point before them
    }
  }
  columns_[text.size()] = column;
  // A continuation byte shares its lead byte's column.
  for (std::size_t i = 0; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80 && i > 0 && text[i - 1] != '\n')
      columns_[i] = columns_[i - 1];
}

int SourceText::line_of(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  return static_cast<int>(it - line_starts_.begin());
}

int SourceText::column_of(std::size_t offset) const {
  return columns_[std::min(offset, text_.size())];
}

std::string SourceText::line_text(int line) const {
  if (line < 1 || static_cast<std::size_t>(line) > line_starts_.size()) return {};
  const std::size_t begin = line_starts_[line - 1];
  std::size_t end = static_cast<std::size_t>(line) < line_starts_.size() ? line_starts_[line] - 1
                                                                         : text_.size();
  if (end > begin && text_[end - 1] == '\r') --end;
  std::string out;
  for (std::size_t i = begin; i < end;) {
    const std::size_t n = sequence_length(text_, i);
    if (n == 0 || i + n > end) {
      out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
      ++i;
    } else {
      out.append(text_.substr(i, n));
      i += n;
    }
  }
  return out;
}

}  // namespace argmap::grammar::detail
