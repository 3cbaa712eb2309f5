// `argmap analyze [FILE|-]`: the map of one document, as argmap/1 JSON or a tree view.
#include <iostream>

#include "engine/audit.hpp"
#include "engine/export.hpp"
#include "engine/export_audit.hpp"
#include "tools/argmap/cli.hpp"

namespace argmap::cli {

int cmd_analyze(const std::vector<std::string>& args) {
  CommonOptions common;
  std::string format = "json";
  bool compact = false;
  std::optional<std::string> input;
  for (std::size_t i = 0; i < args.size(); ++i) {
    bool error = false;
    if (parse_common_option(args, i, common, error)) {
      if (error) return usage_error;
      continue;
    }
    const std::string& a = args[i];
    if (a == "-h" || a == "--help") {
      std::cout << "usage: argmap analyze [--format json|tree|html] [--compact] [--lang L] [--lenient]\n"
                   "                      [--rules DIR] [FILE|-]\n";
      return ok;
    } else if (a == "--format" && i + 1 < args.size()) {
      format = args[++i];
      if (format != "json" && format != "tree" && format != "html") {
        std::cerr << "argmap analyze: unknown format '" << format << "' (expected json, tree or html)\n";
        return usage_error;
      }
    } else if (a == "--compact") {
      compact = true;
    } else if (a.size() > 1 && a[0] == '-') {
      std::cerr << "argmap analyze: unknown option '" << a << "' (see argmap --help)\n";
      return usage_error;
    } else if (input) {
      std::cerr << "argmap analyze: one input at a time ('" << *input << "' and '" << a << "')\n";
      return usage_error;
    } else {
      input = a;
    }
  }
  const std::string path = input.value_or("-");
  std::string error;
  auto bytes = read_input(path, error);
  if (!bytes) {
    std::cerr << "argmap: " << error << "\n";
    return input_error;
  }
  auto engine = load_engine(common);
  if (!engine) return rules_error;
  auto result = engine->analyze(*bytes, path, common.analyze_options());
  if (auto* err = std::get_if<AnalyzeError>(&result)) {
    std::cerr << "argmap: " << err->message << "\n";
    return err->code == "bad_language" ? usage_error : input_error;
  }
  const Document& doc = std::get<Document>(result);
  if (format == "tree") {
    std::cout << to_tree_text(doc);
  } else if (format == "html") {  // the map page carries the audit's findings too
    std::cout << to_html(doc, audit(doc, engine->program()));
  } else {
    std::cout << to_json(doc, compact ? -1 : 2) << "\n";
  }
  return ok;
}

}  // namespace argmap::cli
