// ICU plumbing for the text layer: the document as UTF-16 (converted once) with
// code point <-> UTF-16 offset mapping, and break iterators cloned from cached
// prototypes (creating one from the rules is costly; cloning is cheap).
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

namespace argmap::text {

class Utf16Text {
 public:
  // Values that are not scalar values (surrogates, > U+10FFFF) become one U+FFFD
  // unit each, so every code point still maps to one or two units.
  explicit Utf16Text(std::u32string_view text);

  const UChar* data() const { return units_.data(); }
  std::size_t to_u16(std::size_t cp) const;  // cp in [0, size], a code point boundary
  std::size_t to_cp(std::size_t u16) const;  // u16 must be a code point boundary

 private:
  std::vector<UChar> units_;
  std::vector<std::uint32_t> supplementary_;  // code point indices of the supplementary characters, ascending
};

enum class BreakKind { sentence, word };

// A fresh iterator (owned by the caller) for the language's locale; nullptr when
// ICU cannot make one (missing data): callers then fall back to no breaks.
std::unique_ptr<icu::BreakIterator> make_break_iterator(BreakKind kind, const std::string& language);

// Points `it` at units [begin, end) of `text` without copying. `ut` must outlive
// the iteration. Boundaries come back relative to `begin`.
bool set_range(icu::BreakIterator& it, UText& ut, const Utf16Text& text, std::size_t begin, std::size_t end);

}  // namespace argmap::text
