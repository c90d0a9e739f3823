# cmake -DIN=<file> -DOUT=<file.gz> -P gzip_file.cmake
# Compresses IN into OUT with gzip -9n, as Debian wants man pages and changelogs: the
# same input gives the same bytes (no file name or time stamp in the header).
foreach(_var IN ITEMS IN OUT)
  if(NOT DEFINED ${_var})
    message(FATAL_ERROR "gzip_file.cmake: pass -D${_var}=<file>")
  endif()
endforeach()
find_program(_gzip gzip REQUIRED)
get_filename_component(_dir "${OUT}" DIRECTORY)
file(MAKE_DIRECTORY "${_dir}")
execute_process(COMMAND "${_gzip}" -9nc "${IN}" OUTPUT_FILE "${OUT}.tmp" RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  file(REMOVE "${OUT}.tmp")
  message(FATAL_ERROR "gzip_file.cmake: gzip -9n ${IN} failed (${_rc})")
endif()
file(RENAME "${OUT}.tmp" "${OUT}")
