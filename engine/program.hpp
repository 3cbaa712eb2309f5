// A compiled rule set: flat, immutable, shared between threads.
// Built from a checked grammar::RuleSet; matching never touches the AST.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "grammar/diagnostic.hpp"
#include "grammar/load.hpp"

namespace argmap {

struct RuleInfo {
  std::string id;        // e.g. zh.attr.say
  std::string label;     // e.g. attribution, claim.stance
  double weight = 1.0;
  std::string language;  // "zh", "en" or "any"
};

namespace detail { struct ProgramData; }  // instructions, tries, prefilters: engine/program_data.hpp

class Program {
 public:
  // Compiles every rule of a RuleSet that loaded without errors. Compile-time
  // errors (size limits) are appended to `diagnostics`; returns null if any.
  static std::shared_ptr<const Program> compile(const grammar::RuleSet& rules,
                                                std::vector<grammar::Diagnostic>& diagnostics);
  ~Program();

  const std::vector<RuleInfo>& rules() const { return rules_; }
  const detail::ProgramData& data() const { return *data_; }

 private:
  Program();
  std::vector<RuleInfo> rules_;
  std::unique_ptr<detail::ProgramData> data_;
};

}  // namespace argmap
