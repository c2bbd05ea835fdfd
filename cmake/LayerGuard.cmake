# The direction of the layers (README "Folder layout"): cli/ and widgets/ build
# on core/, never the other way; inside widgets/, main/ (the main window)
# builds on the other folders, never the other way. CoreLayerGuard.cmake keeps
# Qt out of core; this keeps the rest pointing downwards:
#  core     every quoted include names a file in core/ itself (so nothing from
#           cli/, widgets/ or app/), and no process control (spawning or
#           waiting for programs, /proc/self/exe) — that is the CLI's business;
#  widgets  no folder of widgets/ but main/ includes "main/…".
# Usable as a script, failing with the offending files:
#   cmake -DCC_LAYER=core|widgets -DCC_SCAN_DIR=<dir> -P LayerGuard.cmake

set(cc_include_regex "^[ \t]*#[ \t]*include[ \t]*")

function(cc_sources_in dir out_var)
  file(GLOB_RECURSE sources "${dir}/*.h" "${dir}/*.hpp" "${dir}/*.cpp" "${dir}/*.cc")
  list(SORT sources)
  set(${out_var} "${sources}" PARENT_SCOPE)
endfunction()

# core: "…" includes that resolve outside `dir`, and process-control headers or calls.
function(cc_scan_core_layer dir out_var)
  cc_sources_in("${dir}" sources)
  set(offenders "")
  foreach(f IN LISTS sources)
    get_filename_component(here "${f}" DIRECTORY)
    file(STRINGS "${f}" quoted REGEX "${cc_include_regex}\"[^\"]+\"")
    foreach(line IN LISTS quoted)
      string(REGEX REPLACE "^[^\"]*\"([^\"]+)\".*$" "\\1" inc "${line}")
      if(NOT EXISTS "${dir}/${inc}" AND NOT EXISTS "${here}/${inc}")
        list(APPEND offenders "${f}: includes \"${inc}\", which is not in core/")
      endif()
    endforeach()
    file(STRINGS "${f}" process REGEX
         "(${cc_include_regex}<(spawn|sys/wait)\\.h>|(^|[^A-Za-z0-9_])(posix_spawnp?|fork|vfork|execv[pe]?|execl[pe]?|waitpid|system)[ \t]*\\(|/proc/self/exe)")
    foreach(line IN LISTS process)
      string(STRIP "${line}" line)
      string(REPLACE ";" "," line "${line}") # a ';' would split the list
      list(APPEND offenders "${f}: process control: ${line}")
    endforeach()
  endforeach()
  set(${out_var} "${offenders}" PARENT_SCOPE)
endfunction()

# widgets: includes of "main/…" from any folder of `dir` except main/ (files
# directly in `dir`, like studio_app.cpp, sit above main/ and may).
function(cc_scan_widgets_layer dir out_var)
  cc_sources_in("${dir}" sources)
  set(offenders "")
  foreach(f IN LISTS sources)
    file(RELATIVE_PATH rel "${dir}" "${f}")
    if(NOT rel MATCHES "/" OR rel MATCHES "^main/")
      continue()
    endif()
    file(STRINGS "${f}" hits REGEX "${cc_include_regex}[\"<]main/")
    foreach(line IN LISTS hits)
      string(STRIP "${line}" line)
      list(APPEND offenders "${f}: ${line}")
    endforeach()
  endforeach()
  set(${out_var} "${offenders}" PARENT_SCOPE)
endfunction()

if(CMAKE_SCRIPT_MODE_FILE AND CC_SCAN_DIR AND CC_LAYER)
  if(CC_LAYER STREQUAL "core")
    cc_scan_core_layer("${CC_SCAN_DIR}" offenders)
    set(why "core/ is the bottom layer: it includes only itself and leaves processes to cli/")
  elseif(CC_LAYER STREQUAL "widgets")
    cc_scan_widgets_layer("${CC_SCAN_DIR}" offenders)
    set(why "widgets/main/ (the main window) uses the other widget folders, never the other way")
  else()
    message(FATAL_ERROR "CC_LAYER must be core or widgets, not '${CC_LAYER}'")
  endif()
  if(offenders)
    list(JOIN offenders "\n  " listing)
    message(FATAL_ERROR "${why}. Offending lines:\n  ${listing}")
  endif()
endif()
