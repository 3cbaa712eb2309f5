// The semantic checks of loaded rule files (internal to grammar/; load_rules runs them).
#pragma once
#include <vector>

#include "grammar/ast.hpp"
#include "grammar/diagnostic.hpp"

namespace argmap::grammar::detail {

// Checks `files` (in load order, includes first) as one rule set: lexicons and defines
// share one namespace across all files, as rule ids do. Appends diagnostics sorted by
// file, line and column, without source_line (the loader has the texts and fills it).
// Catalogue: E001 (capture names), E002-E007, E010-E014, E016.
void check_files(const std::vector<ast::File>& files, std::vector<Diagnostic>& out);

// The label families the engine knows; a rule's label must start with one of them.
const std::vector<std::string>& label_families();

// Largest n allowed in {m,n}.
constexpr int kMaxRepeat = 200;

}  // namespace argmap::grammar::detail
