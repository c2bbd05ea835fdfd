# core/ is plain C++20: it must never include Qt. This is enforced two ways:
#  1. core does not link Qt and has no Qt include paths, so a Qt include fails to compile;
#  2. this scan fails configuration *and* the build (target core_layer_guard) with
#     a message naming the file, so the reason is obvious.
# Usable as a script: cmake -DCC_SCAN_DIR=<dir> -P CoreLayerGuard.cmake
function(cc_scan_for_qt dir out_var)
  file(GLOB_RECURSE sources "${dir}/*.h" "${dir}/*.hpp" "${dir}/*.cpp" "${dir}/*.cc")
  set(offenders "")
  foreach(f IN LISTS sources)
    file(STRINGS "${f}" hits REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](Q[A-Za-z0-9_]+|Qt[A-Za-z0-9_]*/)")
    if(hits)
      list(APPEND offenders "${f}")
    endif()
  endforeach()
  set(${out_var} "${offenders}" PARENT_SCOPE)
endfunction()

if(CMAKE_SCRIPT_MODE_FILE AND CC_SCAN_DIR)
  cc_scan_for_qt("${CC_SCAN_DIR}" offenders)
  if(offenders)
    message(FATAL_ERROR "core/ must not include Qt (it is the headless engine). Offending files:\n  ${offenders}")
  endif()
endif()
