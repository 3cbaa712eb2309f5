// compute_start_tests: how a rule can begin, so the matcher seeds threads only at
// tokens where one of those beginnings can consume (see engine/program_data.hpp).
//
// Walks the zero-width prefix of the rule (jmp, split, open, close, assert) from its
// entry and collects the consuming instructions it reaches, each with the last anchor
// seen on the way (any anchor on a path is a necessary condition, the last is as good
// as the others). A zero-width MATCH is ignored: the matcher rejects empty matches.
// Too many beginnings (a big alternation of classes) and the test would cost what it
// saves, so past kMaxStartTests the rule seeds everywhere, as before.
#include <algorithm>
#include <set>
#include <utility>
#include <vector>

#include "engine/program_data.hpp"
#include "grammar/ast.hpp"

namespace argmap::detail {

namespace {
constexpr std::size_t kMaxStartTests = 24;
constexpr int kNoAnchor = -1;
}  // namespace

void compute_start_tests(RuleCode& rc) {
  rc.start_tests.clear();
  rc.start_anywhere = true;
  if (rc.code.empty()) return;
  std::set<std::pair<std::uint32_t, int>> seen;  // (pc, anchor) already walked
  std::vector<std::pair<std::uint32_t, int>> todo{{0, kNoAnchor}};
  std::vector<StartTest> tests;
  while (!todo.empty()) {
    auto [pc, anchor] = todo.back();
    todo.pop_back();
    if (pc >= rc.code.size() || !seen.insert({pc, anchor}).second) continue;
    const Inst& in = rc.code[pc];
    switch (in.op) {
      case Op::jmp: todo.push_back({in.x, anchor}); break;
      case Op::split:
        todo.push_back({in.x, anchor});
        todo.push_back({in.y, anchor});
        break;
      case Op::open:
      case Op::close: todo.push_back({pc + 1, anchor}); break;
      case Op::assert_: todo.push_back({pc + 1, in.anchor}); break;
      case Op::match: break;
      case Op::cls:
      case Op::lex:
      case Op::not_lex:
      case Op::not_sub:
      case Op::tok:
        tests.push_back({pc, static_cast<std::uint8_t>(anchor == kNoAnchor ? 0 : anchor), anchor != kNoAnchor});
        if (tests.size() > kMaxStartTests) return;
        break;
    }
  }
  using A = grammar::ast::Anchor;
  rc.start_by_atoms = std::all_of(tests.begin(), tests.end(), [&](const StartTest& t) {
    const Inst& in = rc.code[t.inst];
    if (in.op == Op::lex || (in.op == Op::tok && in.x != kNone)) return true;
    return t.anchored && (t.anchor == static_cast<std::uint8_t>(A::sentence_start) ||
                          t.anchor == static_cast<std::uint8_t>(A::paragraph_start));
  });
  rc.start_tests = std::move(tests);
  rc.start_anywhere = false;
}

}  // namespace argmap::detail
