# SPDX-License-Identifier: Apache-2.0
# Shared compile settings and the one place where tests are registered.

# Warnings and Qt's strict defines for every target of ours.
function(sla_set_strict target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
    if(SLADESK_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_CAST_FROM_BYTEARRAY
        QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
endfunction()

# sla_add_test(NAME tst_x SOURCES a.cpp [LIBS ...] [LABELS ...] [GUI] [ENV ...] [TIMEOUT s] [WRAPPER cmd...])
# One executable per unit. Core tests run GUI-less; widget tests on the offscreen platform.
function(sla_add_test)
    cmake_parse_arguments(T "GUI" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ENV;WRAPPER;ARGS" ${ARGN})
    qt_add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
    sla_set_strict(${T_NAME})
    target_compile_definitions(${T_NAME} PRIVATE
        SLA_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        SLA_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        SLA_CORPUS_DIR="${PROJECT_SOURCE_DIR}/../shared/corpus")
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    add_test(NAME ${T_NAME} COMMAND ${T_WRAPPER} $<TARGET_FILE:${T_NAME}> ${T_ARGS})
    set(env "QT_QPA_PLATFORM=offscreen" "LC_ALL=C.UTF-8" "QT_LOGGING_RULES=qt.qpa.*=false")
    list(APPEND env ${T_ENV})
    set_tests_properties(${T_NAME} PROPERTIES ENVIRONMENT "${env}" TIMEOUT ${T_TIMEOUT})
    if(T_LABELS)
        set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}")
    endif()
endfunction()
