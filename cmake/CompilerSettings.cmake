# Settings shared by the product and the tests, as INTERFACE targets so that
# nothing outside this project inherits them.

add_library(ipskit_warnings INTERFACE)
target_compile_options(ipskit_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion
  -Wnon-virtual-dtor -Woverloaded-virtual
  $<$<BOOL:${IPSKIT_WERROR}>:-Werror>)
# Clang's -Wconversion also warns of every signed/unsigned conversion, which
# GCC's does not for C++; the sanitizer build is Clang's, so keep one set.
if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  target_compile_options(ipskit_warnings INTERFACE -Wno-sign-conversion)
endif()
# GCC 12 reports -Wrestrict inside libstdc++ for ordinary std::string
# concatenation at -O2 (GCC bug 105329), a false positive in the library.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(ipskit_warnings INTERFACE -Wno-restrict)
endif()

add_library(ipskit_sanitizers INTERFACE)
if(IPSKIT_SANITIZE)
  set(_sanitize_flags -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_compile_options(ipskit_sanitizers INTERFACE ${_sanitize_flags})
  target_link_options(ipskit_sanitizers INTERFACE ${_sanitize_flags})
endif()

add_library(ipskit_settings INTERFACE)
target_link_libraries(ipskit_settings INTERFACE ipskit_warnings ipskit_sanitizers)
