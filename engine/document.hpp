// The Document owns the input text; every layer the stages add is spans into it.
// Offsets are code points of the input as given (BOM dropped), half-open.
// Stages only add layers, in this order:
//   paragraphs -> sentences -> tokens -> matches -> entities -> attributions
//   -> dates -> sentence types -> facts -> argument tree
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace argmap {

using Offset = std::uint32_t;  // a code point index into Document::text

struct Span {
  Offset start = 0;
  Offset end = 0;  // half-open
  bool empty() const { return start == end; }
};

enum class ParagraphKind { body, caption, meta };
enum class SentenceType { report, attribution, claim, meta };
enum class Form { statement, question };

struct Paragraph {
  Span span;
  ParagraphKind kind = ParagraphKind::body;
  std::vector<std::string> rules;  // rule ids that decided `kind` (empty for plain body)
};

// Token class bits (see grammar::ast::TokenClass for their meaning).
enum TokenFlag : std::uint16_t {
  tok_cjk = 1 << 0,
  tok_latin = 1 << 1,
  tok_cap = 1 << 2,
  tok_num = 1 << 3,
  tok_punct = 1 << 4,
  tok_open = 1 << 5,
  tok_close = 1 << 6,
  tok_clause_punct = 1 << 7,  // Unicode Po/Pd/Pf: ends a clause (BOC/EOC anchors); Pf as " is Po
};

// A token is its span and its class bits; its folded form is the same span of
// Document::folded (one code point for one, so no string per token: tokens are the
// largest layer, and a string each was most of a long document's memory).
struct Token {
  Span span;
  std::uint16_t flags = 0;
};

struct Sentence {
  Span span;
  std::uint32_t paragraph = 0;                  // index into Document::paragraphs
  std::uint32_t first_token = 0, end_token = 0;  // [first, end) into Document::tokens
  bool metadata = false;                        // a leading `date …` line and the like
  SentenceType type = SentenceType::report;
  Form form = Form::statement;
  std::vector<std::string> rules;  // ids of the rules that decided type/form, in firing order
  double confidence = 0.5;
};

// A rule match, as the matcher returns it, tied to its sentence.
struct CaptureSpan {
  std::string name;
  std::uint32_t first_token = 0, end_token = 0;  // token indices (document-wide), half-open
};
struct RuleMatch {
  std::uint32_t rule = 0;  // index into Program::rules()
  std::uint32_t sentence = 0;
  std::uint32_t first_token = 0, end_token = 0;  // document-wide token indices
  std::vector<CaptureSpan> captures;            // in the order they closed
};

struct Entity {
  std::string name;
  std::vector<std::string> aliases;
  std::optional<std::string> title;
  std::vector<Span> mentions;
  std::vector<std::string> rules;
};

enum class QuoteKind { direct, indirect, mixed };

struct Attribution {
  std::uint32_t sentence = 0;
  std::optional<Span> source;      // nullopt where the source is implicit
  std::optional<std::uint32_t> source_entity;
  Span cue;
  Span content;
  QuoteKind quote = QuoteKind::indirect;
  std::vector<std::string> rules;
};

struct Date {
  int year = 0, month = 0, day = 0;  // a full date; 0 = unknown
  bool complete() const { return year && month && day; }
  bool operator==(const Date&) const = default;
};

struct Fact {
  std::vector<std::uint32_t> sentences;
  SentenceType kind = SentenceType::report;  // report or attribution
  std::optional<Date> date;
  std::vector<std::uint32_t> actors;  // entity indices
  std::vector<std::string> rules;
};

enum class NodeRole { thesis, claim, evidence, conclusion };
enum class Relation { none, support, attack };

struct ArgumentNode {
  NodeRole role = NodeRole::claim;
  std::vector<std::uint32_t> sentences;  // in text order
  std::optional<std::uint32_t> parent;   // node index; nullopt for the root
  Relation relation = Relation::none;
  std::optional<std::uint32_t> holder_entity;  // nullopt = the author
  std::vector<std::string> rules;
};

// How tree assembly scored one claim as the thesis (engine/stage_argument.cpp), for
// `argmap explain`: the parts add up to `score`. Not part of the JSON contract.
struct ThesisScore {
  std::uint32_t sentence = 0;
  double score = 0;
  double cue = 0;        // thesis cues (and a turn before the argument begins), x 1.5
  double stance = 0;     // a stance or certainty marker
  double opening = 0;    // the first paragraph in the author's voice after a news lead
  double inference = 0;  // an inference drawn before the argument begins
  double secondary = 0;  // a claim that adds to another (negative)
  double shared = 0;     // wording shared with the sub-claims, the close, other paragraphs
  double position = 0;   // the prior that fades over the text
  double closing = 0;    // a cued claim in the closing paragraph
  double penalty = 0;    // a question or a concession (negative)
  const char* excluded = nullptr;  // why it was no candidate, or nullptr
};

struct Argument {
  std::optional<std::uint32_t> thesis;  // node index
  std::vector<ArgumentNode> nodes;
  std::vector<ThesisScore> thesis_scores;  // every claim considered, in text order
};

struct Document {
  std::string name;       // file name or "-" for stdin
  std::u32string text;    // the input as code points, BOM dropped, nothing else changed
  std::u32string folded;  // text folded for matching (case-folded, Traditional -> Simplified), same offsets
  std::string language;   // zh-Hant, zh-Hans, en
  std::optional<Date> date;  // from a dateline or metadata line
  std::uint32_t wrap_width = 0;  // hard-wrapped at this width (engine/paragraphs.hpp); 0: a line is a paragraph

  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<RuleMatch> matches;  // grouped by sentence, in sentence order
  std::vector<Entity> entities;
  std::vector<Attribution> attributions;
  std::vector<std::optional<Date>> sentence_dates;  // per sentence: the date it mentions, if any
  std::vector<Fact> facts;
  Argument argument;

  std::u32string_view slice(Span s) const { return std::u32string_view(text).substr(s.start, s.end - s.start); }
  // A token's folded form, what the rules match.
  std::u32string_view norm(const Token& t) const {
    return std::u32string_view(folded).substr(t.span.start, t.span.end - t.span.start);
  }
};

}  // namespace argmap
