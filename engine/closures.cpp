// compute_closures: the zero-width closure of every pc where a thread can land,
// computed once per rule so the matcher replays a flat list instead of following
// jmp/split/open/close instruction by instruction (see engine/program_data.hpp).
//
// Equivalence with the step-by-step closure (Matcher's add_thread):
// - Order: depth first, a split's x branch before its y branch, as add_thread does.
// - Dedup inside one closure: a pc visited once is not visited again, as the thread
//   list does for states this closure itself queued.
// - Dedup against states other (higher-priority) threads already queued at the same
//   position: add_thread stops at such a zero-width state S; the replay walks on past
//   it. Everything reachable from S was queued by the thread that took S (there is no
//   anchor on the way, so nothing depended on the position), hence every item past S
//   is rejected by the list anyway and the outcome is the same.
// - Anchors make a closure depend on the position: such a pc keeps kNone and is
//   followed step by step.
#include <utility>
#include <vector>

#include "engine/program_data.hpp"

namespace argmap::detail {

namespace {

bool consumes(Op op) {
  return op == Op::cls || op == Op::lex || op == Op::not_lex || op == Op::not_sub || op == Op::tok;
}

class ClosureBuilder {
 public:
  explicit ClosureBuilder(RuleCode& rc) : rc_(rc), seen_(rc.code.size(), 0) {}

  // Appends the closure of `pc0` to rc.closure_items; false if it meets an anchor or
  // holds more than `max_items` states (or a capture path that long, or a walk four
  // times that long), so building all closures is linear in the rule.
  // Iterative, like add_thread: follow a chain in place, a split's y branch waits on
  // the stack with the length of the capture path at the split.
  bool build(std::uint32_t pc0, std::size_t max_items) {
    const std::size_t first_item = rc_.closure_items.size();
    std::size_t visited = 0;
    ++serial_;
    path_.clear();
    stack_.clear();
    stack_.push_back({pc0, 0});
    const auto n = static_cast<std::uint32_t>(rc_.code.size());
    while (!stack_.empty()) {
      auto [pc, path_len] = stack_.back();
      stack_.pop_back();
      path_.resize(path_len);
      while (pc < n && seen_[pc] != serial_) {
        seen_[pc] = serial_;
        if (++visited > 4 * max_items) return false;  // a long zero-width walk: not worth a list
        const Inst& in = rc_.code[pc];
        if (in.op == Op::jmp) {
          pc = in.x;
        } else if (in.op == Op::split) {
          stack_.push_back({in.y, static_cast<std::uint32_t>(path_.size())});
          pc = in.x;
        } else if (in.op == Op::assert_) {
          return false;
        } else if (in.op == Op::open) {
          path_.push_back(2 * in.x);
          ++pc;
        } else if (in.op == Op::close) {
          path_.push_back(1);
          ++pc;
        } else {  // consuming or MATCH: an item, with the capture operations so far
          ClosureItem item;
          item.pc = pc;
          item.ops_begin = static_cast<std::uint32_t>(rc_.closure_ops.size());
          item.ops_len = static_cast<std::uint32_t>(path_.size());
          rc_.closure_ops.insert(rc_.closure_ops.end(), path_.begin(), path_.end());
          rc_.closure_items.push_back(item);
          if (rc_.closure_items.size() - first_item > max_items || path_.size() > max_items) return false;
          break;
        }
      }
    }
    return true;
  }

 private:
  RuleCode& rc_;
  std::vector<std::uint32_t> seen_;
  std::uint32_t serial_ = 0;
  std::vector<std::uint32_t> path_;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> stack_;  // (pc, capture path length)
};

}  // namespace

void compute_closures(RuleCode& rc) {
  const auto n = static_cast<std::uint32_t>(rc.code.size());
  rc.closure_begin.assign(n, kNone);
  rc.closure_end.assign(n, kNone);
  rc.closure_items.clear();
  rc.closure_ops.clear();
  std::vector<bool> lands(n, false);
  if (n) lands[0] = true;
  for (std::uint32_t pc = 0; pc < n; ++pc) {
    const Inst& in = rc.code[pc];
    if (consumes(in.op) && pc + 1 < n) lands[pc + 1] = true;
    if (in.op == Op::not_sub && in.x < n) lands[in.x] = true;
  }
  // A closure is as big as the states it reaches, so the lists of all landing pcs
  // could grow with the square of the rule ("a"? "b"? "c"? ... reaches every later
  // part from each one). Budgets keep load time and memory linear in the rule: a
  // closure over kMaxItems, or any past the rule's total, is followed step by step.
  constexpr std::size_t kMaxItems = 256;
  const std::size_t budget = 16 * static_cast<std::size_t>(n) + 4096;
  ClosureBuilder b(rc);
  for (std::uint32_t pc = 0; pc < n; ++pc) {
    if (!lands[pc]) continue;
    const auto items = rc.closure_items.size();
    const auto ops = rc.closure_ops.size();
    if (items > budget || ops > budget) break;
    if (b.build(pc, kMaxItems)) {
      rc.closure_begin[pc] = static_cast<std::uint32_t>(items);
      rc.closure_end[pc] = static_cast<std::uint32_t>(rc.closure_items.size());
    } else {  // an anchor or too big: drop what was appended, follow it step by step
      rc.closure_items.resize(items);
      rc.closure_ops.resize(ops);
    }
  }
}

}  // namespace argmap::detail
