# Install layout and the Debian package (docs/packaging.md).
# Included by the top-level CMakeLists.txt after the targets exist. Binaries are installed by
# app/CMakeLists.txt; this file adds what a Linux desktop needs around them and configures
# CPack: `cpack -G DEB` in a Release build folder (scripts/lt package does all of it).
if(NOT UNIX OR APPLE)
    return()   # Windows is packaged differently: docs/windows.md
endif()

# ---------------------------------------------------------------- desktop integration
install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/logtriage.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/logtriage.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
# The same PNGs the window icon is built from (resources/icons, scripts/render-icons.sh).
foreach(size 16 32 48 64 128 256)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/logtriage.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/logtriage.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# Documentation as plain Markdown (the screenshots stay in the repository).
# Debian wants /usr/share/doc/<package>, not GNUInstallDirs' default .../doc/LogTriage.
file(GLOB lt_doc_pages CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/docs/*.md)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${lt_doc_pages}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/logtriage)

# ---------------------------------------------------------------- CPack: .deb
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME logtriage)
set(CPACK_PACKAGE_VENDOR "LogTriage team")
set(CPACK_PACKAGE_CONTACT "LogTriage team <logtriage@example.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "collect diagnostic logs and triage Windows servicing failures")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_PACKAGE_MAINTAINER "LogTriage team <logtriage@example.invalid>")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)   # logtriage_<version>-<release>_<arch>.deb
# Extended description under the summary line: CPack indents each line and turns an empty
# line into " ." itself (deb-control(5)), so the text here is plain.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "LogTriage is what a helpdesk sends to a broken PC. The collector gathers every
log a category needs into one zip with a manifest of what was gathered, missing,
denied, timed out or truncated. The viewer opens the zip, a folder or a single log:
a fast highlighted log view, the HRESULT failures found, each decoded like err.exe,
correlated with other files and answered with concrete remediation.

This package contains the desktop program (logtriage) and the command-line tool
(logtriage-cli).")

# Depends: dpkg-shlibdeps computes them from the binaries when it is installed (dpkg-dev).
# The build sysroot has no dpkg-dev, so the list below is what it would compute there: the
# package of every NEEDED library, at the highest version the symbols files of Debian 13
# (trixie) give for the symbols the binaries import (method in docs/packaging.md). Update it
# when a library is added or the sysroot moves to a newer Debian.
option(LT_DEB_EXPLICIT_DEPENDS "Use the hand-checked Debian 13 Depends even when dpkg-shlibdeps exists" OFF)
find_program(LT_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(LT_DPKG_SHLIBDEPS AND NOT LT_DEB_EXPLICIT_DEPENDS)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
else()
    set(CPACK_DEBIAN_PACKAGE_DEPENDS
        "libc6 (>= 2.34), libgcc-s1 (>= 3.0), libstdc++6 (>= 14), zlib1g (>= 1:1.2.11.dfsg), \
libqt6core6t64 (>= 6.8.2), libqt6gui6 (>= 6.1.2), libqt6widgets6 (>= 6.3.0), libqt6concurrent6 (>= 6.1.2), \
libquazip1-qt6-1t64 (>= 1.4), libkf6syntaxhighlighting6 (>= 6.0.0)")
endif()
# Qt's own Chinese strings (file dialogs, standard buttons); the program runs without them.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
# Native Wayland windows; without it Qt runs through XWayland.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")

include(CPack)
