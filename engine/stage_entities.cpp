// Entities: people and bodies the text names. Rules of the `entity` family capture
// `name`, `alias` (any number) and `title`; `entity.title` rules mark title phrases
// and `entity.boundary` rules mark words a name cannot contain (joiners such as
// "and"/"of"-like particles). A captured name is cut after the last title or boundary
// inside it, so "office title + name" splits into title and name without any word
// being written here. Mentions are all later occurrences of the name or an alias;
// a multi-word Latin name is also found by its last word ("Ortiz" for "Ana Ortiz"),
// a titled Han name by surname + title ending, and a Latin name's acronym (WTO) found
// in the text becomes its alias, as does a body's last word standing alone (the Assembly).
#include <algorithm>
#include <map>
#include <string_view>
#include <unordered_map>

#include <unicode/uchar.h>

#include "engine/match_view.hpp"
#include "engine/stages.hpp"
#include "engine/text_input.hpp"
#include "engine/language.hpp"
#include "engine/unicode_classes.hpp"

namespace argmap::stages {
namespace {

// A name, title or alias as written, trimmed, each run of white space one space, none
// next to Han. A name may run across a line break of hard-wrapped text
// (engine/paragraphs.hpp): a space in Latin text, nothing in Chinese, which is wrapped
// between any two characters (`chinese`: the document's language).
std::u32string trim(std::u32string_view s, bool chinese) {
  std::u32string out;
  out.reserve(s.size());
  bool space = false;
  for (char32_t c : s) {
    if (chinese && text::is_line_break(c)) continue;
    if (text::is_space(c)) {
      space = !out.empty();
      continue;
    }
    if (space && !text::is_han(out.back()) && !text::is_han(c)) out.push_back(U' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// The text names are looked for in. In hard-wrapped text a name may run across a soft
// line break (a line break inside a paragraph), read as a space in Latin text and as
// nothing in Chinese; a no-break space (Declan<U+00A0>Ferris) is read as a space, as the
// names themselves have it (trim). `at[i]` is the offset in the document of text[i].
struct NameText {
  std::u32string text;
  std::vector<Offset> at;
};

NameText name_text(const Document& doc, bool chinese) {
  NameText out;
  out.text.reserve(doc.text.size());
  out.at.reserve(doc.text.size() + 1);
  std::size_t p = 0;  // the paragraph at or after i
  for (std::size_t i = 0; i < doc.text.size(); ++i) {
    while (p < doc.paragraphs.size() && doc.paragraphs[p].span.end <= i) ++p;
    const bool soft = text::is_line_break(doc.text[i]) && p < doc.paragraphs.size() && doc.paragraphs[p].span.start <= i;
    // (Chinese drops the break; elsewhere \r\n is one space, as its names have one.)
    if (soft && (chinese || (i > 0 && doc.text[i] == U'\n' && doc.text[i - 1] == U'\r'))) continue;
    out.text.push_back(soft || text::is_no_break_space(doc.text[i]) ? U' ' : doc.text[i]);
    out.at.push_back(static_cast<Offset>(i));
  }
  out.at.push_back(static_cast<Offset>(doc.text.size()));
  return out;
}

using text::is_han;

bool is_latin_multiword(std::u32string_view s) {
  return s.find(U' ') != std::u32string_view::npos && !s.empty() && s[0] < 0x250;
}

struct Needle {
  std::u32string text;
  std::size_t entity;
  std::size_t alias = kNotAlias;  // index into the entity's aliases, when the needle is one
  static constexpr std::size_t kNotAlias = static_cast<std::size_t>(-1);
};

// Every start of every needle of two characters or more (a single character is too
// ambiguous to be a mention), overlapping ones included, per needle, ascending. One
// pass over the text; at each position the needles sorted by text are narrowed one
// character at a time (the range sharing the text read so far), so a position costs
// its longest matching prefix times a binary search, whatever the number of entities.
// (Bucketing by first character compared every needle of that letter at every
// capital: entities x text on long English documents.)
std::vector<std::vector<std::size_t>> find_all(const std::u32string& text, const std::vector<Needle>& needles) {
  std::vector<std::vector<std::size_t>> out(needles.size());
  std::vector<std::size_t> order;  // needles of two characters or more, by text
  std::vector<bool> first_bmp(0x10000, false);  // a quick no for most characters
  for (std::size_t k = 0; k < needles.size(); ++k) {
    if (needles[k].text.size() < 2) continue;
    order.push_back(k);
    const char32_t c = needles[k].text[0];
    if (c < 0x10000) first_bmp[c] = true;
  }
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return needles[a].text < needles[b].text || (needles[a].text == needles[b].text && a < b); });
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (text[at] < 0x10000 && !first_bmp[text[at]]) continue;
    // [lo, hi): the needles whose first d characters are text[at, at + d). Those of
    // exactly d characters sort first in it: they occur here.
    auto lo = order.begin(), hi = order.end();
    for (std::size_t d = 0; lo != hi; ++d) {
      while (lo != hi && needles[*lo].text.size() == d) out[*lo++].push_back(at);
      if (lo == hi || at + d >= text.size()) break;
      const char32_t c = text[at + d];
      lo = std::partition_point(lo, hi, [&](std::size_t k) { return needles[k].text[d] < c; });
      hi = std::partition_point(lo, hi, [&](std::size_t k) { return needles[k].text[d] == c; });
    }
  }
  return out;
}

struct Pending {
  std::u32string name;
  std::vector<std::u32string> aliases;
  std::optional<std::u32string> title;
  std::string rule;
  bool body = false;  // named by an `entity.org` rule
};

// A Latin name ends in no possessive ("the European Union's" names the European
// Union), and an acronym's possessive before it names its owner, another entity ("WTO's
// Appellate Body" is the Appellate Body). A possessive inside a name stays (St
// Brannoc's Hospital).
std::u32string without_possessives(std::u32string name) {
  if (name.empty() || name[0] >= 0x250) return name;
  auto possessive_at = [&](std::size_t i) {  // 's or ’s at i, ending a word
    return i + 1 < name.size() && (name[i] == U'\'' || name[i] == 0x2019) && name[i + 1] == U's' &&
           (i + 2 == name.size() || name[i + 2] == U' ');
  };
  if (name.size() >= 2 && possessive_at(name.size() - 2)) name.resize(name.size() - 2);
  std::size_t caps = 0;
  while (caps < name.size() && name[caps] >= U'A' && name[caps] <= U'Z') ++caps;
  if (caps >= 2 && possessive_at(caps) && caps + 3 < name.size()) name.erase(0, caps + 3);
  return name;
}

// The initials of a Latin name's capitalised words ("World Trade Organization" ->
// "WTO"); empty unless there are two or more.
std::u32string initials(std::u32string_view name) {
  std::u32string out;
  for (std::size_t i = 0; i < name.size(); ++i)
    if ((i == 0 || name[i - 1] == U' ') && name[i] >= U'A' && name[i] <= U'Z') out.push_back(name[i]);
  return out.size() >= 2 ? out : std::u32string{};
}

// Acronyms: a word of two to six capital letters (WTO, EU, CDC) is the alias of the
// first multi-word Latin body whose capitalised words it abbreviates: all of them, or
// (three letters or more) the first ones ("Centers for Disease Control and Prevention"
// is met as CDC). Only words the text uses, and none already a name or alias.
void add_acronyms(const std::u32string& text, std::vector<Pending>& merged,
                  std::unordered_map<std::u32string, std::size_t>& owner) {
  constexpr std::size_t kMaxLetters = 6;
  std::unordered_map<std::u32string, std::size_t> by_initials;  // initials or their prefixes -> entity
  for (std::size_t e = 0; e < merged.size(); ++e) {
    // A person's initials (PA for Patience Adeyemi) are no name the text uses for them.
    if (!merged[e].body || !is_latin_multiword(merged[e].name)) continue;
    const std::u32string all = initials(merged[e].name);
    if (all.empty()) continue;
    by_initials.emplace(all, e);
    for (std::size_t n = 3; n < all.size() && n <= kMaxLetters; ++n) by_initials.emplace(all.substr(0, n), e);
  }
  if (by_initials.empty()) return;
  auto latin_letter = [](char32_t c) { return (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z'); };
  for (std::size_t at = 0; at < text.size();) {
    if (!latin_letter(text[at])) { ++at; continue; }
    std::size_t end = at;
    bool upper = true;
    while (end < text.size() && latin_letter(text[end])) upper &= text[end] <= U'Z', ++end;
    const bool whole = (at == 0 || !u_isalnum(static_cast<UChar32>(text[at - 1]))) &&
                       (end == text.size() || !u_isalnum(static_cast<UChar32>(text[end])));
    if (upper && whole && end - at >= 2 && end - at <= kMaxLetters) {
      std::u32string word = text.substr(at, end - at);
      if (auto it = by_initials.find(word); it != by_initials.end() && !owner.count(word)) {
        owner.emplace(word, it->second);
        merged[it->second].aliases.push_back(std::move(word));
      }
    }
    at = end;
  }
}

// A lower-case word inside a Latin name: of, for, and, the.
bool has_joining_word(std::u32string_view name) {
  for (std::size_t i = 1; i < name.size(); ++i)
    if (name[i - 1] == U' ' && name[i] >= U'a' && name[i] <= U'z') return true;
  return false;
}

// Head words: a body's last word standing alone in the middle of a sentence (the
// Assembly, the Commission, after "Ardmore Legislative Assembly") is the body again,
// and its alias, when no other entity's name has that word and it names nothing else. A
// person's last word is a mention only (the surname), not an alias. In a name with a
// joining word (Department of Health, Centre for Local Democracy) the last word is the
// complement, not the head: standing alone it names something else (Health Secretary).

void add_head_words(const std::u32string& text, std::vector<Pending>& merged,
                    std::unordered_map<std::u32string, std::size_t>& owner) {
  std::unordered_map<std::u32string, std::size_t> by_head;  // last word -> body, or npos if shared
  constexpr std::size_t kShared = static_cast<std::size_t>(-1);
  for (std::size_t e = 0; e < merged.size(); ++e) {
    if (!merged[e].body || !is_latin_multiword(merged[e].name) || has_joining_word(merged[e].name)) continue;
    const std::u32string head = merged[e].name.substr(merged[e].name.rfind(U' ') + 1);
    if (head.size() < 2 || head[0] < U'A' || head[0] > U'Z') continue;
    by_head.emplace(head, e);
  }
  if (by_head.empty()) return;
  // A head word that is also a word of another entity's name could be either when it
  // stands alone: another body ending in it (North Bank, South Bank), the National Union
  // of Teachers beside the Trade Union, a town's name inside its council's.
  for (std::size_t e = 0; e < merged.size(); ++e) {
    const std::u32string& name = merged[e].name;
    for (std::size_t at = 0; at < name.size();) {
      const std::size_t end = std::min(name.find(U' ', at), name.size());
      auto it = by_head.find(name.substr(at, end - at));
      if (it != by_head.end() && it->second != e) it->second = kShared;
      at = end + 1;
    }
  }
  auto lower = [](char32_t c) { return c >= U'a' && c <= U'z'; };
  auto letter = [&](char32_t c) { return lower(c) || (c >= U'A' && c <= U'Z'); };
  for (std::size_t at = 0; at < text.size();) {
    if (!letter(text[at])) { ++at; continue; }
    std::size_t end = at;
    while (end < text.size() && (letter(text[end]) || text[end] == U'-')) ++end;
    auto it = by_head.find(text.substr(at, end - at));
    if (it != by_head.end() && it->second != kShared && !owner.count(it->first) && at >= 2 &&
        text[at - 1] == U' ' && lower(text[at - 2]) && (end == text.size() || !letter(text[end]))) {
      // Not the tail of the full name: the words before it are not the name's.
      const std::u32string& name = merged[it->second].name;
      const bool in_name = at + (end - at) >= name.size() &&
                           std::u32string_view(text).substr(end - name.size(), name.size()) == name;
      if (!in_name) {
        owner.emplace(it->first, it->second);
        merged[it->second].aliases.push_back(it->first);
      }
    }
    at = end;
  }
}

}  // namespace

void decide_entities(Document& doc, const Program& program) {
  const bool chinese = language_family(doc.language) == "zh";
  const auto ranges = matches_by_sentence(doc);
  const auto& rules = program.rules();
  std::vector<Pending> found;

  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
    // Titles and boundaries first: they cut the names captured in this sentence.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> titles;  // token ranges
    std::vector<std::pair<std::uint32_t, std::uint32_t>> boundaries;  // token ranges of boundary words
    bool byline = false;
    for (std::size_t i = ranges[s].begin; i < ranges[s].end; ++i) {
      const RuleMatch& m = doc.matches[i];
      const std::string& label = rules[m.rule].label;
      if (in_family(label, "entity.title")) titles.emplace_back(m.first_token, m.end_token);
      if (in_family(label, "entity.boundary")) boundaries.emplace_back(m.first_token, m.end_token);
      byline |= in_family(label, "meta.byline");
    }
    // A byline names the writer, no entity of the text (corpora/README.md: reporters
    // named only in bylines, datelines and credits); named in the text too, the writer is
    // found there.
    if (byline) continue;
    for (std::size_t i = ranges[s].begin; i < ranges[s].end; ++i) {
      const RuleMatch& m = doc.matches[i];
      const std::string& label = rules[m.rule].label;
      if (!in_family(label, "entity") || in_family(label, "entity.title") || in_family(label, "entity.boundary"))
        continue;
      const CaptureSpan* name = find_capture(m, "name");
      if (!name) continue;
      std::uint32_t first = name->first_token;
      std::optional<std::pair<std::uint32_t, std::uint32_t>> title_tokens;
      if (const CaptureSpan* t = find_capture(m, "title")) title_tokens = {t->first_token, t->end_token};
      // A boundary cuts only where a name of two tokens or more is left: the same
      // characters that join words also occur inside given names.
      // A body's name is anchored by its rule and may hold joining words (a bureau "of
      // housing and urban development"): only boundary words it starts with are cut.
      const bool body = in_family(label, "entity.org");
      for (auto [bb, be] : boundaries)
        if (be > first && be + 1 < name->end_token && (!body || bb == first)) first = be;
      for (auto [tb, te] : titles) {
        if (te > first && te < name->end_token) first = te;  // a title ends inside the name: cut it off
        if (te == first && !title_tokens) title_tokens = {tb, te};
      }
      Pending p;
      p.name = without_possessives(trim(doc.slice(token_span(doc, first, name->end_token)), chinese));
      if (p.name.empty()) continue;
      for (const CaptureSpan* a : find_captures(m, "alias")) {
        auto alias = trim(doc.slice(capture_span(doc, *a)), chinese);
        if (!alias.empty() && alias != p.name) p.aliases.push_back(alias);
      }
      if (title_tokens && title_tokens->first < title_tokens->second)
        p.title = trim(doc.slice(token_span(doc, title_tokens->first, title_tokens->second)), chinese);
      p.rule = rules[m.rule].id;
      p.body = body;
      found.push_back(std::move(p));
    }
  }

  // Merge: the same name, or a name that is another's alias, is one entity (the
  // earliest such entity). `owner` maps every name and alias to the earliest merged
  // entity holding it, so merging stays linear in the number of captures.
  std::vector<Pending> merged;
  std::unordered_map<std::u32string, std::size_t> owner;
  auto claim = [&](const std::u32string& key, std::size_t e) {
    auto [it, inserted] = owner.emplace(key, e);
    if (!inserted && e < it->second) it->second = e;
  };
  // A one-word Latin name that is the last word of an earlier multi-word one ("Rezende"
  // after "Camila Rezende") is that person again, as the mention search already says.
  std::unordered_map<std::u32string, std::size_t> last_word_owner;
  for (auto& p : found) {
    std::size_t same = merged.size();
    auto look = [&](const std::u32string& key) {
      if (auto it = owner.find(key); it != owner.end()) same = std::min(same, it->second);
    };
    look(p.name);
    for (const auto& a : p.aliases) look(a);
    if (same == merged.size() && !p.name.empty() && p.name[0] < 0x250 && p.name.find(U' ') == std::u32string::npos)
      if (auto it = last_word_owner.find(p.name); it != last_word_owner.end()) same = it->second;
    if (same == merged.size()) {
      claim(p.name, same);
      for (const auto& a : p.aliases) claim(a, same);
      if (is_latin_multiword(p.name)) last_word_owner.emplace(p.name.substr(p.name.rfind(U' ') + 1), same);
      merged.push_back(std::move(p));
      continue;
    }
    Pending& q = merged[same];
    for (auto& a : p.aliases)
      if (a != q.name && std::find(q.aliases.begin(), q.aliases.end(), a) == q.aliases.end()) {
        q.aliases.push_back(a);
        claim(a, same);
      }
    if (!q.title && p.title) q.title = p.title;
    q.body |= p.body;
  }

  // Only hard-wrapped text and text with no-break spaces need the copy: elsewhere the
  // text is its own name text.
  const bool copy = doc.wrap_width != 0 || std::any_of(doc.text.begin(), doc.text.end(), text::is_no_break_space);
  const NameText flowed = copy ? name_text(doc, chinese) : NameText{};
  const std::u32string& text = copy ? flowed.text : doc.text;
  auto doc_offset = [&](std::size_t i) { return copy ? flowed.at[i] : static_cast<Offset>(i); };
  add_acronyms(text, merged, owner);
  add_head_words(text, merged, owner);

  // Mentions: every occurrence of a name or alias; longer strings claim text first.
  std::vector<Needle> needles;
  for (std::size_t e = 0; e < merged.size(); ++e) {
    needles.push_back({merged[e].name, e});
    for (std::size_t k = 0; k < merged[e].aliases.size(); ++k) needles.push_back({merged[e].aliases[k], e, k});
    const std::u32string& name = merged[e].name;
    // The last word alone (a surname, the Assembly), but not a complement (Health, of the
    // Department of Health).
    if (is_latin_multiword(name) && !has_joining_word(name)) needles.push_back({name.substr(name.rfind(U' ') + 1), e});
    for (const auto& a : merged[e].aliases)
      if (is_latin_multiword(a)) needles.push_back({a.substr(a.rfind(U' ') + 1), e});
    // A Han name of two or three characters is also met as surname + the end of its
    // title: the minister Xu Wenyan becomes "Minister Xu" (the surname, then the last
    // two characters of the title).
    const auto& title = merged[e].title;
    if (title && title->size() >= 2 && (name.size() == 2 || name.size() == 3) && is_han(name[0]))
      needles.push_back({name.substr(0, 1) + title->substr(title->size() - 2), e});
  }
  std::stable_sort(needles.begin(), needles.end(),
                   [](const Needle& a, const Needle& b) { return a.text.size() > b.text.size(); });
  const auto occurrences = find_all(text, needles);
  std::vector<bool> taken(doc.text.size(), false);
  std::vector<std::vector<Span>> mentions(merged.size());
  std::vector<std::vector<bool>> alias_used(merged.size());
  for (std::size_t e = 0; e < merged.size(); ++e) alias_used[e].assign(merged[e].aliases.size(), false);
  for (std::size_t k = 0; k < needles.size(); ++k) {
    const Needle& n = needles[k];
    for (std::size_t found_at : occurrences[k]) {
      const std::size_t at = doc_offset(found_at), end = doc_offset(found_at + n.text.size() - 1) + 1;
      // Latin needles must stand as whole words.
      if (n.text[0] < 0x250 && ((at > 0 && u_isalnum(static_cast<UChar32>(doc.text[at - 1]))) ||
                                (end < doc.text.size() && u_isalnum(static_cast<UChar32>(doc.text[end])))))
        continue;
      if (std::any_of(taken.begin() + at, taken.begin() + end, [](bool b) { return b; })) continue;
      std::fill(taken.begin() + at, taken.begin() + end, true);
      mentions[n.entity].push_back({static_cast<Offset>(at), static_cast<Offset>(end)});
      if (n.alias != Needle::kNotAlias) alias_used[n.entity][n.alias] = true;
    }
  }

  for (std::size_t e = 0; e < merged.size(); ++e) {
    Entity out;
    out.name = encode_utf8(merged[e].name);
    // An alias the text never uses on its own (Skyrail for Skyrail Airways, met only inside
    // the full name) is a guess about the world, not a name this text gives the entity.
    for (std::size_t k = 0; k < merged[e].aliases.size(); ++k)
      if (alias_used[e][k]) out.aliases.push_back(encode_utf8(merged[e].aliases[k]));
    if (merged[e].title) out.title = encode_utf8(*merged[e].title);
    std::sort(mentions[e].begin(), mentions[e].end(), [](Span a, Span b) { return a.start < b.start; });
    out.mentions = std::move(mentions[e]);
    out.rules.push_back(merged[e].rule);
    doc.entities.push_back(std::move(out));
  }
}

}  // namespace argmap::stages
