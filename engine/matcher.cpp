// Matcher: runs a compiled Program over a Document's sentences with a Pike VM over
// token positions (engine/program_data.hpp explains the instruction set).
//
// Per sentence:
//  1. Lexical pass: from every token start, walk the shared trie across at most K
//     tokens and record each (atom, end) where a folded entry ends on a token
//     boundary. Stored as a CSR table by position, sorted by (atom, end desc), so a
//     LEX is a binary search plus its ends, longest first (greedy). The same pass
//     marks which atoms occur at all, for the prefilter, and lists where each one
//     begins, for rules that can only begin with one of their atoms.
//  2. Per rule in language scope that an atom of the sentence names (the prefilter's
//     index) and whose every clause of required atoms occurs: leftmost-longest search.
//     Threads are kept in two lists (current / next position) keyed by state
//     id, so each (position, state) is visited at most once. A thread carries its
//     start, so dedup keeps the earliest start and, among equal starts, the first
//     queued, which is the highest-priority path (DFS closure in priority order,
//     every thread advancing exactly one token per step). Closures without an
//     anchor are replayed from lists computed at load time (engine/closures.cpp), and
//     a thread whose instruction cannot consume its token is not queued. New starts
//     are seeded at lowest priority, only where a start test passes (and, for rules
//     that begin with a LEX, only at the positions the lexical pass listed; for rules
//     with a window, only within reach of a required atom's occurrences), until a
//     match is found; after that, threads starting later than the best match are
//     dropped, and the search ends when none is left. The next search resumes at
//     the match's end.
//  3. Captures live in an arena of records (name, first, end, previous); a thread
//     carries two indices (closed list, open stack), not a vector. The arena is
//     cleared per search, the scratch buffers are reused between sentences.
// Bound: per search, positions x states queue operations, states = instructions
// + lex_slots x K; !sub-programs add at most their own size per (NOT, position),
// memoized. Nothing recurses on the input, nothing backtracks.
#include "engine/matcher.hpp"

#include <algorithm>

#include "engine/program_data.hpp"
#include "grammar/ast.hpp"

namespace argmap {

namespace {

using namespace detail;

struct Thread {
  std::uint32_t pc = 0;
  std::uint32_t start = 0;
  std::uint32_t closed = kNone;  // head of the closed-capture list (arena index)
  std::uint32_t open = kNone;    // top of the open-capture stack (arena index)
  std::uint32_t target = 0;      // waiting inside a LEX until this position; 0 = not waiting
};

struct CapRec {
  std::uint32_t name, first, end, prev;
};

// The threads queued at one position, at most one per state id, in queue order. A
// state is in the list when its stamp is the list's: one load per lookup (a sparse set
// needed two dependent ones, and this lookup is the matcher's most frequent
// operation), and clear() forgets every state at once by taking a new stamp.
struct ThreadList {
  std::vector<std::uint32_t> seen;  // per state id: the stamp of the list holding it
  std::vector<Thread> threads;
  std::uint32_t n = 0;
  std::uint32_t stamp = 1;

  void reserve(std::uint32_t states) {
    if (seen.size() < states) {
      seen.resize(states, 0);
      threads.resize(states);
    }
  }
  void clear() {
    n = 0;
    if (++stamp == 0) {  // wrapped: forget old stamps
      std::fill(seen.begin(), seen.end(), 0);
      stamp = 1;
    }
  }
  bool has(std::uint32_t key) const { return seen[key] == stamp; }
  void insert(std::uint32_t key, const Thread& t) {
    seen[key] = stamp;
    threads[n] = t;
    ++n;
  }
};

struct VMLists {
  ThreadList a, b;
};

struct LexEnd {
  std::uint32_t atom, end;
};

}  // namespace

struct Matcher::Scratch {
  MatcherStats stats;
  // lexical pass
  std::vector<LexEnd> ends;
  std::vector<std::uint32_t> ends_begin;  // per position relative to the sentence, +1
  // Per position relative to the sentence: bit (atom % 64) set for each atom with an
  // entry beginning there. Most LEX and TOK tests ask about an atom that does not begin
  // at the token; this answers them with one load instead of a search of the ends.
  std::vector<std::uint64_t> begins_mask;
  std::vector<std::uint32_t> atom_seen;   // == serial when the atom occurs in the sentence
  std::uint32_t serial = 0;
  std::vector<std::uint32_t> walk_a, walk_b;
  std::vector<LexEnd> tmp;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> atom_pos;  // (atom, position), sorted
  std::vector<std::uint32_t> atom_pos_begin, atom_pos_end;        // per atom seen: its run in atom_pos
  std::vector<std::uint32_t> atom_counted;                         // == serial once counted for atom_pos
  std::vector<std::uint32_t> distinct_atoms;                       // atoms met, in order of first start
  std::vector<std::uint64_t> candidate_rules;                      // bit per rule: named by an atom here
  std::vector<std::uint32_t> candidates;  // positions where the current rule can begin
  std::vector<std::pair<std::uint32_t, std::uint32_t>> windows;  // [first, last] where it can begin, merged
  // VM
  std::vector<VMLists> lists;  // one pair per NOT nesting depth (0 = the rule itself)
  std::vector<Thread> stack;
  std::vector<CapRec> arena;
  std::vector<std::uint8_t> memo;  // per (not_sub, position): 0 unknown, 1 can start, 2 cannot
};

namespace {


// Everything one sentence's run needs, bundled so the VM functions stay small.
template <class S>
struct Run {
  const ProgramData& data;
  S& sc;
  const Token* toks;
  const char32_t* folded;  // Document::folded: a token's folded code points are its span of it
  std::uint32_t first, end, len;
  bool bop;
  const RuleCode* rc = nullptr;

  bool anchor_holds(std::uint8_t a, std::uint32_t p) const {
    using A = grammar::ast::Anchor;
    switch (static_cast<A>(a)) {
      case A::sentence_start: return p == first;
      case A::sentence_end: return p == end;
      case A::paragraph_start: return p == first && bop;
      case A::clause_start: return p == first || (p > first && (toks[p - 1].flags & tok_clause_punct));
      case A::clause_end: return p == end || (p < end && (toks[p].flags & tok_clause_punct));
    }
    return false;
  }

  void scan() {
    const Trie& tr = data.trie;
    const std::uint32_t k = data.max_entry_tokens;
    ++sc.serial;
    if (sc.serial == 0) {  // wrapped: forget old stamps
      std::fill(sc.atom_seen.begin(), sc.atom_seen.end(), 0);
      std::fill(sc.atom_counted.begin(), sc.atom_counted.end(), 0);
      sc.serial = 1;
    }
    if (sc.atom_seen.size() < data.num_atoms) sc.atom_seen.resize(data.num_atoms, 0);
    sc.ends.clear();
    sc.distinct_atoms.clear();
    sc.ends_begin.assign(len + 1, 0);
    sc.begins_mask.assign(len, 0);
    if (tr.nodes.empty()) return;
    for (std::uint32_t p = first; p < end; ++p) {
      sc.tmp.clear();
      sc.walk_a.assign(1, 0);
      for (std::uint32_t q = p; q < end && q - p < k && !sc.walk_a.empty(); ++q) {
        sc.walk_b.clear();
        for (std::uint32_t node : sc.walk_a) {
          std::uint32_t n = node;
          for (Offset i = toks[q].span.start; i < toks[q].span.end; ++i) {
            n = tr.child(n, folded[i]);
            if (n == kNone) break;
          }
          if (n != kNone && n != 0) sc.walk_b.push_back(n);
        }
        sc.walk_a.clear();
        for (std::uint32_t n : sc.walk_b) {
          const Trie::Node& nd = tr.nodes[n];
          for (std::uint32_t o = 0; o < nd.num_out; ++o) sc.tmp.push_back({tr.outs[nd.first_out + o], q + 1});
          sc.walk_a.push_back(n);
          std::uint32_t s = tr.separator_child(n);
          if (s != kNone) sc.walk_a.push_back(s);
        }
      }
      if (sc.tmp.size() > 1)
        std::sort(sc.tmp.begin(), sc.tmp.end(), [](const LexEnd& x, const LexEnd& y) {
          return x.atom != y.atom ? x.atom < y.atom : x.end > y.end;
        });
      for (std::size_t i = 0; i < sc.tmp.size(); ++i) {
        if (i && sc.tmp[i].atom == sc.tmp[i - 1].atom && sc.tmp[i].end == sc.tmp[i - 1].end) continue;
        sc.ends.push_back(sc.tmp[i]);
        sc.atom_seen[sc.tmp[i].atom] = sc.serial;
        sc.begins_mask[p - first] |= std::uint64_t{1} << (sc.tmp[i].atom & 63);
      }
      sc.ends_begin[p - first + 1] = static_cast<std::uint32_t>(sc.ends.size());
    }
    // Where each atom begins, for rules that can only begin with one of their atoms:
    // grouped by atom with a counting pass (English words belong to several atoms each,
    // and sorting these pairs per sentence was a tenth of matching), positions
    // ascending within each group.
    if (sc.atom_pos_begin.size() < data.num_atoms) {
      sc.atom_pos_begin.resize(data.num_atoms);
      sc.atom_pos_end.resize(data.num_atoms);
      sc.atom_counted.resize(data.num_atoms, 0);
    }
    auto for_each_start = [&](auto f) {  // each (atom, position) once, positions ascending
      for (std::uint32_t p = first; p < end; ++p) {
        const std::uint32_t lo = sc.ends_begin[p - first], hi = sc.ends_begin[p - first + 1];
        for (std::uint32_t i = lo; i < hi; ++i)
          if (i == lo || sc.ends[i].atom != sc.ends[i - 1].atom) f(sc.ends[i].atom, p);
      }
    };
    sc.distinct_atoms.clear();
    for_each_start([&](std::uint32_t a, std::uint32_t) {
      if (sc.atom_counted[a] != sc.serial) {
        sc.atom_counted[a] = sc.serial;
        sc.atom_pos_end[a] = 0;
        sc.distinct_atoms.push_back(a);
      }
      ++sc.atom_pos_end[a];
    });
    std::uint32_t offset = 0;
    for (std::uint32_t a : sc.distinct_atoms) {
      sc.atom_pos_begin[a] = offset;
      offset += sc.atom_pos_end[a];
      sc.atom_pos_end[a] = sc.atom_pos_begin[a];
    }
    sc.atom_pos.resize(offset);
    for_each_start([&](std::uint32_t a, std::uint32_t p) { sc.atom_pos[sc.atom_pos_end[a]++] = {a, p}; });
  }

  // The positions where the current rule can begin (rc->start_by_atoms), sorted.
  void find_candidates() {
    sc.candidates.clear();
    for (const StartTest& st : rc->start_tests) {
      const Inst& in = rc->code[st.inst];
      if (in.op == Op::lex || (in.op == Op::tok && in.x != kNone)) {
        if (sc.atom_seen[in.x] != sc.serial) continue;
        for (std::uint32_t i = sc.atom_pos_begin[in.x]; i < sc.atom_pos_end[in.x]; ++i)
          sc.candidates.push_back(sc.atom_pos[i].second);
      } else {
        sc.candidates.push_back(first);  // anchored at the sentence or paragraph start
      }
    }
    std::sort(sc.candidates.begin(), sc.candidates.end());
    sc.candidates.erase(std::unique(sc.candidates.begin(), sc.candidates.end()), sc.candidates.end());
  }

  // The current rule's windows (rc->window_atoms) in this sentence: sorted, merged,
  // inclusive ranges of positions where a match can begin.
  void find_windows() {
    sc.windows.clear();
    for (const WindowAtom& w : rc->window_atoms) {
      if (sc.atom_seen[w.atom] != sc.serial) continue;
      for (std::uint32_t i = sc.atom_pos_begin[w.atom]; i < sc.atom_pos_end[w.atom]; ++i) {
        const std::uint32_t q = sc.atom_pos[i].second;
        if (q < first + w.min_before) continue;
        const std::uint32_t lo = q - std::min(w.max_before, q - first);
        sc.windows.push_back({lo, q - w.min_before});
      }
    }
    std::sort(sc.windows.begin(), sc.windows.end());
    std::size_t n = 0;
    for (const auto& w : sc.windows) {
      if (n && w.first <= sc.windows[n - 1].second + 1) sc.windows[n - 1].second = std::max(sc.windows[n - 1].second, w.second);
      else sc.windows[n++] = w;
    }
    sc.windows.resize(n);
  }

  // [begin, end) of the ends of `atom` starting at token p.
  std::pair<std::uint32_t, std::uint32_t> ends_of(std::uint32_t atom, std::uint32_t p) const {
    if (!((sc.begins_mask[p - first] >> (atom & 63)) & 1)) return {0, 0};
    std::uint32_t lo = sc.ends_begin[p - first], hi = sc.ends_begin[p - first + 1];
    auto b = sc.ends.begin();
    auto it = std::lower_bound(b + lo, b + hi, atom,
                               [](const LexEnd& e, std::uint32_t a) { return e.atom < a; });
    std::uint32_t s = static_cast<std::uint32_t>(it - b), e = s;
    while (e < hi && sc.ends[e].atom == atom) ++e;
    return {s, e};
  }

  std::uint32_t key_of(const Thread& t, std::uint32_t pos) const {
    if (!t.target) return t.pc;
    return static_cast<std::uint32_t>(rc->code.size()) + rc->code[t.pc].y * data.max_entry_tokens +
           (t.target - pos);
  }

  // Queues t at position pos and follows zero-width instructions depth-first in
  // priority order. A chain of zero-width instructions is followed in place; only the
  // lower-priority branch of a split waits on the explicit stack (which keeps deep DAGs
  // off the C++ stack).
  void add_thread(ThreadList& l, std::uint32_t pos, const Thread& t0) {
    if (!t0.target && rc->closure_begin[t0.pc] != kNone) {
      replay_closure(l, pos, t0);
      return;
    }
    auto& st = sc.stack;
    st.clear();
    Thread t = t0;
    for (;;) {
      std::uint32_t key = key_of(t, pos);
      bool follow = false;
      if (!t.target && !may_consume(rc->code[t.pc], pos)) {
        // Would die at its step: not queued. Any later thread for this state at this
        // position would die the same way, so leaving the state free changes nothing.
      } else if (!l.has(key)) {
        l.insert(key, t);
        ++sc.stats.vm_steps;
        if (!t.target) {
          const Inst& in = rc->code[t.pc];
          switch (in.op) {
            case Op::jmp:
              t.pc = in.x;
              follow = true;
              break;
            case Op::split: {
              Thread u = t;
              u.pc = in.y;
              st.push_back(u);
              t.pc = in.x;
              follow = true;
              break;
            }
            case Op::assert_:
              if (anchor_holds(in.anchor, pos)) {
                ++t.pc;
                follow = true;
              }
              break;
            case Op::open:
              open_capture(t, in.x, pos);
              ++t.pc;
              follow = true;
              break;
            case Op::close:
              close_capture(t, pos);
              ++t.pc;
              follow = true;
              break;
            default:
              break;  // consuming instructions and match wait in the list
          }
        }
      }
      if (follow) continue;
      if (st.empty()) return;
      t = st.back();
      st.pop_back();
    }
  }

  // Can sub-program `entry` match (any length, even empty) starting at token p?
  bool can_start(std::uint32_t entry, std::uint32_t memo_id, std::uint32_t p, std::uint32_t depth) {
    std::uint8_t& m = sc.memo[static_cast<std::size_t>(memo_id) * len + (p - first)];
    if (m) return m == 1;
    VMLists& vl = sc.lists[depth];
    ThreadList* cl = &vl.a;
    ThreadList* nl = &vl.b;
    cl->clear();
    add_thread(*cl, p, Thread{entry, p, kNone, kNone, 0});
    bool found = false;
    for (std::uint32_t q = p; cl->n && !found; ++q) {
      nl->clear();
      for (std::uint32_t i = 0; i < cl->n; ++i) {
        const Thread t = cl->threads[i];
        if (!t.target && rc->code[t.pc].op == Op::match) {
          found = true;
          break;
        }
        step(t, q, *nl, depth);
      }
      std::swap(cl, nl);
    }
    m = found ? 1 : 2;  // memo is sized per rule before the run and never reallocated
    return found;
  }

  // Executes the consuming instruction of t on token p; successors go to `next`
  // (the list for position p + 1).
  void step(const Thread& t, std::uint32_t p, ThreadList& next, std::uint32_t depth) {
    if (t.target) {
      Thread u = t;
      if (t.target == p + 1) {
        u.target = 0;
        ++u.pc;
      }
      add_thread(next, p + 1, u);
      return;
    }
    if (p >= end) return;
    const Inst& in = rc->code[t.pc];
    Thread u = t;
    ++u.pc;
    switch (in.op) {
      case Op::cls: {
        std::uint16_t f = toks[p].flags;
        bool ok = (f & in.need) == in.need && (f & in.forbid) == 0;
        if (ok != in.negate) add_thread(next, p + 1, u);
        break;
      }
      case Op::lex: {
        auto [s, e] = ends_of(in.x, p);
        for (std::uint32_t i = s; i < e; ++i) {
          std::uint32_t q = sc.ends[i].end;
          if (q == p + 1) {
            add_thread(next, p + 1, u);
          } else {
            Thread w = t;
            w.target = q;
            add_thread(next, p + 1, w);
          }
        }
        break;
      }
      case Op::not_lex: {
        auto [s, e] = ends_of(in.x, p);
        if (s == e) add_thread(next, p + 1, u);
        break;
      }
      case Op::tok:
        if (token_test(in, p)) add_thread(next, p + 1, u);
        break;
      case Op::not_sub:
        if (!can_start(in.x, in.y, p, depth + 1)) add_thread(next, p + 1, u);
        break;
      default:
        break;
    }
  }

  // Capture bookkeeping shared by both closures: OPEN pushes a record on the thread's
  // open stack, CLOSE moves the innermost open one to its closed list.
  void open_capture(Thread& t, std::uint32_t name, std::uint32_t pos) {
    sc.arena.push_back({name, pos, kNone, t.open});
    t.open = static_cast<std::uint32_t>(sc.arena.size() - 1);
  }
  void close_capture(Thread& t, std::uint32_t pos) {
    if (t.open == kNone) return;
    CapRec o = sc.arena[t.open];
    sc.arena.push_back({o.name, o.first, pos, t.closed});
    t.closed = static_cast<std::uint32_t>(sc.arena.size() - 1);
    t.open = o.prev;
  }

  // add_thread for a pc whose closure was computed at load time (no anchor in it):
  // the same states in the same order, with the capture operations of each path.
  void replay_closure(ThreadList& l, std::uint32_t pos, const Thread& t0) {
    const std::uint32_t b = rc->closure_begin[t0.pc], e = rc->closure_end[t0.pc];
    for (std::uint32_t i = b; i < e; ++i) {
      const ClosureItem& item = rc->closure_items[i];
      if (l.has(item.pc) || !may_consume(rc->code[item.pc], pos)) continue;
      Thread u = t0;
      u.pc = item.pc;
      for (std::uint32_t k = 0; k < item.ops_len; ++k) {
        const std::uint32_t op = rc->closure_ops[item.ops_begin + k];
        if (op == 1) close_capture(u, pos);
        else open_capture(u, op / 2, pos);
      }
      l.insert(item.pc, u);
      ++sc.stats.vm_steps;
    }
  }

  // Can the instruction of a thread queued at p make progress there? Consuming
  // instructions are tested against token p now (the same test step() makes), so dead
  // threads never enter the list; zero-width ones and MATCH always can.
  bool may_consume(const Inst& in, std::uint32_t p) const {
    switch (in.op) {
      case Op::cls: {
        if (p >= end) return false;
        std::uint16_t f = toks[p].flags;
        return ((f & in.need) == in.need && (f & in.forbid) == 0) != in.negate;
      }
      case Op::lex: {
        if (p >= end || sc.atom_seen[in.x] != sc.serial) return false;
        auto [s, e] = ends_of(in.x, p);
        return s != e;
      }
      case Op::tok:
        return p < end && token_test(in, p);
      case Op::not_lex:
      case Op::not_sub:
        return p < end;
      default:
        return true;
    }
  }

  // TOK on token p (< end): its flags pass, an entry of atom x begins here, none of y.
  bool token_test(const Inst& in, std::uint32_t p) const {
    const std::uint16_t f = toks[p].flags;
    if ((f & in.need) != in.need || (f & in.forbid) != 0) return false;
    if (in.x != kNone) {
      if (sc.atom_seen[in.x] != sc.serial) return false;
      auto [s, e] = ends_of(in.x, p);
      if (s == e) return false;
    }
    if (in.y != kNone && sc.atom_seen[in.y] == sc.serial) {
      auto [s, e] = ends_of(in.y, p);
      if (s != e) return false;
    }
    return true;
  }

  // Can one of the rule's beginnings consume token p? (A seed that cannot would die
  // at its first step.)
  bool may_start(std::uint32_t p) const {
    if (rc->start_anywhere) return true;
    for (const StartTest& st : rc->start_tests)  // (a NOT is left to the VM: it may always start)
      if ((!st.anchored || anchor_holds(st.anchor, p)) && may_consume(rc->code[st.inst], p)) return true;
    return false;
  }

  void run_rule(std::uint32_t rule_index, std::uint32_t sentence, std::vector<RuleMatch>& out) {
    VMLists& vl = sc.lists[0];
    ThreadList* cl = &vl.a;
    ThreadList* nl = &vl.b;
    std::uint32_t pos = first;
    const bool jump = rc->start_by_atoms;
    if (jump) find_candidates();
    const bool windowed = !rc->window_atoms.empty();
    if (windowed) find_windows();
    std::size_t next_candidate = 0;
    while (pos < end) {
      sc.arena.clear();
      bool found = false;
      std::uint32_t best_start = 0, best_end = 0, best_caps = kNone;
      cl->clear();
      // The first window that does not end before pos (a new search may start
      // behind where the last one stopped looking).
      std::size_t window = 0;
      if (windowed)
        window = static_cast<std::size_t>(
            std::lower_bound(sc.windows.begin(), sc.windows.end(), pos,
                             [](const auto& w, std::uint32_t p) { return w.second < p; }) -
            sc.windows.begin());
      for (std::uint32_t p = pos; p <= end; ++p) {
        if (!found && cl->n == 0) {  // nothing alive: go to the next place it can begin
          bool none = false;
          for (;;) {
            if (jump) {
              while (next_candidate < sc.candidates.size() && sc.candidates[next_candidate] < p) ++next_candidate;
              if (next_candidate == sc.candidates.size()) { none = true; break; }
              p = sc.candidates[next_candidate];
            }
            if (!windowed) break;
            while (window < sc.windows.size() && sc.windows[window].second < p) ++window;
            if (window == sc.windows.size()) { none = true; break; }
            if (sc.windows[window].first <= p) break;
            p = sc.windows[window].first;
            if (!jump) break;
          }
          if (none) break;
        }
        bool seed = !found && p < end;
        if (seed && windowed) {
          while (window < sc.windows.size() && sc.windows[window].second < p) ++window;
          seed = window < sc.windows.size() && sc.windows[window].first <= p;
        }
        if (seed && may_start(p)) add_thread(*cl, p, Thread{0, p, kNone, kNone, 0});
        if (cl->n == 0) {
          if (found) break;
          continue;
        }
        nl->clear();
        for (std::uint32_t i = 0; i < cl->n; ++i) {
          const Thread t = cl->threads[i];
          if (found && t.start > best_start) continue;
          if (!t.target && rc->code[t.pc].op == Op::match) {
            if (p > t.start && (!found || t.start < best_start || (t.start == best_start && p > best_end))) {
              found = true;
              best_start = t.start;
              best_end = p;
              best_caps = t.closed;
            }
            continue;
          }
          step(t, p, *nl, 0);
        }
        std::swap(cl, nl);
      }
      if (!found) break;
      RuleMatch m;
      m.rule = rule_index;
      m.sentence = sentence;
      m.first_token = best_start;
      m.end_token = best_end;
      for (std::uint32_t c = best_caps; c != kNone; c = sc.arena[c].prev)
        m.captures.push_back({data.capture_names[sc.arena[c].name], sc.arena[c].first, sc.arena[c].end});
      std::reverse(m.captures.begin(), m.captures.end());
      out.push_back(std::move(m));
      pos = best_end;
    }
  }
};

}  // namespace

Matcher::Matcher(std::shared_ptr<const Program> program)
    : program_(std::move(program)), scratch_(std::make_unique<Scratch>()) {
  if (!program_) return;
  const ProgramData& d = program_->data();
  std::uint32_t states = 1, depth = 0;
  for (const RuleCode& rc : d.rules) {
    states = std::max(states, rc.num_states);
    depth = std::max(depth, rc.not_depth);
  }
  scratch_->lists.resize(depth + 1);
  for (VMLists& l : scratch_->lists) {
    l.a.reserve(states);
    l.b.reserve(states);
  }
  scratch_->atom_seen.assign(d.num_atoms, 0);
}

Matcher::~Matcher() = default;

const MatcherStats& Matcher::stats() const { return scratch_->stats; }
void Matcher::reset_stats() {
  const bool profile = !scratch_->stats.steps_by_rule.empty();
  scratch_->stats = {};
  if (profile) enable_rule_profile();
}
void Matcher::enable_rule_profile() {
  const std::size_t n = program_ ? program_->data().rules.size() : 0;
  scratch_->stats.steps_by_rule.assign(std::max<std::size_t>(n, 1), 0);
  scratch_->stats.runs_by_rule.assign(std::max<std::size_t>(n, 1), 0);
}

void Matcher::match_sentence(const Document& doc, std::uint32_t sentence, std::string_view language_family,
                             std::vector<RuleMatch>& out) {
  if (!program_ || sentence >= doc.sentences.size()) return;
  const Sentence& s = doc.sentences[sentence];
  std::uint32_t first = s.first_token;
  std::uint32_t end = std::min<std::uint32_t>(s.end_token, static_cast<std::uint32_t>(doc.tokens.size()));
  if (first >= end) return;
  bool bop = sentence == 0 || doc.sentences[sentence - 1].paragraph != s.paragraph;
  const ProgramData& d = program_->data();
  const Scope scope = language_family == "zh" ? Scope::zh : language_family == "en" ? Scope::en : Scope::other;
  Run<Scratch> run{d, *scratch_, doc.tokens.data(), doc.folded.data(), first, end, end - first, bop};
  run.scan();
  Scratch& sc = *scratch_;
  // The rules to try: those an atom of the sentence names (through the first clause of
  // their prefilter), and those with no required atom; in rule order, as matches are
  // reported by rule, then by start.
  sc.candidate_rules.assign((d.rules.size() + 63) / 64, 0);
  auto mark = [&](std::uint32_t r) { sc.candidate_rules[r >> 6] |= std::uint64_t{1} << (r & 63); };
  for (std::uint32_t r : d.rules_always) mark(r);
  for (std::uint32_t a : sc.distinct_atoms)
    for (std::uint32_t r : d.rules_by_atom[a]) mark(r);
  std::uint64_t in_scope = scope == Scope::other ? 0 : d.rules_in_scope[static_cast<std::size_t>(scope)];
  if (scope == Scope::other)
    for (const RuleCode& rc : d.rules) in_scope += rc.scope == Scope::any || rc.language == language_family;
  std::uint64_t ran = 0;
  for (std::size_t w = 0; w < sc.candidate_rules.size(); ++w) {
    for (std::uint64_t bits = sc.candidate_rules[w]; bits; bits &= bits - 1) {
      const auto r = static_cast<std::uint32_t>(w * 64 + static_cast<std::size_t>(__builtin_ctzll(bits)));
      const RuleCode& rc = d.rules[r];
      if (rc.scope != scope && rc.scope != Scope::any &&
          (rc.scope != Scope::other || rc.language != language_family))
        continue;
      bool hit = true;  // every clause (the first one named it) has an atom here
      for (const auto& clause : rc.required_clauses) {
        hit = false;
        for (std::uint32_t a : clause)
          if (sc.atom_seen[a] == sc.serial) { hit = true; break; }
        if (!hit) break;
      }
      if (!hit) continue;
      ++ran;
      run.rc = &rc;
      if (rc.num_nots) sc.memo.assign(static_cast<std::size_t>(rc.num_nots) * run.len, 0);
      const std::uint64_t steps_before = sc.stats.vm_steps;
      run.run_rule(r, sentence, out);
      if (!sc.stats.steps_by_rule.empty()) {
        sc.stats.steps_by_rule[r] += sc.stats.vm_steps - steps_before;
        ++sc.stats.runs_by_rule[r];
      }
    }
  }
  sc.stats.rules_run += ran;
  sc.stats.rules_skipped += in_scope - ran;  // in scope, not run: the prefilter said no
}

void Matcher::match_document(Document& doc, std::string_view language_family) {
  doc.matches.clear();
  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s)
    match_sentence(doc, s, language_family, doc.matches);
}

}  // namespace argmap
