// The audit of a finished map: figures (how much is opinion, reported fact,
// attribution) and findings that point at sentences. A stage-like pass over a
// Document the pipeline has completed; it reads every layer and rule match and
// writes nothing back. Every finding comes from the map or from the labels of the
// rules that matched (claim.stance, claim.hedge, attribution.anonymous, ...), never
// from words written here. Exporters: engine/export_audit.hpp.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/document.hpp"
#include "engine/program.hpp"

namespace argmap {

enum class FindingKind {
  repeated_passage,     // a sentence (or run of sentences) that appears twice, e.g. a caption repeated in the body
  unsupported_claim,    // a claim node of the argument tree with nothing supporting it
  certainty_marker,     // an opinion stated as a certainty (claim.stance / claim.certainty matches)
  hedge,                // a hedged opinion (claim.hedge / claim.speculation matches)
  vague_source,         // an anonymous or unnamed source of an attribution
  rhetorical_question,  // a question in the author's voice (type claim, form question)
  opinion_caption,      // a photo caption holding a claim sentence
  undated_fact,         // a fact without a date in a text that dates other facts
};

struct Finding {
  FindingKind kind = FindingKind::repeated_passage;
  std::vector<std::uint32_t> sentences;  // sentence indices, in text order
  std::vector<Span> marks;               // the words concerned (cues, sources); may be empty
  std::string message;                   // one line, English, may quote the document's words
  std::vector<std::string> rules;        // rule ids behind the finding, where rules decided it
};

// A caption paragraph and whether it states an opinion.
struct CaptionInfo {
  std::uint32_t paragraph = 0;
  std::vector<std::uint32_t> sentences;
  bool opinion = false;
};

// How much of the argument stands under the thesis.
struct ThesisInfo {
  std::uint32_t node = 0;
  std::vector<std::uint32_t> sentences;
  std::size_t support = 0;     // nodes below the thesis linked by support, at any depth
  std::size_t attack = 0;      // nodes below the thesis linked by attack (concessions)
  std::size_t evidence = 0;    // evidence nodes below the thesis
  std::size_t direct = 0;      // children of the thesis node
};

struct Audit {
  // Indexed by SentenceType (report, attribution, claim, meta).
  std::array<std::size_t, 4> sentences{};   // sentence count per type
  std::array<std::size_t, 4> characters{};  // code points of those sentences per type
  std::size_t total_sentences = 0, total_characters = 0;
  std::optional<ThesisInfo> thesis;
  std::vector<CaptionInfo> captions;
  std::vector<Finding> findings;  // grouped by kind in enum order, each group in text order

  // Fraction of sentences (or characters) of a type; 0 for an empty document.
  double share(SentenceType t) const;
  double char_share(SentenceType t) const;
};

Audit audit(const Document& doc, const Program& program);

// "repeated_passage", "unsupported_claim", ... as in the JSON.
const char* finding_kind_name(FindingKind k);

}  // namespace argmap
