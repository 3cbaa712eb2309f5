// Fuzz target: the rule language from source text to a compiled Program
// (X3 parse, semantic checks, compile). Must end in diagnostics, never a crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "engine/program.hpp"
#include "grammar/check.hpp"
#include "grammar/load.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace argmap;
  std::string_view source(reinterpret_cast<const char*>(data), size);
  grammar::ParseResult parsed = grammar::parse_rules(source, "fuzz.rules");
  if (grammar::has_errors(parsed.diagnostics)) return 0;
  // Not load_rules: includes and lexicon files would make the fuzzer read the filesystem.
  grammar::RuleSet rules;
  rules.files.push_back(std::move(parsed.file));
  grammar::detail::check_files(rules.files, rules.diagnostics);
  if (!rules.ok()) return 0;
  std::vector<grammar::Diagnostic> diagnostics;
  (void)Program::compile(rules, diagnostics);
  return 0;
}
