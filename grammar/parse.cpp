// parse_rules: the single translation unit that instantiates the X3 rule grammar
// (rules_def.hpp). It parses one statement at a time so that after a syntax error it
// can skip to the next `;` and go on: one run reports every broken statement.
#include <functional>

#include "grammar/load.hpp"
#include "grammar/rules_def.hpp"
#include "grammar/source_text.hpp"

namespace argmap::grammar {
namespace {

// Deeper parenthesis nests are refused before X3 sees them: its recursion costs
// stack per level, and no sensible rule needs more.
constexpr int kMaxNesting = 100;

// Skips blanks and `#` comments, as the skipper does.
const char* skip_blanks(const char* p, const char* end) {
  while (p != end) {
    if (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n' || *p == '\f' || *p == '\v') {
      ++p;
    } else if (*p == '#') {
      while (p != end && *p != '\n') ++p;
    } else {
      break;
    }
  }
  return p;
}

// Lexical scan of one statement from `p`: strings (which end at their line) and comments
// are skipped. Returns just past the first `;` outside them at or after `from`, or `end`.
// If `too_deep` is given, it receives the first `(` nested deeper than kMaxNesting.
const char* scan_statement(const char* p, const char* from, const char* end,
                           const char** too_deep = nullptr) {
  int depth = 0;
  while (p != end) {
    const char c = *p;
    if (c == '"') {
      for (++p; p != end && *p != '"' && *p != '\n'; ++p)
        if (*p == '\\' && p + 1 != end && p[1] != '\n') ++p;
      if (p != end && *p == '"') ++p;
      continue;
    }
    if (c == '#') {
      while (p != end && *p != '\n') ++p;
      continue;
    }
    if (c == '(' && ++depth > kMaxNesting && too_deep && !*too_deep) *too_deep = p;
    if (c == ')' && depth > 0) --depth;
    if (c == ';' && p >= from) return p + 1;
    ++p;
  }
  return end;
}

void parse_statements(const char* begin, const char* end, parser::ErrorSink& sink,
                      ast::File& file) {
  namespace x3 = boost::spirit::x3;
  parser::ParseState st{sink, file};
  const auto statement = x3::with<parser::error_sink_tag>(std::ref(sink))[
      x3::with<parser::state_tag>(std::ref(st))[parser::statement]];

  const char* it = begin;
  while (true) {
    it = skip_blanks(it, end);
    if (it == end) break;
    const char* start = it;

    const char* too_deep = nullptr;
    const char* stmt_end = scan_statement(start, start, end, &too_deep);
    if (too_deep) {
      sink.error(ErrorCode::syntax, too_deep,
                 "nesting too deep: at most " + std::to_string(kMaxNesting) +
                     " levels of parentheses");
      it = stmt_end;
      st.seen_statement = true;
      continue;
    }

    sink.clear_last_error();
    const std::size_t before = sink.count();
    const bool ok = x3::phrase_parse(it, end, statement, parser::skipper);
    st.seen_statement = true;
    if (ok) continue;

    const char* where = sink.last_error();
    if (!where) {
      // Failed before any expectation point: not the start of a statement at all.
      where = start;
      if (sink.count() == before)
        sink.error(ErrorCode::syntax, start,
                   "expected a statement (rule, define, lexicon, include or language)");
    }
    it = scan_statement(start, where, end);
  }
}

}  // namespace

ParseResult parse_rules(std::string_view source, const std::string& filename) {
  ParseResult result;
  result.file.path = filename;
  detail::SourceText text(source);
  try {
    const char* begin = source.data();
    const char* end = begin + source.size();
    parser::ErrorSink sink(begin, end, text, filename, result.diagnostics);
    if (const auto bad = detail::find_invalid_utf8(source); bad != std::string_view::npos) {
      char byte[8];
      std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(source[bad]));
      sink.error(ErrorCode::invalid_utf8, begin + bad,
                 std::string("invalid UTF-8 (byte ") + byte + "): rules files must be UTF-8");
      return result;
    }
    if (source.substr(0, 3) == "\xEF\xBB\xBF") begin += 3;  // a byte-order mark is not text
    parse_statements(begin, end, sink, result.file);
  } catch (const std::exception& e) {
    // Nothing from user input may escape; this would be a bug in the grammar.
    Diagnostic d;
    d.file = filename;
    d.message = std::string("internal parser error: ") + e.what();
    result.diagnostics.push_back(std::move(d));
  }
  return result;
}

}  // namespace argmap::grammar
