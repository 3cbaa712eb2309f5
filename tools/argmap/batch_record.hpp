// One line of `argmap batch`'s JSON Lines input, parsed into a document or a
// per-line error. Kept apart from cmd_batch.cpp so the fuzz target can link it.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace argmap::cli {

struct BatchRecord {
  std::string id_json;   // the record's "id", re-serialized (string or integer)
  std::string text;      // UTF-8 bytes of "text" (validated later by the engine)
  std::string language;  // "lang", empty when absent
  std::optional<std::string> date;  // "date" as YYYY-MM-DD, when given
};

struct BatchRecordError {
  std::string id_json = "null";  // the id when the line parsed far enough to have one
  std::string code;              // "invalid_utf8", "bad_json", "bad_record"
  std::string message;           // says what and where (line number, byte offset)
};

// Parses one input line (without its newline). `line_no` is 1-based, for messages.
// Never throws.
std::variant<BatchRecord, BatchRecordError> parse_batch_record(std::string_view line, std::size_t line_no);

// The same for records of the usual shape only, read without building a JSON tree
// (see batch_record.cpp for the shape): the record parse_batch_record gives for the
// line, or nullopt when the line is outside that shape (not necessarily an error).
std::optional<BatchRecord> parse_plain_batch_record(std::string_view line);

// Serializes a string as a JSON string; invalid UTF-8 becomes U+FFFD (ids are
// echoed, never a reason to lose a line).
std::string json_string(std::string_view s);

}  // namespace argmap::cli
