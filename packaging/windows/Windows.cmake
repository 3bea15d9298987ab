# Windows: an NSIS installer (and a .zip) holding the executables, the DLLs of the libraries they use and
# Qt's runtime as windeployqt gathers it. Built on Windows only; see the README's "Windows" section.
set(CPACK_GENERATOR NSIS ZIP)
set(CPACK_NSIS_PACKAGE_NAME "Kansa")
set(CPACK_NSIS_DISPLAY_NAME "Kansa ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/kansa.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_LIST_DIR}/kansa.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\kansa.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_PACKAGE_EXECUTABLES kansa "Kansa")
# Organisation files (.kansa) open in Kansa.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [[
  WriteRegStr HKCR ".kansa" "" "Kansa.Organisation"
  WriteRegStr HKCR "Kansa.Organisation" "" "Kansa organisation"
  WriteRegStr HKCR "Kansa.Organisation\DefaultIcon" "" "$INSTDIR\bin\kansa.exe,0"
  WriteRegStr HKCR "Kansa.Organisation\shell\open\command" "" '"$INSTDIR\bin\kansa.exe" "%1"'
]])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [[
  DeleteRegKey HKCR ".kansa"
  DeleteRegKey HKCR "Kansa.Organisation"
]])

# The third-party DLLs (libsodium, libxlsxwriter, minizip, poppler, sqlite3, zlib) that vcpkg copies next to the
# executables.
install(DIRECTORY ${PROJECT_BINARY_DIR}/bin/ DESTINATION ${CMAKE_INSTALL_BINDIR} FILES_MATCHING PATTERN "*.dll")
# Qt's DLLs, plugins (platforms, sqldrivers, printsupport, imageformats, iconengines) and qtbase translations.
find_program(KANSA_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
install(CODE "
    execute_process(COMMAND \"${KANSA_WINDEPLOYQT}\" --release --no-compiler-runtime
                            \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/kansa.exe\"
                            \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/kansa-cli.exe\"
                    COMMAND_ERROR_IS_FATAL ANY)
")
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)
