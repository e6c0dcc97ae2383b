# Installing Atelier (`cmake --install`) and its Debian package (`cpack -G DEB`).
# Paths follow GNUInstallDirs and the freedesktop specs, so desktops find the
# launcher, the icon and the AppStream metadata; the binary finds the rest
# from its own location (app/platform/install_paths.cpp).
set(ATELIER_ICON_SIZES 16 24 32 48 64 128 256 512)
set(assets ${PROJECT_SOURCE_DIR}/assets)

install(TARGETS atelier RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The shipped config, as a model for the room's own files (it is also built in).
install(DIRECTORY ${PROJECT_SOURCE_DIR}/config/ DESTINATION ${CMAKE_INSTALL_DATADIR}/atelier/config)
# The compiled catalogs where gettext tools look for them (the binary holds
# its own copies too; the pseudo-language is a layout check, not shipped here).
foreach(id IN LISTS ATELIER_LANGS)
  if(NOT id STREQUAL "qps")
    install(FILES ${ATELIER_MO_DIR}/${id}/LC_MESSAGES/atelier.mo DESTINATION ${CMAKE_INSTALL_LOCALEDIR}/${id}/LC_MESSAGES)
  endif()
endforeach()
install(FILES ${assets}/${ATELIER_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${assets}/${ATELIER_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${assets}/icons/${ATELIER_APP_ID}.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size IN LISTS ATELIER_ICON_SIZES)
  install(FILES ${assets}/icons/${size}x${size}/${ATELIER_APP_ID}.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${PROJECT_SOURCE_DIR}/docs/kiosk.md ${assets}/atelier-kiosk.service
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

# Debian wants man pages gzipped, reproducibly (-n: no name nor time stamp).
find_program(GZIP gzip REQUIRED)
set(man_gz ${CMAKE_CURRENT_BINARY_DIR}/atelier.1.gz)
add_custom_command(OUTPUT ${man_gz}
  COMMAND ${GZIP} -9 -n -c ${assets}/atelier.1 > ${man_gz}
  DEPENDS ${assets}/atelier.1 VERBATIM)
add_custom_target(atelier_man ALL DEPENDS ${man_gz})
install(FILES ${man_gz} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME atelier)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "wall display for co-development workshops")
set(CPACK_PACKAGE_DESCRIPTION
"Atelier runs co-development workshops (codeveloppement professionnel) on
the room's wall: the current step, a large timer that turns to warning,
danger and overtime, whose turn it is to speak and the round-robin order,
readable from the back of the room, run from a presenter clicker.
It saves after every change, can start at login (atelier --autostart on),
keeps the screen awake while it shows a workshop, and can chime.
atelier --doctor tells what the machine offers it.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # atelier_VERSION_amd64.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Atelier maintainers <atelier@codev.invalid>")
set(CPACK_DEBIAN_PACKAGE_SECTION x11)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Libraries come from dpkg-shlibdeps; these are what no library names:
# the wall's font, and libGL.so.1, which ImGui's OpenGL loader opens itself.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)  # the build keeps its debug info; the package does not
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core, libgl1")
# A software renderer when the machine has no GPU driver; chimes through PulseAudio;
# CJK names (any CJK font does: the wall finds it through fontconfig).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libgl1-mesa-dri, sound-theme-freedesktop, libcanberra-pulse, fonts-droid-fallback")
# A kiosk without a desktop (docs/kiosk.md); screenshots without a screen.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "cage, xwayland, xvfb, xauth")
include(CPack)
