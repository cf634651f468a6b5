# libFuzzer targets (tests/fuzz, docs/testing.md "Sanitizers and fuzzing"), for scripts/fuzz.
# Off by default: the normal build is untouched. On, every object of the project is compiled with
# libFuzzer's coverage instrumentation and ASan + UBSan, so the fuzzers see inside our code (Qt
# itself stays uninstrumented: it is the system's).

option(RD_FUZZ "Build the libFuzzer targets in tests/fuzz (Clang only; see scripts/fuzz)" OFF)

if(RD_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "RD_FUZZ needs Clang (libFuzzer); configure with "
            "-DCMAKE_CXX_COMPILER=clang++ (scripts/fuzz does).")
    endif()
    if(RD_SANITIZE)
        message(FATAL_ERROR "RD_FUZZ brings its own sanitizers; leave RD_SANITIZE off.")
    endif()
    # fuzzer-no-link: coverage feedback without libFuzzer's main(), which only the fuzz
    # executables link (-fsanitize=fuzzer in tests/fuzz).
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()
