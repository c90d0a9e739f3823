# Third-party packages. LibTorch comes from Debian (libtorch-dev) or from an official
# archive passed with -DCMAKE_PREFIX_PATH=/path/to/libtorch.
find_package(Torch REQUIRED)
find_package(OpenCV REQUIRED COMPONENTS core imgproc imgcodecs)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(Threads REQUIRED)

# Torch's exported flags carry its include dirs without SYSTEM; wrap them so our
# -Wall -Wextra does not drown in LibTorch's own warnings.
if(NOT TARGET mdd::torch)
  add_library(mdd_torch INTERFACE)
  add_library(mdd::torch ALIAS mdd_torch)
  target_link_libraries(mdd_torch INTERFACE ${TORCH_LIBRARIES})
  target_include_directories(mdd_torch SYSTEM INTERFACE ${TORCH_INCLUDE_DIRS})
  if(TORCH_CXX_FLAGS)
    separate_arguments(_mdd_torch_flags UNIX_COMMAND "${TORCH_CXX_FLAGS}")
    target_compile_options(mdd_torch INTERFACE ${_mdd_torch_flags})
  endif()
endif()

# LibTorch on the CPU allocates and frees tens of megabytes per layer and step; glibc's
# malloc maps and unmaps each such block (page faults: a quarter of a training step's time
# here). tcmalloc keeps them: 1.24x faster training steps measured on this machine
# (docs/PERFORMANCE.md). Debian: libtcmalloc-minimal4. Linked into every program.
# AddressSanitizer brings its own malloc, so a sanitizer build goes without.
if(MDD_SANITIZE MATCHES "address")
  set(mdd_tcmalloc_default OFF)
else()
  set(mdd_tcmalloc_default ON)
endif()
option(MDD_USE_TCMALLOC "Link tcmalloc (libtcmalloc-minimal4) as the allocator" ${mdd_tcmalloc_default})
if(MDD_USE_TCMALLOC AND MDD_SANITIZE MATCHES "address")
  message(FATAL_ERROR "MDD_SANITIZE=${MDD_SANITIZE} replaces malloc: configure with "
                      "-DMDD_USE_TCMALLOC=OFF (the asan preset does)")
endif()
add_library(mdd_allocator INTERFACE)
add_library(mdd::allocator ALIAS mdd_allocator)
if(MDD_USE_TCMALLOC)
  find_library(MDD_TCMALLOC_LIBRARY NAMES tcmalloc_minimal libtcmalloc_minimal.so.4)
  if(MDD_TCMALLOC_LIBRARY)
    message(STATUS "Allocator: ${MDD_TCMALLOC_LIBRARY}")
    target_link_libraries(mdd_allocator INTERFACE ${MDD_TCMALLOC_LIBRARY})
  else()
    message(WARNING "tcmalloc not found (install libtcmalloc-minimal4): glibc malloc, slower "
                    "training and inference on the CPU")
  endif()
endif()

if(MDD_BUILD_GUI OR MDD_BUILD_TESTS)
  find_package(Qt6 REQUIRED COMPONENTS Core Gui Widgets Sql Concurrent Test PrintSupport)
  find_package(Qt6 COMPONENTS LinguistTools)
endif()

if(MDD_BUILD_GUI)
  # Debian's libqcustomplot-dev ships the Qt 6 build as libqcustomplot-qt6 (name varies
  # by release); accept either.
  find_path(QCUSTOMPLOT_INCLUDE_DIR qcustomplot.h PATH_SUFFIXES qcustomplot)
  find_library(QCUSTOMPLOT_LIBRARY NAMES qcustomplot-qt6 QCustomPlotQt6 qcustomplot)
  if(NOT QCUSTOMPLOT_INCLUDE_DIR OR NOT QCUSTOMPLOT_LIBRARY)
    message(FATAL_ERROR "QCustomPlot (Qt 6 build) not found: install libqcustomplot-dev")
  endif()
  add_library(mdd_qcustomplot INTERFACE)
  add_library(mdd::qcustomplot ALIAS mdd_qcustomplot)
  target_include_directories(mdd_qcustomplot SYSTEM INTERFACE ${QCUSTOMPLOT_INCLUDE_DIR})
  target_link_libraries(mdd_qcustomplot INTERFACE ${QCUSTOMPLOT_LIBRARY} Qt6::PrintSupport)
  target_compile_definitions(mdd_qcustomplot INTERFACE QCUSTOMPLOT_USE_LIBRARY)
endif()
