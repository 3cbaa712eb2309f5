// Diagnostics are values: the rule parser and checker collect them instead of
// printing or throwing, and the CLI renders them as
//   file:line:col: error[E0xx]: message
//     <source line>
//          ^
#pragma once
#include <string>
#include <vector>

namespace argmap::grammar {

// One catalogue of error codes for the rule language; one line each.
enum class ErrorCode {
  syntax = 1,            // E001 the text does not follow the grammar
  unknown_lexicon,       // E002 @name refers to no lexicon in scope
  duplicate_rule_id,     // E003 two rules share an id
  duplicate_lexicon,     // E004 two lexicons (or defines) share a name
  unbounded_repetition,  // E005 * or + (or {n,}) : every repetition needs an upper bound
  bad_repetition,        // E006 {m,n} with m > n, or n above the limit
  empty_match,           // E007 the pattern could match no token at all
  include_not_found,     // E008 an include or lexicon file cannot be read
  include_cycle,         // E009 a file includes itself, directly or not
  unknown_define,        // E010 a name used as a sub-pattern is not defined
  recursive_define,      // E011 a define refers to itself
  bad_weight,            // E012 weight outside [0, 1]
  bad_language,          // E013 unknown language scope
  empty_lexicon,         // E014 a lexicon with no entries
  too_large,             // E015 the compiled rule would exceed the size limit
  bad_label,             // E016 the label is not one the engine knows
  invalid_utf8,          // E017 a rule or lexicon file is not valid UTF-8
};

enum class Severity { error, warning };

struct Diagnostic {
  Severity severity = Severity::error;
  ErrorCode code = ErrorCode::syntax;
  std::string file;   // as the user named it
  int line = 0;       // 1-based
  int column = 0;     // 1-based, in code points
  std::string message;
  std::string source_line;  // the whole line the error is on, without newline
};

// "E005" for ErrorCode::unbounded_repetition.
std::string code_name(ErrorCode code);

// file:line:col: error[E0xx]: message, then the source line and a caret under column.
std::string render(const Diagnostic& d);

bool has_errors(const std::vector<Diagnostic>& ds);

// An error at a position of a rule file (line and column as written there).
Diagnostic diagnostic_at(ErrorCode code, const std::string& file, int line, int column, std::string message);

}  // namespace argmap::grammar
