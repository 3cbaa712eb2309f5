// Language detection from the text itself: zh-Hant, zh-Hans or en.
#pragma once
#include <string>
#include <string_view>

namespace argmap {

std::string detect_language(std::u32string_view text);

// "zh" for zh-Hant and zh-Hans, "en" for en: the scope rule packs declare.
std::string language_family(std::string_view bcp47);

}  // namespace argmap
