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
  CommonOptions common;
  std::string format = "text";
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
      std::cout << kUsage;
      return ok;
    } else if (a == "--format") {
      if (i + 1 >= args.size()) {
        std::cerr << "argmap audit: --format needs a value (text, json or html)\n";
        return usage_error;
      }
      format = args[++i];
      if (format != "text" && format != "json" && format != "html") {
        std::cerr << "argmap audit: unknown format '" << format << "' (expected text, json or html)\n";
        return usage_error;
      }
    } else if (a == "--compact") {
      compact = true;
    } else if (a.size() > 1 && a[0] == '-') {
      std::cerr << "argmap audit: unknown option '" << a << "' (see argmap audit --help)\n";
      return usage_error;
    } else if (input) {
      std::cerr << "argmap audit: one input at a time ('" << *input << "' and '" << a << "')\n";
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
  const Audit report = audit(doc, engine->program());
  if (format == "json") {
    std::cout << audit_to_json(doc, report, compact ? -1 : 2) << "\n";
  } else if (format == "html") {
    std::cout << to_html(doc, report);
  } else {
    std::cout << audit_to_text(doc, report, want_colour());
  }
  return ok;
}

}  // namespace argmap::cli
