// The canonical pattern dump used by table tests (see ast_printer.hpp).
#include "grammar/ast_printer.hpp"

#include <cstdio>

namespace argmap::grammar {
namespace {

const char* class_name(ast::TokenClass c) {
  switch (c) {
    case ast::TokenClass::any: return "ANY";
    case ast::TokenClass::cjk: return "CJK";
    case ast::TokenClass::latin: return "LATIN";
    case ast::TokenClass::cap: return "CAP";
    case ast::TokenClass::num: return "NUM";
    case ast::TokenClass::punct: return "PUNCT";
    case ast::TokenClass::open: return "OPEN";
    case ast::TokenClass::close: return "CLOSE";
    case ast::TokenClass::word: return "WORD";
  }
  return "?";
}

const char* anchor_name(ast::Anchor a) {
  switch (a) {
    case ast::Anchor::sentence_start: return "BOS";
    case ast::Anchor::sentence_end: return "EOS";
    case ast::Anchor::paragraph_start: return "BOP";
    case ast::Anchor::clause_start: return "BOC";
    case ast::Anchor::clause_end: return "EOC";
  }
  return "?";
}

void print(const ast::PatternPtr& p, std::string& out);

void print_list(const char* head, const std::vector<ast::PatternPtr>& items, std::string& out) {
  out += head;
  out += '(';
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += ' ';
    print(items[i], out);
  }
  out += ')';
}

void print(const ast::PatternPtr& p, std::string& out) {
  if (!p) {
    out += "null";
    return;
  }
  std::visit(
      [&](const auto& n) {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, ast::Literal>) {
          out += "lit\"";
          for (char c : n.text) {
            if (c == '"' || c == '\\') out += '\\';
            out += c;
          }
          out += '"';
        } else if constexpr (std::is_same_v<T, ast::LexiconRef>) {
          out += "@" + n.name;
        } else if constexpr (std::is_same_v<T, ast::DefineRef>) {
          out += "def:" + n.name;
        } else if constexpr (std::is_same_v<T, ast::ClassRef>) {
          out += class_name(n.cls);
        } else if constexpr (std::is_same_v<T, ast::AnchorRef>) {
          out += anchor_name(n.anchor);
        } else if constexpr (std::is_same_v<T, ast::Not>) {
          out += "not(";
          print(n.operand, out);
          out += ')';
        } else if constexpr (std::is_same_v<T, ast::Capture>) {
          out += "cap:" + n.name + "(";
          print(n.operand, out);
          out += ')';
        } else if constexpr (std::is_same_v<T, ast::Sequence>) {
          print_list("seq", n.items, out);
        } else if constexpr (std::is_same_v<T, ast::Alternation>) {
          print_list("alt", n.alternatives, out);
        } else if constexpr (std::is_same_v<T, ast::Repeat>) {
          print(n.operand, out);
          out += "{" + std::to_string(n.min) + ",";
          if (n.max >= 0) out += std::to_string(n.max);
          out += "}";
        }
      },
      p->node);
}

}  // namespace

std::string dump(const ast::Pattern& pattern) {
  std::string out;
  print(std::make_shared<ast::Pattern>(pattern), out);
  return out;
}

std::string dump(const ast::PatternPtr& pattern) {
  std::string out;
  print(pattern, out);
  return out;
}

std::string dump(const ast::Rule& rule) {
  char weight[32];
  std::snprintf(weight, sizeof weight, "%.3g", rule.weight);
  return "rule " + rule.id + " : " + rule.label + " " + weight + " = " + dump(rule.pattern);
}

}  // namespace argmap::grammar
