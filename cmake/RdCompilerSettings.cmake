# Warnings, sanitizers and the compiler cache, applied to every target of the project.

if(MSVC)
    add_compile_options(/W4 /permissive- /utf-8)
    if(RD_WERROR)
        add_compile_options(/WX)
    endif()
else()
    add_compile_options(-Wall -Wextra -Wpedantic)
    if(RD_WERROR)
        add_compile_options(-Werror)
    endif()
endif()

if(RD_SANITIZE)
    if(MSVC)
        add_compile_options(/fsanitize=address)
    else()
        add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        add_link_options(-fsanitize=address,undefined)
    endif()
endif()

include(RdFuzzing)

find_program(RD_CCACHE ccache)
if(RD_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER ${RD_CCACHE})
endif()

# Strings reach the UI only through tr(); forbid the implicit const char* -> QString casts that hide
# untranslated text; no API Qt 6 deprecated.
add_compile_definitions(
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060000)
