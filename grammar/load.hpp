// Loading rule packs: parse files (Spirit X3, walled off behind this header),
// follow includes and lexicon files, run the semantic checks.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "grammar/ast.hpp"
#include "grammar/diagnostic.hpp"

namespace argmap::grammar {

struct ParseResult {
  ast::File file;
  std::vector<Diagnostic> diagnostics;  // syntax errors only
};

// Parses one file's text. `filename` is used in positions and diagnostics.
// Never throws on bad input.
ParseResult parse_rules(std::string_view source, const std::string& filename);

// A loaded, checked set of files: what the engine compiles.
struct RuleSet {
  std::vector<ast::File> files;          // each file once, includes first
  std::vector<Diagnostic> diagnostics;   // errors and warnings of every file
  bool ok() const { return !has_errors(diagnostics); }
};

// Loads files and directories (directories: every *.rules below, sorted by path),
// resolves includes and `file "…"` lexicons relative to the including file,
// and runs the semantic checks (unknown lexicons, duplicate ids, bounds, ...).
RuleSet load_rules(const std::vector<std::string>& paths);

}  // namespace argmap::grammar
