# CPack: `cpack -G DEB` in a configured build (see `make deb`) makes
# clustercanvas_<version>_<arch>.deb from the install() rules in packaging/.
# Runtime dependencies are computed by dpkg-shlibdeps (package dpkg-dev).
set(CC_PACKAGE_MAINTAINER "ClusterCanvas maintainers <maintainers@clustercanvas.invalid>"
    CACHE STRING "Maintainer field of the .deb (Name <email>)")

set(CPACK_PACKAGE_NAME "clustercanvas")
set(CPACK_PACKAGE_VENDOR "ClusterCanvas")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_CONTACT "${CC_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_PACKAGE_NAME "clustercanvas")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # clustercanvas_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CC_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Japanese and Chinese text (UI and PDF reports) needs a CJK font; Qt's own dialog translations are optional.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n")
# The long description; CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY on the
# Description: line itself, so it is not repeated here.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "ClusterCanvas is a desktop studio for designing AI infrastructure: GPUs,
servers, switches, NICs, storage, edge devices and WAN links on a canvas,
scored for bill of materials, power, price, design rules, and training,
inference and edge performance, with every number explained.
It also ships clustercanvas-cli, a command-line evaluator, and the
design templates in /usr/share/clustercanvas/templates.")

include(CPack)
