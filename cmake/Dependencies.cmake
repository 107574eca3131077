# Every dependency comes from a Debian package. When one is missing, say which
# package to install instead of CMake's generic "could not find" message.

function(ipskit_require_package name debian_package)
  find_package(${name} CONFIG QUIET)
  if(NOT ${name}_FOUND)
    message(FATAL_ERROR
      "ipskit needs ${name}, which was not found.\n"
      "Install it with:  apt-get install ${debian_package}\n"
      "(or run scripts/install-dependencies.sh to install everything ipskit needs)")
  endif()
endfunction()

ipskit_require_package(CLI11 libcli11-dev)
ipskit_require_package(fmt libfmt-dev)
ipskit_require_package(nlohmann_json nlohmann-json3-dev)
if(IPSKIT_BUILD_TESTS)
  ipskit_require_package(doctest doctest-dev)
endif()

# Large extracts are read in parts on several threads.
find_package(Threads REQUIRED)

find_package(PkgConfig QUIET)
if(NOT PkgConfig_FOUND)
  message(FATAL_ERROR "ipskit needs pkg-config to find libyaml, libxlsxwriter, minizip, ISA-L, expat and pugixml. Install it with:  apt-get install pkg-config")
endif()
pkg_check_modules(XLSXWRITER QUIET IMPORTED_TARGET xlsxwriter)
if(NOT XLSXWRITER_FOUND)
  message(FATAL_ERROR "ipskit needs libxlsxwriter, which was not found.\n"
    "Install it with:  apt-get install libxlsxwriter-dev")
endif()
pkg_check_modules(LIBYAML QUIET IMPORTED_TARGET yaml-0.1)
if(NOT LIBYAML_FOUND)
  message(FATAL_ERROR "ipskit needs libyaml, which was not found.\n"
    "Install it with:  apt-get install libyaml-dev")
endif()
# Workbooks (.xlsx) are read with minizip for the zip container, ISA-L's
# igzip to inflate it, and expat for the XML, so that none is written by hand;
# pugixml reads the plain pieces of a large sheet, several times as fast.
pkg_check_modules(MINIZIP QUIET IMPORTED_TARGET minizip)
if(NOT MINIZIP_FOUND)
  message(FATAL_ERROR "ipskit needs minizip, which was not found.\n"
    "Install it with:  apt-get install libminizip-dev")
endif()
pkg_check_modules(ISAL QUIET IMPORTED_TARGET libisal)
if(NOT ISAL_FOUND)
  message(FATAL_ERROR "ipskit needs ISA-L (igzip), which was not found.\n"
    "Install it with:  apt-get install libisal-dev")
endif()
pkg_check_modules(EXPAT QUIET IMPORTED_TARGET expat)
if(NOT EXPAT_FOUND)
  message(FATAL_ERROR "ipskit needs expat, which was not found.\n"
    "Install it with:  apt-get install libexpat1-dev")
endif()
# pugixml is linked statically where its package has the static library, as
# Debian's does: the sheet's walk calls an accessor for every node, name and
# attribute, and each call through the shared library's PLT made a large
# workbook about 8 % slower.
find_package(pugixml CONFIG QUIET)
if(TARGET pugixml::static)
  add_library(ipskit_pugixml ALIAS pugixml::static)
else()
  pkg_check_modules(PUGIXML QUIET IMPORTED_TARGET pugixml)
  if(NOT PUGIXML_FOUND)
    message(FATAL_ERROR "ipskit needs pugixml, which was not found.\n"
      "Install it with:  apt-get install libpugixml-dev")
  endif()
  add_library(ipskit_pugixml ALIAS PkgConfig::PUGIXML)
endif()
