// Diagnostic codes and rendering: `file:line:col: error[E0xx]: message`, then the
// source line (a window of it, if long) and a caret under the column (columns count
// code points, so a wide character counts as one; tabs are copied into the caret line
// so it stays aligned).
#include "grammar/diagnostic.hpp"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace argmap::grammar {

std::string code_name(ErrorCode code) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "E%03d", static_cast<int>(code));
  return buf;
}

std::string render(const Diagnostic& d) {
  std::string out = d.file;
  if (d.line > 0) out += ":" + std::to_string(d.line) + ":" + std::to_string(d.column);
  out += d.severity == Severity::error ? ": error[" : ": warning[";
  out += code_name(d.code) + "]: " + d.message + "\n";
  if (d.line <= 0) return out;  // a whole-file problem (unreadable root): no line to quote

  // A long line (a generated rule file, a hostile one) is shown as a window of
  // kShown code points around the column, with "..." where it was cut.
  constexpr int kShown = 120;
  std::vector<std::size_t> starts;  // byte offset of each code point
  for (std::size_t i = 0; i < d.source_line.size(); ++i)
    if ((static_cast<unsigned char>(d.source_line[i]) & 0xC0) != 0x80) starts.push_back(i);
  const int n = static_cast<int>(starts.size());
  int first = 1;  // 1-based code points first..last are shown
  if (n > kShown) first = std::clamp(d.column - kShown / 2, 1, n - kShown + 1);
  const int last = n > kShown ? first + kShown - 1 : n;
  const std::size_t from = n ? starts[first - 1] : 0;
  const std::size_t to = last < n ? starts[last] : d.source_line.size();
  const std::string cut_left = first > 1 ? "..." : "";
  out += "    " + cut_left + d.source_line.substr(from, to - from) + (last < n ? "..." : "") + "\n";
  std::string caret = "    " + std::string(cut_left.size(), ' ');
  int column = first;
  for (std::size_t i = from; i < to && column < d.column; ++i) {
    const auto b = static_cast<unsigned char>(d.source_line[i]);
    if ((b & 0xC0) == 0x80) continue;  // continuation byte: same code point
    caret += b == '\t' ? '\t' : ' ';
    ++column;
  }
  for (; column < d.column; ++column) caret += ' ';  // past the end of the line
  out += caret + "^\n";
  return out;
}

bool has_errors(const std::vector<Diagnostic>& ds) {
  for (const auto& d : ds)
    if (d.severity == Severity::error) return true;
  return false;
}

Diagnostic diagnostic_at(ErrorCode code, const std::string& file, int line, int column, std::string message) {
  Diagnostic d;
  d.code = code;
  d.file = file;
  d.line = line;
  d.column = column;
  d.message = std::move(message);
  return d;
}

}  // namespace argmap::grammar
