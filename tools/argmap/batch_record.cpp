// Parsing a JSON Lines record of `argmap batch`: {"id": …, "text": …, "lang"?: …, "date"?: …}.
// Records of the usual shape are read by a direct scanner (nlohmann's lexer was 2% of
// batch's time, and batch pays for it on top of analyze); anything else, and every
// error, goes through nlohmann/json, which therefore alone decides what is an error.
#include "tools/argmap/batch_record.hpp"

#include <cstdint>
#include <cstring>

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

// The direct scanner. It accepts only a subset of what nlohmann accepts and gives the
// same record for it: one object whose keys are among id/text/lang/date, each once and
// written without escapes; "id" a string without escapes or an integer of at most 18
// digits; "lang" and "date" strings or null, "date" a valid YYYY-MM-DD; the whole line
// valid UTF-8. Everything else returns false and is left to nlohmann.
class Scanner {
 public:
  explicit Scanner(std::string_view line) : s_(line) {}

  bool record(BatchRecord& rec) {
    if (!valid_utf8(s_)) return false;
    skip_ws();
    if (!eat('{')) return false;
    bool have_id = false, have_text = false, have_lang = false, have_date = false;
    skip_ws();
    if (peek() == '}') return false;  // no "id": nlohmann's path reports it
    for (;;) {
      skip_ws();
      std::string_view key;
      if (!raw_string(key)) return false;
      skip_ws();
      if (!eat(':')) return false;
      skip_ws();
      if (key == "id" && !have_id) {
        have_id = true;
        if (!id(rec.id_json)) return false;
      } else if (key == "text" && !have_text) {
        have_text = true;
        if (peek() != '"' || !string(rec.text)) return false;
      } else if (key == "lang" && !have_lang) {
        have_lang = true;
        if (!null_or_string(rec.language)) return false;
      } else if (key == "date" && !have_date) {
        have_date = true;
        std::string date;
        if (!null_or_string(date, &rec.date)) return false;
        if (rec.date && !is_iso_date(*rec.date)) return false;
      } else {
        return false;  // another key, or one given twice
      }
      skip_ws();
      if (eat(',')) continue;
      if (!eat('}')) return false;
      break;
    }
    skip_ws();
    return pos_ == s_.size() && have_id && have_text;
  }

 private:
  char peek() const { return pos_ < s_.size() ? s_[pos_] : '\0'; }
  bool eat(char c) {
    if (peek() != c || pos_ >= s_.size()) return false;
    ++pos_;
    return true;
  }
  void skip_ws() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r')) ++pos_;
  }

  // A string with no escape and no control character, as written.
  bool raw_string(std::string_view& out) {
    if (!eat('"')) return false;
    const std::size_t from = pos_;
    for (; pos_ < s_.size(); ++pos_) {
      const auto c = static_cast<unsigned char>(s_[pos_]);
      if (c == '"') {
        out = s_.substr(from, pos_ - from);
        ++pos_;
        return true;
      }
      if (c == '\\' || c < 0x20) return false;
    }
    return false;
  }

  bool id(std::string& out) {
    if (peek() == '"') {
      std::string_view raw;
      if (!raw_string(raw)) return false;
      out.reserve(raw.size() + 2);
      out.assign(1, '"').append(raw).push_back('"');  // what nlohmann's dump writes back
      return true;
    }
    const std::size_t from = pos_;
    if (peek() == '-') ++pos_;
    const std::size_t digits = pos_;
    while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') ++pos_;
    const std::size_t n = pos_ - digits;
    // No leading zero (not JSON), no "-0" (dumped as 0), no fraction or exponent (not an integer).
    if (n == 0 || n > 18 || (s_[digits] == '0' && (n > 1 || digits > from))) return false;
    if (const char c = peek(); c == '.' || c == 'e' || c == 'E') return false;
    out.assign(s_.substr(from, pos_ - from));
    return true;
  }

  bool null_or_string(std::string& out, std::optional<std::string>* optional = nullptr) {
    if (s_.substr(pos_, 4) == "null") {
      pos_ += 4;
      return true;
    }
    if (peek() != '"' || !string(out)) return false;
    if (optional) *optional = std::move(out);
    return true;
  }

  static int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }
  bool hex4(std::uint32_t& v) {
    if (s_.size() - pos_ < 4) return false;
    v = 0;
    for (int i = 0; i < 4; ++i) {
      const int h = hex(s_[pos_ + i]);
      if (h < 0) return false;
      v = v * 16 + static_cast<std::uint32_t>(h);
    }
    pos_ += 4;
    return true;
  }

  // A string with its escapes decoded; a lone surrogate escape is left to nlohmann.
  bool string(std::string& out) {
    if (!eat('"')) return false;
    out.clear();
    for (;;) {
      const std::size_t from = pos_;
      while (pos_ < s_.size()) {
        const auto c = static_cast<unsigned char>(s_[pos_]);
        if (c == '"' || c == '\\' || c < 0x20) break;
        ++pos_;
      }
      out.append(s_.substr(from, pos_ - from));
      if (pos_ >= s_.size()) return false;
      const char c = s_[pos_++];
      if (c == '"') return true;
      if (c != '\\' || pos_ >= s_.size()) return false;  // a raw control character
      switch (s_[pos_++]) {
        case '"': out.push_back('"'); break;
        case '\\': out.push_back('\\'); break;
        case '/': out.push_back('/'); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 't': out.push_back('\t'); break;
        case 'u': {
          std::uint32_t cp = 0;
          if (!hex4(cp)) return false;
          if (cp >= 0xDC00 && cp <= 0xDFFF) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            std::uint32_t low = 0;
            if (s_.substr(pos_, 2) != "\\u") return false;
            pos_ += 2;
            if (!hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          append_utf8(out, static_cast<char32_t>(cp));
          break;
        }
        default: return false;
      }
    }
  }

  // Well-formed UTF-8 (no overlong form, no surrogate, nothing past U+10FFFF), ASCII
  // eight bytes at a time.
  static bool valid_utf8(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const auto* end = p + s.size();
    while (p < end) {
      if (end - p >= 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        if ((w & 0x8080808080808080ull) == 0) {
          p += 8;
          continue;
        }
      }
      const unsigned char c = *p;
      if (c < 0x80) {
        ++p;
        continue;
      }
      int n = 0;
      std::uint32_t cp = 0, min = 0;
      if (c >= 0xC2 && c <= 0xDF) { n = 1; cp = c & 0x1F; min = 0x80; }
      else if (c >= 0xE0 && c <= 0xEF) { n = 2; cp = c & 0x0F; min = 0x800; }
      else if (c >= 0xF0 && c <= 0xF4) { n = 3; cp = c & 0x07; min = 0x10000; }
      else return false;
      if (end - p <= n) return false;
      for (int i = 1; i <= n; ++i) {
        if ((p[i] & 0xC0) != 0x80) return false;
        cp = (cp << 6) | (p[i] & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
      p += n + 1;
    }
    return true;
  }

  std::string_view s_;
  std::size_t pos_ = 0;
};

}  // namespace

std::string json_string(std::string_view s) {
  return json(std::string(s)).dump(-1, ' ', false, json::error_handler_t::replace);
}

std::optional<BatchRecord> parse_plain_batch_record(std::string_view line) {
  BatchRecord rec;
  if (!Scanner(line).record(rec)) return std::nullopt;
  return rec;
}

std::variant<BatchRecord, BatchRecordError> parse_batch_record(std::string_view line, std::size_t line_no) {
  if (auto rec = parse_plain_batch_record(line)) return std::move(*rec);
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
  rec.text = std::move(it->get_ref<std::string&>());
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
