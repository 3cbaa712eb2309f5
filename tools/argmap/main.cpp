// argmap: map the argument of a news commentary. Dispatches to subcommands.
#include <iostream>
#include <string>
#include <vector>

#include "tools/argmap/cli.hpp"
#include "engine/allocator.hpp"

namespace {

constexpr const char* kHelp = R"(argmap: map the argument of a news commentary: the author's claims,
reported facts, attributions (who said what), entities, dates, and the argument tree.

usage: argmap <command> [options] [FILE|-]

commands:
  analyze [FILE|-]        print the map (argmap/1 JSON by default) of one document
      --format json|tree|html   json: the argmap/1 contract; tree: a readable argument tree and facts;
                                html: a self-contained page (article, tree, facts, audit findings)
      --compact             json on one line
  explain [FILE|-]        show, sentence by sentence, which rules matched where and what they captured,
                          then the thesis candidates best first, each score part by part
  audit [FILE|-]          audit a commentary: opinion versus fact, unsupported claims, certainty and
                          hedges, vague sources, rhetorical questions, repeats, captions, undated facts
      --format text|json|html   text: a terminal report; json: argmap-audit/1; html: the map page
  batch [PATH...|-]       map many documents: files, directories (*.txt) or JSON Lines on stdin
                          ({"id","text","lang"?,"date"?} per line); one JSON line out per document,
                          in input order; see argmap batch --help
      --jobs N              worker threads (default: all cores); the output does not depend on N
  rules check [PATH...]   check rule files or directories (default: the shipped packs);
                          problems are printed as file:line:col: error[E0xx]: message
  rules profile FILE...   what each rule costs the matcher on these texts (VM steps per rule);
                          see argmap rules profile --help
  eval GOLD...            compare the maps of gold documents (NAME.gold.json + NAME.txt, or
                          directories of them) with the gold; a table per language
      --json                results as JSON          --floors FILE   exit 1 below these floors
      --by-document         each document's own figures too
      --maps DIR            score the saved maps DIR/NAME.json instead of running the engine

options for analyze, explain and eval:
  --lang zh-Hant|zh-Hans|en   do not detect the language, use this one
  --lenient                   replace invalid UTF-8 with U+FFFD instead of failing
  --date YYYY-MM-DD           the document date when the text gives none (relative dates
                              such as "the 2nd" or "yesterday" resolve against it)
  --rules DIR                 add the rule packs in DIR to the shipped ones (repeatable)
  --no-default-rules          use only the packs given with --rules

  -h, --help      this help          --version    print the version

Input is UTF-8 text (a leading BOM is dropped); `-` or no FILE reads stdin. A line is a
paragraph; hard-wrapped text (lines broken at a fixed width) is recognised, its soft line
breaks read as spaces (explain says so). Offsets in the output are Unicode code points of
the input.

exit codes: 0 success; 1 the input could not be read or analyzed (or rules check found errors);
            2 bad command line; 3 the rule packs failed to load.
)";

}  // namespace

int main(int argc, char** argv) {
  argmap::keep_freed_memory_for_reuse();  // document after document (engine/allocator.hpp)
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << kHelp;
    return argmap::cli::usage_error;
  }
  const std::string cmd = args.front();
  std::vector<std::string> rest(args.begin() + 1, args.end());
  if (cmd == "-h" || cmd == "--help" || cmd == "help") {
    std::cout << kHelp;
    return argmap::cli::ok;
  }
  if (cmd == "--version") {
    std::cout << "argmap 0.1.0 (output schema argmap/1)\n";
    return argmap::cli::ok;
  }
  try {
    if (cmd == "analyze") return argmap::cli::cmd_analyze(rest);
    if (cmd == "explain") return argmap::cli::cmd_explain(rest);
    if (cmd == "audit") return argmap::cli::cmd_audit(rest);
    if (cmd == "rules") return argmap::cli::cmd_rules(rest);
    if (cmd == "batch") return argmap::cli::cmd_batch(rest);
    if (cmd == "eval") return argmap::cli::cmd_eval(rest);
  } catch (const std::exception& e) {
    // Should not happen: stages report errors as values. Say so rather than abort.
    std::cerr << "argmap: internal error: " << e.what() << "\n";
    return argmap::cli::input_error;
  }
  std::cerr << "argmap: unknown command '" << cmd << "' (see argmap --help)\n";
  return argmap::cli::usage_error;
}
