// The one iterator and skipper type the rule grammar is instantiated with
// (the X3 examples' config.hpp). Only parse.cpp includes this, through rules_def.hpp.
#pragma once
#include <boost/spirit/home/x3.hpp>

namespace argmap::grammar::parser {
namespace x3 = boost::spirit::x3;

// Rules files are parsed in memory, as UTF-8 bytes.
using iterator_type = const char*;

// Whitespace and `#` comments to end of line. Explicit character sets rather than
// x3::ascii::space, whose table lookup is not defined for bytes >= 0x80 (UTF-8).
inline const auto skipper = x3::char_(" \t\r\n\f\v") | x3::lit('#') >> *(x3::char_ - x3::lit('\n'));
using skipper_type = std::remove_cv_t<decltype(skipper)>;

}  // namespace argmap::grammar::parser
