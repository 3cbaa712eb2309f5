// `argmap explain [FILE|-]`: sentence by sentence, which rules matched where,
// with their captures, and what the sentence was decided to be.
#include <iostream>

#include "engine/export.hpp"
#include "engine/text_input.hpp"
#include "tools/argmap/cli.hpp"

namespace argmap::cli {
namespace {

std::string token_text(const Document& doc, std::uint32_t first, std::uint32_t end) {
  if (first >= end) return "";
  Span s{doc.tokens[first].span.start, doc.tokens[end - 1].span.end};
  return encode_utf8(doc.slice(s));
}

constexpr const char* kUsage =
    "usage: argmap explain [--lang L] [--lenient] [--date D] [--rules DIR] [--no-default-rules] [FILE|-]\n";

}  // namespace

int cmd_explain(const std::vector<std::string>& args) {
  SingleInput cmd;
  if (auto stop = parse_single_input("explain", args, {}, kUsage, cmd)) return *stop;
  int exit_code = ok;
  auto analyzed = read_and_analyze(cmd.input, cmd.common, exit_code);
  if (!analyzed) return exit_code;
  const Document& doc = analyzed->doc;
  const auto& rules = analyzed->engine->program().rules();
  std::cout << doc.name << " · " << doc.language << " · " << doc.sentences.size() << " sentences\n";
  std::size_t m = 0;
  for (std::uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    std::cout << "\ns" << si + 1 << " [" << s.span.start << "," << s.span.end << ") "
              << type_name(s.type) << (s.form == Form::question ? "/question" : "") << " ← ";
    for (std::size_t r = 0; r < s.rules.size(); ++r) std::cout << (r ? ", " : "") << s.rules[r];
    std::cout << "\n  " << encode_utf8(doc.slice(s.span)) << "\n";
    while (m < doc.matches.size() && doc.matches[m].sentence < si) ++m;
    for (; m < doc.matches.size() && doc.matches[m].sentence == si; ++m) {
      const RuleMatch& match = doc.matches[m];
      const RuleInfo& info = rules[match.rule];
      Span span{doc.tokens[match.first_token].span.start, doc.tokens[match.end_token - 1].span.end};
      std::cout << "  - " << info.id << " (" << info.label << ", " << info.weight << ") [" << span.start
                << "," << span.end << ") «" << token_text(doc, match.first_token, match.end_token) << "»";
      for (const auto& c : match.captures)
        std::cout << " " << c.name << "=«" << token_text(doc, c.first_token, c.end_token) << "»";
      std::cout << "\n";
    }
  }
  return ok;
}

}  // namespace argmap::cli
