// The rule language's abstract syntax: exactly what the author of a rule wrote,
// with positions for diagnostics. The engine compiles this into a Program and
// never matches against it directly. See rules/README.md for the language.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace argmap::grammar::ast {

// Where something was written: file, 1-based line and column (code points).
struct Position {
  std::string file;
  int line = 0;
  int column = 0;
};

// Token classes a pattern can name. The engine tags each token with a set of these.
enum class TokenClass {
  any,     // ANY   every token
  cjk,     // CJK   a token of Han characters
  latin,   // LATIN a token of Latin letters
  cap,     // CAP   a Latin word with an upper-case first letter (name-like)
  num,     // NUM   digits (ASCII, full-width) possibly with . , inside
  punct,   // PUNCT punctuation
  open,    // OPEN  opening quote or bracket (corner brackets, curly quotes, ( [ ...: Unicode Ps / Pi)
  close,   // CLOSE closing quote or bracket (Unicode Pe / Pf)
  word,    // WORD  any token that is not punctuation
};

// Zero-width assertions.
enum class Anchor {
  sentence_start,   // BOS
  sentence_end,     // EOS (trailing punctuation still has to be consumed or skipped)
  paragraph_start,  // BOP  start of a sentence that opens its paragraph
  clause_start,     // BOC  BOS, or just after a clause punctuation token (Unicode Po/Pd)
  clause_end,       // EOC  EOS, or just before a clause punctuation token
};

struct Pattern;  // recursive
using PatternPtr = std::shared_ptr<Pattern>;

struct Literal { std::string text; };            // a CJK word, "according to" (words split on spaces)
struct LexiconRef { std::string name; };         // @name
struct DefineRef { std::string name; };          // NAME of a `define`
struct ClassRef { TokenClass cls; };             // CJK, LATIN, ...
struct AnchorRef { Anchor anchor; };             // BOS, EOS, ...
struct Not { PatternPtr operand; };              // !atom : one token where atom does not match
struct Capture { std::string name; PatternPtr operand; };  // name:atom
struct Sequence { std::vector<PatternPtr> items; };
struct Alternation { std::vector<PatternPtr> alternatives; };  // a | b | c, first listed first
struct Repeat {  // ?, {n}, {m,n}; the parser also keeps *, + and {m,} as max = -1 for E005
  PatternPtr operand;
  int min = 0;
  int max = 1;
  Position quantifier_pos{};  // where ? / {..} is written (E005, E006); Pattern::pos is the operand's
};

struct Pattern {
  Position pos;
  std::variant<Literal, LexiconRef, DefineRef, ClassRef, AnchorRef, Not, Capture,
               Sequence, Alternation, Repeat>
      node;
};

// lexicon NAME = "a" | "b" ... ;   or   lexicon NAME = file "path.txt";
struct Lexicon {
  Position pos;
  std::string name;
  std::vector<std::string> entries;       // inline entries, or those read from the file
  std::optional<std::string> file;        // as written, relative to the rules file
  Position file_pos;                      // where the `file "..."` path is written
  bool file_error = false;                // the loader could not read it (E008/E017 already said so)
};

// define NAME = pattern ;   a named sub-pattern (no recursion)
struct Define {
  Position pos;
  std::string name;
  PatternPtr pattern;
};

// rule ID : LABEL [WEIGHT] = pattern ;
struct Rule {
  Position pos;
  std::string id;        // unique across all loaded packs, e.g. zh.attr.say
  std::string label;     // dotted, e.g. claim.stance, attribution, entity.gloss
  double weight = 1.0;   // in [0, 1]
  PatternPtr pattern;
  std::string language;  // scope inherited from the file's `language` line
  Position label_pos;    // where LABEL is written (E016)
  Position weight_pos;   // where WEIGHT is written (E012); line 0 when omitted
};

struct Include {
  Position pos;
  std::string path;  // as written, relative to the including file
};

// One parsed .rules file.
struct File {
  std::string path;
  std::string language = "any";  // `language zh;` / `language en;` / `language any;`
  Position language_pos;          // where the language name is written (E013); line 0 when omitted
  std::vector<Include> includes;
  std::vector<Lexicon> lexicons;
  std::vector<Define> defines;
  std::vector<Rule> rules;
};

}  // namespace argmap::grammar::ast
