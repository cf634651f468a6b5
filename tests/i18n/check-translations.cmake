# Fails when a translation is incomplete: a message of a .ts file is unfinished, a message is
# obsolete (its source is gone), or a tr() string of the sources is missing from the file.
# lupdate is run over the sources into a copy of each .ts file, exactly as a translator's
# refresh would, and the copy is checked; the project's own files are never changed.
#
#   cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... "-DTS_FILES=a.ts;b.ts" -P check-translations.cmake

foreach(var LUPDATE SOURCE_DIR WORK_DIR TS_FILES)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check-translations: ${var} is not set")
    endif()
endforeach()

file(GLOB_RECURSE sources LIST_DIRECTORIES false
    "${SOURCE_DIR}/src/*.cpp" "${SOURCE_DIR}/src/*.h" "${SOURCE_DIR}/forms/*.ui")
list(SORT sources)
file(MAKE_DIRECTORY "${WORK_DIR}")

set(problems "")
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    set(copy "${WORK_DIR}/${name}")
    configure_file("${ts}" "${copy}" COPYONLY)
    # The source language's file holds only the messages with plural forms.
    set(only "")
    if(name MATCHES "_en\\.ts$")
        set(only -pluralonly)
    endif()
    execute_process(
        COMMAND "${LUPDATE}" -silent -locations none ${only}
            -I "${SOURCE_DIR}/src/core" -I "${SOURCE_DIR}/src/gui" ${sources} -ts "${copy}"
        RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name} (${result}): ${out}${err}")
    endif()
    file(READ "${copy}" text)
    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${text}")
    string(REGEX MATCHALL "type=\"(vanished|obsolete)\"" obsolete "${text}")
    list(LENGTH unfinished unfinishedCount)
    list(LENGTH obsolete obsoleteCount)
    if(unfinishedCount GREATER 0 OR obsoleteCount GREATER 0)
        string(REGEX MATCHALL "<source>[^<]*</source>[ \t\r\n]*<translation type=\"(unfinished|vanished|obsolete)\""
            listed "${text}")
        set(examples "")
        foreach(item IN LISTS listed)
            string(REGEX REPLACE "^<source>([^<]*)</source>.*type=\"([a-z]+)\"$" "  [\\2] \\1" line "${item}")
            string(APPEND examples "${line}\n")
        endforeach()
        string(APPEND problems
            "${name}: ${unfinishedCount} unfinished or missing, ${obsoleteCount} obsolete\n${examples}")
    endif()
endforeach()

if(problems)
    message(FATAL_ERROR "Translations are incomplete (refresh with the update_translations target, "
        "then translate):\n${problems}")
endif()
message(STATUS "Every message of ${TS_FILES} is translated and current.")
