// The public face of the engine: load rule packs once, then analyze documents.
// An Engine is immutable after load and may be shared between threads; each
// analyze() call brings its own matcher scratch.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "engine/document.hpp"
#include "engine/program.hpp"
#include "grammar/diagnostic.hpp"

namespace argmap {

struct AnalyzeOptions {
  std::string language;       // "zh-Hant", "zh-Hans", "en"; empty = detect from the text
  bool lenient_utf8 = false;  // replace invalid UTF-8 with U+FFFD instead of failing
  std::optional<Date> date;   // the document date when the text gives none (a dateline
                              // without the year); a date in the text wins
};

// Why a document could not be analyzed (bad input, never a crash).
struct AnalyzeError {
  std::string code;     // "invalid_utf8", "bad_language"
  std::string message;  // says what and where: byte offset, line, column
};

class Engine {
 public:
  // Loads and compiles rule files/directories. Returns null when any diagnostic is an error.
  static std::shared_ptr<const Engine> load(const std::vector<std::string>& rule_paths,
                                            std::vector<grammar::Diagnostic>& diagnostics);

  // Runs every stage on `bytes` (UTF-8). `name` labels the document in messages.
  std::variant<Document, AnalyzeError> analyze(std::string_view bytes, const std::string& name,
                                               const AnalyzeOptions& options = {}) const;

  const Program& program() const { return *program_; }
  std::shared_ptr<const Program> shared_program() const { return program_; }

 private:
  std::shared_ptr<const Program> program_;
};

// The shipped rule packs: $ARGMAP_RULES_DIR if set, else the directory configured at build time.
std::string shipped_rules_dir();

}  // namespace argmap
