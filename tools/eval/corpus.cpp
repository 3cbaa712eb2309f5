// Gold documents on disk: which files an `argmap eval` argument names, and reading them.
#include "tools/eval/corpus.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>

namespace argmap::eval {

namespace fs = std::filesystem;

namespace {

constexpr const char* kSuffix = ".gold.json";

bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

std::optional<std::string> slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return std::nullopt;
  return data;
}

}  // namespace

std::vector<std::string> collect_gold_files(const std::vector<std::string>& args, std::vector<std::string>& errors) {
  std::vector<std::string> out;
  for (const std::string& arg : args) {
    std::error_code ec;
    const auto status = fs::status(arg, ec);
    if (ec || !fs::exists(status)) {
      errors.push_back(arg + ": no such file or directory");
      continue;
    }
    if (!fs::is_directory(status)) {
      out.push_back(arg);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(arg, fs::directory_options::skip_permission_denied, ec), end;
    for (; !ec && it != end; it.increment(ec))
      if (it->is_regular_file(ec) && ends_with(it->path().filename().string(), kSuffix))
        found.push_back(it->path().string());
    if (ec) errors.push_back(arg + ": " + ec.message());
    if (found.empty() && !ec) errors.push_back(arg + ": no *.gold.json files in this directory");
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

std::string text_path_for(const std::string& gold_path) {
  if (!ends_with(gold_path, kSuffix)) return gold_path;
  return gold_path.substr(0, gold_path.size() - std::string(kSuffix).size()) + ".txt";
}

std::string document_name(const std::string& gold_path) {
  std::string name = fs::path(gold_path).filename().string();
  if (ends_with(name, kSuffix)) name.resize(name.size() - std::string(kSuffix).size());
  return name;
}

std::string map_path_for(const std::string& maps_dir, const std::string& gold_path) {
  return (fs::path(maps_dir) / (document_name(gold_path) + ".json")).string();
}

std::optional<nlohmann::json> read_json_file(const std::string& path, std::string& error) {
  auto json_text = slurp(path);
  if (!json_text) {
    error = path + ": cannot read file";
    return std::nullopt;
  }
  try {
    return nlohmann::json::parse(*json_text);
  } catch (const nlohmann::json::exception& e) {  // its message says where: line, column
    error = path + ": not valid JSON: " + e.what();
    return std::nullopt;
  }
}

std::optional<GoldDocument> read_gold(const std::string& gold_path, std::string& error) {
  if (!ends_with(gold_path, kSuffix)) {
    error = gold_path + ": not a gold file (expected NAME.gold.json)";
    return std::nullopt;
  }
  auto json = read_json_file(gold_path, error);
  if (!json) return std::nullopt;
  GoldDocument doc;
  doc.gold = std::move(*json);
  const std::string text_path = text_path_for(gold_path);
  auto text = slurp(text_path);
  if (!text) {
    error = gold_path + ": cannot read its text " + text_path;
    return std::nullopt;
  }
  doc.text = std::move(*text);
  return doc;
}

}  // namespace argmap::eval
