# Run by CPack (CPACK_PRE_BUILD_SCRIPTS) in its staging folder, before the NSIS installer or the
# .dmg is made: windeployqt or macdeployqt copies the Qt libraries and plugins the executables
# need next to them, so the installer works on a machine without Qt. Linux packages depend on
# Debian's Qt instead and skip this.
set(stage "${CPACK_TEMPORARY_INSTALL_DIRECTORY}")
if(CPACK_GENERATOR MATCHES "NSIS|ZIP")
    # The three executables together: referral-sim needs Qt HttpServer, which the app does not.
    execute_process(COMMAND "${CPACK_RD_DEPLOYQT}" --release --no-compiler-runtime
            "${stage}/bin/referral-desk.exe" "${stage}/bin/referral-desk-cli.exe"
            "${stage}/bin/referral-sim.exe"
        COMMAND_ERROR_IS_FATAL ANY)
elseif(CPACK_GENERATOR STREQUAL "DragNDrop")
    # Everything lives inside the bundle; the other two executables are named so their libraries
    # are deployed and their library paths rewritten as well.
    set(bundle "${stage}/referral-desk.app")
    execute_process(COMMAND "${CPACK_RD_DEPLOYQT}" "${bundle}"
            "-executable=${bundle}/Contents/MacOS/referral-desk-cli"
            "-executable=${bundle}/Contents/MacOS/referral-sim"
        COMMAND_ERROR_IS_FATAL ANY)
endif()
