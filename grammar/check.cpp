// Semantic checks on parsed rule files: names resolve, nothing is defined twice,
// repetitions are bounded, rules consume at least one token, weights and labels are
// ones the engine understands. Each diagnostic points where the problem is written.
#include "grammar/check.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>

namespace argmap::grammar::detail {

const std::vector<std::string>& label_families() {
  static const std::vector<std::string> families = {
      "meta", "claim", "report", "attribution", "question", "entity",
      "date", "relation", "thesis", "parallel", "caption", "veto"};
  return families;
}

namespace {

std::string where(const ast::Position& p) {
  return p.file + ":" + std::to_string(p.line) + ":" + std::to_string(p.column);
}

bool is_capture_name(const std::string& s) {
  if (s.empty() || !((s[0] >= 'a' && s[0] <= 'z') || s[0] == '_')) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

class Checker {
 public:
  Checker(const std::vector<ast::File>& files, std::vector<Diagnostic>& out)
      : files_(files), out_(out) {}

  void run() {
    for (const auto& f : files_) check_language(f);
    for (const auto& f : files_)
      for (const auto& lex : f.lexicons) declare_lexicon(lex);
    for (const auto& f : files_)
      for (const auto& def : f.defines) declare_define(def);
    for (const auto& f : files_)
      for (const auto& def : f.defines)
        if (defines_[def.name] == &def && marks_[&def] == Mark::unvisited) find_cycles(def);
    for (const auto& f : files_)
      for (const auto& def : f.defines) walk(def.pattern);
    std::map<std::string, const ast::Rule*> ids;
    for (const auto& f : files_)
      for (const auto& rule : f.rules) check_rule(rule, ids);
  }

 private:
  void report(ErrorCode code, const ast::Position& p, std::string message) {
    out_.push_back(diagnostic_at(code, p.file, p.line, p.column, std::move(message)));
  }

  void check_language(const ast::File& f) {
    if (f.language != "zh" && f.language != "en" && f.language != "any")
      report(ErrorCode::bad_language, f.language_pos,
             "unknown language '" + f.language + "': expected zh, en or any");
  }

  void declare_lexicon(const ast::Lexicon& lex) {
    auto [it, fresh] = lexicons_.emplace(lex.name, &lex);
    if (!fresh)
      report(ErrorCode::duplicate_lexicon, lex.pos,
             "duplicate lexicon '" + lex.name + "' (first defined at " + where(it->second->pos) + ")");
    if (lex.entries.empty() && !lex.file_error)
      report(ErrorCode::empty_lexicon, lex.pos, "lexicon '" + lex.name + "' has no entries");
  }

  void declare_define(const ast::Define& def) {
    auto [it, fresh] = defines_.emplace(def.name, &def);
    if (!fresh)
      report(ErrorCode::duplicate_lexicon, def.pos,
             "duplicate define '" + def.name + "' (first defined at " + where(it->second->pos) + ")");
  }

  // Depth-first over define references; a reference to a define still on the path
  // closes a cycle and is reported where it is written.
  enum class Mark { unvisited, on_path, done };
  void find_cycles(const ast::Define& def) {
    marks_[&def] = Mark::on_path;
    path_.push_back(def.name);
    for_each_define_ref(def.pattern, [&](const ast::Pattern& ref, const std::string& name) {
      auto found = defines_.find(name);
      if (found == defines_.end()) return;
      const ast::Define* target = found->second;
      const Mark m = marks_[target];
      if (m == Mark::on_path) {
        std::string chain;
        auto from = std::find(path_.begin(), path_.end(), name);
        for (auto it = from; it != path_.end(); ++it) chain += *it + " -> ";
        report(ErrorCode::recursive_define, ref.pos,
               "recursive define: " + chain + name + " (defines are inlined, so they cannot recurse)");
      } else if (m == Mark::unvisited) {
        find_cycles(*target);
      }
    });
    path_.pop_back();
    marks_[&def] = Mark::done;
  }

  template <typename F>
  void for_each_define_ref(const ast::PatternPtr& p, F&& f) {
    if (!p) return;
    std::visit(
        [&](const auto& n) {
          using T = std::decay_t<decltype(n)>;
          if constexpr (std::is_same_v<T, ast::DefineRef>) {
            f(*p, n.name);
          } else if constexpr (std::is_same_v<T, ast::Not> || std::is_same_v<T, ast::Capture> ||
                               std::is_same_v<T, ast::Repeat>) {
            for_each_define_ref(n.operand, f);
          } else if constexpr (std::is_same_v<T, ast::Sequence>) {
            for (const auto& c : n.items) for_each_define_ref(c, f);
          } else if constexpr (std::is_same_v<T, ast::Alternation>) {
            for (const auto& c : n.alternatives) for_each_define_ref(c, f);
          }
        },
        p->node);
  }

  // Names resolve, repetitions are bounded, literals are not empty, captures are named well.
  void walk(const ast::PatternPtr& p) {
    if (!p) return;
    std::visit(
        [&](const auto& n) {
          using T = std::decay_t<decltype(n)>;
          if constexpr (std::is_same_v<T, ast::Literal>) {
            if (n.text.find_first_not_of(' ') == std::string::npos)
              report(ErrorCode::empty_match, p->pos, "empty literal: it would match no token");
          } else if constexpr (std::is_same_v<T, ast::LexiconRef>) {
            if (!lexicons_.count(n.name))
              report(ErrorCode::unknown_lexicon, p->pos, "unknown lexicon '@" + n.name + "'");
          } else if constexpr (std::is_same_v<T, ast::DefineRef>) {
            if (!defines_.count(n.name))
              report(ErrorCode::unknown_define, p->pos, "unknown define '" + n.name + "'");
          } else if constexpr (std::is_same_v<T, ast::Not>) {
            walk(n.operand);
          } else if constexpr (std::is_same_v<T, ast::Capture>) {
            if (!is_capture_name(n.name))
              report(ErrorCode::syntax, p->pos,
                     "capture name '" + n.name + "' must be a lower-case identifier");
            walk(n.operand);
          } else if constexpr (std::is_same_v<T, ast::Sequence>) {
            for (const auto& c : n.items) walk(c);
          } else if constexpr (std::is_same_v<T, ast::Alternation>) {
            for (const auto& c : n.alternatives) walk(c);
          } else if constexpr (std::is_same_v<T, ast::Repeat>) {
            const std::string written =
                "{" + std::to_string(n.min) + "," + std::to_string(n.max) + "}";
            if (n.max < 0)
              report(ErrorCode::unbounded_repetition, n.quantifier_pos,
                     "unbounded repetition: give an upper bound, e.g. {0,20}");
            else if (n.min > n.max)
              report(ErrorCode::bad_repetition, n.quantifier_pos,
                     "bad repetition " + written + ": the minimum is greater than the maximum");
            else if (n.max > kMaxRepeat)
              report(ErrorCode::bad_repetition, n.quantifier_pos,
                     "bad repetition " + written + ": the maximum is " + std::to_string(kMaxRepeat));
            walk(n.operand);
          }
        },
        p->node);
  }

  // Can the pattern match zero tokens? Unknown and recursive defines count as
  // non-empty: they are reported already, and guessing would only add noise.
  bool nullable(const ast::PatternPtr& p) {
    if (!p) return false;
    return std::visit(
        [&](const auto& n) -> bool {
          using T = std::decay_t<decltype(n)>;
          if constexpr (std::is_same_v<T, ast::AnchorRef>) {
            return true;
          } else if constexpr (std::is_same_v<T, ast::DefineRef>) {
            auto found = defines_.find(n.name);
            if (found == defines_.end()) return false;
            const ast::Define* def = found->second;
            auto memo = nullable_.find(def);
            if (memo != nullable_.end()) return memo->second;
            nullable_[def] = false;  // in progress: a cycle counts as non-empty
            const bool result = nullable(def->pattern);
            nullable_[def] = result;
            return result;
          } else if constexpr (std::is_same_v<T, ast::Capture>) {
            return nullable(n.operand);
          } else if constexpr (std::is_same_v<T, ast::Sequence>) {
            for (const auto& c : n.items)
              if (!nullable(c)) return false;
            return true;
          } else if constexpr (std::is_same_v<T, ast::Alternation>) {
            for (const auto& c : n.alternatives)
              if (nullable(c)) return true;
            return false;
          } else if constexpr (std::is_same_v<T, ast::Repeat>) {
            return n.min == 0 || nullable(n.operand);
          } else {
            return false;  // literals, lexicons, classes and !atom consume a token
          }
        },
        p->node);
  }

  void check_rule(const ast::Rule& rule, std::map<std::string, const ast::Rule*>& ids) {
    auto [it, fresh] = ids.emplace(rule.id, &rule);
    if (!fresh)
      report(ErrorCode::duplicate_rule_id, rule.pos,
             "duplicate rule id '" + rule.id + "' (first defined at " + where(it->second->pos) + ")");

    const std::string family = rule.label.substr(0, rule.label.find('.'));
    const auto& families = label_families();
    if (std::find(families.begin(), families.end(), family) == families.end()) {
      std::string list;
      for (const auto& f : families) list += (list.empty() ? "" : ", ") + f;
      report(ErrorCode::bad_label, rule.label_pos,
             "unknown label '" + rule.label + "': it must start with one of " + list);
    }

    if (!(rule.weight >= 0.0 && rule.weight <= 1.0)) {
      char w[32];
      std::snprintf(w, sizeof w, "%g", rule.weight);
      report(ErrorCode::bad_weight, rule.weight_pos,
             std::string("weight ") + w + " is outside [0, 1]");
    }

    walk(rule.pattern);
    if (rule.pattern && nullable(rule.pattern))
      report(ErrorCode::empty_match, rule.pattern->pos,
             "rule '" + rule.id + "' can match zero tokens: a rule must consume at least one token");
  }

  const std::vector<ast::File>& files_;
  std::vector<Diagnostic>& out_;
  std::map<std::string, const ast::Lexicon*> lexicons_;
  std::map<std::string, const ast::Define*> defines_;
  std::map<const ast::Define*, Mark> marks_;
  std::map<const ast::Define*, bool> nullable_;
  std::vector<std::string> path_;
};

}  // namespace

void check_files(const std::vector<ast::File>& files, std::vector<Diagnostic>& out) {
  std::vector<Diagnostic> found;
  Checker(files, found).run();
  std::map<std::string, std::size_t> order;
  for (std::size_t i = 0; i < files.size(); ++i) order.emplace(files[i].path, i);
  auto rank = [&](const Diagnostic& d) {
    auto it = order.find(d.file);
    return std::make_tuple(it == order.end() ? files.size() : it->second, d.line, d.column);
  };
  std::stable_sort(found.begin(), found.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) { return rank(a) < rank(b); });
  out.insert(out.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
}

}  // namespace argmap::grammar::detail
