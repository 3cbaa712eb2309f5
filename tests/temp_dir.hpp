// A scratch directory for a test, unique to the process (ctest runs test cases in
// parallel processes) and removed afterwards.
#pragma once
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace argmap::testing {

struct TempDir {
  std::filesystem::path root;
  explicit TempDir(const std::string& prefix = "argmap_test") {
    static int n = 0;
    root = std::filesystem::temp_directory_path() /
           (prefix + "_" + std::to_string(::getpid()) + "_" + std::to_string(n++));
    std::filesystem::remove_all(root);
    std::filesystem::create_directories(root);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(root, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  // Writes `text` to root/name (creating folders) and returns the path.
  std::string write(const std::string& name, const std::string& text) const {
    const auto p = root / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p.generic_string();
  }
};

}  // namespace argmap::testing
