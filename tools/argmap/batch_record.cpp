// Parsing a JSON Lines record of `argmap batch`: {"id": …, "text": …, "lang"?: …, "date"?: …}.
#include "tools/argmap/batch_record.hpp"

#include <nlohmann/json.hpp>

#include "engine/text_input.hpp"

namespace argmap::cli {

namespace {

using nlohmann::json;

BatchRecordError fail(std::string id, std::string code, std::size_t line_no, const std::string& what) {
  return BatchRecordError{std::move(id), std::move(code), "line " + std::to_string(line_no) + ": " + what};
}

bool is_iso_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
    if (s[i] < '0' || s[i] > '9') return false;
  const int month = (s[5] - '0') * 10 + (s[6] - '0');
  const int day = (s[8] - '0') * 10 + (s[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

}  // namespace

std::string json_string(std::string_view s) {
  return json(std::string(s)).dump(-1, ' ', false, json::error_handler_t::replace);
}

std::variant<BatchRecord, BatchRecordError> parse_batch_record(std::string_view line, std::size_t line_no) {
  json j = json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    // The parser refuses every ill-formed UTF-8 sequence; a bad byte is reported as
    // such, with its offset, rather than as whatever the parser makes of it. (Checked
    // here only: on the good path the engine validates the text itself.)
    if (auto decoded = decode_utf8(line); auto* err = std::get_if<DecodeError>(&decoded)) {
      return fail("null", "invalid_utf8", line_no,
                  "byte offset " + std::to_string(err->byte_offset) + ": " + err->message);
    }
    // Parse again for the parser's own message (says where); only on the error path.
    std::string what = "malformed JSON";
    try {
      json again = json::parse(line.begin(), line.end());
    } catch (const json::exception& e) {
      what += std::string(": ") + e.what();
    }
    return fail("null", "bad_json", line_no, what);
  }
  if (!j.is_object()) return fail("null", "bad_record", line_no, "a record must be a JSON object");

  std::string id = "null";
  auto it = j.find("id");
  if (it == j.end()) return fail(id, "bad_record", line_no, "missing \"id\"");
  if (!it->is_string() && !it->is_number_integer())
    return fail(id, "bad_record", line_no, "\"id\" must be a string or an integer");
  id = it->dump(-1, ' ', false, json::error_handler_t::replace);

  BatchRecord rec;
  rec.id_json = id;
  it = j.find("text");
  if (it == j.end()) return fail(id, "bad_record", line_no, "missing \"text\"");
  if (!it->is_string()) return fail(id, "bad_record", line_no, "\"text\" must be a string");
  rec.text = it->get<std::string>();
  if (it = j.find("lang"); it != j.end() && !it->is_null()) {
    if (!it->is_string()) return fail(id, "bad_record", line_no, "\"lang\" must be a string");
    rec.language = it->get<std::string>();
  }
  if (it = j.find("date"); it != j.end() && !it->is_null()) {
    if (!it->is_string() || !is_iso_date(it->get<std::string>()))
      return fail(id, "bad_record", line_no, "\"date\" must be a string YYYY-MM-DD");
    rec.date = it->get<std::string>();
  }
  return rec;
}

}  // namespace argmap::cli
