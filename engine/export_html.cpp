// The HTML map: one self-contained page. The stylesheet and script are compiled in
// (engine/html/, embedded by embed.cmake); the map, the audit and the text travel as
// one JSON block the script reads. Two guards keep a document from breaking out:
// the JSON has <, > and & written as \u escapes, so no "</script>" or "<!--" can
// appear in it, and the script only ever sets textContent. The Content-Security-Policy
// forbids every fetch: the page works from file:// with no network at all.
#include <nlohmann/json.hpp>

#include "argmap/html_assets.hpp"
#include "engine/export.hpp"
#include "engine/export_audit.hpp"
#include "engine/text_input.hpp"

namespace argmap {
namespace {

using json = nlohmann::ordered_json;

// Inline style and script only; nothing may be loaded, sent or framed.
constexpr const char* kCsp =
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; "
    "connect-src 'none'; base-uri 'none'; form-action 'none'";

// JSON safe inside <script>: every <, > and & becomes a \u escape. These characters
// can only occur inside JSON strings, where the escape means the same character.
std::string script_safe(const std::string& s) {
  std::string out;
  out.reserve(s.size() + s.size() / 16);
  for (char c : s) {
    switch (c) {
      case '<': out += "\\u003c"; break;
      case '>': out += "\\u003e"; break;
      case '&': out += "\\u0026"; break;
      default: out += c;
    }
  }
  return out;
}

std::string html_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace

std::string to_html(const Document& doc, const Audit& audit) {
  json data;
  data["name"] = doc.name;
  data["text"] = encode_utf8(doc.text);
  data["map"] = json::parse(to_json(doc, -1));
  data["audit"] = json::parse(audit_to_json(doc, audit, -1));
  const std::string payload = script_safe(data.dump(-1, ' ', false, json::error_handler_t::replace));
  // The name goes into the title as HTML text; a name that is not UTF-8 is made so first.
  const std::string name = json(doc.name).dump(-1, ' ', false, json::error_handler_t::replace);
  const std::string title = html_escape(json::parse(name).get<std::string>());

  std::string page;
  page.reserve(payload.size() + 32768);
  page += "<!DOCTYPE html>\n<html lang=\"" + html_escape(doc.language) + "\">\n<head>\n<meta charset=\"utf-8\">\n";
  page += "<meta http-equiv=\"Content-Security-Policy\" content=\"";
  page += kCsp;
  page += "\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  page += "<title>argmap \xC2\xB7 " + title + "</title>\n<style>\n";
  page += html_assets::kCss;
  page += "</style>\n</head>\n<body>\n<noscript>This map needs JavaScript to draw itself.</noscript>\n";
  page += "<script type=\"application/json\" id=\"argmap-data\">";
  page += payload;
  page += "</script>\n<script>\n";
  page += html_assets::kJs;
  page += "</script>\n</body>\n</html>\n";
  return page;
}

}  // namespace argmap
