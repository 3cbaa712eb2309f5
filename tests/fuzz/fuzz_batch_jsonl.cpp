// Fuzz target: batch's JSON Lines reader. Every line gives a record or an error
// value; ids are re-serialized as the batch output would.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "tools/argmap/batch_record.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::size_t line_no = 0;
  while (!input.empty()) {
    const std::size_t nl = input.find('\n');
    std::string_view line = input.substr(0, nl);
    input = nl == std::string_view::npos ? std::string_view() : input.substr(nl + 1);
    auto parsed = argmap::cli::parse_batch_record(line, ++line_no);
    if (auto* rec = std::get_if<argmap::cli::BatchRecord>(&parsed)) {
      if (rec->id_json.empty()) std::abort();
      (void)argmap::cli::json_string(rec->text);
    } else {
      const auto& err = std::get<argmap::cli::BatchRecordError>(parsed);
      if (err.code.empty() || err.message.empty()) std::abort();
    }
  }
  return 0;
}
