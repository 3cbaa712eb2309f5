// Comparing a predicted map with a gold map: the counts behind every evaluation
// figure, and the figures themselves. Counts add up across documents, so figures
// over a language or a corpus are micro-averages. The definitions are in the
// README's "Evaluation" section; this header and that section must agree.
#pragma once
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "tools/eval/map_view.hpp"

namespace argmap::eval {

// hit out of total: an accuracy or a recall.
struct Tally {
  std::size_t hit = 0, total = 0;
};

// Matched pairs, predicted items and gold items: precision, recall, F1.
struct Prf {
  std::size_t tp = 0, pred = 0, gold = 0;
};

// The sentence types, in the order per_type uses.
inline constexpr std::array<const char*, 4> kTypes = {"report", "attribution", "claim", "meta"};

struct Counts {
  std::size_t documents = 0;
  Prf bounds;                   // sentences with exactly equal [start, end)
  Tally type;                   // gold sentences whose aligned sentence has the gold type
  std::array<Prf, 4> per_type;  // over (gold sentence, aligned sentence) pairs, by kTypes
  Tally opinion_fact;           // non-meta gold sentences: claim vs {report, attribution}
  Tally question;               // gold questions predicted as questions
  Tally caption;                // gold caption paragraphs overlapping a predicted caption
  Prf cue, source, content;     // attributions
  Tally entity, alias;          // gold entities (aliases) found
  Tally entity_precision;       // predicted entities that carry a gold entity's name or alias
  Tally alias_precision;        // predicted aliases that name the gold entity their entity matches
  Tally fact_date;
  Tally thesis;                 // documents
  Prf subclaim;                 // claim nodes whose parent is the thesis
  Prf edge;                     // (child, parent, relation) of every non-root node

  Counts& operator+=(const Counts& o);
};

// For each gold sentence, the predicted sentence sharing the most characters with it
// (the first such on ties), or nullopt when none overlaps it at all.
std::vector<std::optional<std::size_t>> align_sentences(const MapView& gold, const MapView& pred);

// All counts for one document (documents = 1).
Counts compare(const MapView& gold, const MapView& pred);

// One evaluation figure: a stable key (JSON, floors), a label (the table), the value
// in [0, 1], or nullopt when its denominator is zero.
struct Figure {
  std::string key;
  std::string label;
  std::optional<double> value;
};

std::optional<double> ratio(std::size_t num, std::size_t den);
std::optional<double> precision(const Prf& p);
std::optional<double> recall(const Prf& p);
std::optional<double> f1(const Prf& p);  // 2tp / (pred + gold)

// Every figure, in the order of the README's table.
std::vector<Figure> figures(const Counts& c);

}  // namespace argmap::eval
