// `argmap rules profile [options] FILE...`: which rules cost the matcher most on the
// given texts. The work is counted in VM steps (threads queued), which, unlike time,
// is the same on every machine and every run, so rule authors can compare versions.
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "engine/language.hpp"
#include "engine/matcher.hpp"
#include "engine/segment.hpp"
#include "engine/text_input.hpp"
#include "tools/argmap/cli.hpp"

namespace argmap::cli {

namespace {

constexpr const char* kUsage =
    "usage: argmap rules profile [--top N] [--lang L] [--lenient] [--rules DIR] [--no-default-rules]\n"
    "                            FILE...\n"
    "  Matches the rules against each text (no other stage) and lists the rules that\n"
    "  cost most: VM steps (threads the matcher queued; the same on every machine),\n"
    "  their share of all steps, the sentences each rule ran on (the rest its\n"
    "  prefilter skipped) and its matches. --top N: that many rules (default 20, 0 = all).\n";

struct RuleCost {
  std::size_t rule = 0;
  std::uint64_t steps = 0, runs = 0, matches = 0;
};

}  // namespace

int cmd_rules_profile(const std::vector<std::string>& args) {
  CommonOptions common;
  std::size_t top = 20;
  std::vector<std::string> files;
  auto own = [&](const std::vector<std::string>& a, std::size_t& i, bool& error) {
    if (a[i] != "--top") return false;
    char tail = 0;
    long n = -1;
    if (i + 1 >= a.size() || std::sscanf(a[i + 1].c_str(), "%ld%c", &n, &tail) != 1 || n < 0) {
      std::cerr << "argmap rules profile: --top needs a number (0 = all)\n";
      error = true;
    } else {
      top = static_cast<std::size_t>(n);
      ++i;
    }
    return true;
  };
  if (auto code = parse_command_line("rules profile", args, kUsage, common, files, own)) return *code;
  if (files.empty()) {
    std::cerr << "argmap rules profile: no text files given\n" << kUsage;
    return usage_error;
  }
  auto engine = load_engine(common);
  if (!engine) return rules_error;

  Matcher matcher(engine->shared_program());
  matcher.enable_rule_profile();
  const auto& rules = engine->program().rules();
  std::vector<RuleCost> costs(rules.size());
  for (std::size_t r = 0; r < rules.size(); ++r) costs[r].rule = r;
  std::uint64_t bytes = 0, sentences = 0;
  for (const auto& path : files) {
    std::string error;
    auto text = read_input(path, error);
    if (!text) {
      std::cerr << "argmap rules profile: " << error << "\n";
      return input_error;
    }
    auto decoded = decode_utf8(*text, common.lenient);
    if (auto* err = std::get_if<DecodeError>(&decoded)) {
      std::cerr << "argmap rules profile: " << path << ":" << err->line << ":" << err->column << ": byte offset "
                << err->byte_offset << ": " << err->message << "\n";
      return input_error;
    }
    Document doc;
    doc.text = std::move(std::get<std::u32string>(decoded));
    doc.language = common.language.empty() ? detect_language(doc.text) : common.language;
    segment(doc);
    matcher.match_document(doc, language_family(doc.language));
    for (const auto& m : doc.matches) ++costs[m.rule].matches;
    bytes += text->size();
    sentences += doc.sentences.size();
  }
  const MatcherStats& stats = matcher.stats();
  for (std::size_t r = 0; r < rules.size(); ++r) {
    costs[r].steps = stats.steps_by_rule[r];
    costs[r].runs = stats.runs_by_rule[r];
  }
  std::stable_sort(costs.begin(), costs.end(), [](const RuleCost& a, const RuleCost& b) { return a.steps > b.steps; });
  if (top == 0 || top > costs.size()) top = costs.size();

  std::printf("%zu files, %.2f MB, %llu sentences, %llu VM steps (%.1f per sentence)\n", files.size(), bytes / 1e6,
              static_cast<unsigned long long>(sentences), static_cast<unsigned long long>(stats.vm_steps),
              sentences ? static_cast<double>(stats.vm_steps) / static_cast<double>(sentences) : 0.0);
  std::printf("%12s %7s %10s %9s  %s\n", "steps", "share", "sentences", "matches", "rule");
  for (std::size_t k = 0; k < top; ++k) {
    const RuleCost& c = costs[k];
    const double share = stats.vm_steps ? 100.0 * static_cast<double>(c.steps) / static_cast<double>(stats.vm_steps) : 0.0;
    std::printf("%12llu %6.1f%% %10llu %9llu  %s\n", static_cast<unsigned long long>(c.steps), share,
                static_cast<unsigned long long>(c.runs), static_cast<unsigned long long>(c.matches),
                rules[c.rule].id.c_str());
  }
  return ok;
}

}  // namespace argmap::cli
