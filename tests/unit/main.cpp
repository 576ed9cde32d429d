// The one main() of the krait_unit Catch2 binary; tests live in tests/unit/*_test.cpp.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
