// Sentence type and form: opinion versus fact. Each matched rule of the `claim`,
// `report`, `meta`, `caption` and `question` families votes for a type with its weight;
// attributions found in the sentence vote `attribution` with theirs. Votes combine
// as a noisy-or per type, and the strongest type wins. Two principles decide mixed voices:
//  - a cue inside an attribution's content is the source's voice, not the author's,
//    so it does not vote (a hedge inside "X said that ... may ..." stays X's);
//  - a question in the author's voice is a claim (rhetorical questions are opinions);
//  - a heading (`meta.heading`) is meta whatever claim or report cues it holds.
// With no vote at all the sentence is a report, decided by the fallback rule below.
#include <algorithm>
#include <array>

#include "engine/match_view.hpp"
#include "engine/stages.hpp"

namespace argmap::stages {
namespace {

constexpr const char* kFallbackRule = "engine.fallback.report";
constexpr double kFallbackConfidence = 0.4;

std::optional<SentenceType> family_type(const std::string& label) {
  if (in_family(label, "claim") || in_family(label, "question")) return SentenceType::claim;
  if (in_family(label, "report")) return SentenceType::report;
  if (in_family(label, "meta") || in_family(label, "caption")) return SentenceType::meta;
  return std::nullopt;
}

bool inside(Span inner, Span outer) { return inner.start >= outer.start && inner.end <= outer.end; }
bool overlaps(Span a, Span b) { return a.start < b.end && b.start < a.end; }

}  // namespace

void decide_types(Document& doc, const Program& program) {
  const auto ranges = matches_by_sentence(doc);
  const auto& rules = program.rules();
  std::vector<std::vector<const Attribution*>> attributions(doc.sentences.size());
  for (const auto& a : doc.attributions) attributions[a.sentence].push_back(&a);

  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
    Sentence& sentence = doc.sentences[s];
    std::array<double, 4> miss{1, 1, 1, 1};  // product of (1 - weight) per type
    std::array<std::vector<std::string>, 4> why;
    auto vote = [&](SentenceType t, double w, const std::string& id) {
      auto k = static_cast<std::size_t>(t);
      miss[k] *= 1.0 - std::clamp(w, 0.0, 1.0);
      if (std::find(why[k].begin(), why[k].end(), id) == why[k].end()) why[k].push_back(id);
    };

    // A heading states the piece's point in a few words (Satellites are a stopgap, not a
    // broadband plan): the claim and report cues inside it do not vote, or several of
    // them together would outvote it.
    bool heading = false;
    for (std::size_t i = ranges[s].begin; i < ranges[s].end && !heading; ++i)
      heading = in_family(rules[doc.matches[i].rule].label, "meta.heading");

    for (std::size_t i = ranges[s].begin; i < ranges[s].end; ++i) {
      const RuleMatch& m = doc.matches[i];
      const RuleInfo& rule = rules[m.rule];
      if (in_family(rule.label, "question")) sentence.form = Form::question;
      auto t = family_type(rule.label);
      if (!t) continue;
      if (heading && (*t == SentenceType::claim || *t == SentenceType::report)) continue;
      const Span where = match_span(doc, m);
      const bool reported = std::any_of(attributions[s].begin(), attributions[s].end(),
                                        [&](const Attribution* a) { return inside(where, a->content); });
      if (reported && *t != SentenceType::meta) continue;
      // The speech verb is the attribution's: `announced` is no second, reported act.
      const bool speech_verb =
          *t == SentenceType::report && std::any_of(attributions[s].begin(), attributions[s].end(),
                                                    [&](const Attribution* a) { return overlaps(where, a->cue); });
      if (speech_verb) continue;
      if (vetoed(doc, program, ranges[s], rule.label.substr(0, rule.label.find('.')), where)) continue;
      vote(*t, rule.weight, rule.id);
    }
    for (const Attribution* a : attributions[s])
      for (const auto& id : a->rules) {
        auto it = std::find_if(rules.begin(), rules.end(), [&](const RuleInfo& r) { return r.id == id; });
        vote(SentenceType::attribution, it == rules.end() ? 0.8 : it->weight, id);
      }

    std::size_t best = 0;
    double best_score = 0;
    for (std::size_t k = 0; k < 4; ++k) {
      const double score = 1.0 - miss[k];
      if (score > best_score) best = k, best_score = score;
    }
    if (sentence.metadata) {
      sentence.type = SentenceType::meta;
      sentence.rules = why[static_cast<std::size_t>(SentenceType::meta)];
      if (sentence.rules.empty()) sentence.rules.push_back("engine.segment.metadata");
      sentence.confidence = 1.0;
    } else if (best_score <= 0) {
      sentence.type = SentenceType::report;
      sentence.rules = {kFallbackRule};
      sentence.confidence = kFallbackConfidence;
    } else {
      sentence.type = static_cast<SentenceType>(best);
      sentence.rules = why[best];
      // Confidence: the winner's share of all the evidence, scaled by its own strength.
      double total = 0;
      for (double m : miss) total += 1.0 - m;
      sentence.confidence = std::clamp(best_score * (best_score / total), 0.0, 1.0);
    }
  }
}

}  // namespace argmap::stages
