// The text layer's entry point (see segment.hpp): paragraphs from line breaks (a
// hard-wrapped text's soft breaks read as spaces, engine/paragraphs.hpp),
// sentences from ICU's sentence iterator plus sentence_fixups, tokens: one per Han
// character, ICU's word iterator elsewhere, with flags from unicode_classes.
// The document is converted to UTF-16 once; iterators run over sub-ranges of that
// buffer (no copies) and are cloned once per call from cached prototypes.
#include "engine/segment.hpp"


#include <algorithm>
#include <iterator>

#include "engine/fold.hpp"
#include "engine/icu_util.hpp"
#include "engine/language.hpp"
#include "engine/paragraphs.hpp"
#include "engine/sentence_fixups.hpp"
#include "engine/unicode_classes.hpp"

namespace argmap {
namespace {

using text::is_space;

constexpr char32_t kWordJoiner = 0x2060;

bool is_latin_alnum(char32_t c) { return c < 0x250 && u_isalnum(static_cast<UChar32>(c)); }

// Whether the soft break at `at` (one code point of a line break: \r\n is two) falls
// inside a number or a Latin word: a letter or digit on both sides, or a digit and a
// decimal point or thousands separator before a digit.
bool inside_word(std::u32string_view t, std::uint32_t at) {
  std::uint32_t before = at, after = at + 1;
  while (before > 0 && text::is_line_break(t[before - 1])) --before;
  while (after < t.size() && text::is_line_break(t[after])) ++after;
  if (before == 0 || after >= t.size()) return false;
  const char32_t l = t[before - 1], r = t[after];
  if (is_latin_alnum(l) && is_latin_alnum(r)) return true;
  return (l == U'.' || l == U',') && before >= 2 && u_isdigit(static_cast<UChar32>(t[before - 2])) &&
         u_isdigit(static_cast<UChar32>(r));
}

// Trims whitespace off both ends of [b, e).
Span trimmed(std::u32string_view t, std::uint32_t b, std::uint32_t e) {
  while (b < e && is_space(t[b])) ++b;
  while (e > b && is_space(t[e - 1])) --e;
  return {b, e};
}

// One paragraph's ICU sentence boundaries, as code point offsets.
std::vector<std::uint32_t> icu_sentence_breaks(icu::BreakIterator* it, UText& ut, const text::Utf16Text& u16,
                                               Span p) {
  std::vector<std::uint32_t> out;
  if (!it) return out;
  const std::size_t b16 = u16.to_u16(p.start), e16 = u16.to_u16(p.end);
  if (!text::set_range(*it, ut, u16, b16, e16)) return out;
  for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
    const std::size_t cp = u16.to_cp(b16 + static_cast<std::size_t>(b));
    if (cp > p.start && cp < p.end) out.push_back(static_cast<std::uint32_t>(cp));
  }
  return out;
}

void add_token(Document& doc, std::uint32_t b, std::uint32_t e) {
  const Span s = trimmed(doc.text, b, e);
  if (s.empty()) return;
  const std::u32string_view view = doc.slice(s);
  // U+2019 right after a Latin letter is the apostrophe of a plural possessive
  // (Workers' Union typeset): it gets the ASCII apostrophe's classes, so typeset and
  // plain English map alike. After Han it stays the closing quote it is in Chinese.
  static constexpr char32_t kApostrophe[] = {U'\''};
  const bool typeset_apostrophe =
      view.size() == 1 && view[0] == 0x2019 && s.start > 0 && text::is_latin_letter(doc.text[s.start - 1]);
  // A token holds a line break only where a hard-wrapped Chinese text broke a number or
  // a Latin word (190|0): its classes are those of the word without the break. (Only
  // wrapped text has line breaks inside a paragraph, so others skip the scan.)
  if (doc.wrap_width != 0 && std::any_of(view.begin(), view.end(), text::is_line_break)) {
    std::u32string joined;
    std::remove_copy_if(view.begin(), view.end(), std::back_inserter(joined), text::is_line_break);
    doc.tokens.push_back(Token{s, text::token_flags(joined)});
    return;
  }
  doc.tokens.push_back(Token{s, text::token_flags(typeset_apostrophe ? std::u32string_view(kApostrophe, 1) : view)});
}

using text::is_han;

void tokenize_range(Document& doc, icu::BreakIterator* it, UText& ut, const text::Utf16Text& u16, Span s);

// Han characters are tokens of one character each: rules then match Chinese words
// whatever a dictionary would have merged (a cue inside a longer dictionary word is
// still found) and names of any length; everything else goes through ICU's word
// iterator. This also spares ICU's dictionary segmentation, the costliest part.
void tokenize(Document& doc, icu::BreakIterator* it, UText& ut, const text::Utf16Text& u16, Span s) {
  std::uint32_t i = s.start;
  while (i < s.end) {
    if (is_han(doc.text[i])) {
      add_token(doc, i, i + 1);
      ++i;
      continue;
    }
    std::uint32_t j = i + 1;
    while (j < s.end && !is_han(doc.text[j])) ++j;
    tokenize_range(doc, it, ut, u16, {i, j});
    i = j;
  }
}

void tokenize_range(Document& doc, icu::BreakIterator* it, UText& ut, const text::Utf16Text& u16, Span s) {
  if (s.end - s.start == 1) {  // a lone punctuation mark or letter between Han: no ICU needed
    add_token(doc, s.start, s.end);
    return;
  }
  if (!it) {  // no ICU data: whitespace-separated chunks, still covering every character
    std::uint32_t b = s.start;
    for (std::uint32_t i = s.start; i <= s.end; ++i) {
      if (i == s.end || is_space(doc.text[i])) {
        add_token(doc, b, i);
        b = i + 1;
      }
    }
    return;
  }
  const std::size_t b16 = u16.to_u16(s.start), e16 = u16.to_u16(s.end);
  if (!text::set_range(*it, ut, u16, b16, e16)) {
    add_token(doc, s.start, s.end);
    return;
  }
  std::uint32_t prev = s.start;
  for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
    const auto cp = static_cast<std::uint32_t>(u16.to_cp(b16 + static_cast<std::size_t>(b)));
    if (cp <= prev || cp > s.end) continue;
    add_token(doc, prev, cp);
    prev = cp;
  }
  if (prev < s.end) add_token(doc, prev, s.end);
}

}  // namespace

void segment(Document& doc) {
  doc.paragraphs.clear();
  doc.sentences.clear();
  doc.tokens.clear();
  if (doc.text.size() >= 0xFFFFFFFFu) return;  // offsets are 32-bit; such a text is refused upstream
  doc.folded.resize(doc.text.size());
  std::transform(doc.text.begin(), doc.text.end(), doc.folded.begin(), fold_char);
  const text::ParagraphLayout layout = text::find_paragraphs(doc.text);
  for (const Span& p : layout.paragraphs) doc.paragraphs.push_back(Paragraph{p, ParagraphKind::body, {}});
  doc.wrap_width = layout.wrap_width;
  if (doc.paragraphs.empty()) return;

  const std::string language = doc.language.empty() ? detect_language(doc.text) : doc.language;
  // ICU breaks a sentence at every line break; inside a hard-wrapped paragraph a soft
  // break is read as a space by the break iterators and the fixups (one code point for
  // one: the offsets are the text's). In Chinese, wrapped between any two characters,
  // the space is not in the text, but ICU's rules and the fixups hold across it; a
  // word joiner in its place, which ICU's rules look through, hid 。 before （ from them.
  // A no-break space (Mr.<U+00A0>Ferris, as web text often has it) is read as a space
  // too: ICU keeps `Mr. Ferris` whole only when a plain space follows the abbreviation.
  // Chinese is wrapped between any two characters, so a break may fall inside a number
  // (2.|8) or a Latin word, which a space would split into two (and 2. ends a sentence);
  // there it is read as a word joiner (U+2060), which ICU's rules look through.
  const bool chinese = language_family(language) == "zh";
  const bool respace =
      !layout.soft_breaks.empty() || std::any_of(doc.text.begin(), doc.text.end(), text::is_no_break_space);
  std::u32string unwrapped;
  if (respace) {
    unwrapped = doc.text;
    for (std::uint32_t c : layout.soft_breaks)
      unwrapped[c] = chinese && inside_word(doc.text, c) ? kWordJoiner : U' ';
    std::replace_if(unwrapped.begin(), unwrapped.end(), text::is_no_break_space, U' ');
  }
  const std::u32string& flow = respace ? unwrapped : doc.text;

  const text::Utf16Text u16(flow);
  auto sentence_it = text::make_break_iterator(text::BreakKind::sentence, language);
  auto word_it = text::make_break_iterator(text::BreakKind::word, language);
  UText ut = UTEXT_INITIALIZER;
  // A guess (about two tokens per three code points in Chinese news, fewer in
  // English) that saves reallocating the largest layer; capped so that a huge
  // text does not reserve gigabytes up front.
  doc.tokens.reserve(std::min<std::size_t>(doc.text.size() * 2 / 3 + 16, std::size_t{1} << 22));

  for (std::uint32_t pi = 0; pi < doc.paragraphs.size(); ++pi) {
    const Span p = doc.paragraphs[pi].span;
    std::vector<std::uint32_t> icu_breaks;
    if (text::may_need_breaks(flow, p.start, p.end))
      icu_breaks = icu_sentence_breaks(sentence_it.get(), ut, u16, p);
    const text::ParagraphBreaks fixed = text::fix_sentence_breaks(flow, p.start, p.end, std::move(icu_breaks), pi == 0);

    std::uint32_t from = p.start;
    for (std::size_t k = 0; k <= fixed.breaks.size(); ++k) {
      const std::uint32_t to = k < fixed.breaks.size() ? fixed.breaks[k] : p.end;
      const Span s = trimmed(doc.text, from, to);
      from = to;
      if (s.empty()) continue;
      Sentence sent;
      sent.span = s;
      sent.paragraph = pi;
      sent.metadata = fixed.metadata_end != 0 && s.start == p.start && s.end == fixed.metadata_end;
      sent.first_token = static_cast<std::uint32_t>(doc.tokens.size());
      tokenize(doc, word_it.get(), ut, u16, s);
      sent.end_token = static_cast<std::uint32_t>(doc.tokens.size());
      doc.sentences.push_back(std::move(sent));
    }
  }
  utext_close(&ut);
}

}  // namespace argmap
