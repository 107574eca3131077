# What 'cmake --install' puts where, and the Debian package CPack makes of
# it: 'cmake --preset package && cmake --build --preset package && cpack
# --preset package' writes build-package/ipskit_VERSION_amd64.deb (README,
# "Installing the Debian package").

install(DIRECTORY scales/ DESTINATION ${CMAKE_INSTALL_DATADIR}/ipskit/scales FILES_MATCHING PATTERN "*.yaml")
install(FILES packaging/ipskit.bash-completion DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME ipskit)
install(FILES packaging/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/ipskit)

# Debian keeps man pages and changelogs gzipped; -n leaves out the name and
# time, so the package is the same bytes whenever it is built.
find_program(IPSKIT_GZIP gzip REQUIRED)
set(ipskit_gzipped)
foreach(source man/ipskit.1 packaging/changelog)
  get_filename_component(name ${source} NAME)
  set(gzipped ${PROJECT_BINARY_DIR}/packaging/${name}.gz)
  add_custom_command(
    OUTPUT ${gzipped}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/packaging
    COMMAND ${IPSKIT_GZIP} -9nc ${PROJECT_SOURCE_DIR}/${source} > ${gzipped}
    DEPENDS ${PROJECT_SOURCE_DIR}/${source}
    COMMENT "Compressing ${source}")
  list(APPEND ipskit_gzipped ${gzipped})
endforeach()
add_custom_target(ipskit_gzipped_docs ALL DEPENDS ${ipskit_gzipped})
install(FILES ${PROJECT_BINARY_DIR}/packaging/ipskit.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_BINARY_DIR}/packaging/changelog.gz DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/ipskit)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ipskit)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # ipskit_VERSION_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "ipskit maintainers <maintainers@users.noreply.h-seed-c6942675.example>"
    CACHE STRING "Maintainer field of the Debian package")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The libraries the binary links, as dpkg-shlibdeps finds them (needs dpkg-dev).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "score IPS fidelity reviews and report employment outcomes")
# CPack puts the summary above this, and one space before each line.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "ipskit is a command-line toolkit for IPS (Individual Placement and Support)
programmes, which help people with mental illness into ordinary jobs and
education. It writes the reviewer questionnaire of the IPS fidelity scale,
scores reviews (items, sections, total, fidelity level, agreement between
reviewers), and turns case extracts from municipal systems into outcome
tables, in English or Danish, as terminal tables, Markdown, CSV, JSON or
xlsx workbooks.")
include(CPack)
