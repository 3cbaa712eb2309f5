// The rule language in Spirit X3 (see rules/README.md and /work/notes/rules-language.md):
// one statement at a time, the AST built by semantic actions into ParseState.
// Included by parse.cpp only, so the grammar is instantiated in a single TU.
//
// Precedence, low to high:  a | b   ->  a b   ->  name:item   ->  item? item{m,n}   ->  !atom   ->  atom
// Every `>` is an expectation point: the named rule after it gives the message
// ("expected ';' after rule"), and statement's on_error turns it into E001.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <boost/fusion/include/at_c.hpp>
#include <boost/spirit/home/x3.hpp>

#include "grammar/ast.hpp"
#include "grammar/ast_adapted.hpp"
#include "grammar/config.hpp"
#include "grammar/error_handler.hpp"

namespace argmap::grammar::parser {
namespace x3 = boost::spirit::x3;
using boost::fusion::at_c;

// ---------------------------------------------------------------- parse state

// What the actions write into: the file so far, and the statement being read
// (discarded when the statement fails, so half a statement never reaches the AST).
struct ParseState {
  ParseState(ErrorSink& e, ast::File& f) : errors(e), file(f) {}
  ErrorSink& errors;
  ast::File& file;
  bool seen_statement = false;  // `language` must come first
  ast::Rule rule;
  ast::Define define;
  ast::Lexicon lexicon;
};
struct state_tag;

template <typename Context>
ParseState& state(const Context& ctx) {
  return x3::get<state_tag>(ctx).get();
}
template <typename Context>
ast::Position position(const Context& ctx, const char* where) {
  return state(ctx).errors.position(where);
}
template <typename Context, typename Node>
ast::PatternPtr make_node(const Context& ctx, const char* where, Node node) {
  auto p = std::make_shared<ast::Pattern>();
  p->pos = position(ctx, where);
  p->node = std::move(node);
  return p;
}

// A repetition suffix as written: -1 as max means unbounded (`*`, `+`, `{m,}`: E005).
struct Quant {
  const char* where = nullptr;
  int min = 0;
  int max = 1;
};

// Repetition counts above any sensible limit are clamped (the checker reports E006).
inline int to_count(const std::string& digits) {
  if (digits.size() > 6) return 1000000;
  return std::stoi(digits);
}

// ---------------------------------------------------------------- lexical

// A zero-width parser whose attribute is the position of the next token (after the
// skipper). X3's _where cannot give it: in Boost 1.74 it starts after the match.
struct here_parser : x3::parser<here_parser> {
  using attribute_type = const char*;
  static const bool has_attribute = true;
  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, const Iterator& last, const Context& context, RContext&,
             Attribute& attr) const {
    x3::skip_over(first, last, context);
    x3::traits::move_to(first, attr);
    return true;
  }
};
inline const here_parser here{};

inline const auto ident_start = x3::char_("a-zA-Z_");
inline const auto ident_char = x3::char_("a-zA-Z0-9_");

// Statement keywords end at a word boundary, so `rules` is not `rule` + `s`.
inline auto kw(const char* word) { return x3::lexeme[x3::lit(word) >> !ident_char]; }

// A punctuation mark that an expectation names in its message.
template <typename Tag>
auto expect_mark(const char* what, char c) { return x3::rule<Tag>{what} = x3::lit(c); }

inline const auto ident = x3::rule<class ident_class, std::string>{"an identifier"} =
    x3::raw[x3::lexeme[ident_start >> *ident_char]];
inline const auto dotted_ident = x3::rule<class dotted_class, std::string>{"a dotted identifier"} =
    x3::raw[x3::lexeme[ident_start >> *ident_char >> *('.' >> +ident_char)]];
inline const auto digits = x3::rule<class digits_class, std::string>{"a number"} =
    x3::raw[x3::lexeme[+x3::char_('0', '9')]];

// "text" with \" and \\ as the only escapes; a string ends on its own line.
inline const auto escaped_char =
    x3::rule<class escaped_class, char>{"'\"' or '\\\\' after '\\\\'"} = x3::char_("\"\\");
inline const auto closing_quote = expect_mark<class closing_quote_class>("a closing '\"' on the same line", '"');
inline const auto quoted = x3::rule<class quoted_class, std::string>{"a quoted string"} =
    x3::lexeme['"' > *((x3::lit('\\') > escaped_char) | (x3::char_ - x3::char_("\"\\\r\n"))) >
               closing_quote];

// ---------------------------------------------------------------- patterns

x3::rule<class pattern_class, ast::PatternPtr> const pattern = "a pattern";
x3::rule<class sequence_class, ast::PatternPtr> const sequence = "a pattern";
x3::rule<class item_class, ast::PatternPtr> const item = "a pattern item";
x3::rule<class capture_class, ast::PatternPtr> const capture = "a capture";
x3::rule<class postfix_class, ast::PatternPtr> const postfix = "a pattern item";
x3::rule<class primary_class, ast::PatternPtr> const primary = "an atom";
x3::rule<class quantifier_class, Quant> const quantifier = "a quantifier";

inline const auto alt_operand = x3::rule<class alt_operand_class, ast::PatternPtr>{"a pattern after '|'"} = sequence;
inline const auto alternatives =
    x3::rule<class alternatives_class, std::vector<ast::PatternPtr>>{"a pattern"} =
        sequence >> *(x3::lit('|') > alt_operand);

auto const pattern_def = alternatives[([](auto& ctx) {
  auto& alts = x3::_attr(ctx);
  if (alts.size() == 1) {
    x3::_val(ctx) = alts.front();
    return;
  }
  auto p = std::make_shared<ast::Pattern>();
  p->pos = alts.front()->pos;
  p->node = ast::Alternation{std::move(alts)};
  x3::_val(ctx) = p;
})];

auto const sequence_def = (+item)[([](auto& ctx) {
  auto& items = x3::_attr(ctx);
  if (items.size() == 1) {
    x3::_val(ctx) = items.front();
    return;
  }
  auto p = std::make_shared<ast::Pattern>();
  p->pos = items.front()->pos;
  p->node = ast::Sequence{std::move(items)};
  x3::_val(ctx) = p;
})];

auto const item_def = capture | postfix;

inline const auto capture_operand = x3::rule<class capture_operand_class, ast::PatternPtr>{"an atom after ':'"} = postfix;
auto const capture_def = (here >> ident >> ':' > capture_operand)[([](auto& ctx) {
  auto& a = x3::_attr(ctx);
  x3::_val(ctx) = make_node(ctx, at_c<0>(a), ast::Capture{at_c<1>(a), at_c<2>(a)});
})];

// One quantifier per atom: `x??` is a mistake more often than a nesting; write (x?){2}.
inline const auto no_second_quantifier =
    x3::rule<class no_second_quantifier_class>{"one quantifier per atom (group to nest: (x?){2})"} =
        !x3::char_("?*+{");
inline const auto not_operand = x3::rule<class not_operand_class, ast::PatternPtr>{"an atom after '!'"} = primary;
inline const auto unary = x3::rule<class unary_class, ast::PatternPtr>{"an atom"} =
    (here >> '!' > not_operand)[([](auto& ctx) {
      auto& a = x3::_attr(ctx);
      x3::_val(ctx) = make_node(ctx, at_c<0>(a), ast::Not{at_c<1>(a)});
    })] |
    primary[([](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); })];

auto const postfix_def = (unary >> -quantifier > no_second_quantifier)[([](auto& ctx) {
  auto& a = x3::_attr(ctx);
  ast::PatternPtr operand = at_c<0>(a);
  const auto& q = at_c<1>(a);
  if (!q) {
    x3::_val(ctx) = operand;
    return;
  }
  // The node starts where its operand does; E005/E006 point at the quantifier.
  auto p = std::make_shared<ast::Pattern>();
  p->pos = operand->pos;
  p->node = ast::Repeat{operand, q->min, q->max, position(ctx, q->where)};
  x3::_val(ctx) = p;
})];

inline auto set_quant(int min, int max) {
  return [min, max](auto& ctx) { x3::_val(ctx) = Quant{x3::_attr(ctx), min, max}; };
}
inline const auto close_brace = expect_mark<class close_brace_class>("'}'", '}');
// After `{m`: `}` (exactly m, returned as -2), or `,` and then `}` (unbounded, -1) or `n}`.
inline const auto brace_upper = x3::rule<class brace_upper_class, int>{"a number or '}' after ','"} =
    x3::lit('}')[([](auto& ctx) { x3::_val(ctx) = -1; })] |
    (digits > close_brace)[([](auto& ctx) { x3::_val(ctx) = to_count(x3::_attr(ctx)); })];
inline const auto brace_tail = x3::rule<class brace_tail_class, int>{"',' or '}'"} =
    x3::lit('}')[([](auto& ctx) { x3::_val(ctx) = -2; })] |
    (x3::lit(',') > brace_upper)[([](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); })];

auto const quantifier_def =
    (here >> '?')[set_quant(0, 1)] | (here >> '*')[set_quant(0, -1)] |
    (here >> '+')[set_quant(1, -1)] |
    (here >> '{' > digits > brace_tail)[([](auto& ctx) {
      auto& a = x3::_attr(ctx);
      const int min = to_count(at_c<1>(a));
      const int tail = at_c<2>(a);
      x3::_val(ctx) = Quant{at_c<0>(a), min, tail == -2 ? min : tail};
    })];

// A bare word is a token class, an anchor, or (anything else) a define.
template <typename Context>
ast::PatternPtr word_node(const Context& ctx, const char* where, const std::string& w) {
  using ast::TokenClass;
  using ast::Anchor;
  static const std::pair<const char*, TokenClass> classes[] = {
      {"ANY", TokenClass::any}, {"CJK", TokenClass::cjk},     {"LATIN", TokenClass::latin},
      {"CAP", TokenClass::cap}, {"NUM", TokenClass::num},     {"PUNCT", TokenClass::punct},
      {"OPEN", TokenClass::open}, {"CLOSE", TokenClass::close}, {"WORD", TokenClass::word}};
  static const std::pair<const char*, Anchor> anchors[] = {
      {"BOS", Anchor::sentence_start}, {"EOS", Anchor::sentence_end},
      {"BOP", Anchor::paragraph_start}, {"BOC", Anchor::clause_start},
      {"EOC", Anchor::clause_end}};
  for (const auto& [name, cls] : classes)
    if (w == name) return make_node(ctx, where, ast::ClassRef{cls});
  for (const auto& [name, anchor] : anchors)
    if (w == name) return make_node(ctx, where, ast::AnchorRef{anchor});
  return make_node(ctx, where, ast::DefineRef{w});
}

inline const auto lexicon_ref_name = x3::rule<class lexicon_ref_name_class, std::string>{"a lexicon name after '@'"} = ident;
inline const auto close_paren = expect_mark<class close_paren_class>("')'", ')');
inline const auto group_body = x3::rule<class group_body_class, ast::PatternPtr>{"a pattern after '('"} = pattern;

auto const primary_def =
    (here >> quoted)[([](auto& ctx) {
      auto& a = x3::_attr(ctx);
      x3::_val(ctx) = make_node(ctx, at_c<0>(a), ast::Literal{at_c<1>(a)});
    })] |
    (here >> '@' > lexicon_ref_name)[([](auto& ctx) {
      auto& a = x3::_attr(ctx);
      x3::_val(ctx) = make_node(ctx, at_c<0>(a), ast::LexiconRef{at_c<1>(a)});
    })] |
    ('(' > group_body > close_paren)[([](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); })] |
    (here >> ident)[([](auto& ctx) {
      auto& a = x3::_attr(ctx);
      x3::_val(ctx) = word_node(ctx, at_c<0>(a), at_c<1>(a));
    })];

BOOST_SPIRIT_DEFINE(pattern, sequence, item, capture, postfix, primary, quantifier)

// ---------------------------------------------------------------- statements

// An expectation target: `what` names it in "expected ..." messages. The action goes
// inside the named rule, because X3 cannot name an action (it would print a type).
template <typename Parser, typename Action>
auto step(const char* what, Parser p, Action a) {
  return x3::rule<class step_class>{what} = p[a];
}
template <typename Parser>
auto step(const char* what, Parser p) {
  return x3::rule<class step_class>{what} = p;
}

inline const auto located_ident = x3::rule<class located_ident_class, Located>{"an identifier"} =
    here >> ident;
inline const auto located_dotted = x3::rule<class located_dotted_class, Located>{"a dotted identifier"} =
    here >> dotted_ident;
inline const auto located_string = x3::rule<class located_string_class, Located>{"a quoted string"} =
    here >> quoted;
inline const auto located_number = x3::rule<class located_number_class, LocatedNumber>{"a weight"} =
    here >> x3::double_;

inline bool is_keyword_word(const std::string& w) {
  static const char* const words[] = {"ANY", "CJK", "LATIN", "CAP", "NUM", "PUNCT", "OPEN", "CLOSE",
                                      "WORD", "BOS", "EOS", "BOP", "BOC", "EOC"};
  for (const char* k : words)
    if (w == k) return true;
  return false;
}

// rule ID : LABEL [WEIGHT] = PATTERN ;
inline const auto rule_stmt =
    (kw("rule")[([](auto& ctx) { state(ctx).rule = ast::Rule{}; })] >
     step("a rule id", located_dotted, [](auto& ctx) {
       auto& r = state(ctx).rule;
       r.id = x3::_attr(ctx).text;
       r.pos = position(ctx, x3::_attr(ctx).where);
     }) >
     step("':' after the rule id", x3::lit(':')) >
     step("a label (claim, report, attribution, ...)", located_dotted, [](auto& ctx) {
       auto& r = state(ctx).rule;
       r.label = x3::_attr(ctx).text;
       r.label_pos = position(ctx, x3::_attr(ctx).where);
     }) >>
     -located_number[([](auto& ctx) {
       auto& r = state(ctx).rule;
       r.weight = x3::_attr(ctx).value;
       r.weight_pos = position(ctx, x3::_attr(ctx).where);
     })] >
     step("'=' before the pattern", x3::lit('=')) >
     step("a pattern", pattern, [](auto& ctx) { state(ctx).rule.pattern = x3::_attr(ctx); }) >
     step("';' after rule", x3::lit(';')))[([](auto& ctx) {
      auto& st = state(ctx);
      st.rule.language = st.file.language;
      st.file.rules.push_back(std::move(st.rule));
    })];

// define NAME = PATTERN ;
inline const auto define_stmt =
    (kw("define")[([](auto& ctx) { state(ctx).define = ast::Define{}; })] >
     step("a define name", located_ident, [](auto& ctx) {
       auto& st = state(ctx);
       st.define.name = x3::_attr(ctx).text;
       st.define.pos = position(ctx, x3::_attr(ctx).where);
       if (is_keyword_word(st.define.name))
         st.errors.error(ErrorCode::syntax, x3::_attr(ctx).where,
                         "'" + st.define.name +
                             "' is a token class or anchor; a define needs another name");
     }) >
     step("'=' after the define name", x3::lit('=')) >
     step("a pattern", pattern, [](auto& ctx) { state(ctx).define.pattern = x3::_attr(ctx); }) >
     step("';' after define", x3::lit(';')))[([](auto& ctx) {
      auto& st = state(ctx);
      st.file.defines.push_back(std::move(st.define));
    })];

// lexicon NAME = "a" | "b" ;   or   lexicon NAME = file "path" ;
inline auto add_entry() {
  return [](auto& ctx) { state(ctx).lexicon.entries.push_back(x3::_attr(ctx)); };
}
inline const auto lexicon_body = step(
    "a quoted entry or file \"path\"",
    (kw("file") > step("a quoted path after 'file'", located_string,
                       [](auto& ctx) {
                         auto& lex = state(ctx).lexicon;
                         lex.file = x3::_attr(ctx).text;
                         lex.file_pos = position(ctx, x3::_attr(ctx).where);
                       })) |
        (quoted[add_entry()] >> *('|' > step("a quoted entry after '|'", quoted, add_entry()))));
inline const auto lexicon_stmt =
    (kw("lexicon")[([](auto& ctx) { state(ctx).lexicon = ast::Lexicon{}; })] >
     step("a lexicon name", located_ident, [](auto& ctx) {
       auto& lex = state(ctx).lexicon;
       lex.name = x3::_attr(ctx).text;
       lex.pos = position(ctx, x3::_attr(ctx).where);
     }) >
     step("'=' after the lexicon name", x3::lit('=')) > lexicon_body >
     step("';' after lexicon", x3::lit(';')))[([](auto& ctx) {
      auto& st = state(ctx);
      st.file.lexicons.push_back(std::move(st.lexicon));
    })];

// include "path" ;
inline const auto include_stmt =
    kw("include") >
    step("a quoted path after 'include'", located_string, [](auto& ctx) {
      state(ctx).file.includes.push_back(
          ast::Include{position(ctx, x3::_attr(ctx).where), x3::_attr(ctx).text});
    }) >
    step("';' after include", x3::lit(';'));

// language zh|en|any ;   (the checker reports other names: E013)
inline const auto language_stmt =
    (here >> kw("language"))[([](auto& ctx) {
      auto& st = state(ctx);
      if (st.seen_statement)
        st.errors.error(ErrorCode::syntax, x3::_attr(ctx),
                        "'language' must be the first statement of a file");
    })] >
    step("a language (zh, en or any)", located_ident, [](auto& ctx) {
      auto& f = state(ctx).file;
      f.language = x3::_attr(ctx).text;
      f.language_pos = position(ctx, x3::_attr(ctx).where);
    }) >
    step("';' after language", x3::lit(';'));

struct statement_class : error_handler_base {};
x3::rule<statement_class> const statement = "a statement";
auto const statement_def = rule_stmt | define_stmt | lexicon_stmt | include_stmt | language_stmt;
BOOST_SPIRIT_DEFINE(statement)

}  // namespace argmap::grammar::parser
