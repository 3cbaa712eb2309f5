// `argmap analyze [FILE|-]`: the map of one document, as argmap/1 JSON or a tree view.
#include <iostream>

#include "engine/audit.hpp"
#include "engine/export.hpp"
#include "engine/export_audit.hpp"
#include "tools/argmap/cli.hpp"

namespace argmap::cli {
namespace {

constexpr const char* kUsage =
    "usage: argmap analyze [--format json|tree|html] [--compact] [--lang L] [--lenient] [--date D]\n"
    "                      [--rules DIR] [--no-default-rules] [FILE|-]\n"
    "  json: the argmap/1 map (../shared/contract); tree: the argument tree and the facts;\n"
    "  html: one self-contained page (see argmap audit)\n";

}  // namespace

int cmd_analyze(const std::vector<std::string>& args) {
  SingleInput cmd;
  if (auto stop = parse_single_input("analyze", args, {"json", "tree", "html"}, kUsage, cmd)) return *stop;
  int exit_code = ok;
  auto analyzed = read_and_analyze(cmd.input, cmd.common, exit_code);
  if (!analyzed) return exit_code;
  const Document& doc = analyzed->doc;
  if (cmd.format == "tree") {
    std::cout << to_tree_text(doc);
  } else if (cmd.format == "html") {  // the map page carries the audit's findings too
    std::cout << to_html(doc, audit(doc, analyzed->engine->program()));
  } else {
    write_json(std::cout, doc, cmd.compact ? -1 : 2);
    std::cout << "\n";
  }
  return ok;
}

}  // namespace argmap::cli
