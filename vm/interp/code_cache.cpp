// The on-disk cache of compiled modules (see code_cache.h).
//
// Where: CPython's layout under a prefix (PYTHONPYCACHEPREFIX, sys.pycache_prefix): the
// source's absolute directory repeated under the root, then <stem>.krait-<tag>-<arch>.pyc.
// Without a prefix the root is $XDG_CACHE_HOME/krait or ~/.cache/krait, so nothing is
// written next to the sources (the standard library's directory is usually read-only and
// belongs to CPython). The tag is a hash of this build's vm/ sources (CMakeLists.txt,
// toolchain/code_cache_tag.cmake): builds of other sources use other files.
//
// Validity: a file is used only if it records this source's exact size and 64-bit hash and
// its path, and its payload matches the payload hash; anything else is a miss (and is
// replaced by the next write). Hashing the source instead of comparing mtimes keeps the cache
// right when a file is rewritten within the same second.
//
// Writing: -B, PYTHONDONTWRITEBYTECODE or sys.dont_write_bytecode turn writing off. A file is
// written to a temporary name in the same directory and renamed over the final name, so
// concurrent readers see a whole file or none and concurrent writers replace each other.
#include "interp/code_cache.h"

#include <cstdint>
#include <cstring>

#include "bytecode/code.h"
#include "code_cache_tag.h"
#include "core/abstract.h"
#include "core/errors.h"
#include "core/runtime.h"
#include "core/types.h"
#include "modules/marshal.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "platform/platform.h"

namespace krait {

namespace {

#if defined(__EMSCRIPTEN__)
constexpr const char* kArch = "wasm32-emscripten";
#elif defined(__wasi__)
constexpr const char* kArch = "wasm32-wasi";
#elif defined(__x86_64__)
constexpr const char* kArch = "x86_64";
#elif defined(__aarch64__)
constexpr const char* kArch = "aarch64";
#else
constexpr const char* kArch = "other";
#endif

constexpr char kMagic[8] = {'K', 'R', 'A', 'I', 'T', 'P', 'Y', 'C'};

uint64_t mix(uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return h;
}

// A 64-bit hash of the bytes, sixteen at a time in two lanes (source files are hashed on
// every import, on wasm often before V8 has optimized this loop).
uint64_t hashBytes(std::string_view s) {
    uint64_t h1 = 0x9e3779b97f4a7c15ull ^ s.size(), h2 = 0x6a09e667f3bcc909ull;
    const char* p = s.data();
    size_t n = s.size(), i = 0;
    for (; i + 16 <= n; i += 16) {
        uint64_t w1, w2;
        std::memcpy(&w1, p + i, 8);
        std::memcpy(&w2, p + i + 8, 8);
        h1 = (h1 ^ w1) * 0x100000001b3ull;
        h2 = (h2 ^ w2) * 0xc2b2ae3d27d4eb4full;
        h1 ^= h1 >> 29;
        h2 ^= h2 >> 31;
    }
    uint64_t tail = 0;
    for (size_t k = 0; i < n; i++, k++) {
        tail ^= uint64_t(static_cast<unsigned char>(p[i])) << (8 * (k & 7));
        if ((k & 7) == 7) {
            h1 = (h1 ^ tail) * 0x100000001b3ull;
            tail = 0;
        }
    }
    return mix(h1 ^ tail) ^ mix(h2 + 0x165667b19e3779f9ull);
}

Object* sysAttr(const char* name) {
    Object* d = currentThread()->interp->sysDict;
    return d ? dictGetItemStr(d, name) : nullptr;
}

// The cache root: sys.pycache_prefix if it is a str, else the user's cache directory; empty
// if there is none.
std::string cacheRoot() {
    Object* prefix = sysAttr("pycache_prefix");
    if (prefix && isStr(prefix)) {
        std::string p = strToStd(prefix);
        if (!p.empty()) return p[0] == '/' ? p : platform::absolutePath(p);
    }
    if (const char* xdg = platform::getEnv("XDG_CACHE_HOME"); xdg && xdg[0] == '/') {
        return std::string(xdg) + "/krait";
    }
    if (const char* home = platform::getEnv("HOME"); home && home[0] == '/') {
        return std::string(home) + "/.cache/krait";
    }
    return "";
}

// The cache file of a source path ("" if there is none): the directory and the file name.
bool cacheFileFor(const std::string& path, std::string* dir, std::string* file) {
    std::string root = cacheRoot();
    if (root.empty()) return false;
    std::string abs = !path.empty() && path[0] == '/' ? path : platform::absolutePath(path);
    size_t slash = abs.rfind('/');
    if (slash == std::string::npos) return false;
    std::string stem = abs.substr(slash + 1);
    if (stem.size() > 3 && stem.compare(stem.size() - 3, 3, ".py") == 0) stem.resize(stem.size() - 3);
    while (!root.empty() && root.back() == '/') root.pop_back();
    *dir = root + abs.substr(0, slash);
    *file = *dir + "/" + stem + ".krait-" + KRAIT_CODE_CACHE_TAG + "-" + kArch + ".pyc";
    return true;
}

void putU64(std::string& out, uint64_t v) {
    for (int i = 0; i < 8; i++) out += static_cast<char>((v >> (8 * i)) & 0xff);
}

bool getU64(std::string_view data, size_t* pos, uint64_t* v) {
    if (data.size() - *pos < 8) return false;
    uint64_t r = 0;
    for (int i = 0; i < 8; i++) r |= uint64_t(static_cast<unsigned char>(data[*pos + i])) << (8 * i);
    *pos += 8;
    *v = r;
    return true;
}

// The file's header: magic, source size and hash, source path, payload size and hash.
std::string header(const std::string& path, std::string_view source, uint64_t hash,
                   std::string_view payload) {
    std::string out(kMagic, sizeof kMagic);
    putU64(out, source.size());
    putU64(out, hash);
    putU64(out, path.size());
    out += path;
    putU64(out, payload.size());
    putU64(out, hashBytes(payload));
    return out;
}

// mkdir -p; true if the directory exists afterwards.
bool makeDirectories(const std::string& dir) {
    if (platform::isDirectory(dir)) return true;
    for (size_t pos = 1; pos <= dir.size(); pos++) {
        if (pos < dir.size() && dir[pos] != '/') continue;
        std::string part = dir.substr(0, pos);
        int err = 0;
        if (!platform::isDirectory(part)) platform::makeDirectory(part, 0777, &err);
    }
    return platform::isDirectory(dir);
}

}  // namespace

uint64_t codeCacheHash(std::string_view bytes) { return hashBytes(bytes); }

Object* codeCacheLoad(const std::string& path, std::string_view source, uint64_t sourceHash,
                      Object* pathObj) {
    if (!codeCacheEnabled(currentThread()->interp)) return nullptr;
    std::string dir, file;
    if (!cacheFileFor(path, &dir, &file)) return nullptr;
    std::string data;
    int err = 0;
    if (!platform::readFile(file, data, &err)) return nullptr;
    std::string_view view(data);
    size_t pos = sizeof kMagic;
    uint64_t size, hash, pathLen, payloadSize, payloadHash;
    if (view.size() < pos || std::memcmp(view.data(), kMagic, sizeof kMagic) != 0) return nullptr;
    if (!getU64(view, &pos, &size) || size != source.size()) return nullptr;
    if (!getU64(view, &pos, &hash) || !getU64(view, &pos, &pathLen)) return nullptr;
    if (view.size() - pos < pathLen || view.substr(pos, pathLen) != path) return nullptr;
    pos += pathLen;
    if (!getU64(view, &pos, &payloadSize) || !getU64(view, &pos, &payloadHash)) return nullptr;
    if (view.size() - pos != payloadSize) return nullptr;
    std::string_view payload = view.substr(pos);
    if (hash != sourceHash || hashBytes(payload) != payloadHash) return nullptr;
    Object* code = marshalCodeLoads(payload);
    if (!code) {
        clearError();
        return nullptr;
    }
    if (code->type != &CodeType || !isStr(asCode(code)->filename) ||
        strView(asCode(code)->filename) != strView(pathObj)) {
        decref(code);
        return nullptr;
    }
    return code;
}

void codeCacheStore(const std::string& path, std::string_view source, uint64_t hash,
                    Object* code) {
    if (!codeCacheEnabled(currentThread()->interp)) return;
    Object* dwb = sysAttr("dont_write_bytecode");
    if (dwb && isTrueNoErr(dwb)) return;
    std::string dir, file;
    if (!cacheFileFor(path, &dir, &file)) return;
    std::string payload;
    if (!marshalCodeDumps(code, &payload)) return;
    std::string data = header(path, source, hash, payload) + payload;
    if (!makeDirectories(dir)) return;
    unsigned char rnd[6] = {};
    platform::randomBytes(rnd, sizeof rnd);
    std::string tmp = file + ".tmp" + std::to_string(platform::processId()) + ".";
    for (unsigned char b : rnd) {
        tmp += "0123456789abcdef"[b >> 4];
        tmp += "0123456789abcdef"[b & 15];
    }
    platform::OpenFlags flags;
    flags.write = flags.create = flags.exclusive = true;
    int err = 0;
    int fd = platform::openFile(tmp, flags, &err);
    if (fd < 0) return;
    bool ok = true;
    for (size_t done = 0; ok && done < data.size();) {
        int64_t n = platform::writeFd(fd, data.data() + done, data.size() - done, &err);
        if (n <= 0) ok = false;
        else done += size_t(n);
    }
    if (!platform::closeFd(fd, &err)) ok = false;
    if (!ok || !platform::renamePath(tmp, file, &err)) platform::removeFile(tmp, &err);
}

}  // namespace krait
