# Our targets compile with high warnings; third-party headers come in as SYSTEM.
function(cc_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wold-style-cast -Wcast-align -Wunused -Woverloaded-virtual
                                           -Wnull-dereference -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)
  if(CC_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
