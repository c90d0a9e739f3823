# Packaging: install rules for everything but the two executables (app/CMakeLists.txt
# installs those) and CPack settings for the Debian package and the tarball.
#
#   cmake --build build --target mddnet mddnet-inspector mdd_package_files
#   scripts/teachers/fetch_teachers.sh build/teachers
#   cd build && cpack                   # packages/mddnet-inspector_<version>-1_amd64.deb
#                                       # packages/mddnet-inspector-<version>-linux-<arch>.tar.gz
#   installer/test_package.sh build     # builds both, runs lintian and the validators,
#                                       # installs, runs and removes the .deb
#
# Included from the top-level CMakeLists.txt before add_subdirectory(core): the engine
# bakes ${CMAKE_INSTALL_PREFIX}/share/mddnet/teachers in as the installed teacher folder
# (core/CMakeLists.txt, MDD_INSTALL_TEACHER_DIR), so the prefix must be settled first.

# Debian packages install under /usr, and the binaries must look for the bundled teacher
# weights there: a fresh build directory defaults to /usr (instead of /usr/local).
if(CMAKE_INSTALL_PREFIX_INITIALIZED_TO_DEFAULT)
  set(CMAKE_INSTALL_PREFIX "/usr" CACHE PATH "Install prefix (the Debian package needs /usr)" FORCE)
endif()
include(GNUInstallDirs)

set(MDD_APP_ID "io.github.mddnet.Inspector")
set(MDD_DEB_RELEASE 1)
set(MDD_INSTALLER_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(MDD_INSTALLER_BINARY_DIR "${CMAKE_BINARY_DIR}/installer")
set(MDD_PACKAGE_TEACHERS inception_v3.mdda mobilenet_v2.mdda)
set(MDD_PACKAGE_MAINTAINER
    "MDD-Net Inspector maintainers <packaging@mddnet-inspector.example>")
# Must equal core/CMakeLists.txt's MDD_INSTALL_TEACHER_DIR relative to the prefix.
set(MDD_TEACHER_INSTALL_SUBDIR "share/mddnet/teachers")

# The Debian changelog and the AppStream release must name this version: a release bumps
# project(VERSION) and adds an entry to both.
file(STRINGS "${MDD_INSTALLER_DIR}/changelog" _mdd_changelog_top LIMIT_COUNT 1)
if(NOT _mdd_changelog_top MATCHES "^mddnet-inspector \\(${PROJECT_VERSION}-${MDD_DEB_RELEASE}\\) ")
  message(FATAL_ERROR
    "installer/changelog starts with '${_mdd_changelog_top}', but the package version is "
    "${PROJECT_VERSION}-${MDD_DEB_RELEASE} (project(VERSION) in CMakeLists.txt): add an entry "
    "'mddnet-inspector (${PROJECT_VERSION}-${MDD_DEB_RELEASE}) unstable; urgency=medium' at "
    "the top of installer/changelog")
endif()
file(READ "${MDD_INSTALLER_DIR}/${MDD_APP_ID}.metainfo.xml" _mdd_metainfo)
if(NOT _mdd_metainfo MATCHES "<release version=\"${PROJECT_VERSION}\"")
  message(FATAL_ERROR
    "installer/${MDD_APP_ID}.metainfo.xml has no <release version=\"${PROJECT_VERSION}\" "
    "date=\"YYYY-MM-DD\"> (project(VERSION) in CMakeLists.txt): add it at the top of <releases>")
endif()

# Debian wants man pages and the changelog compressed with gzip -9n (no name, no time).
# The man pages name the version: configured first.
foreach(_page IN ITEMS mddnet.1 mddnet-inspector.1)
  configure_file("${MDD_INSTALLER_DIR}/man/${_page}.in" "${MDD_INSTALLER_BINARY_DIR}/${_page}" @ONLY)
endforeach()
set(_mdd_gzipped)
foreach(_src IN ITEMS "${MDD_INSTALLER_BINARY_DIR}/mddnet.1" "${MDD_INSTALLER_BINARY_DIR}/mddnet-inspector.1"
                      "${MDD_INSTALLER_DIR}/changelog")
  get_filename_component(_name "${_src}" NAME)
  if(_name STREQUAL "changelog")
    set(_name "changelog.Debian")
  endif()
  set(_out "${MDD_INSTALLER_BINARY_DIR}/${_name}.gz")
  add_custom_command(OUTPUT "${_out}"
    COMMAND "${CMAKE_COMMAND}" -DIN=${_src} -DOUT=${_out} -P "${MDD_INSTALLER_DIR}/gzip_file.cmake"
    DEPENDS "${_src}" "${MDD_INSTALLER_DIR}/gzip_file.cmake"
    COMMENT "Compressing ${_name}" VERBATIM)
  list(APPEND _mdd_gzipped "${_out}")
endforeach()
add_custom_target(mdd_package_files ALL DEPENDS ${_mdd_gzipped})

# `cpack` and `make install` install what is built and do not build the whole project
# (tests, benchmarks) first: build the programs, then package.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
# No build-tree search paths in the installed programs (lintian:
# custom-library-search-path); every library comes from the system.
set(CMAKE_INSTALL_RPATH "")
set(CMAKE_INSTALL_RPATH_USE_LINK_PATH OFF)

# Desktop integration: menu entry, AppStream metadata, project MIME type, icons.
install(FILES "${MDD_INSTALLER_DIR}/${MDD_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${MDD_INSTALLER_DIR}/${MDD_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${MDD_INSTALLER_DIR}/${MDD_APP_ID}.mime.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages" RENAME "${MDD_APP_ID}.xml")
install(FILES "${CMAKE_SOURCE_DIR}/resources/icons/mddnet.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
        RENAME "${MDD_APP_ID}.svg")
foreach(_size IN ITEMS 16 24 32 48 64 128 256)
  install(FILES "${MDD_INSTALLER_DIR}/icons/${_size}.png"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps"
          RENAME "${MDD_APP_ID}.png")
endforeach()

# Documentation: man pages, copyright (with the teachers' licence notice), changelog.
install(FILES "${MDD_INSTALLER_BINARY_DIR}/mddnet.1.gz" "${MDD_INSTALLER_BINARY_DIR}/mddnet-inspector.1.gz"
        DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
install(FILES "${MDD_INSTALLER_DIR}/copyright" "${MDD_INSTALLER_BINARY_DIR}/changelog.Debian.gz"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/mddnet-inspector")
install(FILES "${MDD_INSTALLER_DIR}/lintian-overrides"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/lintian/overrides" RENAME mddnet-inspector)

# The converted teacher weights (scripts/teachers/fetch_teachers.sh writes them into
# ${MDD_TEACHER_DIR}), so the installed programs work offline.
set(_mdd_teacher_files)
foreach(_file IN LISTS MDD_PACKAGE_TEACHERS)
  list(APPEND _mdd_teacher_files "${MDD_TEACHER_DIR}/${_file}")
endforeach()
install(CODE "
  foreach(_f IN ITEMS ${_mdd_teacher_files})
    if(NOT EXISTS \"\${_f}\")
      message(FATAL_ERROR \"The teacher weights \${_f} are missing, and the package bundles \"
        \"them: run scripts/teachers/fetch_teachers.sh ${MDD_TEACHER_DIR} (or \"
        \"scripts/setup.sh build), then package again.\")
    endif()
  endforeach()")
install(FILES ${_mdd_teacher_files} DESTINATION "${MDD_TEACHER_INSTALL_SUBDIR}")
install(FILES "${MDD_INSTALLER_DIR}/teachers-README"
        DESTINATION "${MDD_TEACHER_INSTALL_SUBDIR}" RENAME README)

# CPack: a Debian package and a tarball of the same files.
set(CPACK_PACKAGE_NAME "mddnet-inspector")
set(CPACK_PACKAGE_VENDOR "MDD-Net Inspector project")
set(CPACK_PACKAGE_CONTACT "${MDD_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "multi-class visual anomaly detection with MDD-Net")
set(CPACK_PACKAGE_DESCRIPTION
"MDD-Net Inspector trains one MDD-Net model (a memory-augmented dual-decoder
reverse-distillation network) on good images of many product classes, then
flags and locates defects it has never seen, on the CPU or a CUDA GPU.
.
This package contains the mddnet-inspector desktop application (datasets,
training with live curves, heatmap overlays, per-class threshold tuning,
verdict review, a t-SNE view of the model's memory, PDF and HTML reports),
the mddnet command-line tool for the same jobs without a display, and the
converted ImageNet teacher weights (InceptionV3, MobileNetV2), so it works
offline.")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_SOURCE_GENERATOR "")
set(CPACK_OUTPUT_FILE_PREFIX "${CMAKE_BINARY_DIR}/packages")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_THREADS 0)
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PROJECT_CONFIG_FILE "${MDD_INSTALLER_BINARY_DIR}/CPackOptions.cmake")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE "${MDD_DEB_RELEASE}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${MDD_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# dpkg-shlibdeps (package dpkg-dev) computes the libraries' packages; these are the run-time
# needs it cannot see: OpenBLAS (Debian's LibTorch otherwise multiplies matrices on the
# reference BLAS, about 50x slower), Qt's SQLite driver (projects) and SVG icon engine
# (window icon), and GIMP's patterns (the textures of the demo dataset and of the
# training's anomaly synthesis).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libopenblas0-pthread, libqt6sql6-sqlite, libqt6svg6, gimp-data")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")

configure_file("${MDD_INSTALLER_DIR}/CPackOptions.cmake.in"
               "${MDD_INSTALLER_BINARY_DIR}/CPackOptions.cmake" @ONLY)
include(CPack)
