// load_rules: files and directories -> parsed files (includes first, each once),
// lexicon files read, then the semantic checks. Paths in diagnostics are built from
// the caller's paths (an include's is its includer's directory joined with what the
// include says, lexically normalised), so they read the way the user named things.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>

#include "grammar/check.hpp"
#include "grammar/load.hpp"
#include "grammar/source_text.hpp"

namespace argmap::grammar {
namespace {

namespace fs = std::filesystem;

std::optional<std::string> read_file(const fs::path& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return buf.str();
}

// The identity of a file for "loaded once" and cycle detection.
std::string file_key(const fs::path& path) {
  std::error_code ec;
  fs::path canonical = fs::weakly_canonical(path, ec);
  return (ec ? path.lexically_normal() : canonical).generic_string();
}

// A path written in `from_display`'s file, as the user would name it.
std::string relative_display(const std::string& from_display, const std::string& written) {
  fs::path p = fs::path(from_display).parent_path() / fs::path(written);
  return p.lexically_normal().generic_string();
}


class Loader {
 public:
  void load_root(const std::string& path) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      std::vector<std::string> found;
      for (fs::recursive_directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->path().extension() == ".rules" && it->is_regular_file(ec))
          found.push_back(it->path().lexically_normal().generic_string());
      }
      std::sort(found.begin(), found.end());
      for (const auto& f : found) load(f, nullptr);
      return;
    }
    load(path, nullptr);
  }

  RuleSet finish() {
    detail::check_files(result_.files, result_.diagnostics);
    // Diagnostics made from the AST carry positions only; quote their lines here.
    for (auto& d : result_.diagnostics) {
      if (d.line <= 0 || !d.source_line.empty()) continue;
      auto it = texts_.find(d.file);
      if (it != texts_.end()) d.source_line = it->second->line_text(d.line);
    }
    return std::move(result_);
  }

 private:
  // Loads `display` (a path as the user would name it); `from` is the include that
  // asked for it (null for a root), where E008/E009 are reported.
  void load(const std::string& display, const ast::Include* from) {
    const std::string key = file_key(display);
    auto state = state_.find(key);
    if (state != state_.end()) {
      if (state->second == State::loading && from) {
        std::string chain;
        auto start = std::find(stack_keys_.begin(), stack_keys_.end(), key);
        for (auto it = start; it != stack_keys_.end(); ++it)
          chain += stack_names_[it - stack_keys_.begin()] + " -> ";
        result_.diagnostics.push_back(diagnostic_at(
            ErrorCode::include_cycle, from->pos.file, from->pos.line, from->pos.column, "include cycle: " + chain + display));
      }
      return;  // loaded once, however often it is included
    }

    auto text = read_file(display);
    if (!text) {
      if (from) {
        result_.diagnostics.push_back(diagnostic_at(
            ErrorCode::include_not_found, from->pos.file, from->pos.line, from->pos.column, "cannot read included file '" + display + "'"));
      } else {
        Diagnostic d;
        d.code = ErrorCode::include_not_found;
        d.file = display;
        d.message = "cannot read rules file or directory '" + display + "'";
        result_.diagnostics.push_back(std::move(d));
      }
      return;
    }

    state_[key] = State::loading;
    stack_keys_.push_back(key);
    stack_names_.push_back(display);

    owned_texts_.push_back(std::make_unique<std::string>(std::move(*text)));
    const std::string& source = *owned_texts_.back();
    source_texts_.push_back(std::make_unique<detail::SourceText>(source));
    texts_[display] = source_texts_.back().get();

    ParseResult parsed = parse_rules(source, display);
    for (auto& d : parsed.diagnostics) result_.diagnostics.push_back(std::move(d));
    ast::File file = std::move(parsed.file);
    for (auto& lex : file.lexicons)
      if (lex.file) read_lexicon(display, lex);
    for (const auto& inc : file.includes) load(relative_display(display, inc.path), &inc);

    stack_keys_.pop_back();
    stack_names_.pop_back();
    state_[key] = State::done;
    result_.files.push_back(std::move(file));
  }

  // One entry per line; blank lines and lines starting with # are skipped.
  void read_lexicon(const std::string& rules_display, ast::Lexicon& lex) {
    const std::string display = relative_display(rules_display, *lex.file);
    auto text = read_file(display);
    if (!text) {
      lex.file_error = true;
      result_.diagnostics.push_back(diagnostic_at(
          ErrorCode::include_not_found, lex.file_pos.file, lex.file_pos.line, lex.file_pos.column, "cannot read lexicon file '" + display + "'"));
      return;
    }
    std::string_view body = *text;
    if (const auto bad = detail::find_invalid_utf8(body); bad != std::string_view::npos) {
      lex.file_error = true;
      detail::SourceText st(body);
      Diagnostic d;
      d.code = ErrorCode::invalid_utf8;
      d.file = display;
      d.line = st.line_of(bad);
      d.column = st.column_of(bad);
      char byte[8];
      std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(body[bad]));
      d.message = std::string("invalid UTF-8 (byte ") + byte + "): lexicon files must be UTF-8";
      d.source_line = st.line_text(d.line);
      result_.diagnostics.push_back(std::move(d));
      return;
    }
    if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
    while (!body.empty()) {
      const std::size_t nl = body.find('\n');
      std::string_view line = body.substr(0, nl);
      body = nl == std::string_view::npos ? std::string_view{} : body.substr(nl + 1);
      const std::size_t first = line.find_first_not_of(" \t\r");
      if (first == std::string_view::npos) continue;
      line = line.substr(first, line.find_last_not_of(" \t\r") - first + 1);
      if (line.front() == '#') continue;
      lex.entries.emplace_back(line);
    }
  }

  enum class State { loading, done };
  RuleSet result_;
  std::map<std::string, State> state_;
  std::vector<std::string> stack_keys_, stack_names_;  // the include chain being loaded
  std::vector<std::unique_ptr<std::string>> owned_texts_;
  std::vector<std::unique_ptr<detail::SourceText>> source_texts_;
  std::map<std::string, const detail::SourceText*> texts_;
};

}  // namespace

RuleSet load_rules(const std::vector<std::string>& paths) {
  try {
    Loader loader;
    for (const auto& p : paths) loader.load_root(p);
    return loader.finish();
  } catch (const std::exception& e) {
    // Filesystem or allocation failure: still a value, never an exception.
    RuleSet rs;
    Diagnostic d;
    d.message = std::string("internal error while loading rules: ") + e.what();
    rs.diagnostics.push_back(std::move(d));
    return rs;
  }
}

}  // namespace argmap::grammar
