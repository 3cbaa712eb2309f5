// Shared pieces of the argmap command line: options common to subcommands,
// reading input, loading the engine, exit codes.
#pragma once
#include <iosfwd>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/pipeline.hpp"

namespace argmap::cli {

// Exit codes, documented in --help and the README.
enum Exit : int {
  ok = 0,
  input_error = 1,   // a document could not be read or analyzed; rule files have errors (rules check)
  usage_error = 2,   // bad command line
  rules_error = 3,   // the rule packs to use failed to load
};

struct CommonOptions {
  std::vector<std::string> rule_dirs;  // --rules DIR (added to the shipped packs)
  bool no_shipped_rules = false;       // --no-default-rules
  std::string language;                // --lang
  bool lenient = false;                // --lenient
  std::optional<Date> date;            // --date YYYY-MM-DD: the document date if the text has none

  AnalyzeOptions analyze_options() const { return AnalyzeOptions{language, lenient, date}; }
};

// Consumes the common options at argv[i] if present; returns false when argv[i] is not one.
// On a missing value, prints an error and sets `error`.
bool parse_common_option(const std::vector<std::string>& args, std::size_t& i, CommonOptions& o, bool& error);

// Reads a whole file, or stdin for "-". Error message in `error` on failure.
std::optional<std::string> read_input(const std::string& path, std::string& error);

// Loads the shipped packs plus --rules; prints diagnostics to stderr on failure.
std::shared_ptr<const Engine> load_engine(const CommonOptions& o);

// The command line of a subcommand that maps one input: the common options,
// `--format` (when `formats` is not empty), `--compact`, `-h`, and FILE or `-`.
struct SingleInput {
  CommonOptions common;
  std::string format;  // the first of `formats` unless given
  bool compact = false;
  std::string input = "-";
};

// The shape every command line shares: the common options, -h/--help (prints `usage`),
// the command's own options, any other option refused, the rest positional. `own` is
// asked first about each argument; it returns true when it took args[i] (moving i past
// a value it reads) and sets `error` after reporting a bad value. Returns an exit code
// when the command should stop (help: ok; bad usage: usage_error), nullopt to go on.
using OwnOption = std::function<bool(const std::vector<std::string>& args, std::size_t& i, bool& error)>;
std::optional<int> parse_command_line(const std::string& name, const std::vector<std::string>& args,
                                      const std::string& usage, CommonOptions& common,
                                      std::vector<std::string>& positional, const OwnOption& own);

// Parses `args` for subcommand `name`. Returns an exit code when the command should
// stop (help printed: ok; bad usage, reported: usage_error), nullopt to go on.
std::optional<int> parse_single_input(const std::string& name, const std::vector<std::string>& args,
                                      const std::vector<std::string>& formats, const std::string& usage,
                                      SingleInput& out);

// A document read from a path ("-": stdin) and analyzed, with the engine that did it.
struct Analyzed {
  std::shared_ptr<const Engine> engine;
  Document doc;
};

// Reads, loads the rule packs and analyzes; on failure prints the error and returns
// nullopt with the exit code to use in `exit_code`.
std::optional<Analyzed> read_and_analyze(const std::string& path, const CommonOptions& o, int& exit_code);

int cmd_analyze(const std::vector<std::string>& args);
int cmd_explain(const std::vector<std::string>& args);
int cmd_rules(const std::vector<std::string>& args);
int cmd_rules_profile(const std::vector<std::string>& args);
int cmd_audit(const std::vector<std::string>& args);
int cmd_batch(const std::vector<std::string>& args);
int cmd_eval(const std::vector<std::string>& args);

}  // namespace argmap::cli
