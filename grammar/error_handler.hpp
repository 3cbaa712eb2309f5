// Turns X3 expectation failures (and the grammar's own complaints) into Diagnostic
// values: line and column in code points, the source line for the caret. Nothing is
// printed; the statement rule's on_error records the failure and fails the statement,
// and parse.cpp resynchronises at the next `;`.
#pragma once
#include <string>
#include <vector>

#include <boost/spirit/home/x3.hpp>

#include "grammar/ast.hpp"
#include "grammar/diagnostic.hpp"
#include "grammar/source_text.hpp"

namespace argmap::grammar::parser {
namespace x3 = boost::spirit::x3;

class ErrorSink {
 public:
  ErrorSink(const char* begin, const char* end, const detail::SourceText& text, std::string file,
            std::vector<Diagnostic>& out)
      : begin_(begin), end_(end), text_(text), file_(std::move(file)), out_(out) {}

  ast::Position position(const char* where) const {
    const auto offset = static_cast<std::size_t>(where - begin_);
    return {file_, text_.line_of(offset), text_.column_of(offset)};
  }

  void error(ErrorCode code, const char* where, std::string message) {
    const ast::Position p = position(where);
    Diagnostic d = diagnostic_at(code, p.file, p.line, p.column, std::move(message));
    d.source_line = text_.line_text(p.line);
    out_.push_back(std::move(d));
  }

  // An expectation failure: X3 reports where the expected thing was tried, which for a
  // rule is just after the previous token. Point at the next token instead when it is on
  // the same line (`= ;` -> at `;`), but stay at the end of the line when the line ends
  // there (a missing `;` is shown where it belongs, not on the next statement).
  void expected(const char* where, const std::string& what) {
    const char* p = where;
    while (p != end_ && (*p == ' ' || *p == '\t')) ++p;
    if (p != end_ && *p != '\n' && *p != '\r' && *p != '#') where = p;
    last_error_ = where;
    error(ErrorCode::syntax, where, "expected " + what);
  }

  const char* last_error() const { return last_error_; }
  void clear_last_error() { last_error_ = nullptr; }
  std::size_t count() const { return out_.size(); }

 private:
  const char* begin_;
  const char* end_;
  const detail::SourceText& text_;
  std::string file_;
  std::vector<Diagnostic>& out_;
  const char* last_error_ = nullptr;
};

struct error_sink_tag;

// Rule ids that derive from this turn an expectation failure below them into a diagnostic.
struct error_handler_base {
  template <typename Iterator, typename Exception, typename Context>
  x3::error_handler_result on_error(Iterator&, const Iterator&, const Exception& x,
                                    const Context& context) {
    x3::get<error_sink_tag>(context).get().expected(x.where(), x.which());
    return x3::error_handler_result::fail;
  }
};

}  // namespace argmap::grammar::parser
