// Presenting evaluation results: the table for people, the JSON for machines, and
// the check against the floors recorded in the repository (corpora/floors.json).
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tools/eval/metrics.hpp"

namespace argmap::eval {

// One column of the results: a language (or "all") and its summed counts.
struct Column {
  std::string name;
  Counts counts;
};

// Rows = figures, columns = the given columns; "-" where a figure is undefined.
std::string render_table(const std::vector<Column>& columns);

// {"schema": "argmap-eval/1", "documents": [...], "results": {column: {"documents": n,
//  "figures": {key: value|null}, "counts": {...}}}}, keys in a fixed order.
nlohmann::ordered_json render_json(const std::vector<Column>& columns, const std::vector<std::string>& documents);

// One document's counts, for --by-document.
struct DocumentResult {
  std::string name;
  std::string language;
  Counts counts;
};

// One row per document: gold sentences, type accuracy (hit/total), thesis (ok/MISS),
// sub-claim, support-edge and attribution-source F1: where a corpus figure comes from.
std::string render_by_document(const std::vector<DocumentResult>& documents);

// [{"document", "language", "figures": {key: value|null}, "counts": {...}}], in order.
nlohmann::ordered_json by_document_json(const std::vector<DocumentResult>& documents);

// Floors per column: {"floors": {"zh-Hant": {"type_accuracy": 0.70, ...}, ...}}.
using Floors = std::map<std::string, std::map<std::string, double>>;
std::optional<Floors> read_floors(const std::string& text, std::string& error);

// One line per unmet floor ("en type_accuracy 0.612 is below its floor 0.650"); a floor
// on a figure that is undefined or unknown, or on a column not evaluated, fails too.
std::vector<std::string> check_floors(const Floors& floors, const std::vector<Column>& columns);

}  // namespace argmap::eval
