// Paragraph kinds. A paragraph whose last sentence matched a `caption` rule (a photo
// credit such as "(Reuters)") and that has text before it is a caption; a paragraph
// made only of metadata or `meta` sentences is meta; the rest is body.
#include "engine/match_view.hpp"
#include "engine/stages.hpp"

namespace argmap::stages {

void decide_paragraphs(Document& doc, const Program& program) {
  const auto ranges = matches_by_sentence(doc);
  const auto& rules = program.rules();
  std::vector<int> sentence_count(doc.paragraphs.size(), 0), meta_count(doc.paragraphs.size(), 0);
  std::vector<std::int64_t> last_sentence(doc.paragraphs.size(), -1);
  std::vector<std::string> caption_rule(doc.sentences.size());

  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const auto p = doc.sentences[s].paragraph;
    ++sentence_count[p];
    last_sentence[p] = s;
    bool meta = doc.sentences[s].metadata;
    for (std::size_t m = ranges[s].begin; m < ranges[s].end; ++m) {
      const RuleInfo& r = rules[doc.matches[m].rule];
      if (in_family(r.label, "caption") && caption_rule[s].empty()) caption_rule[s] = r.id;
      if (in_family(r.label, "meta") || in_family(r.label, "caption")) meta = true;
    }
    meta_count[p] += meta;
  }
  for (std::size_t p = 0; p < doc.paragraphs.size(); ++p) {
    if (last_sentence[p] < 0) continue;
    const auto& credit = caption_rule[static_cast<std::size_t>(last_sentence[p])];
    if (sentence_count[p] == meta_count[p]) {
      doc.paragraphs[p].kind = ParagraphKind::meta;
      if (!credit.empty()) doc.paragraphs[p].rules.push_back(credit);
    } else if (!credit.empty()) {
      doc.paragraphs[p].kind = ParagraphKind::caption;
      doc.paragraphs[p].rules.push_back(credit);
    }
  }
}

}  // namespace argmap::stages
