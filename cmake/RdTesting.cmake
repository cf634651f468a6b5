# rd_add_tests(<dir> LIBRARIES <libs...>)
# Turns every tests/<dir>/**/tst_<name>.cpp into one test executable "tst_<name>" registered with
# CTest. Tests of GUI-free code use QTEST_GUILESS_MAIN, widget tests QTEST_MAIN; all run headless
# (QT_QPA_PLATFORM=offscreen) with QStandardPaths test mode set by the tests themselves.
function(rd_add_tests dir)
    cmake_parse_arguments(ARG "" "" "LIBRARIES;LABELS" ${ARGN})
    file(GLOB_RECURSE sources CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/${dir}/tst_*.cpp")
    foreach(source IN LISTS sources)
        get_filename_component(name "${source}" NAME_WE)
        add_executable(${name} "${source}")
        target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBRARIES})
        target_include_directories(${name} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
        set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
        add_test(NAME ${name} COMMAND ${name})
        set_tests_properties(${name} PROPERTIES
            LABELS "${dir};${ARG_LABELS}"
            TIMEOUT 120
            ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=rd.*.debug=false")
    endforeach()
endfunction()
