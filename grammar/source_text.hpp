// The text of one rules or lexicon file as diagnostics see it: UTF-8 validation,
// byte offset -> (line, column in code points), and the source line to quote.
// Internal to grammar/ (no Spirit here, so the loader and checker can use it too).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace argmap::grammar::detail {

// Offset of the first byte that does not belong to a well-formed UTF-8 sequence
// (overlong forms, surrogates and values above U+10FFFF are ill-formed), or npos.
std::size_t find_invalid_utf8(std::string_view text);

class SourceText {
 public:
  // `text` must outlive this object.
  explicit SourceText(std::string_view text);

  int line_of(std::size_t offset) const;    // 1-based
  int column_of(std::size_t offset) const;  // 1-based, in code points
  // The whole line without its newline (and without a trailing CR); each byte that
  // is not valid UTF-8 becomes U+FFFD so the line can be printed as it stands.
  std::string line_text(int line) const;

 private:
  std::string_view text_;
  std::vector<std::size_t> line_starts_;  // offset of each line's first byte
  std::vector<int> columns_;              // column of every offset, end included: O(1) lookups
};

}  // namespace argmap::grammar::detail
