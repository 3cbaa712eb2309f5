// Runs a Program over the sentences of a Document.
// One Program serves many threads; each thread brings its own Matcher (scratch).
#pragma once
#include <memory>
#include <string_view>
#include <vector>

#include "engine/document.hpp"
#include "engine/program.hpp"

namespace argmap {

// Counters for tests and benchmarks (cumulative until reset_stats).
struct MatcherStats {
  std::uint64_t vm_steps = 0;       // threads queued (one per state and position visited)
  std::uint64_t rules_run = 0;      // rule x sentence pairs the VM ran
  std::uint64_t rules_skipped = 0;  // rule x sentence pairs the prefilter skipped
  // Per rule index, after enable_rule_profile(): VM steps and sentences run.
  std::vector<std::uint64_t> steps_by_rule, runs_by_rule;
};

class Matcher {
 public:
  explicit Matcher(std::shared_ptr<const Program> program);
  ~Matcher();

  // Matches every rule whose language scope fits `language_family` ("zh", "en";
  // rules scoped "any" always run) against one sentence. Appends matches to `out`
  // in order: by rule index, then by start. Token indices are document-wide.
  void match_sentence(const Document& doc, std::uint32_t sentence, std::string_view language_family,
                      std::vector<RuleMatch>& out);

  // All sentences; fills doc.matches.
  void match_document(Document& doc, std::string_view language_family);

  const Program& program() const { return *program_; }
  const MatcherStats& stats() const;
  void reset_stats();
  // Counts steps and runs per rule from now on (`argmap rules profile`).
  void enable_rule_profile();

 private:
  struct Scratch;
  std::shared_ptr<const Program> program_;
  std::unique_ptr<Scratch> scratch_;
};

}  // namespace argmap
