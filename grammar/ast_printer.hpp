// A canonical one-line dump of the AST, for table tests (as RE2's regexp dumps):
//   seq(lit"a" alt(@say CJK{1,3}) cap:src(ANY))
// Forms: lit"text" (with \" and \\ escaped), @lexicon, def:NAME, class and anchor keywords
// (ANY, BOS, ...), not(x), cap:name(x), seq(a b), alt(a b), x{m,n} (x{m,} when unbounded;
// `?` prints as {0,1}, `{n}` as {n,n}). Grouping leaves no trace.
#pragma once
#include <string>

#include "grammar/ast.hpp"

namespace argmap::grammar {

std::string dump(const ast::Pattern& pattern);
std::string dump(const ast::PatternPtr& pattern);  // "null" for a missing pattern

// `rule ID : LABEL WEIGHT = <dump>` (weight with up to 3 decimals, as 0.9 / 1).
std::string dump(const ast::Rule& rule);

}  // namespace argmap::grammar
