// `argmap explain [FILE|-]`: sentence by sentence, which rules matched where,
// with their captures, and what the sentence was decided to be; then how tree assembly
// ranked the claims as thesis candidates, each score part by part.
#include <algorithm>
#include <cstdio>
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

// Why the thesis is the thesis: every claim tree assembly considered, best first, with
// the parts of its score (only those that are not zero), then the claims it set aside.
void print_thesis_scores(const Document& doc) {
  const auto& scores = doc.argument.thesis_scores;
  if (scores.empty()) {
    std::cout << "\nthesis: none (too few of the author's claims: a report)\n";
    return;
  }
  std::vector<const ThesisScore*> ranked, excluded;
  for (const auto& t : scores) (t.excluded ? excluded : ranked).push_back(&t);
  std::stable_sort(ranked.begin(), ranked.end(), [](auto* a, auto* b) { return a->score > b->score; });
  std::cout << "\nthesis:";
  if (doc.argument.thesis)
    for (auto si : doc.argument.nodes[*doc.argument.thesis].sentences) std::cout << " s" << si + 1;
  std::cout << "\ncandidates, best first (score = the parts shown):\n";
  char buf[32];
  auto num = [&](double v) {
    std::snprintf(buf, sizeof buf, "%.3f", v);
    return std::string(buf);
  };
  for (const ThesisScore* t : ranked) {
    std::cout << "  s" << t->sentence + 1 << "  " << num(t->score) << " =";
    const std::pair<const char*, double> parts[] = {
        {"cue", t->cue},         {"stance", t->stance},     {"opening", t->opening},
        {"inference", t->inference}, {"secondary", t->secondary}, {"shared wording", t->shared},
        {"position", t->position}, {"closing", t->closing},  {"question/concession", t->penalty}};
    bool first = true;
    for (const auto& [name, value] : parts) {
      if (value == 0) continue;
      std::cout << (first ? " " : " + ") << name << " " << num(value);
      first = false;
    }
    if (first) std::cout << " 0";
    std::cout << "\n";
  }
  for (const ThesisScore* t : excluded) std::cout << "  s" << t->sentence + 1 << "  not a candidate: " << t->excluded << "\n";
}

}  // namespace

int cmd_explain(const std::vector<std::string>& args) {
  SingleInput cmd;
  if (auto stop = parse_single_input("explain", args, {}, kUsage, cmd)) return *stop;
  int exit_code = ok;
  auto analyzed = read_and_analyze(cmd.input, cmd.common, exit_code);
  if (!analyzed) return exit_code;
  const Document& doc = analyzed->doc;
  const auto& rules = analyzed->engine->program().rules();
  std::cout << doc.name << " · " << doc.language << " · " << doc.sentences.size() << " sentences";
  if (doc.wrap_width != 0)
    std::cout << " · hard-wrapped at " << doc.wrap_width << " columns: line breaks inside paragraphs read as spaces";
  std::cout << "\n";
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
  print_thesis_scores(doc);
  return ok;
}

}  // namespace argmap::cli
