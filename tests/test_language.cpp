// detect_language and language_family.
#include <catch2/catch.hpp>

#include "engine/language.hpp"

using namespace argmap;

TEST_CASE("English text is en", "[language]") {
  CHECK(detect_language(U"The talks lasted five hours, officials said.") == "en");
  CHECK(detect_language(U"Putin met Witkoff 會談") == "en");  // 15 Latin letters vs 2 Han
}

TEST_CASE("Traditional Chinese is zh-Hant", "[language]") {
  CHECK(detect_language(U"俄羅斯總統普京與美國總統特使會談。") == "zh-Hant");
  // Latin names inside Chinese text do not outweigh it.
  CHECK(detect_language(U"俄羅斯總統普京（Putin）與美國總統特使威特科夫（Witkoff）舉行會談，討論了領土問題。") == "zh-Hant");
}

TEST_CASE("Simplified Chinese is zh-Hans", "[language]") {
  CHECK(detect_language(U"俄罗斯总统普京与美国总统特使会谈。") == "zh-Hans");
}

TEST_CASE("ties go to zh-Hant; only more Simplified-only characters make zh-Hans", "[language]") {
  CHECK(detect_language(U"") == "zh-Hant");
  CHECK(detect_language(U"的人大小") == "zh-Hant");  // characters shared by both scripts
  CHECK(detect_language(U"國国") == "zh-Hant");      // one of each
  CHECK(detect_language(U"國国说") == "zh-Hans");
}

TEST_CASE("language_family is the primary subtag, zh for both Chinese scripts", "[language]") {
  CHECK(language_family("zh-Hant") == "zh");
  CHECK(language_family("zh-Hans") == "zh");
  CHECK(language_family("en") == "en");
  CHECK(language_family("en-US") == "en");
  CHECK(language_family("") == "");
}
