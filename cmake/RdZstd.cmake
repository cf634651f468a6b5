# zstd, which packs the store's documents since format 20 (src/core/store/documentcodec.cpp):
# with a dictionary of their shape, as small as zlib made them and several times faster to
# pack, which a first sync of a partner's whole history does for every referral. Defines
# rd::zstd for whoever links it (the core library; the tool that made the dictionary).
#
# Debian's libzstd-dev and zstd's own CMake build install a package configuration; where there
# is none, pkg-config finds the library. RD_ZSTD_STATIC prefers the static library (Windows,
# so that the installer needs no zstd DLL).
option(RD_ZSTD_STATIC "Link zstd's static library" OFF)
find_package(zstd CONFIG QUIET)
# The shared library where there is one (a distribution's security updates reach it), unless
# RD_ZSTD_STATIC. Not zstd::libzstd first: on Debian 13 (zstd 1.5.7) it linked the static
# library, and the .deb lost its libzstd1 dependency.
if(RD_ZSTD_STATIC AND TARGET zstd::libzstd_static)
    set(rd_zstd_target zstd::libzstd_static)
elseif(NOT RD_ZSTD_STATIC AND TARGET zstd::libzstd_shared)
    set(rd_zstd_target zstd::libzstd_shared)
elseif(TARGET zstd::libzstd)
    set(rd_zstd_target zstd::libzstd)
elseif(TARGET zstd::libzstd_shared)
    set(rd_zstd_target zstd::libzstd_shared)
elseif(TARGET zstd::libzstd_static)
    set(rd_zstd_target zstd::libzstd_static)
else()
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(RD_ZSTD_PC REQUIRED IMPORTED_TARGET libzstd)
    set(rd_zstd_target PkgConfig::RD_ZSTD_PC)
endif()
if(RD_ZSTD_STATIC AND rd_zstd_target MATCHES "libzstd_shared|PkgConfig")
    message(FATAL_ERROR "RD_ZSTD_STATIC is on, but zstd's static library was not found (found "
        "${rd_zstd_target}): build zstd with -DZSTD_BUILD_STATIC=ON, or use a static vcpkg "
        "triplet, or leave RD_ZSTD_STATIC off and ship zstd's library with the app.")
endif()
add_library(rd_zstd INTERFACE)
target_link_libraries(rd_zstd INTERFACE ${rd_zstd_target})
add_library(rd::zstd ALIAS rd_zstd)
message(STATUS "zstd: ${rd_zstd_target}")
