# Our targets compile with high warnings; third-party headers come in as SYSTEM.
# (-Wnull-dereference is left out: GCC 12 reports false positives with it at -O2.)
function(cc_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wold-style-cast -Wcast-align -Wunused -Woverloaded-virtual
                                           -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)
  if(CC_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
