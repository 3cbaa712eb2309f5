// Program::compile: a checked grammar::RuleSet -> immutable Program (see
// engine/program_data.hpp for the instruction set and why it looks like this).
// This file's external interface is just Program::compile (and Program's ctor/dtor).
//
// Per rule: defines are inlined, {m,n} expanded into m copies plus n-m nested
// optional copies (x(x(x)?)?)? so skipping one skips the rest (no redundant paths),
// literals folded and split on spaces into one LEX per word, lexicons interned as
// one atom each, consecutive literal branches of an alternation grouped into one atom
// where no word of a group is a prefix of another, and a NOT over one-token tests
// (!(!CAP | !@heads)) compiled to one TOK instruction. The same walk derives the
// prefilter (clauses of required atoms), indexed by atom once all rules are in; start
// tests, closures and windows are computed from the finished code
// (engine/start_tests.cpp, engine/closures.cpp, engine/windows.cpp). Nothing here
// throws on odd input: unknown names and recursive defines become diagnostics, and
// the size limit stops expansion early, so {200}{200}{200} costs nothing.
#include <algorithm>
#include <fstream>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "engine/document.hpp"
#include "engine/fold.hpp"
#include "engine/program.hpp"
#include "engine/program_data.hpp"

namespace argmap {

Program::Program() : data_(std::make_unique<detail::ProgramData>()) {}
Program::~Program() = default;

namespace {

using namespace detail;
namespace ast = grammar::ast;

// Lenient UTF-8 decoding (bad bytes become U+FFFD): rule text was validated by the
// loader (E017); this only has to be total.
std::u32string decode(std::string_view s) {
  std::u32string out;
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > s.size()) { out.push_back(0xFFFD); ++i; continue; }
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    bool ok = true;
    for (int k = 1; k < len; ++k) {
      unsigned char d = static_cast<unsigned char>(s[i + k]);
      if ((d >> 6) != 2) { ok = false; break; }
      cp = (cp << 6) | (d & 0x3F);
    }
    if (!ok) { out.push_back(0xFFFD); ++i; continue; }
    out.push_back(cp);
    i += len;
  }
  return out;
}

bool is_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0xA0 || c == 0x3000;
}

// Folded words of a literal or lexicon entry.
std::vector<std::u32string> folded_words(const std::string& text) {
  std::u32string f = fold(decode(text));
  std::vector<std::u32string> words;
  std::u32string cur;
  for (char32_t c : f) {
    if (is_space(c)) {
      if (!cur.empty()) words.push_back(std::move(cur)), cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) words.push_back(std::move(cur));
  return words;
}

std::uint16_t class_need(ast::TokenClass c) {
  switch (c) {
    case ast::TokenClass::cjk: return tok_cjk;
    case ast::TokenClass::latin: return tok_latin;
    case ast::TokenClass::cap: return tok_cap;
    case ast::TokenClass::num: return tok_num;
    case ast::TokenClass::punct: return tok_punct;
    case ast::TokenClass::open: return tok_open;
    case ast::TokenClass::close: return tok_close;
    default: return 0;
  }
}
std::uint16_t class_forbid(ast::TokenClass c) {
  return c == ast::TokenClass::word ? std::uint16_t(tok_punct) : std::uint16_t(0);
}

std::string source_line(const std::string& file, int line) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return {};
  std::string s;
  for (int i = 1; std::getline(in, s); ++i)
    if (i == line) {
      if (!s.empty() && s.back() == '\r') s.pop_back();
      return s;
    }
  return {};
}

// Shared between rules: atoms, capture names, name lookup.
struct Builder {
  const grammar::RuleSet& rs;
  ProgramData& data;
  std::map<std::u32string, std::uint32_t> literal_atoms;
  std::map<const ast::Lexicon*, std::uint32_t> lexicon_atoms;
  std::map<std::vector<std::u32string>, std::uint32_t> literal_set_atoms;
  std::vector<std::vector<std::u32string>> atom_keys;  // trie keys (words joined by kTrieSep)
  std::unordered_map<std::string, std::uint32_t> capture_ids;

  Builder(const grammar::RuleSet& r, ProgramData& d) : rs(r), data(d) {}

  template <class T, class Get>
  const T* find(std::size_t file, const std::string& name, Get get) const {
    // The rule's own file first, then every loaded file in load order.
    if (file < rs.files.size())
      for (const T& x : get(rs.files[file])) if (x.name == name) return &x;
    for (const auto& f : rs.files)
      for (const T& x : get(f)) if (x.name == name) return &x;
    return nullptr;
  }
  const ast::Lexicon* lexicon(std::size_t file, const std::string& name) const {
    return find<ast::Lexicon>(file, name, [](const ast::File& f) -> const auto& { return f.lexicons; });
  }
  const ast::Define* define(std::size_t file, const std::string& name) const {
    return find<ast::Define>(file, name, [](const ast::File& f) -> const auto& { return f.defines; });
  }

  std::uint32_t literal_atom(const std::u32string& word) {
    auto [it, fresh] = literal_atoms.emplace(word, static_cast<std::uint32_t>(atom_keys.size()));
    if (fresh) atom_keys.push_back({word});
    return it->second;
  }
  std::uint32_t lexicon_atom(const ast::Lexicon* lx) {
    auto [it, fresh] = lexicon_atoms.emplace(lx, static_cast<std::uint32_t>(atom_keys.size()));
    if (fresh) {
      std::vector<std::u32string> keys;
      for (const auto& e : lx->entries) {
        auto words = folded_words(e);
        if (words.empty()) continue;
        std::u32string key;
        for (std::size_t i = 0; i < words.size(); ++i) {
          if (i) key.push_back(kTrieSep);
          key += words[i];
        }
        keys.push_back(std::move(key));
      }
      atom_keys.push_back(std::move(keys));
    }
    return it->second;
  }
  // An atom for several literals at once (an alternation of plain literals).
  std::uint32_t literal_set_atom(std::vector<std::u32string> keys) {
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    auto [it, fresh] = literal_set_atoms.emplace(keys, static_cast<std::uint32_t>(atom_keys.size()));
    if (fresh) atom_keys.push_back(std::move(keys));
    return it->second;
  }
  // An atom that occurs wherever one of `atoms` does (their entries together).
  std::uint32_t union_atom(const std::vector<std::uint32_t>& atoms) {
    if (atoms.size() == 1) return atoms.front();
    std::vector<std::u32string> keys;
    for (std::uint32_t a : atoms) keys.insert(keys.end(), atom_keys[a].begin(), atom_keys[a].end());
    return literal_set_atom(std::move(keys));
  }
  std::uint32_t capture(const std::string& name) {
    auto [it, fresh] = capture_ids.emplace(name, static_cast<std::uint32_t>(data.capture_names.size()));
    if (fresh) data.capture_names.push_back(name);
    return it->second;
  }

  void build_trie() {
    // Insert into a map-based trie, then flatten with sorted edges.
    struct TNode { std::map<char32_t, std::uint32_t> kids; std::vector<std::uint32_t> outs; };
    std::vector<TNode> t(1);
    std::uint32_t k_max = 1;
    data.atom_span.assign(atom_keys.size(), 1);
    for (std::uint32_t a = 0; a < atom_keys.size(); ++a)
      for (const auto& key : atom_keys[a]) {
        std::uint32_t n = 0, cps = 0;
        for (char32_t c : key) {
          if (c != kTrieSep) ++cps;
          auto it = t[n].kids.find(c);
          if (it == t[n].kids.end()) {
            t.push_back({});
            it = t[n].kids.emplace(c, static_cast<std::uint32_t>(t.size() - 1)).first;
          }
          n = it->second;
        }
        if (std::find(t[n].outs.begin(), t[n].outs.end(), a) == t[n].outs.end()) t[n].outs.push_back(a);
        k_max = std::max(k_max, cps);
        data.atom_span[a] = std::max(data.atom_span[a], cps);
      }
    Trie& tr = data.trie;
    tr.nodes.resize(t.size());
    for (std::size_t i = 0; i < t.size(); ++i) {
      auto& n = tr.nodes[i];
      n.first_edge = static_cast<std::uint32_t>(tr.edges.size());
      n.num_edges = static_cast<std::uint32_t>(t[i].kids.size());
      for (auto& [c, k] : t[i].kids) tr.edges.emplace_back(c, k);
      std::sort(t[i].outs.begin(), t[i].outs.end());
      n.first_out = static_cast<std::uint32_t>(tr.outs.size());
      n.num_out = static_cast<std::uint32_t>(t[i].outs.size());
      tr.outs.insert(tr.outs.end(), t[i].outs.begin(), t[i].outs.end());
    }
    tr.index_root();
    data.num_atoms = static_cast<std::uint32_t>(atom_keys.size());
    data.max_entry_tokens = k_max;
  }
};

// What every match of a pattern must contain, in conjunctive form: each clause is a
// set of atoms one of which occurs. Empty: nothing is known (the rule always runs).
using Clause = std::vector<std::uint32_t>;
using Req = std::vector<Clause>;
constexpr std::size_t kMaxClauses = 8;  // enough to reject; more only costs checks

// How little a clause lets through, as a key to sort by (smaller: more selective):
// fewer atoms first, then the longer the shortest entry of its atoms, because short
// words are the frequent ones (the, that; a single Han character). Any required
// clause gives the same matches; the choice only decides how many sentences a rule
// runs on. A rule opening `BOS "the" ("usual" | ...) ("objection" | ...)` is then
// indexed by its objection words rather than by `the`, in nearly every English sentence.
std::pair<std::size_t, std::size_t> clause_rank(const Clause& c,
                                                const std::vector<std::vector<std::u32string>>& atom_keys) {
  std::size_t shortest = std::numeric_limits<std::size_t>::max();
  for (std::uint32_t a : c)
    for (const auto& key : atom_keys[a]) {
      const auto letters = std::count_if(key.begin(), key.end(), [](char32_t ch) { return ch != kTrieSep; });
      shortest = std::min(shortest, static_cast<std::size_t>(letters));
    }
  return {c.size(), std::numeric_limits<std::size_t>::max() - shortest};
}

const Clause* best_clause(const Req& r, const std::vector<std::vector<std::u32string>>& atom_keys) {
  const Clause* best = nullptr;
  for (const Clause& c : r)
    if (!best || clause_rank(c, atom_keys) < clause_rank(*best, atom_keys)) best = &c;
  return best;
}

struct Failure {
  grammar::ErrorCode code;
  ast::Position pos;
  std::string message;
};

class RuleCompiler {
 public:
  RuleCompiler(Builder& b, std::size_t file) : b_(b), file_(file) {}

  // Compiles `p` into rc; returns a failure instead of throwing.
  std::optional<Failure> compile(const ast::Rule& rule, RuleCode& rc) {
    Req req = emit(rule.pattern.get(), true, 0);
    add({Op::match});
    // NOT sub-programs, each after everything emitted so far (nested ones queue up).
    for (std::size_t i = 0; i < pending_.size() && !fail_; ++i) {
      Pending pd = pending_[i];
      code_[pd.inst].x = static_cast<std::uint32_t>(code_.size());
      stack_ = pd.stack;
      emit(pd.pattern, false, pd.depth);
      add({Op::match});
    }
    if (fail_) return fail_;
    if (code_.size() > kMaxInstructions)
      return Failure{grammar::ErrorCode::too_large, rule.pos,
                     "rule '" + rule.id + "' compiles to more than " +
                         std::to_string(kMaxInstructions) +
                         " instructions: lower its repetition bounds"};
    rc.code = std::move(code_);
    rc.lex_slots = lex_slots_;
    rc.num_nots = static_cast<std::uint32_t>(pending_.size());
    rc.not_depth = max_depth_;
    // The most selective clause first: it indexes the rule (rules_by_atom), and the
    // others are checked in this order.
    std::sort(req.begin(), req.end());
    req.erase(std::unique(req.begin(), req.end()), req.end());
    std::stable_sort(req.begin(), req.end(), [&](const Clause& a, const Clause& b) {
      return clause_rank(a, b_.atom_keys) < clause_rank(b, b_.atom_keys);
    });
    if (req.size() > kMaxClauses) req.resize(kMaxClauses);
    rc.always_run = req.empty();
    rc.required_clauses = std::move(req);
    compute_start_tests(rc);
    compute_closures(rc);
    return std::nullopt;
  }

 private:
  struct Pending {
    std::size_t inst;
    const ast::Pattern* pattern;
    std::vector<const ast::Define*> stack;
    std::uint32_t depth;
  };

  bool full() const { return fail_.has_value() || code_.size() > kMaxInstructions; }
  std::size_t add(Inst i) {
    code_.push_back(i);
    return code_.size() - 1;
  }
  void fail(grammar::ErrorCode c, const ast::Position& pos, std::string msg) {
    if (!fail_) fail_ = Failure{c, pos, std::move(msg)};
  }
  void lex(std::uint32_t atom) {
    Inst i{Op::lex};
    i.x = atom;
    i.y = lex_slots_++;
    add(i);
  }

  // Strips captures, groups-of-one and defines to see whether a NOT operand is a
  // single token test.
  const ast::Pattern* simple(const ast::Pattern* p, int guard = 0) {
    while (p && guard++ < 64) {
      if (auto* c = std::get_if<ast::Capture>(&p->node)) { p = c->operand.get(); continue; }
      if (auto* s = std::get_if<ast::Sequence>(&p->node); s && s->items.size() == 1) {
        p = s->items[0].get();
        continue;
      }
      if (auto* a = std::get_if<ast::Alternation>(&p->node); a && a->alternatives.size() == 1) {
        p = a->alternatives[0].get();
        continue;
      }
      if (auto* d = std::get_if<ast::DefineRef>(&p->node)) {
        const ast::Define* def = b_.define(file_, d->name);
        if (!def || std::find(stack_.begin(), stack_.end(), def) != stack_.end()) return nullptr;
        p = def->pattern.get();
        continue;
      }
      return p;
    }
    return nullptr;
  }

  Req emit(const ast::Pattern* p, bool captures, std::uint32_t depth) {
    if (!p || full()) return {};
    return std::visit([&](const auto& n) { return emit_node(*p, n, captures, depth); }, p->node);
  }

  Req emit_node(const ast::Pattern&, const ast::Literal& n, bool, std::uint32_t) {
    Req all;  // every word of the literal occurs
    for (const auto& w : folded_words(n.text)) {
      std::uint32_t a = b_.literal_atom(w);
      lex(a);
      all.push_back({a});
    }
    return all;
  }
  Req emit_node(const ast::Pattern& p, const ast::LexiconRef& n, bool, std::uint32_t) {
    const ast::Lexicon* lx = b_.lexicon(file_, n.name);
    if (!lx) {
      fail(grammar::ErrorCode::unknown_lexicon, p.pos, "unknown lexicon '@" + n.name + "'");
      return {};
    }
    std::uint32_t a = b_.lexicon_atom(lx);
    lex(a);
    return {{a}};
  }
  Req emit_node(const ast::Pattern& p, const ast::DefineRef& n, bool captures, std::uint32_t depth) {
    const ast::Define* d = b_.define(file_, n.name);
    if (!d) {
      fail(grammar::ErrorCode::unknown_define, p.pos, "unknown name '" + n.name + "'");
      return {};
    }
    if (std::find(stack_.begin(), stack_.end(), d) != stack_.end()) {
      fail(grammar::ErrorCode::recursive_define, p.pos, "define '" + n.name + "' refers to itself");
      return {};
    }
    stack_.push_back(d);
    Req r = emit(d->pattern.get(), captures, depth);
    stack_.pop_back();
    return r;
  }
  Req emit_node(const ast::Pattern&, const ast::ClassRef& n, bool, std::uint32_t) {
    Inst i{Op::cls};
    i.need = class_need(n.cls);
    i.forbid = class_forbid(n.cls);
    add(i);
    return {};
  }
  Req emit_node(const ast::Pattern&, const ast::AnchorRef& n, bool, std::uint32_t) {
    Inst i{Op::assert_};
    i.anchor = static_cast<std::uint8_t>(n.anchor);
    add(i);
    return {};
  }
  // What one token must satisfy, as a conjunction: flag bits it needs and must not
  // have, groups of atoms of which one must begin at it (each group one union atom),
  // atoms none of which may begin at it.
  struct TokenTest {
    std::uint16_t need = 0, forbid = 0;
    std::vector<std::vector<std::uint32_t>> positive;
    std::vector<std::uint32_t> negative;
  };

  // The atom of a lexicon reference or a one-word literal; nullopt for anything else.
  std::optional<std::uint32_t> word_atom(const ast::Pattern* s) {
    if (auto* lx = std::get_if<ast::LexiconRef>(&s->node)) {
      const ast::Lexicon* l = b_.lexicon(file_, lx->name);
      if (!l) return std::nullopt;  // reported where it is emitted as a not_sub
      return b_.lexicon_atom(l);
    }
    if (auto* lit = std::get_if<ast::Literal>(&s->node)) {
      auto words = folded_words(lit->text);
      if (words.size() == 1) return b_.literal_atom(words[0]);
    }
    return std::nullopt;
  }

  // Adds "pattern p cannot match at this token" to t; false if that is no one-token
  // conjunction. p's branches must each test one token: a class, a word or lexicon, or
  // the negation of one (or of an alternation of words and lexicons).
  bool negate_into(const ast::Pattern* p, TokenTest& t, int depth = 0) {
    const ast::Pattern* s = simple(p);
    if (!s || depth > 8) return false;
    if (auto* alt = std::get_if<ast::Alternation>(&s->node)) {  // no branch may hold
      for (const auto& a : alt->alternatives)
        if (!negate_into(a.get(), t, depth + 1)) return false;
      return !alt->alternatives.empty();
    }
    if (auto* c = std::get_if<ast::ClassRef>(&s->node)) {  // not in the class
      const std::uint16_t need = class_need(c->cls), forbid = class_forbid(c->cls);
      auto one_bit = [](std::uint16_t b) { return b != 0 && (b & (b - 1)) == 0; };
      if (one_bit(need) && forbid == 0) t.forbid |= need;
      else if (need == 0 && one_bit(forbid)) t.need |= forbid;
      else return false;  // ANY: nothing is outside it
      return true;
    }
    if (auto atom = word_atom(s)) {
      t.negative.push_back(*atom);
      return true;
    }
    if (auto* n = std::get_if<ast::Not>(&s->node)) return assert_into(n->operand.get(), t, depth + 1);
    return false;
  }

  // Adds "pattern p matches at this token" to t (the negation of a branch above).
  bool assert_into(const ast::Pattern* p, TokenTest& t, int depth) {
    const ast::Pattern* s = simple(p);
    if (!s || depth > 8) return false;
    if (auto* c = std::get_if<ast::ClassRef>(&s->node)) {
      t.need |= class_need(c->cls);
      t.forbid |= class_forbid(c->cls);
      return true;
    }
    std::vector<std::uint32_t> group;  // one of these begins here
    if (auto atom = word_atom(s)) {
      group.push_back(*atom);
    } else if (auto* alt = std::get_if<ast::Alternation>(&s->node)) {
      for (const auto& a : alt->alternatives) {
        const ast::Pattern* branch = simple(a.get());
        auto atom = branch ? word_atom(branch) : std::nullopt;
        if (!atom) return false;
        group.push_back(*atom);
      }
    } else if (auto* n = std::get_if<ast::Not>(&s->node)) {
      return negate_into(n->operand.get(), t, depth + 1);
    }
    if (group.empty()) return false;
    t.positive.push_back(std::move(group));
    return true;
  }

  Req emit_node(const ast::Pattern& p, const ast::Not& n, bool, std::uint32_t depth) {
    const ast::Pattern* s = simple(n.operand.get());
    if (s) {
      if (auto* c = std::get_if<ast::ClassRef>(&s->node)) {
        Inst i{Op::cls};
        i.need = class_need(c->cls);
        i.forbid = class_forbid(c->cls);
        i.negate = true;
        add(i);
        return {};
      }
      if (auto* lx = std::get_if<ast::LexiconRef>(&s->node)) {
        const ast::Lexicon* l = b_.lexicon(file_, lx->name);
        if (!l) {
          fail(grammar::ErrorCode::unknown_lexicon, s->pos, "unknown lexicon '@" + lx->name + "'");
          return {};
        }
        Inst i{Op::not_lex};
        i.x = b_.lexicon_atom(l);
        add(i);
        return {};
      }
      if (auto* lit = std::get_if<ast::Literal>(&s->node)) {
        auto words = folded_words(lit->text);
        if (words.size() == 1) {
          Inst i{Op::not_lex};
          i.x = b_.literal_atom(words[0]);
          add(i);
          return {};
        }
      }
    }
    if (TokenTest t; negate_into(n.operand.get(), t) && t.positive.size() <= 1) {
      Inst i{Op::tok};
      i.need = t.need;
      i.forbid = t.forbid;
      i.x = t.positive.empty() ? kNone : b_.union_atom(t.positive.front());
      i.y = t.negative.empty() ? kNone : b_.union_atom(t.negative);
      add(i);
      if (i.x == kNone) return {};
      return {{i.x}};  // the token begins an entry of x: x occurs in every match
    }
    (void)p;
    Inst i{Op::not_sub};
    i.y = static_cast<std::uint32_t>(pending_.size());
    std::size_t at = add(i);
    pending_.push_back({at, n.operand.get(), stack_, depth + 1});
    max_depth_ = std::max(max_depth_, depth + 1);
    return {};
  }
  Req emit_node(const ast::Pattern&, const ast::Capture& n, bool captures, std::uint32_t depth) {
    if (!captures) return emit(n.operand.get(), captures, depth);
    Inst o{Op::open};
    o.x = b_.capture(n.name);
    add(o);
    Req r = emit(n.operand.get(), captures, depth);
    add({Op::close});
    return r;
  }
  Req emit_node(const ast::Pattern&, const ast::Sequence& n, bool captures, std::uint32_t depth) {
    Req all;  // each item's requirements hold together
    for (const auto& item : n.items) {
      Req r = emit(item.get(), captures, depth);
      all.insert(all.end(), std::make_move_iterator(r.begin()), std::make_move_iterator(r.end()));
    }
    return all;
  }
  // The trie key (words joined by kTrieSep) of a branch that is a plain literal.
  static std::optional<std::u32string> literal_key(const ast::PatternPtr& alt) {
    const auto* lit = alt ? std::get_if<ast::Literal>(&alt->node) : nullptr;
    if (!lit) return std::nullopt;
    auto words = folded_words(lit->text);
    if (words.empty()) return std::nullopt;
    std::u32string key;
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (i) key.push_back(kTrieSep);
      key += words[i];
    }
    return key;
  }

  // Would `bare` (a literal without word separators) break a group that one LEX over a
  // single atom can stand for? It may if a word of the group is a prefix of it or it is
  // a prefix of one: then two branches can match at the same token with different ends
  // and their order would decide. Without such pairs at most one branch matches at any
  // token (a word may span tokens, hence no separators: "ab" and "a bc" clash).
  static bool conflicts(const std::set<std::u32string>& group, const std::u32string& bare) {
    if (auto it = group.lower_bound(bare); it != group.end() && it->compare(0, bare.size(), bare) == 0)
      return true;  // equal to, or a prefix of, a word of the group
    for (std::size_t len = 1; len < bare.size(); ++len)
      if (group.count(bare.substr(0, len))) return true;  // a word of the group is a prefix of it
    return false;
  }

  Req emit_node(const ast::Pattern&, const ast::Alternation& n, bool captures, std::uint32_t depth) {
    if (n.alternatives.empty()) return {};
    // Consecutive plain literal branches ("the" | "a" | "its" | ...) become one LEX over
    // one atom where that changes nothing (see conflicts): one start test instead of one
    // per word, one closure state instead of a split per branch. A group keeps its place
    // among the other branches, so their priorities are unchanged.
    struct Branch {
      const ast::Pattern* pattern = nullptr;  // or, when null, the literal-set atom
      std::uint32_t atom = 0;
    };
    std::vector<Branch> branches;
    // Consecutive literal branches are grouped greedily: a group grows while no word in
    // it is a prefix of another (compared without separators), then closes. Groups keep
    // their order, so priorities between them are those of the source.
    std::vector<std::size_t> group;          // branch indices of the open group
    std::vector<std::u32string> group_keys;  // their trie keys
    std::set<std::u32string> group_bare;     // and their keys without separators
    auto close_group = [&] {
      if (group.size() >= 2) branches.push_back({nullptr, b_.literal_set_atom(std::move(group_keys))});
      else if (group.size() == 1) branches.push_back({n.alternatives[group[0]].get(), 0});
      group.clear();
      group_keys.clear();
      group_bare.clear();
    };
    for (std::size_t k = 0; k < n.alternatives.size(); ++k) {
      auto key = literal_key(n.alternatives[k]);
      if (!key) {
        close_group();
        branches.push_back({n.alternatives[k].get(), 0});
        continue;
      }
      std::u32string bare;
      for (char32_t c : *key)
        if (c != kTrieSep) bare.push_back(c);
      if (conflicts(group_bare, bare)) close_group();
      group.push_back(k);
      group_keys.push_back(std::move(*key));
      group_bare.insert(std::move(bare));
    }
    close_group();
    std::vector<std::size_t> jumps;
    std::set<std::uint32_t> all;
    bool every = true;
    for (std::size_t k = 0; k < branches.size() && !full(); ++k) {
      std::size_t split = kNone;
      if (k + 1 < branches.size()) {
        split = add({Op::split});
        code_[split].x = static_cast<std::uint32_t>(code_.size());
      }
      // One alternative holds: the union of one clause from each is required.
      Req r;
      if (branches[k].pattern) {
        r = emit(branches[k].pattern, captures, depth);
      } else {
        lex(branches[k].atom);
        r = {{branches[k].atom}};
      }
      if (const Clause* c = best_clause(r, b_.atom_keys)) all.insert(c->begin(), c->end()); else every = false;
      if (split != kNone) {
        jumps.push_back(add({Op::jmp}));
        code_[split].y = static_cast<std::uint32_t>(code_.size());
      }
    }
    for (std::size_t j : jumps) code_[j].x = static_cast<std::uint32_t>(code_.size());
    if (!every) return {};
    return {Clause(all.begin(), all.end())};
  }
  Req emit_node(const ast::Pattern&, const ast::Repeat& n, bool captures, std::uint32_t depth) {
    int lo = std::max(0, n.min), hi = std::max(lo, n.max);
    Req first;
    for (int k = 0; k < lo && !full(); ++k) {
      Req r = emit(n.operand.get(), captures, depth);
      if (k == 0) first = std::move(r);
    }
    std::vector<std::size_t> splits;
    for (int k = lo; k < hi && !full(); ++k) {
      std::size_t s = add({Op::split});
      code_[s].x = static_cast<std::uint32_t>(code_.size());
      splits.push_back(s);
      emit(n.operand.get(), captures, depth);
    }
    for (std::size_t s : splits) code_[s].y = static_cast<std::uint32_t>(code_.size());
    return lo > 0 ? first : Req{};
  }

  Builder& b_;
  std::size_t file_;
  std::vector<Inst> code_;
  std::vector<const ast::Define*> stack_;
  std::vector<Pending> pending_;
  std::uint32_t lex_slots_ = 0;
  std::uint32_t max_depth_ = 0;
  std::optional<Failure> fail_;
};

}  // namespace

std::shared_ptr<const Program> Program::compile(const grammar::RuleSet& rules,
                                                std::vector<grammar::Diagnostic>& diagnostics) {
  std::shared_ptr<Program> prog(new Program());
  ProgramData& data = *prog->data_;
  Builder b(rules, data);
  bool failed = false;
  for (std::size_t f = 0; f < rules.files.size(); ++f) {
    const ast::File& file = rules.files[f];
    for (const ast::Rule& r : file.rules) {
      RuleInfo info{r.id, r.label, r.weight, r.language.empty() ? file.language : r.language};
      if (info.language.empty()) info.language = "any";
      RuleCode rc;
      rc.language = info.language;
      rc.scope = rc.language == "any" ? Scope::any : rc.language == "zh" ? Scope::zh
                 : rc.language == "en" ? Scope::en : Scope::other;
      RuleCompiler rcomp(b, f);
      if (auto err = rcomp.compile(r, rc)) {
        failed = true;
        grammar::Diagnostic d;
        d.code = err->code;
        d.file = err->pos.file;
        d.line = err->pos.line;
        d.column = err->pos.column;
        d.message = err->message;
        d.source_line = source_line(err->pos.file, err->pos.line);
        diagnostics.push_back(std::move(d));
        continue;
      }
      prog->rules_.push_back(std::move(info));
      data.rules.push_back(std::move(rc));
    }
  }
  if (failed) return nullptr;
  b.build_trie();
  const std::uint32_t k = data.max_entry_tokens;
  data.rules_by_atom.assign(data.num_atoms, {});
  for (std::uint32_t r = 0; r < data.rules.size(); ++r) {
    RuleCode& rc = data.rules[r];
    rc.num_states = static_cast<std::uint32_t>(rc.code.size()) + rc.lex_slots * k;
    compute_windows(rc, data.atom_span);
    if (rc.always_run) data.rules_always.push_back(r);
    else
      for (std::uint32_t a : rc.required_clauses.front()) data.rules_by_atom[a].push_back(r);
    for (Scope sc : {Scope::zh, Scope::en})
      if (rc.scope == sc || rc.scope == Scope::any) ++data.rules_in_scope[static_cast<std::size_t>(sc)];
  }
  return prog;
}

}  // namespace argmap
