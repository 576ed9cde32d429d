// bytes and bytearray. bytes data lives right after the object (data points there) and is
// NUL-terminated; bytearray owns a growable heap buffer.
#pragma once

#include <string>
#include <string_view>

#include "core/object.h"
#include "core/types.h"

namespace krait {

struct BytesObject {
    Object ob;
    ssize size;
    hash_t hash;     // -1 until computed
    char* data;      // size bytes + NUL
};
struct ByteArrayObject {
    Object ob;
    ssize size;
    ssize allocated;
    char* data;      // heap buffer (null when empty)
    ssize exports;   // active buffer exports (resizing forbidden while > 0)
};

inline BytesObject* asBytes(Object* o) { return reinterpret_cast<BytesObject*>(o); }
inline ssize bytesSize(Object* o) { return asBytes(o)->size; }
inline const char* bytesData(Object* o) { return asBytes(o)->data; }
inline std::string_view bytesView(Object* o) {
    return std::string_view(asBytes(o)->data, static_cast<size_t>(asBytes(o)->size));
}
inline ByteArrayObject* asByteArray(Object* o) { return reinterpret_cast<ByteArrayObject*>(o); }

Object* bytesFromStd(std::string_view data);
Object* bytesNew(ssize size);          // uninitialised contents, to be filled before use
Object* byteArrayFromStd(std::string_view data);
bool isByteArray(Object* o);
// The bytes of a bytes-like object (bytes, bytearray, memoryview of those); false + TypeError
// "a bytes-like object is required, not 'X'" otherwise.
bool getBytesView(Object* o, std::string_view* out);

// memoryview (vm/objects/bytes_memoryview.cpp): one-dimensional 'B' views of bytes/bytearray.
// Not yet in core/builtin_types.def: whoever exposes it must typeReady() it first.
extern Type MemoryViewType;
// The bytes of a C-contiguous memoryview (false + error for released / strided views; false
// without error if o is not a memoryview).
bool memoryViewBytes(Object* o, std::string_view* out);
// The bytearray holding the memory of a buffer exporter written in Python (array.array exposes
// it as __krait_buffer__), as a new reference; null (no error) for anything else.
Object* bufferExporterStorage(Object* o);
// The bytearray holding an array.array's items (vm/modules/array_module.cpp) as a new
// reference; null (no error) for anything else.
Object* arrayBufferStorage(Object* o);
// The memory of a writable bytes-like object (bytearray, writable C-contiguous memoryview,
// array.array) for readinto(); false with TypeError/BufferError otherwise.
bool getWritableBuffer(Object* o, char** data, size_t* size);

}  // namespace krait
