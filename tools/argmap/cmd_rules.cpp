// `argmap rules check [PATH...]`: parse and check rule files; every problem as
// file:line:col: error[E0xx]: message with the source line and a caret.
// `argmap rules profile` (what rules cost) is in cmd_rules_profile.cpp.
#include <iostream>

#include "engine/pipeline.hpp"
#include "engine/program.hpp"
#include "grammar/load.hpp"
#include "tools/argmap/cli.hpp"

namespace argmap::cli {

int cmd_rules(const std::vector<std::string>& args) {
  if (args.empty() || args[0] == "-h" || args[0] == "--help") {
    std::cout << "usage: argmap rules check [PATH...]   (no PATH: the shipped packs in "
              << shipped_rules_dir() << ")\n"
              << "       argmap rules profile [options] FILE...   (what each rule costs the matcher)\n";
    return args.empty() ? usage_error : ok;
  }
  if (args[0] == "profile") return cmd_rules_profile(std::vector<std::string>(args.begin() + 1, args.end()));
  if (args[0] != "check") {
    std::cerr << "argmap rules: unknown subcommand '" << args[0] << "' (expected check or profile)\n";
    return usage_error;
  }
  std::vector<std::string> paths(args.begin() + 1, args.end());
  if (paths.empty()) paths.push_back(shipped_rules_dir());
  grammar::RuleSet rules = grammar::load_rules(paths);
  std::vector<grammar::Diagnostic> diagnostics = rules.diagnostics;
  std::size_t rule_count = 0;
  if (rules.ok()) {
    // Compile too: size limits are only known once a rule is expanded.
    if (Program::compile(rules, diagnostics)) {
      for (const auto& f : rules.files) rule_count += f.rules.size();
    }
  }
  std::size_t errors = 0;
  for (const auto& d : diagnostics) {
    std::cerr << grammar::render(d);
    if (d.severity == grammar::Severity::error) ++errors;
  }
  if (errors) {
    std::cerr << errors << (errors == 1 ? " error\n" : " errors\n");
    return input_error;
  }
  std::cout << "ok: " << rules.files.size() << " files, " << rule_count << " rules\n";
  return ok;
}

}  // namespace argmap::cli
