// ICU plumbing for the text layer (see icu_util.hpp).
#include "engine/icu_util.hpp"

#include <algorithm>
#include <map>
#include <mutex>
#include <utility>

#include <unicode/locid.h>

#include "engine/language.hpp"

namespace argmap::text {

Utf16Text::Utf16Text(std::u32string_view text) {
  units_.reserve(text.size() + 1);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char32_t c = text[i];
    if (c < 0x10000) {
      units_.push_back(c >= 0xD800 && c <= 0xDFFF ? UChar(0xFFFD) : static_cast<UChar>(c));
    } else if (c <= 0x10FFFF) {
      units_.push_back(static_cast<UChar>(0xD7C0 + (c >> 10)));
      units_.push_back(static_cast<UChar>(0xDC00 | (c & 0x3FF)));
      supplementary_.push_back(static_cast<std::uint32_t>(i));
    } else {
      units_.push_back(UChar(0xFFFD));
    }
  }
  units_.push_back(0);
}

std::size_t Utf16Text::to_u16(std::size_t cp) const {
  if (supplementary_.empty()) return cp;
  const auto before = std::lower_bound(supplementary_.begin(), supplementary_.end(), cp) - supplementary_.begin();
  return cp + static_cast<std::size_t>(before);
}

std::size_t Utf16Text::to_cp(std::size_t u16) const {
  if (supplementary_.empty()) return u16;
  // The j-th supplementary character starts at unit supplementary_[j] + j; count
  // those starting before u16 (that sequence is ascending, so binary search).
  std::size_t lo = 0, hi = supplementary_.size();
  while (lo < hi) {
    const std::size_t mid = (lo + hi) / 2;
    if (supplementary_[mid] + mid < u16) lo = mid + 1;
    else hi = mid;
  }
  return u16 - lo;
}

namespace {

std::string locale_for(BreakKind kind, const std::string& language) {
  const std::string family = language_family(language);
  if (family == "zh" || family.empty()) return "zh";
  // ss=standard: ICU's own abbreviation suppressions (Mr., U.S.) for sentences.
  return kind == BreakKind::sentence ? family + "@ss=standard" : family;
}

}  // namespace

std::unique_ptr<icu::BreakIterator> make_break_iterator(BreakKind kind, const std::string& language) {
  static std::mutex mutex;
  static std::map<std::pair<BreakKind, std::string>, std::unique_ptr<icu::BreakIterator>> prototypes;
  const std::string locale = locale_for(kind, language);
  std::lock_guard<std::mutex> lock(mutex);
  auto& proto = prototypes[{kind, locale}];
  if (!proto) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale loc(locale.c_str());
    proto.reset(kind == BreakKind::sentence ? icu::BreakIterator::createSentenceInstance(loc, status)
                                            : icu::BreakIterator::createWordInstance(loc, status));
    if (U_FAILURE(status)) proto.reset();
    if (!proto) return nullptr;
  }
  return std::unique_ptr<icu::BreakIterator>(proto->clone());
}

bool set_range(icu::BreakIterator& it, UText& ut, const Utf16Text& text, std::size_t begin, std::size_t end) {
  UErrorCode status = U_ZERO_ERROR;
  utext_openUChars(&ut, text.data() + begin, static_cast<int64_t>(end - begin), &status);
  if (U_FAILURE(status)) return false;
  it.setText(&ut, status);
  return U_SUCCESS(status);
}

}  // namespace argmap::text
