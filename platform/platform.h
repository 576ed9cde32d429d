// The platform layer: the only place where vm/ reaches the operating system or the host
// (POSIX natively; Emscripten's and WASI's POSIX emulation on wasm). Narrow on purpose.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace krait::platform {

// Whole-file read; false with *err = errno on failure.
bool readFile(const std::string& path, std::string& out, int* err);
// Writes all bytes to a file descriptor (1 stdout, 2 stderr); false on failure.
bool writeAll(int fd, const char* data, size_t n);
// Reads one line (incl. '\n') from stdin; false at end of file.
bool readLine(std::string& out);
bool isInteractive(int fd);   // isatty
bool fileExists(const std::string& path);
bool isDirectory(const std::string& path);
std::string currentDirectory();
std::string absolutePath(const std::string& path);
const char* getEnv(const char* name);   // null if unset
std::vector<std::string> environment(); // "NAME=value" entries

double wallTime();          // seconds since the epoch
int64_t wallTimeNs();
double monotonicTime();     // seconds
int64_t monotonicTimeNs();
double perfCounter();
int64_t perfCounterNs();
double processTime();       // CPU seconds of this process
int64_t processTimeNs();
// Sleeps; returns early (false) if interrupted by a signal.
bool sleepSeconds(double seconds);
// Fills buf with cryptographically random bytes (getrandom / /dev/urandom / host crypto).
bool randomBytes(void* buf, size_t n);

// SIGINT handling: installs a handler that sets *flag to 1 on Ctrl-C.
void installInterruptHandler(volatile int* flag);

// Name of the platform for sys.platform ("linux", "emscripten", "wasi").
const char* platformName();

}  // namespace krait::platform
