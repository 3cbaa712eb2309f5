// Orders the stages: decode -> language -> segment -> match -> decide -> assemble.
#include "engine/pipeline.hpp"

#include <cstdlib>

#include "engine/language.hpp"
#include "engine/matcher.hpp"
#include "engine/segment.hpp"
#include "engine/stages.hpp"
#include "engine/text_input.hpp"
#include "grammar/load.hpp"

namespace argmap {

std::string shipped_rules_dir() {
  if (const char* env = std::getenv("ARGMAP_RULES_DIR"); env && *env) return env;
  return ARGMAP_RULES_DIR;
}

namespace {

// One Matcher per thread and program, kept between documents: its scratch (thread
// lists sized for the largest rule) costs more to set up than a short article takes
// to match. The cached Matcher holds its program, so a new program can never reuse
// the old one's address.
Matcher& thread_matcher(const std::shared_ptr<const Program>& program) {
  thread_local std::unique_ptr<Matcher> cached;
  if (!cached || &cached->program() != program.get()) cached = std::make_unique<Matcher>(program);
  return *cached;
}

}  // namespace

std::shared_ptr<const Engine> Engine::load(const std::vector<std::string>& rule_paths,
                                           std::vector<grammar::Diagnostic>& diagnostics) {
  grammar::RuleSet rules = grammar::load_rules(rule_paths);
  diagnostics.insert(diagnostics.end(), rules.diagnostics.begin(), rules.diagnostics.end());
  if (!rules.ok()) return nullptr;
  auto program = Program::compile(rules, diagnostics);
  if (!program) return nullptr;
  auto engine = std::shared_ptr<Engine>(new Engine());
  engine->program_ = std::move(program);
  return engine;
}

std::variant<Document, AnalyzeError> Engine::analyze(std::string_view bytes, const std::string& name,
                                                     const AnalyzeOptions& options) const {
  auto decoded = decode_utf8(bytes, options.lenient_utf8);
  if (auto* err = std::get_if<DecodeError>(&decoded)) {
    return AnalyzeError{"invalid_utf8", name + ":" + std::to_string(err->line) + ":" +
                                            std::to_string(err->column) + ": byte offset " +
                                            std::to_string(err->byte_offset) + ": " + err->message};
  }
  Document doc;
  doc.name = name;
  doc.text = std::move(std::get<std::u32string>(decoded));
  if (options.language.empty()) {
    doc.language = detect_language(doc.text);
  } else if (options.language == "zh-Hant" || options.language == "zh-Hans" || options.language == "en") {
    doc.language = options.language;
  } else {
    return AnalyzeError{"bad_language", "unknown language '" + options.language +
                                            "' (expected zh-Hant, zh-Hans or en)"};
  }
  if (options.date && options.date->complete()) doc.date = options.date;
  segment(doc);
  thread_matcher(program_).match_document(doc, language_family(doc.language));

  const Program& p = *program_;
  stages::decide_paragraphs(doc, p);
  stages::decide_entities(doc, p);
  stages::decide_attributions(doc, p);
  stages::decide_dates(doc, p);
  stages::decide_types(doc, p);
  stages::decide_facts(doc, p);
  stages::decide_argument(doc, p);
  return doc;
}

}  // namespace argmap
