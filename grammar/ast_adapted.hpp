// Fusion adaptations for the few parser-side values the grammar synthesizes by
// attribute (a token with its position). The AST itself (std::variant nodes behind
// shared_ptr) is built by semantic actions in rules_def.hpp: X3 cannot synthesize it
// directly, and the actions are where positions get attached.
#pragma once
#include <string>

#include <boost/fusion/include/adapt_struct.hpp>

namespace argmap::grammar::parser {

// A word or string and where it starts (after skipping blanks).
struct Located {
  const char* where = nullptr;
  std::string text;
};

// A number and where it starts.
struct LocatedNumber {
  const char* where = nullptr;
  double value = 0;
};

}  // namespace argmap::grammar::parser

BOOST_FUSION_ADAPT_STRUCT(argmap::grammar::parser::Located, where, text)
BOOST_FUSION_ADAPT_STRUCT(argmap::grammar::parser::LocatedNumber, where, value)
