# lt_add_area_library(NAME DIR [LIBS ...])
# One static library per folder: every .cpp/.h in the folder (not below it) belongs to it,
# so adding a class never needs an edit of a shared list.
function(lt_add_area_library name)
    cmake_parse_arguments(ARG "" "" "LIBS" ${ARGN})
    file(GLOB sources CONFIGURE_DEPENDS
        ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/*.h)
    # Windows-only implementation files are named *_win.cpp, their POSIX twins *_posix.cpp.
    if(WIN32)
        list(FILTER sources EXCLUDE REGEX "_posix\\.cpp$")
    else()
        list(FILTER sources EXCLUDE REGEX "_win\\.cpp$")
    endif()
    add_library(${name} STATIC ${sources})
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/core ${PROJECT_SOURCE_DIR}/ui)
    target_link_libraries(${name} PUBLIC ${ARG_LIBS})
endfunction()

# lt_add_data_resources(TARGET NAME DIR PREFIX)
# Embeds every file of resources/DIR under the resource PREFIX (e.g. ":/catalog").
function(lt_add_data_resources target name dir prefix)
    # Absolute paths: qt_add_resources resolves relative FILES against the calling directory,
    # BASE alone turns them into ":/<prefix>/<name>" aliases.
    file(GLOB_RECURSE files CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/resources/${dir}/*)
    if(files)
        qt_add_resources(${target} ${name} PREFIX ${prefix}
            BASE ${PROJECT_SOURCE_DIR}/resources/${dir}
            FILES ${files})
    endif()
endfunction()
