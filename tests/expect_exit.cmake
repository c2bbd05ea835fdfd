# Runs CMD with ARGS and fails unless it exits with EXPECT (ctest only knows 0 / non-0).
execute_process(COMMAND ${CMD} ${ARGS} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL EXPECT)
  message(FATAL_ERROR "expected exit code ${EXPECT}, got ${rc}\nstdout:\n${out}\nstderr:\n${err}")
endif()
