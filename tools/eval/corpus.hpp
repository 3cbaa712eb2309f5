// Finding and reading gold documents: NAME.gold.json with its text in NAME.txt beside it.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace argmap::eval {

// Expands GOLD arguments: a file is taken as is; a directory gives every *.gold.json
// below it, sorted. A path that does not exist, or a directory without gold files,
// adds a message to `errors`.
std::vector<std::string> collect_gold_files(const std::vector<std::string>& args, std::vector<std::string>& errors);

// NAME.txt for NAME.gold.json (the same path when it does not end in .gold.json).
std::string text_path_for(const std::string& gold_path);

// The document name shown in results: the file name without ".gold.json".
std::string document_name(const std::string& gold_path);

// A gold document: its parsed JSON and the text it annotates.
struct GoldDocument {
  nlohmann::json gold;
  std::string text;
};

// Reads and parses both files; nullopt with `path: reason` in `error` on failure.
std::optional<GoldDocument> read_gold(const std::string& gold_path, std::string& error);

// DIR/NAME.json for NAME.gold.json: where `argmap eval --maps DIR` looks for a saved map
// of the same text (an `argmap analyze` output, another system's, a second annotator's).
std::string map_path_for(const std::string& maps_dir, const std::string& gold_path);

// Reads and parses one JSON file; nullopt with `path: reason` in `error` on failure.
std::optional<nlohmann::json> read_json_file(const std::string& path, std::string& error);

}  // namespace argmap::eval
