# A codec search function may return a plain 4-tuple (not a CodecInfo); str.encode/bytes.decode
# then call its items 0 and 1 and check what they return.
import codecs

def search_function(encoding):
    def decode1(input, errors="strict"):
        return 42
    def encode1(input, errors="strict"):
        return 42
    def encode2(input, errors="strict"):
        return (42, 42)
    def decode2(input, errors="strict"):
        return (42, 42)
    def encode3(input, errors="strict"):
        return (input.upper().encode(), len(input))
    def decode3(input, errors="strict"):
        return (bytes(input).decode().upper(), len(input))
    if encoding == "test.unicode1":
        return (encode1, decode1, None, None)
    if encoding == "test.unicode2":
        return (encode2, decode2, None, None)
    if encoding == "test.unicode3":
        return (encode3, decode3, None, None)
    if encoding == "test.bad":
        return (encode3, decode3)
    return None

codecs.register(search_function)
for call in (lambda: b"hello".decode("test.unicode1"), lambda: str(b"hello", "test.unicode2"),
             lambda: "hello".encode("test.unicode1"), lambda: "hello".encode("test.unicode2"),
             lambda: "hello".encode("test.unicode3"), lambda: b"hello".decode("test.unicode3"),
             lambda: codecs.encode("hi", "test.unicode3"), lambda: "x".encode("test.bad"),
             lambda: codecs.lookup("test.unicode3")):
    try:
        print(repr(call())[:40])
    except Exception as e:
        print(type(e).__name__, e)
