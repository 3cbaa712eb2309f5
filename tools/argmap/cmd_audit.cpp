// `argmap audit [FILE|-] [--format text|json|html]`: map one document, then audit
// the map (engine/audit.hpp): opinion versus fact, unsupported claims, certainty and
// hedging, vague sources, rhetorical questions, repeats, captions, undated facts.
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "engine/audit.hpp"
#include "engine/export_audit.hpp"
#include "tools/argmap/cli.hpp"

namespace argmap::cli {
namespace {

constexpr const char* kUsage =
    "usage: argmap audit [--format text|json|html] [--compact] [--lang L] [--lenient]\n"
    "                    [--rules DIR] [--no-default-rules] [FILE|-]\n"
    "  text: a report for the terminal (coloured on a terminal unless NO_COLOR is set)\n"
    "  json: schema argmap-audit/1 (shares, thesis, captions, findings; see README)\n"
    "  html: one self-contained page: the article coloured by type, tree, facts, findings\n";

// Colour only for a person at a terminal who has not asked for none (no-color.org).
bool want_colour() {
  const char* no_colour = std::getenv("NO_COLOR");
  return isatty(STDOUT_FILENO) && !(no_colour && *no_colour);
}

}  // namespace

int cmd_audit(const std::vector<std::string>& args) {
  SingleInput cmd;
  if (auto stop = parse_single_input("audit", args, {"text", "json", "html"}, kUsage, cmd)) return *stop;
  int exit_code = ok;
  auto analyzed = read_and_analyze(cmd.input, cmd.common, exit_code);
  if (!analyzed) return exit_code;
  const Document& doc = analyzed->doc;
  const Audit report = audit(doc, analyzed->engine->program());
  if (cmd.format == "json") {
    std::cout << audit_to_json(doc, report, cmd.compact ? -1 : 2) << "\n";
  } else if (cmd.format == "html") {
    std::cout << to_html(doc, report);
  } else {
    std::cout << audit_to_text(doc, report, want_colour());
  }
  return ok;
}

}  // namespace argmap::cli
