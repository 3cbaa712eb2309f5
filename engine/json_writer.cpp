// JsonWriter (see engine/json_writer.hpp). The format follows nlohmann::json's
// serializer: pretty output puts each element on its own line, indented by depth,
// "key": value with one space; empty containers stay "{}" / "[]"; compact output has
// no spaces at all. Strings keep UTF-8 as is and escape only '"', '\\' and control
// characters (\b \t \n \f \r, else \u00xx). Doubles go through nlohmann's own number
// formatting, the one place where matching it by hand would be fragile.
#include "engine/json_writer.hpp"

#include <cstdio>
#include <nlohmann/json.hpp>

namespace argmap::detail {

void JsonWriter::newline_indent(std::size_t depth) {
  out_ += '\n';
  out_.append(depth * static_cast<std::size_t>(indent_), ' ');
}

void JsonWriter::element() {
  if (after_key_) {  // a member's value: its key already placed it
    after_key_ = false;
    return;
  }
  if (counts_.empty()) return;  // the top-level value
  if (counts_.back()++ > 0) out_ += ',';
  if (indent_ >= 0) newline_indent(counts_.size());
}

void JsonWriter::open(char c) {
  element();
  out_ += c;
  counts_.push_back(0);
}

void JsonWriter::close(char c) {
  const bool had_elements = counts_.back() > 0;
  counts_.pop_back();
  if (had_elements && indent_ >= 0) newline_indent(counts_.size());
  out_ += c;
}

void JsonWriter::key(std::string_view k) {
  element();
  write_string(k);
  out_ += indent_ >= 0 ? ": " : ":";
  after_key_ = true;
}

void JsonWriter::string(std::string_view s) {
  element();
  write_string(s);
}

void JsonWriter::write_string(std::string_view s) {
  out_ += '"';
  for (unsigned char c : s) {
    switch (c) {
      case '"': out_ += "\\\""; break;
      case '\\': out_ += "\\\\"; break;
      case '\b': out_ += "\\b"; break;
      case '\t': out_ += "\\t"; break;
      case '\n': out_ += "\\n"; break;
      case '\f': out_ += "\\f"; break;
      case '\r': out_ += "\\r"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out_ += buf;
        } else {
          out_ += static_cast<char>(c);
        }
    }
  }
  out_ += '"';
}

void JsonWriter::number(std::uint64_t n) {
  element();
  out_ += std::to_string(n);
}

void JsonWriter::number(double d) {
  element();
  out_ += nlohmann::json(d).dump();
}

void JsonWriter::null() {
  element();
  out_ += "null";
}

void JsonWriter::strings_member(std::string_view k, const std::vector<std::string>& v) {
  key(k);
  begin_array();
  for (const auto& s : v) string(s);
  end_array();
}

}  // namespace argmap::detail
