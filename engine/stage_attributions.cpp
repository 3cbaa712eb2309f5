// Attributions: who said what. Rules of the `attribution` family capture `cue`,
// `content` and usually `source`. The label says how the source is found:
//   attribution            the captured source (narrowed to the entity it mentions)
//   attribution.pronoun    a pronoun: the source of the latest attribution nearby,
//                          else the last entity mentioned before it
//   attribution.dropped    no source written: the previous attribution's source goes on
//   attribution.anonymous  no source at all (a vague "it is reported that")
// The quote kind comes from the content: all inside quotation marks is direct,
// some quoted words is mixed, none is indirect.
#include <unicode/uchar.h>

#include <algorithm>

#include "engine/match_view.hpp"
#include "engine/mention_index.hpp"
#include "engine/stages.hpp"
#include "engine/text_input.hpp"

namespace argmap::stages {
namespace {

constexpr std::uint32_t kContinuationWindow = 3;  // sentences a dropped subject may reach back
constexpr Offset kTitleGap = 8;  // code points of title that may stand between a body and its speaker

// The mention that names the source in `region`: the first one, unless another
// follows it closely with no punctuation between (a power company, "chairman", then
// the person who speaks), in which case the later one is the speaker.
std::optional<MentionIndex::Mention> source_mention(const Document& doc, const MentionIndex& index, Span region) {
  const auto found = index.inside(region);
  if (found.empty()) return std::nullopt;
  std::size_t pick = 0;
  for (std::size_t i = pick + 1; i < found.size(); ++i) {
    const Span gap{found[pick].span.end, found[i].span.start};
    if (gap.end < gap.start || gap.end - gap.start > kTitleGap) break;
    bool punctuation = false;
    for (Offset c = gap.start; c < gap.end; ++c) punctuation |= u_ispunct(static_cast<UChar32>(doc.text[c])) != 0;
    if (punctuation) break;
    if (found[i].entity != found[pick].entity) pick = i;
  }
  return found[pick];
}

// Does a word follow `from` before `to` in the same phrase: past a possessive ('s),
// before any punctuation (a gloss in brackets or an appositive after a comma does not
// make the name a modifier)?
bool followed_by_word(const Document& doc, Offset from, Offset to) {
  for (Offset c = from; c < to; ++c) {
    const auto ch = static_cast<UChar32>(doc.text[c]);
    const bool apostrophe = ch == U'\'' || ch == 0x2019;
    if (apostrophe && c + 1 < to && doc.text[c + 1] == U's' &&
        (c + 2 == to || !u_isalnum(static_cast<UChar32>(doc.text[c + 2])))) {
      ++c;  // the possessive: the phrase goes on
      continue;
    }
    if (u_ispunct(ch)) return false;
    if (u_isalnum(ch)) return true;
  }
  return false;
}

QuoteKind quote_kind(const Document& doc, Span content) {
  if (content.empty()) return QuoteKind::indirect;
  const bool opens = starts_with_quote(doc, {content.start, content.start + 1});
  const bool closes = starts_with_quote(doc, {content.end - 1, content.end});
  // Quotation marks around the whole content: direct. (A quote inside would need both ends.)
  if (opens && closes) return QuoteKind::direct;
  return contains_quote(doc, content) ? QuoteKind::mixed : QuoteKind::indirect;
}

// Content without its trailing sentence punctuation (。 . ! ? , ; : and the like, Unicode's
// Terminal_Punctuation) and spaces; a closing quotation mark stays. What ends a word is
// kept: 45% and （X） are content.
Span trim_content(const Document& doc, Span s) {
  auto trailing = [&](char32_t c) {
    return c == U' ' || u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_TERMINAL_PUNCTUATION);
  };
  while (!s.empty() && trailing(doc.text[s.end - 1]) && !starts_with_quote(doc, {s.end - 1, s.end})) --s.end;
  return s;
}

}  // namespace

void decide_attributions(Document& doc, const Program& program) {
  const auto ranges = matches_by_sentence(doc);
  const auto& rules = program.rules();
  const MentionIndex mentions(doc);
  std::optional<std::uint32_t> last_entity;  // source entity of the latest attribution
  std::int64_t last_sentence = -1000;

  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
    // The strongest rule speaks for a cue: a dropped-subject rule (weight 0.9) wins
    // over the generic one that would take an adverb for the source.
    std::vector<const RuleMatch*> candidates;
    for (std::size_t i = ranges[s].begin; i < ranges[s].end; ++i)
      if (in_family(rules[doc.matches[i].rule].label, "attribution")) candidates.push_back(&doc.matches[i]);
    std::stable_sort(candidates.begin(), candidates.end(), [&](const RuleMatch* a, const RuleMatch* b) {
      return rules[a->rule].weight > rules[b->rule].weight;
    });
    std::vector<Attribution> found;
    std::vector<Span> leads;  // of the attributions kept: from match start to content start
    for (const RuleMatch* mp : candidates) {
      const RuleMatch& m = *mp;
      const RuleInfo& rule = rules[m.rule];
      const CaptureSpan* cue = find_capture(m, "cue");
      const CaptureSpan* content = find_capture(m, "content");
      if (!cue || !content) continue;
      Attribution a;
      a.sentence = s;
      a.cue = capture_span(doc, *cue);
      // One attribution per cue: a second rule on the same words adds nothing.
      if (std::any_of(found.begin(), found.end(),
                      [&](const Attribution& f) { return f.cue.start < a.cue.end && a.cue.start < f.cue.end; }))
        continue;
      if (vetoed(doc, program, ranges[s], "attribution", a.cue)) continue;
      // A verb inside a stronger attribution's lead-in ("according to X's figures, ...") is part of it.
      const Span lead{match_span(doc, m).start, capture_span(doc, *content).start};
      if (std::any_of(leads.begin(), leads.end(),
                      [&](Span l) { return a.cue.start >= l.start && a.cue.end <= l.end; }))
        continue;
      a.content = trim_content(doc, capture_span(doc, *content));
      if (a.content.empty()) continue;  // a noun, not a verb of saying: "issued a statement."
      a.quote = quote_kind(doc, a.content);
      if (a.quote == QuoteKind::direct && a.content.end - a.content.start >= 2) {
        ++a.content.start;  // the content of a direct quote is what is inside the marks
        --a.content.end;
      }
      const auto parts = label_parts(rule.label);
      const std::string how = parts.empty() ? "" : parts[0];
      const bool recent = s - last_sentence <= kContinuationWindow;
      if (how == "dropped") {
        if (recent) a.source_entity = last_entity;
      } else if (const CaptureSpan* src = find_capture(m, "source")) {
        Span region = capture_span(doc, *src);
        a.source = region;
        if (how == "pronoun") {
          a.source_entity = recent && last_entity ? last_entity : mentions.last_before(region.start);
        } else if (auto hit = source_mention(doc, mentions, region)) {
          a.source_entity = hit->entity;
          // The name, without its title; but in Latin script a name that only modifies
          // the phrase's head (Union officials, the Commissioner's office) leaves an
          // unnamed source, whose words are the whole phrase. (In Chinese what follows a
          // name in the source is mostly a setting: name + "at the press conference" + said.)
          const bool latin = doc.text[hit->span.start] < 0x250;
          if (!latin || !followed_by_word(doc, hit->span.end, region.end)) a.source = hit->span;
        }
      }  // no source written and not a continuation: an anonymous source (`according to reports`)
      a.rules.push_back(rule.id);
      found.push_back(std::move(a));
      leads.push_back(lead);
    }
    std::sort(found.begin(), found.end(), [](const Attribution& a, const Attribution& b) { return a.cue.start < b.cue.start; });
    for (auto& a : found) {
      if (a.source_entity) last_entity = a.source_entity;
      last_sentence = s;
      doc.attributions.push_back(std::move(a));
    }
  }
}

}  // namespace argmap::stages
