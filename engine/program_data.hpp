// The inside of a compiled Program (internal to engine/compile.cpp and
// engine/matcher.cpp): one flat instruction list per rule, one trie holding every
// literal and lexicon entry, and each rule's prefilter.
//
// Why this shape (RE2's Pike VM, adapted to tokens):
// - A rule is a regular expression over the tokens of one sentence whose every
//   repetition is bounded. Compiling expands {m,n} and inlines defines, so the
//   program is a DAG: no loop instructions, no epsilon cycles, and a rule's size
//   bounds everything the matcher does with it (E015 above kMaxInstructions).
// - Literals and lexicon entries are the only atoms that may consume more than one
//   token (a two-character word may be one token or two). They are all folded
//   (argmap::fold) into one trie over code points; kTrieSep between two words of
//   an entry demands a token boundary there. Before any rule runs, one pass over
//   the sentence walks the trie from each token start and records, per token
//   position, every (atom, end) pair. Entries span at most `max_entry_tokens` (K)
//   tokens, so this pass is O(tokens x K x trie branching), independent of the
//   number of rules.
// - LEX k consumes 1..K tokens. To keep the Pike VM in lock step (every thread
//   advances exactly one token per step, which is what makes "first thread to reach
//   a state is the highest-priority path" true) a LEX that ends q > p+1 tokens later
//   becomes a *waiting* thread (pc, q) that moves one token per step until it
//   reaches q. Waiting threads get their own state ids (pc, q - position), so the
//   state space of a rule is code.size() + lex_slots x K. (A ring of K+1 queues,
//   one per future position, would bound the work the same way but lose the lock
//   step, and with it the priority order of threads arriving from different
//   positions.)
// - Per position each state holds at most one thread (sparse-set dedup): the one
//   with the earliest start, then the highest priority. That gives leftmost-longest
//   (start, end) and the captures of the highest-priority path for that span.
//   Work per search: O(positions x states) = O(tokens x instructions x K). After a
//   match the next search starts at its end; the positions between that end and
//   where the match's last rival thread died are scanned again, at most the rule's
//   longest possible match (itself <= instructions x K tokens) per reported match.
//   So a sentence costs O((tokens + matches x longest) x states): linear in the
//   text for a given pack, never exponential, no backtracking.
// - !atom: a token class or a single literal/lexicon compiles to one test
//   instruction; anything else becomes a sub-program (after the rule's MATCH) run
//   anchored at the token on demand, memoized per (NOT, position) for the sentence.
// - Closures: following jmp/split/open/close one by one is most of the VM's work in
//   rules built of optional parts, where every token probes every exit. Where no
//   anchor is involved, the states a landing pc leads to, and the capture operations
//   on the way, are fixed: computed once per rule (engine/closures.cpp) in the order
//   the VM would visit them, then replayed as a flat list. A closure with an anchor
//   is still followed step by step.
// - Start tests: the consuming instructions a rule can begin with (found through
//   its zero-width prefix, each with the last anchor on the way). A search seeds a
//   thread at a token only if one of them can consume it there: a seed that cannot
//   consume dies at its first step anyway, and it is queued last, so skipping it
//   changes nothing but the work (engine/start_tests.cpp).
// - Prefilter: for each rule, sets of atoms (clauses) such that every match uses
//   one atom of each set (none: the rule always runs). A rule with a clause that has
//   no hit in the sentence is skipped before the VM starts, which keeps hundreds of
//   rules cheap.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace argmap::detail {

inline constexpr std::uint32_t kMaxInstructions = 20000;  // per rule, incl. sub-programs
inline constexpr char32_t kTrieSep = 0x110000;  // between words of an entry: a token boundary
inline constexpr std::uint32_t kNone = 0xFFFFFFFFu;

enum class Op : std::uint8_t {
  cls,      // consume one token whose flags pass (need, forbid); `negate` inverts the test
  lex,      // consume the tokens of any entry of atom x (1..K tokens); y = its waiting slot
  not_lex,  // consume one token where no entry of atom x starts
  not_sub,  // consume one token where sub-program at x cannot match; y = memo id
  tok,      // consume one token whose flags pass (need, forbid), where an entry of atom x
            // starts (x != kNone) and none of atom y starts (y != kNone): a NOT over
            // one-token tests, !(!CAP | @months), compiled to what it means (compile.cpp)
  assert_,  // zero width: anchor (grammar::ast::Anchor as int) holds here
  split,    // continue at x, then (lower priority) at y
  jmp,      // continue at x
  open,     // zero width: open capture named capture_names[x]
  close,    // zero width: close the innermost open capture
  match,    // the rule (or a NOT sub-program) has matched
};

struct Inst {
  Op op = Op::match;
  std::uint8_t anchor = 0;   // assert_
  bool negate = false;       // cls
  std::uint16_t need = 0;    // cls: every one of these TokenFlag bits
  std::uint16_t forbid = 0;  // cls: none of these bits
  std::uint32_t x = 0;
  std::uint32_t y = 0;
};

// One way a rule can begin: instruction `inst` consumes the first token, after the
// anchor `anchor` held (when `anchored`).
struct StartTest {
  std::uint32_t inst = 0;
  std::uint8_t anchor = 0;
  bool anchored = false;
};

enum class Scope : std::uint8_t { any, zh, en, other };

// One state of a precomputed closure: consuming (or MATCH) instruction `pc`, reached
// after the capture operations closure_ops[ops_begin, ops_begin + ops_len) (each
// 2*name for "open name", or 1 for "close").
struct ClosureItem {
  std::uint32_t pc = 0;
  std::uint32_t ops_begin = 0;
  std::uint32_t ops_len = 0;
};

// An atom every match of a rule contains, and where such a match begins: between
// min_before and max_before tokens before a token where the atom begins.
struct WindowAtom {
  std::uint32_t atom = 0;
  std::uint32_t min_before = 0;
  std::uint32_t max_before = 0;
};

struct RuleCode {
  std::vector<Inst> code;        // entry at 0; NOT sub-programs after the rule's MATCH
  std::uint32_t lex_slots = 0;   // number of lex instructions (each has K-1 waiting states)
  std::uint32_t num_states = 0;  // code.size() + lex_slots * K
  std::uint32_t num_nots = 0;    // not_sub instructions (memo rows)
  std::uint32_t not_depth = 0;   // deepest nesting of not_sub (scratch VMs needed)
  bool always_run = true;        // no required atom could be derived
  // Prefilter, conjunctive: for every clause, one of its atoms must occur.
  std::vector<std::vector<std::uint32_t>> required_clauses;
  std::string language;          // "zh", "en" or "any"
  Scope scope = Scope::any;      // `language`, for the per-sentence check
  bool start_anywhere = true;    // no start tests: seed a thread at every token
  std::vector<StartTest> start_tests;
  // Every start test is a LEX, or anchored at the sentence or paragraph start: the
  // places a match can begin are known from the lexical pass, and the search jumps
  // between them instead of visiting every token.
  bool start_by_atoms = false;
  // Windows: threads are seeded only where window_atoms say a match can begin, near
  // the places the lexical pass found one of them. Empty: no window is known.
  std::vector<WindowAtom> window_atoms;
  // Precomputed closures: for a pc where threads land (the entry, after a consuming
  // instruction, a NOT sub-program's entry), the states its zero-width instructions
  // lead to, in priority order. kNone: not a landing pc, or its closure holds an
  // anchor (decided per position, so followed instruction by instruction).
  std::vector<std::uint32_t> closure_begin;  // per pc: index into closure_items
  std::vector<std::uint32_t> closure_end;
  std::vector<ClosureItem> closure_items;
  std::vector<std::uint32_t> closure_ops;
};

// Fills rc.start_tests / rc.start_anywhere from rc.code (engine/start_tests.cpp).
void compute_start_tests(RuleCode& rc);

// Fills rc.closure_* from rc.code (engine/closures.cpp).
void compute_closures(RuleCode& rc);

// Fills rc.window_atoms from rc.code and rc.required_clauses (engine/windows.cpp);
// atom_span[a]: the most tokens one entry of atom a can span.
void compute_windows(RuleCode& rc, const std::vector<std::uint32_t>& atom_span);

// A trie over folded code points; node 0 is the root. Edges of a node are sorted.
struct Trie {
  struct Node {
    std::uint32_t first_edge = 0, num_edges = 0;
    std::uint32_t first_out = 0, num_out = 0;  // atoms whose entry ends exactly here
  };
  std::vector<Node> nodes;
  std::vector<std::pair<char32_t, std::uint32_t>> edges;
  std::vector<std::uint32_t> outs;
  // The root's children by code point for the Basic Multilingual Plane: the lexical
  // pass starts a walk at every token, and a binary search over the root's thousands
  // of edges (every first character of every entry) was most of its time.
  std::vector<std::uint32_t> root_bmp;

  void index_root() {
    root_bmp.assign(nodes.empty() ? 0 : 0x10000, kNone);
    if (nodes.empty()) return;
    const Node& r = nodes[0];
    for (std::uint32_t e = r.first_edge; e < r.first_edge + r.num_edges; ++e)
      if (edges[e].first < 0x10000) root_bmp[edges[e].first] = edges[e].second;
  }

  // child(node, kTrieSep): the separator is above every code point, so when a node has
  // that edge it is its last one (the lexical pass asks this of every node it reaches).
  std::uint32_t separator_child(std::uint32_t node) const {
    const Node& n = nodes[node];
    if (n.num_edges == 0) return kNone;
    const auto& last = edges[n.first_edge + n.num_edges - 1];
    return last.first == kTrieSep ? last.second : kNone;
  }

  std::uint32_t child(std::uint32_t node, char32_t c) const {
    if (node == 0 && c < 0x10000 && !root_bmp.empty()) return root_bmp[c];
    const Node& n = nodes[node];
    std::uint32_t lo = n.first_edge, hi = n.first_edge + n.num_edges;
    while (lo < hi) {
      std::uint32_t mid = (lo + hi) / 2;
      if (edges[mid].first < c) lo = mid + 1; else hi = mid;
    }
    return (lo < n.first_edge + n.num_edges && edges[lo].first == c) ? edges[lo].second : kNone;
  }
};

struct ProgramData {
  std::vector<RuleCode> rules;             // parallel to Program::rules()
  std::vector<std::string> capture_names;  // interned capture names
  Trie trie;
  std::uint32_t num_atoms = 0;
  std::uint32_t max_entry_tokens = 1;      // K: the most tokens one entry can span
  std::vector<std::uint32_t> atom_span;    // per atom: the most tokens one of its entries spans
  // The prefilter's index: per atom, the rules whose first (smallest) required clause
  // holds it, and the rules with no required atom. A sentence visits only the rules
  // its atoms name instead of testing every rule's clauses.
  std::vector<std::vector<std::uint32_t>> rules_by_atom;
  std::vector<std::uint32_t> rules_always;
  std::array<std::uint32_t, 4> rules_in_scope{};  // per Scope (any, zh, en): rules a sentence of it may run
};

}  // namespace argmap::detail
