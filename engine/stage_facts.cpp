// The factual layer: every report and attribution sentence belongs to one fact.
// An attribution whose speaker continues the previous attribution's (a dropped
// subject, a pronoun or the same name right after it) joins that fact: it is one
// statement told in several sentences. A fact's date is the first date among its sentences; its actors
// are the entities its sentences mention, the attribution sources first.
#include <algorithm>

#include "engine/mention_index.hpp"
#include "engine/stages.hpp"

namespace argmap::stages {

void decide_facts(Document& doc, const Program& /*program*/) {
  std::vector<std::vector<const Attribution*>> attributions(doc.sentences.size());
  for (const auto& a : doc.attributions) attributions[a.sentence].push_back(&a);

  const MentionIndex mentions(doc);
  std::optional<std::size_t> open_attribution;  // the fact a continuing attribution may join
  std::optional<std::uint32_t> open_speaker;     // its speaker
  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    if (sentence.type != SentenceType::report && sentence.type != SentenceType::attribution) {
      open_attribution.reset();
      continue;
    }
    // The same speaker in the next sentence (a dropped subject, a pronoun or the name
    // again) goes on with the statement: one speaker, one occasion, one fact.
    const Attribution* first = attributions[s].empty() ? nullptr : attributions[s].front();
    const bool continues = sentence.type == SentenceType::attribution && open_attribution && first &&
                           (!first->source || (first->source_entity && first->source_entity == open_speaker));
    Fact* fact;
    if (continues) {
      fact = &doc.facts[*open_attribution];
    } else {
      doc.facts.emplace_back();
      fact = &doc.facts.back();
      fact->kind = sentence.type;
    }
    fact->sentences.push_back(s);
    if (!fact->date && s < doc.sentence_dates.size() && doc.sentence_dates[s]) fact->date = doc.sentence_dates[s];
    auto add_actor = [&](std::uint32_t e) {
      if (std::find(fact->actors.begin(), fact->actors.end(), e) == fact->actors.end()) fact->actors.push_back(e);
    };
    for (const Attribution* a : attributions[s]) {
      if (a->source_entity) add_actor(*a->source_entity);
      for (const auto& r : a->rules)
        if (std::find(fact->rules.begin(), fact->rules.end(), r) == fact->rules.end()) fact->rules.push_back(r);
    }
    for (const auto& m : mentions.inside(sentence.span)) add_actor(m.entity);
    if (fact->rules.empty()) fact->rules = sentence.rules;
    open_attribution = sentence.type == SentenceType::attribution
                           ? std::optional<std::size_t>(static_cast<std::size_t>(fact - doc.facts.data()))
                           : std::nullopt;
    if (!continues) open_speaker = first ? first->source_entity : std::nullopt;
  }
}

}  // namespace argmap::stages
