// `argmap eval GOLD...`: runs the engine on each gold document's text and compares
// the map with the gold one, per language and overall (metrics: tools/eval/).
// Both maps are compared as argmap/1 JSON, so the evaluation sees what users see; with
// --maps the maps are read from files instead, so saved output, another build's or a
// second annotator's is measured by the same metrics.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>

#include "engine/calendar.hpp"
#include "engine/export.hpp"
#include "tools/argmap/cli.hpp"
#include "tools/eval/corpus.hpp"
#include "tools/eval/map_view.hpp"
#include "tools/eval/metrics.hpp"
#include "tools/eval/report.hpp"

namespace argmap::cli {

namespace {

constexpr const char* kUsage =
    "usage: argmap eval [--json] [--by-document] [--floors FILE] [--text-dates-only] [--date D]\n"
    "                   [--lang L] [--lenient] [--rules DIR] [--no-default-rules] GOLD...\n"
    "       argmap eval --maps DIR [--json] [--by-document] [--floors FILE] GOLD...\n"
    "  GOLD: NAME.gold.json files (text in NAME.txt beside each) or directories of them\n"
    "  --maps DIR      do not run the engine: compare each gold with the argmap/1 map in\n"
    "                  DIR/NAME.json (saved `argmap analyze` output, another system's, a\n"
    "                  second annotator's); it must be a map of the same text\n"
    "  --json          results as JSON instead of a table\n"
    "  --by-document   also each document's own figures (type, thesis, sub-claims, ...):\n"
    "                  a second table, or \"by_document\" in the JSON\n"
    "  --floors FILE   fail (exit 1) when a figure is below its floor in FILE\n"
    "  --text-dates-only\n"
    "                  do not give the engine the gold document date as the publication\n"
    "                  date (by default it is given, as a crawler's metadata or a batch\n"
    "                  record's \"date\" would be; a date in the text still wins)\n";

// The columns every table shows, in order, whether or not they have documents.
constexpr const char* kLanguages[] = {"zh-Hant", "zh-Hans", "en"};

// The gold map's document.date ("YYYY-MM-DD" or null), as a Date.
std::optional<Date> publication_date(const nlohmann::json& gold) {
  const auto document = gold.find("document");
  if (document == gold.end() || !document->is_object()) return std::nullopt;
  const auto date = document->find("date");
  if (date == document->end() || !date->is_string()) return std::nullopt;
  int y = 0, m = 0, d = 0;
  char tail = 0;
  if (std::sscanf(date->get<std::string>().c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 ||
      !calendar::valid(y, m, d))
    return std::nullopt;
  return Date{y, m, d};
}

// Why `map` is not a map of the text `gold` annotates, or nullopt when it is: both
// carry document.length, the text's length in code points.
std::optional<std::string> different_text(const nlohmann::json& gold, const nlohmann::json& map) {
  auto length = [](const nlohmann::json& j) -> std::optional<std::uint64_t> {
    if (!j.is_object() || !j.contains("document") || !j["document"].is_object()) return std::nullopt;
    const auto& d = j["document"];
    if (!d.contains("length") || !d["length"].is_number_unsigned()) return std::nullopt;
    return d["length"].get<std::uint64_t>();
  };
  const auto want = length(gold), got = length(map);
  if (!got) return "no document.length";
  if (want && *want != *got)
    return "document.length " + std::to_string(*got) + ", the text's " + std::to_string(*want);
  return std::nullopt;
}

// The map saved for `gold_path` in `maps_dir`; nullopt with `where: why` in `error`.
std::optional<eval::MapView> saved_map(const std::string& maps_dir, const std::string& gold_path,
                                       const nlohmann::json& gold, std::string& error) {
  const std::string map_path = eval::map_path_for(maps_dir, gold_path);
  auto map = eval::read_json_file(map_path, error);
  if (!map) return std::nullopt;
  // Offsets are code points into the gold's text: a map of another text would be
  // compared sentence by sentence with the wrong one.
  if (auto why = different_text(gold, *map)) {
    error = map_path + ": not a map of " + eval::text_path_for(gold_path) + ": " + *why;
    return std::nullopt;
  }
  auto view = eval::read_map(*map, error);
  if (!view) error = map_path + ": " + error;
  return view;
}

// The engine's map of the gold document's text, read back as users would read it;
// nullopt with `where: why` in `error`.
std::optional<eval::MapView> engine_map(const Engine& engine, const eval::GoldDocument& doc,
                                        const std::string& gold_path, AnalyzeOptions options,
                                        bool text_dates_only, std::string& error) {
  // A yearless dateline ("Nanjing, September 12") needs the publication date a real
  // archive carries as metadata; the gold's document date stands for it unless --date
  // or --text-dates-only says otherwise.
  if (!text_dates_only && !options.date)
    if (auto published = publication_date(doc.gold)) options.date = published;
  auto result = engine.analyze(doc.text, eval::text_path_for(gold_path), options);
  if (auto* err = std::get_if<AnalyzeError>(&result)) {
    error = gold_path + ": " + err->message;
    return std::nullopt;
  }
  auto view = eval::read_map(nlohmann::json::parse(to_json(std::get<Document>(result), -1)), error);
  if (!view) error = gold_path + ": engine output: " + error;  // breaks the contract: worth saying, not a crash
  return view;
}

}  // namespace

int cmd_eval(const std::vector<std::string>& args) {
  CommonOptions common;
  bool as_json = false;
  bool text_dates_only = false;
  bool by_document = false;
  std::optional<std::string> floors_path;
  std::optional<std::string> maps_dir;
  std::vector<std::string> inputs;
  auto own = [&](const std::vector<std::string>& a, std::size_t& i, bool& error) {
    if (a[i] == "--json" || a[i] == "--text-dates-only" || a[i] == "--by-document") {
      (a[i] == "--json" ? as_json : a[i] == "--by-document" ? by_document : text_dates_only) = true;
      return true;
    }
    if (a[i] != "--floors" && a[i] != "--maps") return false;
    if (i + 1 >= a.size()) {
      std::cerr << "argmap eval: " << a[i] << " needs a value\n";
      error = true;
    } else {
      (a[i] == "--floors" ? floors_path : maps_dir) = a[i + 1];
      ++i;
    }
    return true;
  };
  if (auto code = parse_command_line("eval", args, kUsage, common, inputs, own)) return *code;
  if (inputs.empty()) {
    std::cerr << "argmap eval: no gold files or directories given\n" << kUsage;
    return usage_error;
  }

  bool failed = false;
  std::optional<eval::Floors> floors;
  if (floors_path) {
    std::string error;
    auto text = read_input(*floors_path, error);  // error: "PATH: reason"
    if (!text) {
      std::cerr << "argmap eval: " << error << "\n";
      return input_error;
    }
    floors = eval::read_floors(*text, error);
    if (!floors) {
      std::cerr << "argmap eval: " << *floors_path << ": " << error << "\n";
      return input_error;
    }
  }

  std::vector<std::string> errors;
  const auto files = eval::collect_gold_files(inputs, errors);
  for (const auto& e : errors) std::cerr << "argmap eval: " << e << "\n";
  failed = !errors.empty();

  if (maps_dir) {
    // The engine's options would change nothing: refuse them rather than ignore them.
    if (!common.rule_dirs.empty() || common.no_shipped_rules || !common.language.empty() || common.lenient ||
        common.date || text_dates_only) {
      std::cerr << "argmap eval: --maps measures saved maps; --rules, --no-default-rules, --lang, --lenient,\n"
                   "  --date and --text-dates-only run the engine and cannot be given with it\n";
      return usage_error;
    }
    if (!std::filesystem::is_directory(*maps_dir)) {
      std::cerr << "argmap eval: --maps " << *maps_dir << ": not a directory\n";
      return input_error;
    }
  }
  std::shared_ptr<const Engine> engine;  // only when the maps are the engine's, made here
  if (!maps_dir) {
    engine = load_engine(common);
    if (!engine) return rules_error;
  }

  const bool progress = isatty(STDERR_FILENO);
  std::map<std::string, eval::Counts> by_language;
  eval::Counts all;
  std::vector<std::string> evaluated;
  std::vector<eval::DocumentResult> per_document;
  for (std::size_t i = 0; i < files.size(); ++i) {
    const std::string& path = files[i];
    if (progress) std::cerr << "\r\033[Keval " << (i + 1) << "/" << files.size() << " " << path << std::flush;
    auto report = [&](const std::string& message) {
      if (progress) std::cerr << "\r\033[K";
      std::cerr << "argmap eval: " << message << "\n";
      failed = true;
    };
    std::string error;
    auto doc = eval::read_gold(path, error);
    if (!doc) {
      report(error);
      continue;
    }
    auto gold = eval::read_map(doc->gold, error);
    if (!gold) {
      report(path + ": " + error);
      continue;
    }
    auto pred = maps_dir ? saved_map(*maps_dir, path, doc->gold, error)
                         : engine_map(*engine, *doc, path, common.analyze_options(), text_dates_only, error);
    if (!pred) {
      report(error);
      continue;
    }
    const eval::Counts counts = eval::compare(*gold, *pred);
    by_language[gold->language] += counts;
    all += counts;
    evaluated.push_back(eval::document_name(path));
    if (by_document) per_document.push_back({evaluated.back(), gold->language, counts});
  }
  if (progress) std::cerr << "\r\033[K" << std::flush;

  std::vector<eval::Column> columns;
  for (const char* lang : kLanguages) columns.push_back({lang, by_language[lang]});
  for (const auto& [lang, counts] : by_language)  // languages beyond the usual three
    if (std::find(std::begin(kLanguages), std::end(kLanguages), lang) == std::end(kLanguages))
      columns.push_back({lang, counts});
  columns.push_back({"all", all});

  if (as_json) {
    auto j = eval::render_json(columns, evaluated);
    if (by_document) j["by_document"] = eval::by_document_json(per_document);
    std::cout << j.dump(2) << "\n";
  } else {
    std::cout << eval::render_table(columns);
    if (by_document) std::cout << "\n" << eval::render_by_document(per_document);
  }
  if (floors) {
    const auto failures = eval::check_floors(*floors, columns);
    for (const auto& f : failures) std::cerr << "argmap eval: below floor: " << f << "\n";
    if (!failures.empty()) failed = true;
  }
  return failed ? input_error : ok;
}

}  // namespace argmap::cli
