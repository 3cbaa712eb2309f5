// The audit of a finished map (see audit.hpp). Each finding kind is one small
// function; all of them read the Document's layers and the labels of the rules that
// matched, so changing what counts as a hedge or an anonymous source is a change to
// rules/, not here. Messages are English and may quote the document's own words.
#include "engine/audit.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "engine/export.hpp"
#include "engine/match_view.hpp"
#include "engine/text_input.hpp"

namespace argmap {
namespace {

// Repeated passages shorter than this (in folded code points, punctuation and spaces
// dropped) are ignored: a stock phrase said twice is no repeated passage.
constexpr std::size_t kMinRepeatLength = 8;

std::string sid(std::uint32_t s) { return "s" + std::to_string(s + 1); }
std::string quoted(const Document& doc, Span s) { return "\xC2\xAB" + encode_utf8(doc.slice(s)) + "\xC2\xBB"; }

std::string id_list(const std::vector<std::uint32_t>& ids) {
  std::string out;
  for (auto s : ids) out += (out.empty() ? "" : ", ") + sid(s);
  return out;
}

void add_unique(std::vector<std::string>& v, const std::string& x) {
  if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
}

bool inside(Span inner, Span outer) { return inner.start >= outer.start && inner.end <= outer.end; }

class Auditor {
 public:
  Auditor(const Document& doc, const Program& program)
      : doc_(doc), program_(program), ranges_(matches_by_sentence(doc)) {
    for (const auto& a : doc.attributions) attributions_.emplace(a.sentence, &a);
  }

  Audit run() {
    figures();
    repeated_passages();
    unsupported_claims();
    markers(FindingKind::certainty_marker, {"claim.certainty"}, "stated as a certainty: ");
    markers(FindingKind::hedge, {"claim.hedge", "claim.speculation"}, "hedged: ");
    vague_sources();
    rhetorical_questions();
    captions();
    undated_facts();
    return std::move(out_);
  }

 private:
  const Document& doc_;
  const Program& program_;
  std::vector<MatchRange> ranges_;
  std::multimap<std::uint32_t, const Attribution*> attributions_;  // by sentence
  Audit out_;

  const RuleInfo* rule_by_id(const std::string& id) const {
    for (const auto& r : program_.rules())
      if (r.id == id) return &r;
    return nullptr;
  }

  void figures() {
    for (const auto& s : doc_.sentences) {
      const auto k = static_cast<std::size_t>(s.type);
      ++out_.sentences[k];
      out_.characters[k] += s.span.end - s.span.start;
      ++out_.total_sentences;
      out_.total_characters += s.span.end - s.span.start;
    }
  }

  // The sentence's text for comparison: token norms (case-folded, one script)
  // without punctuation; whitespace is never a token.
  std::u32string repeat_key(std::uint32_t s) const {
    const Sentence& sentence = doc_.sentences[s];
    if (sentence.type == SentenceType::meta) return {};
    std::u32string key;
    for (auto t = sentence.first_token; t < sentence.end_token && t < doc_.tokens.size(); ++t)
      if (!(doc_.tokens[t].flags & tok_punct)) key += doc_.norm(doc_.tokens[t]);
    return key.size() >= kMinRepeatLength ? key : std::u32string{};
  }

  void repeated_passages() {
    const std::size_t n = doc_.sentences.size();
    std::vector<std::u32string> keys(n);
    std::map<std::u32string, std::vector<std::uint32_t>> groups;
    for (std::uint32_t s = 0; s < n; ++s) {
      keys[s] = repeat_key(s);
      if (!keys[s].empty()) groups[keys[s]].push_back(s);
    }
    std::vector<bool> done(n, false);
    for (std::uint32_t s = 0; s < n; ++s) {
      if (done[s] || keys[s].empty()) continue;
      const auto& occurrences = groups[keys[s]];
      if (occurrences.size() < 2) continue;
      // Extend the passage while the next sentence after every occurrence repeats too
      // (and no occurrence runs into the next one).
      std::uint32_t length = 1;
      for (;;) {
        bool all = true;
        for (std::size_t i = 0; i < occurrences.size() && all; ++i) {
          const std::uint32_t next = occurrences[i] + length;
          all = next < n && !keys[next].empty() && keys[next] == keys[s + length] &&
                (i + 1 == occurrences.size() || next < occurrences[i + 1]);
        }
        if (!all) break;
        ++length;
      }
      Finding f;
      f.kind = FindingKind::repeated_passage;
      for (auto o : occurrences)
        for (std::uint32_t k = 0; k < length; ++k) {
          f.sentences.push_back(o + k);
          done[o + k] = true;
        }
      std::sort(f.sentences.begin(), f.sentences.end());
      auto place = [&](std::uint32_t o) {
        const std::string at = length == 1 ? sid(o) : sid(o) + "-" + sid(o + length - 1);
        const bool caption = doc_.paragraphs[doc_.sentences[o].paragraph].kind == ParagraphKind::caption;
        return at + (caption ? " (caption)" : "");
      };
      f.message = (length == 1 ? "sentence " : "passage of " + std::to_string(length) + " sentences ") +
                  place(occurrences.front()) + " appears again at ";
      for (std::size_t i = 1; i < occurrences.size(); ++i) f.message += (i > 1 ? ", " : "") + place(occurrences[i]);
      out_.findings.push_back(std::move(f));
    }
  }

  void unsupported_claims() {
    const auto& nodes = doc_.argument.nodes;
    std::vector<std::vector<std::uint32_t>> children(nodes.size());
    for (std::uint32_t i = 0; i < nodes.size(); ++i)
      if (nodes[i].parent && *nodes[i].parent < nodes.size()) children[*nodes[i].parent].push_back(i);

    if (doc_.argument.thesis && *doc_.argument.thesis < nodes.size()) {
      ThesisInfo t;
      t.node = *doc_.argument.thesis;
      t.sentences = nodes[t.node].sentences;
      t.direct = children[t.node].size();
      std::vector<std::uint32_t> stack = children[t.node];
      std::vector<bool> seen(nodes.size(), false);  // guards a malformed tree with a cycle
      while (!stack.empty()) {
        const auto i = stack.back();
        stack.pop_back();
        if (seen[i]) continue;
        seen[i] = true;
        t.support += nodes[i].relation == Relation::support;
        t.attack += nodes[i].relation == Relation::attack;
        t.evidence += nodes[i].role == NodeRole::evidence;
        stack.insert(stack.end(), children[i].begin(), children[i].end());
      }
      out_.thesis = std::move(t);
    }

    for (std::uint32_t i = 0; i < nodes.size(); ++i) {
      const ArgumentNode& node = nodes[i];
      if (node.role == NodeRole::evidence) continue;
      const bool supported = std::any_of(children[i].begin(), children[i].end(),
                                         [&](std::uint32_t c) { return nodes[c].relation == Relation::support; });
      if (supported) continue;
      Finding f;
      f.kind = FindingKind::unsupported_claim;
      f.sentences = node.sentences;
      f.rules = node.rules;
      f.message = std::string(node.role == NodeRole::thesis ? "the thesis" : role_name(node.role)) + " n" +
                  std::to_string(i + 1) + " (" + id_list(node.sentences) + ") has nothing supporting it in the tree";
      out_.findings.push_back(std::move(f));
    }
  }

  // Matches of the given labels (or their sub-labels) in the author's claims: not
  // inside reported content (that is the source's voice) and not vetoed.
  void markers(FindingKind kind, std::initializer_list<std::string_view> labels, const std::string& lead) {
    const auto& rules = program_.rules();
    for (std::uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      if (doc_.sentences[s].type != SentenceType::claim || s >= ranges_.size()) continue;
      Finding f;
      f.kind = kind;
      for (std::size_t i = ranges_[s].begin; i < ranges_[s].end; ++i) {
        const RuleMatch& m = doc_.matches[i];
        const RuleInfo& rule = rules[m.rule];
        if (std::none_of(labels.begin(), labels.end(), [&](std::string_view l) { return in_family(rule.label, l); }))
          continue;
        const Span where = match_span(doc_, m);
        auto [lo, hi] = attributions_.equal_range(s);
        if (std::any_of(lo, hi, [&](const auto& a) { return inside(where, a.second->content); })) continue;
        if (vetoed(doc_, program_, ranges_[s], "claim", where)) continue;
        // Two rules on the same words (a hedge inside a speculation) make one mark.
        auto overlap = std::find_if(f.marks.begin(), f.marks.end(),
                                    [&](const Span& m) { return m.start < where.end && where.start < m.end; });
        if (overlap != f.marks.end()) {
          *overlap = Span{std::min(overlap->start, where.start), std::max(overlap->end, where.end)};
        } else {
          f.marks.push_back(where);
        }
        add_unique(f.rules, rule.id);
      }
      if (f.marks.empty()) continue;
      f.sentences = {s};
      f.message = lead;
      for (std::size_t i = 0; i < f.marks.size(); ++i) f.message += (i ? ", " : "") + quoted(doc_, f.marks[i]);
      out_.findings.push_back(std::move(f));
    }
  }

  // A written source with a capitalised word in it is taken as named even when the
  // entity layer did not resolve it (a Latin name the entity rules missed). The
  // sentence's first word does not count: "Critics said" is capitalised by position.
  bool name_like(std::uint32_t sentence, Span source) const {
    const Sentence& s = doc_.sentences[sentence];
    for (auto t = s.first_token; t < s.end_token && t < doc_.tokens.size(); ++t) {
      const Token& token = doc_.tokens[t];
      if (t != s.first_token && inside(token.span, source) && (token.flags & tok_cap)) return true;
    }
    return false;
  }

  void vague_sources() {
    for (const auto& [s, a] : attributions_) {
      // Only where the sentence is the source's voice; an attribution inside the
      // author's claim (speculation about what someone thinks) is the author's.
      if (doc_.sentences[s].type != SentenceType::attribution) continue;
      bool anonymous = false;
      for (const auto& id : a->rules)
        if (const RuleInfo* r = rule_by_id(id); r && in_family(r->label, "attribution.anonymous")) anonymous = true;
      std::string message;
      if (anonymous) {
        message = "anonymous source: " + quoted(doc_, a->source ? *a->source : a->cue);
      } else if (a->source_entity) {
        continue;
      } else if (!a->source) {
        message = "no source given for " + quoted(doc_, a->cue);
      } else if (!name_like(s, *a->source)) {
        message = "source without a name: " + quoted(doc_, *a->source);
      } else {
        continue;
      }
      Finding f;
      f.kind = FindingKind::vague_source;
      f.sentences = {s};
      if (a->source) f.marks.push_back(*a->source);
      f.marks.push_back(a->cue);
      f.rules = a->rules;
      f.message = std::move(message);
      out_.findings.push_back(std::move(f));
    }
  }

  void rhetorical_questions() {
    for (std::uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      const Sentence& sentence = doc_.sentences[s];
      if (sentence.type != SentenceType::claim || sentence.form != Form::question) continue;
      Finding f;
      f.kind = FindingKind::rhetorical_question;
      f.sentences = {s};
      f.rules = sentence.rules;
      f.message = "a question in the author's voice: an opinion put as a question";
      out_.findings.push_back(std::move(f));
    }
  }

  void captions() {
    std::map<std::uint32_t, CaptionInfo> by_paragraph;
    for (std::uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      const auto p = doc_.sentences[s].paragraph;
      if (p >= doc_.paragraphs.size() || doc_.paragraphs[p].kind != ParagraphKind::caption) continue;
      CaptionInfo& c = by_paragraph[p];
      c.paragraph = p;
      c.sentences.push_back(s);
      if (doc_.sentences[s].type == SentenceType::claim) c.opinion = true;
    }
    for (auto& [p, c] : by_paragraph) {
      if (c.opinion) {
        Finding f;
        f.kind = FindingKind::opinion_caption;
        for (auto s : c.sentences)
          if (doc_.sentences[s].type == SentenceType::claim) {
            f.sentences.push_back(s);
            for (const auto& r : doc_.sentences[s].rules) add_unique(f.rules, r);
          }
        f.message = "caption p" + std::to_string(p + 1) + " states an opinion (" + id_list(f.sentences) +
                    " is a claim) instead of describing the picture";
        out_.findings.push_back(std::move(f));
      }
      out_.captions.push_back(std::move(c));
    }
  }

  void undated_facts() {
    const Fact* dated = nullptr;
    for (const auto& f : doc_.facts)
      if (f.date && f.date->complete()) {
        dated = &f;
        break;
      }
    if (!dated) return;  // a text that dates nothing: no fact is missing a date it could have had
    for (std::size_t i = 0; i < doc_.facts.size(); ++i) {
      const Fact& fact = doc_.facts[i];
      if (fact.date && fact.date->complete()) continue;
      Finding f;
      f.kind = FindingKind::undated_fact;
      f.sentences = fact.sentences;
      f.rules = fact.rules;
      f.message = "fact f" + std::to_string(i + 1) + " (" + id_list(fact.sentences) +
                  ") has no date, though the text dates others (e.g. " + date_iso(*dated->date) + ")";
      out_.findings.push_back(std::move(f));
    }
  }
};

}  // namespace

double Audit::share(SentenceType t) const {
  return total_sentences ? static_cast<double>(sentences[static_cast<std::size_t>(t)]) / total_sentences : 0.0;
}

double Audit::char_share(SentenceType t) const {
  return total_characters ? static_cast<double>(characters[static_cast<std::size_t>(t)]) / total_characters : 0.0;
}

Audit audit(const Document& doc, const Program& program) { return Auditor(doc, program).run(); }

const char* finding_kind_name(FindingKind k) {
  switch (k) {
    case FindingKind::repeated_passage: return "repeated_passage";
    case FindingKind::unsupported_claim: return "unsupported_claim";
    case FindingKind::certainty_marker: return "certainty_marker";
    case FindingKind::hedge: return "hedge";
    case FindingKind::vague_source: return "vague_source";
    case FindingKind::rhetorical_question: return "rhetorical_question";
    case FindingKind::opinion_caption: return "opinion_caption";
    case FindingKind::undated_fact: return "undated_fact";
  }
  return "repeated_passage";
}

}  // namespace argmap
