// A naive reference matcher for cross-checking engine/matcher.cpp: it walks the
// AST directly and enumerates EVERY path by backtracking (exponential, so only
// for small patterns and short sentences), in priority order (earlier
// alternatives first, repetitions greedy with nested optional copies, a
// literal/lexicon's longer ends first). It shares nothing with the compiler
// except argmap::fold. Semantics from notes/rules-language.md:
//   all non-overlapping matches left to right; leftmost start, then longest end;
//   captures from the highest-priority path producing that (start, end);
//   the next search resumes at the end; empty matches are not reported.
#pragma once
#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "engine/document.hpp"
#include "engine/fold.hpp"
#include "engine/text_input.hpp"
#include "grammar/ast.hpp"

namespace argmap::reference {

namespace ast = grammar::ast;

struct Cap {
  std::string name;
  std::uint32_t first = 0, end = 0;  // sentence-relative token indices
  bool operator==(const Cap& o) const { return name == o.name && first == o.first && end == o.end; }
};
using Caps = std::vector<Cap>;  // in closing order

struct Match {
  std::uint32_t start = 0, end = 0;  // sentence-relative
  Caps best;                          // captures of the highest-priority path for (start, end)
  std::vector<Caps> all;              // captures of every path producing (start, end)
};

struct Env {
  std::map<std::string, std::vector<std::string>> lexicons;  // entries as written (UTF-8)
  std::map<std::string, ast::PatternPtr> defines;
};

struct Sentence {
  std::vector<const Token*> tokens;  // the sentence's tokens, in order
  std::vector<std::u32string_view> norms;  // each token's folded form (Document::norm)
  bool paragraph_start = false;     // for BOP
};

class Matcher {
 public:
  Matcher(const Env& env, const Sentence& s) : env_(env), s_(s), n_(static_cast<std::uint32_t>(s.tokens.size())) {}

  std::vector<Match> match_all(const ast::Pattern& p) {
    std::vector<Match> out;
    std::uint32_t pos = 0;
    while (pos < n_) {
      bool found = false;
      for (std::uint32_t s = pos; s < n_ && !found; ++s) {
        std::vector<std::pair<std::uint32_t, Caps>> paths;
        walk(p, s, {}, true, [&](std::uint32_t e, const Caps& c) { paths.emplace_back(e, c); });
        std::uint32_t best_end = s;
        for (auto& pe : paths) best_end = std::max(best_end, pe.first);
        if (best_end == s) continue;
        Match m{s, best_end, {}, {}};
        bool first = true;
        for (auto& pe : paths)
          if (pe.first == best_end) {
            if (first) m.best = pe.second, first = false;
            m.all.push_back(pe.second);
          }
        out.push_back(m);
        pos = best_end;
        found = true;
      }
      if (!found) break;
    }
    return out;
  }

 private:
  using K = std::function<void(std::uint32_t, const Caps&)>;

  static std::u32string fold8(const std::string& s) {
    auto d = decode_utf8(s, true);
    return fold(std::get<std::u32string>(d));
  }
  static std::vector<std::u32string> words(const std::string& s) {
    std::vector<std::u32string> out;
    std::u32string cur;
    for (char32_t c : fold8(s)) {
      if (c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0xA0 || c == 0x3000) {
        if (!cur.empty()) out.push_back(cur), cur.clear();
      } else {
        cur.push_back(c);
      }
    }
    if (!cur.empty()) out.push_back(cur);
    return out;
  }
  // Ends q such that tokens [pos, q) concatenate to exactly `w` (q > pos).
  std::vector<std::uint32_t> word_ends(const std::u32string& w, std::uint32_t pos) const {
    std::vector<std::uint32_t> ends;
    std::u32string acc;
    for (std::uint32_t q = pos; q < n_; ++q) {
      acc += s_.norms[q];
      if (acc.size() > w.size() || w.compare(0, acc.size(), acc) != 0) break;
      if (acc == w) ends.push_back(q + 1);
    }
    return ends;
  }
  // Ends of a sequence of words (an entry), each word on its own tokens.
  void entry_ends(const std::vector<std::u32string>& ws, std::size_t i, std::uint32_t pos,
                  std::vector<std::uint32_t>& out) const {
    if (i == ws.size()) {
      out.push_back(pos);
      return;
    }
    for (std::uint32_t q : word_ends(ws[i], pos)) entry_ends(ws, i + 1, q, out);
  }
  void longest_first(std::vector<std::uint32_t> ends, const Caps& c, const K& k) {
    std::sort(ends.begin(), ends.end(), std::greater<>());
    ends.erase(std::unique(ends.begin(), ends.end()), ends.end());
    for (std::uint32_t q : ends) k(q, c);
  }
  bool has(std::uint16_t f, ast::TokenClass c) const {
    switch (c) {
      case ast::TokenClass::any: return true;
      case ast::TokenClass::cjk: return f & tok_cjk;
      case ast::TokenClass::latin: return f & tok_latin;
      case ast::TokenClass::cap: return f & tok_cap;
      case ast::TokenClass::num: return f & tok_num;
      case ast::TokenClass::punct: return f & tok_punct;
      case ast::TokenClass::open: return f & tok_open;
      case ast::TokenClass::close: return f & tok_close;
      case ast::TokenClass::word: return !(f & tok_punct);
    }
    return false;
  }
  bool anchor(ast::Anchor a, std::uint32_t p) const {
    switch (a) {
      case ast::Anchor::sentence_start: return p == 0;
      case ast::Anchor::sentence_end: return p == n_;
      case ast::Anchor::paragraph_start: return p == 0 && s_.paragraph_start;
      case ast::Anchor::clause_start: return p == 0 || (s_.tokens[p - 1]->flags & tok_clause_punct);
      case ast::Anchor::clause_end: return p == n_ || (s_.tokens[p]->flags & tok_clause_punct);
    }
    return false;
  }

  void seq(const std::vector<ast::PatternPtr>& items, std::size_t i, std::uint32_t pos, const Caps& c, bool cap,
           const K& k) {
    if (i == items.size()) return k(pos, c);
    walk(*items[i], pos, c, cap, [&](std::uint32_t q, const Caps& c2) { seq(items, i + 1, q, c2, cap, k); });
  }
  void rep(const ast::Repeat& r, int count, std::uint32_t pos, const Caps& c, bool cap, const K& k) {
    if (count < r.max)
      walk(*r.operand, pos, c, cap, [&](std::uint32_t q, const Caps& c2) { rep(r, count + 1, q, c2, cap, k); });
    if (count >= r.min) k(pos, c);
    // (a mandatory copy that fails ends the path: count < min and nothing else tried)
  }

  void walk(const ast::Pattern& p, std::uint32_t pos, const Caps& c, bool cap, const K& k) {
    if (auto* l = std::get_if<ast::Literal>(&p.node)) {
      auto ws = words(l->text);
      // One LEX per word, each word's ends longest first.
      seq_words(ws, 0, pos, c, k);
    } else if (auto* x = std::get_if<ast::LexiconRef>(&p.node)) {
      std::vector<std::uint32_t> ends;
      for (const auto& e : env_.lexicons.at(x->name)) {
        auto ws = words(e);
        if (!ws.empty()) entry_ends(ws, 0, pos, ends);
      }
      longest_first(ends, c, k);
    } else if (auto* d = std::get_if<ast::DefineRef>(&p.node)) {
      walk(*env_.defines.at(d->name), pos, c, cap, k);
    } else if (auto* cl = std::get_if<ast::ClassRef>(&p.node)) {
      if (pos < n_ && has(s_.tokens[pos]->flags, cl->cls)) k(pos + 1, c);
    } else if (auto* a = std::get_if<ast::AnchorRef>(&p.node)) {
      if (anchor(a->anchor, pos)) k(pos, c);
    } else if (auto* nt = std::get_if<ast::Not>(&p.node)) {
      if (pos >= n_) return;
      bool any = false;
      walk(*nt->operand, pos, {}, false, [&](std::uint32_t, const Caps&) { any = true; });
      if (!any) k(pos + 1, c);
    } else if (auto* cp = std::get_if<ast::Capture>(&p.node)) {
      if (!cap) return walk(*cp->operand, pos, c, cap, k);
      walk(*cp->operand, pos, c, cap, [&](std::uint32_t q, const Caps& c2) {
        Caps c3 = c2;
        c3.push_back({cp->name, pos, q});
        k(q, c3);
      });
    } else if (auto* sq = std::get_if<ast::Sequence>(&p.node)) {
      seq(sq->items, 0, pos, c, cap, k);
    } else if (auto* al = std::get_if<ast::Alternation>(&p.node)) {
      for (const auto& alt : al->alternatives) walk(*alt, pos, c, cap, k);
    } else if (auto* r = std::get_if<ast::Repeat>(&p.node)) {
      rep(*r, 0, pos, c, cap, k);
    }
  }
  void seq_words(const std::vector<std::u32string>& ws, std::size_t i, std::uint32_t pos, const Caps& c,
                 const K& k) {
    if (i == ws.size()) return k(pos, c);
    auto ends = word_ends(ws[i], pos);
    std::sort(ends.begin(), ends.end(), std::greater<>());
    for (std::uint32_t q : ends) seq_words(ws, i + 1, q, c, k);
  }

  const Env& env_;
  const Sentence& s_;
  std::uint32_t n_;
};

}  // namespace argmap::reference
