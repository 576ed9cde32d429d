// The on-disk cache of compiled modules: CPython's __pycache__/*.pyc in Krait's own format.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/object.h"

namespace krait {

struct InterpState;

// Whether the interpreter's imports use the cache (the CLI turns it on) and whether -B was
// given (the cache is then read but not written; also sys.flags.dont_write_bytecode).
// Kept with the interpreter's import state (vm/interp/import.cpp).
void setCodeCacheOptions(InterpState* interp, bool enabled, bool dontWriteBytecode);
bool codeCacheEnabled(InterpState* interp);
bool dontWriteBytecodeOption(InterpState* interp);

// A 64-bit hash of a module's source (what cache entries are validated with).
uint64_t codeCacheHash(std::string_view bytes);
// The cached code of the module source `source` (its codeCacheHash: hash), read from `path`
// (pathObj: the same as a str, the code's co_filename), as a new reference; null, with no
// error set, if the cache is off or holds no entry for exactly this source.
Object* codeCacheLoad(const std::string& path, std::string_view source, uint64_t hash,
                      Object* pathObj);
// Writes the cache entry for code, just compiled from source. Failures are silent (no error
// set): the cache is an optimization.
void codeCacheStore(const std::string& path, std::string_view source, uint64_t hash,
                    Object* code);

}  // namespace krait
