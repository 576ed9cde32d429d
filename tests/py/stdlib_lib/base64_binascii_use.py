# base64: standard, URL-safe, base32/base16/base85/ascii85 round trips, validation errors.
import base64

data = bytes(range(0, 256, 7)) + b"hello world"
for enc, dec in ((base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                 (base64.b32encode, base64.b32decode), (base64.b16encode, base64.b16decode),
                 (base64.b85encode, base64.b85decode), (base64.a85encode, base64.a85decode),
                 (base64.b32hexencode, base64.b32hexdecode)):
    e = enc(data)
    print(enc.__name__, e[:40], dec(e) == data)
print(base64.encodebytes(b"x" * 100))
print(base64.standard_b64encode(b"\xff\xfe"), base64.b64decode("//4="))
print(base64.b64encode(b"abc", altchars=b"-_"))
for bad in (b"abc", b"a===", "é"):
    try:
        print(base64.b64decode(bad, validate=True))
    except Exception as e:
        print(type(e).__name__, e)
print(base64.a85encode(b"hello", adobe=True, wrapcol=5))
