// compute_windows: where a match can begin relative to an atom every match contains
// (RE2's and Hyperscan's "required factor"), so the matcher seeds threads only a few
// tokens before the places the lexical pass found one, not at every token of the
// sentence (see RuleCode::window_atoms in engine/program_data.hpp).
//
// A clause of the rule's prefilter (one of its atoms occurs in every match) is used
// only when the program itself proves it: with every LEX of the clause's atoms taken
// out, the rule's MATCH can no longer be reached from its entry. (A TOK whose token
// must begin one of the atoms counts as a LEX of one token.) Then every match runs
// through one of those LEX instructions, and begins between the fewest and the most
// tokens any path consumes before reaching it. The program is a DAG (repetitions are
// bounded and unrolled, every jump goes forward: checked here, and a rule where it
// were not would get no window), so both bounds are one pass in instruction order.
// Of the proven clauses the one with the shortest reach back is kept.
#include <algorithm>
#include <limits>
#include <optional>
#include <vector>

#include "engine/program_data.hpp"

namespace argmap::detail {

namespace {

constexpr std::uint32_t kUnreached = std::numeric_limits<std::uint32_t>::max();

struct Reach {
  std::vector<std::uint32_t> least, most;  // tokens consumed before pc, over all paths
};

// The instructions a thread at pc continues at, and the tokens it consumes to get
// there (lo..hi). False if pc is not part of the rule's own program.
template <class F>
bool for_successors(const RuleCode& rc, const std::vector<std::uint32_t>& atom_span, std::uint32_t pc, F f) {
  const Inst& in = rc.code[pc];
  switch (in.op) {
    case Op::jmp: f(in.x, 0, 0); return true;
    case Op::split: f(in.x, 0, 0); f(in.y, 0, 0); return true;
    case Op::assert_:
    case Op::open:
    case Op::close: f(pc + 1, 0, 0); return true;
    case Op::cls:
    case Op::tok:
    case Op::not_lex:
    case Op::not_sub: f(pc + 1, 1, 1); return true;
    case Op::lex: f(pc + 1, 1, std::max<std::uint32_t>(1, atom_span[in.x])); return true;
    case Op::match: return false;
  }
  return false;
}

// Fewest and most tokens before each pc of [0, main_match]; nullopt if a jump goes back.
std::optional<Reach> reach(const RuleCode& rc, const std::vector<std::uint32_t>& atom_span, std::uint32_t main_match) {
  Reach r;
  r.least.assign(main_match + 1, kUnreached);
  r.most.assign(main_match + 1, 0);
  r.least[0] = 0;
  bool forward = true;
  for (std::uint32_t pc = 0; pc < main_match && forward; ++pc) {
    if (r.least[pc] == kUnreached) continue;
    for_successors(rc, atom_span, pc, [&](std::uint32_t next, std::uint32_t lo, std::uint32_t hi) {
      if (next <= pc || next > main_match) {
        forward = false;
        return;
      }
      r.least[next] = std::min(r.least[next], r.least[pc] + lo);
      r.most[next] = std::max(r.most[next], r.most[pc] + hi);
    });
  }
  if (!forward) return std::nullopt;
  return r;
}

// Is MATCH unreachable once the instructions marked in `cut` are taken out?
bool is_cut(const RuleCode& rc, const std::vector<std::uint32_t>& atom_span, std::uint32_t main_match,
            const std::vector<char>& cut) {
  std::vector<char> seen(main_match + 1, 0);
  std::vector<std::uint32_t> todo{0};
  seen[0] = 1;
  while (!todo.empty()) {
    const std::uint32_t pc = todo.back();
    todo.pop_back();
    if (pc == main_match) return false;
    if (cut[pc]) continue;
    for_successors(rc, atom_span, pc, [&](std::uint32_t next, std::uint32_t, std::uint32_t) {
      if (next <= main_match && !seen[next]) {
        seen[next] = 1;
        todo.push_back(next);
      }
    });
  }
  return true;
}

}  // namespace

void compute_windows(RuleCode& rc, const std::vector<std::uint32_t>& atom_span) {
  rc.window_atoms.clear();
  if (rc.always_run || rc.code.empty()) return;
  const auto match_it = std::find_if(rc.code.begin(), rc.code.end(), [](const Inst& i) { return i.op == Op::match; });
  if (match_it == rc.code.end()) return;
  const auto main_match = static_cast<std::uint32_t>(match_it - rc.code.begin());
  const auto r = reach(rc, atom_span, main_match);
  if (!r) return;

  std::uint32_t best_reach = kUnreached;
  for (const auto& clause : rc.required_clauses) {
    std::vector<char> cut(main_match + 1, 0);
    std::vector<WindowAtom> atoms;
    std::uint32_t clause_reach = 0;
    for (std::uint32_t pc = 0; pc < main_match; ++pc) {
      const Inst& in = rc.code[pc];
      const bool holds_atom = in.op == Op::lex || (in.op == Op::tok && in.x != kNone);
      if (!holds_atom || r->least[pc] == kUnreached) continue;
      if (std::find(clause.begin(), clause.end(), in.x) == clause.end()) continue;
      cut[pc] = 1;
      clause_reach = std::max(clause_reach, r->most[pc]);
      auto it = std::find_if(atoms.begin(), atoms.end(), [&](const WindowAtom& w) { return w.atom == in.x; });
      if (it == atoms.end()) atoms.push_back({in.x, r->least[pc], r->most[pc]});
      else it->min_before = std::min(it->min_before, r->least[pc]), it->max_before = std::max(it->max_before, r->most[pc]);
    }
    if (atoms.empty() || clause_reach >= best_reach) continue;
    if (!is_cut(rc, atom_span, main_match, cut)) continue;
    best_reach = clause_reach;
    rc.window_atoms = std::move(atoms);
  }
}

}  // namespace argmap::detail
