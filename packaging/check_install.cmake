# Installs the build into a staging folder, as CPack does, and checks that the
# files the .deb needs are there.
file(REMOVE_RECURSE "${STAGE}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${STAGE}/usr"
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${rc})")
endif()
set(expected bin/clustercanvas-cli share/clustercanvas/templates/dgx-h100-training-pod.ccd)
if(GUI)
  list(APPEND expected bin/clustercanvas share/applications/clustercanvas.desktop
       share/metainfo/io.github.clustercanvas.ClusterCanvas.metainfo.xml share/mime/packages/clustercanvas.xml
       share/icons/hicolor/scalable/apps/clustercanvas.svg)
endif()
foreach(f IN LISTS expected)
  if(NOT EXISTS "${STAGE}/usr/${f}")
    message(FATAL_ERROR "not installed: /usr/${f}")
  endif()
endforeach()
if(GUI)
  file(READ "${STAGE}/usr/share/metainfo/io.github.clustercanvas.ClusterCanvas.metainfo.xml" mi)
  if(mi MATCHES "@[A-Z_]+@")
    message(FATAL_ERROR "metainfo has an unreplaced @VARIABLE@")
  endif()
endif()
message(STATUS "install tree ok")
