// Fuzz target: the whole pipeline on arbitrary bytes with the shipped rules,
// strict (may be an error value) and lenient (always a map), plus the JSON export.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "engine/export.hpp"
#include "engine/pipeline.hpp"

namespace {

const argmap::Engine& engine() {
  static const std::shared_ptr<const argmap::Engine> e = [] {
    std::vector<argmap::grammar::Diagnostic> diagnostics;
    auto loaded = argmap::Engine::load({ARGMAP_SOURCE_DIR "/rules"}, diagnostics);
    if (!loaded) std::abort();  // the shipped packs must load; anything else is not a finding
    return loaded;
  }();
  return *e;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  for (bool lenient : {false, true}) {
    argmap::AnalyzeOptions options;
    options.lenient_utf8 = lenient;
    auto result = engine().analyze(bytes, "fuzz", options);
    if (auto* doc = std::get_if<argmap::Document>(&result)) {
      (void)argmap::to_json(*doc, -1);
      (void)argmap::to_tree_text(*doc);
    } else if (lenient) {
      std::abort();  // lenient decoding has no error to report
    }
  }
  return 0;
}
