# Writes a C++ header holding map.css and map.js as string constants, so the HTML
# exporter needs no files at run time. Run by the engine's build:
#   cmake -DCSS=map.css -DJS=map.js -DOUT=html_assets.hpp -P embed.cmake
# The assets must stay ASCII (no CJK in C++ sources) and must not contain the raw
# string delimiter; both are checked here so a bad edit fails the build, not the page.
foreach(var CSS JS OUT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "embed.cmake: -D${var}=... is required")
  endif()
endforeach()

set(body "// Generated from engine/html/map.css and map.js by engine/html/embed.cmake. Do not edit.\n#pragma once\n\nnamespace argmap::html_assets {\n")
foreach(pair "kCss;${CSS}" "kJs;${JS}")
  list(GET pair 0 name)
  list(GET pair 1 file)
  file(READ "${file}" content)
  string(FIND "${content}" ")argmap_asset\"" bad)
  if(NOT bad EQUAL -1)
    message(FATAL_ERROR "embed.cmake: ${file} contains the raw string delimiter")
  endif()
  string(REGEX MATCH "[^\t\n\r -~]" non_ascii "${content}")
  if(non_ascii)
    message(FATAL_ERROR "embed.cmake: ${file} is not plain ASCII (write \\uXXXX escapes instead)")
  endif()
  string(APPEND body "inline constexpr const char* ${name} = R\"argmap_asset(${content})argmap_asset\";\n")
endforeach()
string(APPEND body "\n}  // namespace argmap::html_assets\n")
file(WRITE "${OUT}" "${body}")
