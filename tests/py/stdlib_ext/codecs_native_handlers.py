# _codecs in C++: every builtin codec with every error handler, custom handlers (their
# UnicodeError fields, returned positions, bytes replacements), incremental decoding with the
# final flag and consumed counts, utf-7, the escape codecs and charmap with EncodingMap.
import codecs
import _codecs

HANDLERS = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
            'namereplace', 'surrogateescape', 'surrogatepass']

def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        fields = ''
        if isinstance(e, UnicodeError) and hasattr(e, 'start'):
            fields = ' [%s %r %d %d %r]' % (e.encoding, e.object, e.start, e.end, e.reason)
        print(label, type(e).__name__, e, fields)
    else:
        print(label, repr(r))

seen = []
def record(exc):
    seen.append((type(exc).__name__, exc.encoding, exc.start, exc.end, exc.reason))
    if isinstance(exc, UnicodeDecodeError):
        return ('<%d:%d>' % (exc.start, exc.end), exc.end)
    return ('[%d]' % exc.start, exc.end)
codecs.register_error('test.record', record)

# Encoding: text with ASCII, latin-1, BMP, astral, lone and paired surrogates.
text = 'a\xe9\u20ac\U0001f600\udc80\ud800\udfffz'
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be',
            'latin-1', 'ascii', 'utf-7', 'cp1252', 'unicode_escape', 'raw_unicode_escape']:
    for h in HANDLERS + ['test.record']:
        seen.clear()
        show('enc %s %s' % (enc, h), text.encode, enc, h)
        if seen:
            print('   calls', seen)

# Decoding: malformed input for each codec.
samples = {
    'utf-8': b'a\xc3\xa9\xff\xed\xa0\x80\xe2\x82z\xf0\x9f',
    'utf-16-le': b'a\x00\x00\xd8b\x00\x00\xdc\x00',
    'utf-16-be': b'\x00a\xd8\x00\x00b\xdc\x00\x00',
    'utf-32-le': b'a\x00\x00\x00\x00\xd8\x00\x00\x00\x00\x11\x00b\x00',
    'utf-32-be': b'\x00\x00\x00a\x00\x00\xd8\x00\x00\x11\x00\x00\x00b',
    'ascii': b'a\x80b\xffc',
    'latin-1': b'a\x80\xff',
    'utf-7': b'a+AGE-b+2D3cAQ-c+AB-d\x80e+!',
    'unicode_escape': b'a\\x4g\\u12\\N{LATIN SMALL LETTER A}\\N{nope}b\\',
    'raw_unicode_escape': b'a\\u12x\\U00110000\\u20ac\\x41',
    'cp1252': b'a\x81\x80\x8d',
}
for enc, data in samples.items():
    for h in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape',
              'surrogatepass', 'xmlcharrefreplace', 'test.record']:
        seen.clear()
        show('dec %s %s' % (enc, h), data.decode, enc, h)
        if seen:
            print('   calls', seen)

# Custom handlers: negative / backward positions, bytes replacement, bad results.
def back(exc):
    return ('<back>', -1) if exc.end < len(exc.object) else ('<end>', exc.end)
codecs.register_error('test.back', back)
show('back', 'ab\udc80c'.encode, 'ascii', 'test.back')
codecs.register_error('test.bytes', lambda e: (b'\xff\xfe', e.end))
show('bytes rep latin', 'ab\u20acc'.encode, 'latin-1', 'test.bytes')
show('bytes rep utf16', 'ab\udc80c'.encode, 'utf-16-le', 'test.bytes')
codecs.register_error('test.odd', lambda e: (b'\xff', e.end))
show('odd bytes utf16', 'a\udc80'.encode, 'utf-16-le', 'test.odd')
codecs.register_error('test.nonascii', lambda e: ('\xe9', e.end))
show('nonascii utf8', 'a\udc80'.encode, 'utf-8', 'test.nonascii')
show('nonascii latin', 'a\u20ac'.encode, 'latin-1', 'test.nonascii')
show('nonascii ascii', 'a\u20ac'.encode, 'ascii', 'test.nonascii')
codecs.register_error('test.badtuple', lambda e: ('x',))
show('bad tuple enc', 'a\u20ac'.encode, 'ascii', 'test.badtuple')
show('bad tuple dec', b'a\xff'.decode, 'ascii', 'test.badtuple')
codecs.register_error('test.bytesdec', lambda e: (b'x', e.end))
show('bytes in decode', b'a\xff'.decode, 'ascii', 'test.bytesdec')
codecs.register_error('test.far', lambda e: ('x', 100))
show('out of bounds', b'a\xff'.decode, 'utf-8', 'test.far')
show('unknown handler', b'a\xff'.decode, 'utf-8', 'test.nosuch')
show('unknown unused', b'abc'.decode, 'utf-8', 'test.nosuch')
show('unknown utf-16-le', b'a'.decode, 'utf-16-le', 'test.nosuch')
show('unknown utf-16', b'a'.decode, 'utf-16', 'test.nosuch')
show('unknown enc latin1', '\u20ac'.encode, 'latin1', 'test.nosuch')
show('unknown enc utf-32-be', '\udc80'.encode, 'utf-32-be', 'test.nosuch')
def skip_input(exc):
    exc.object = b'xyz!'
    return ('?', 2)
codecs.register_error('test.newinput', skip_input)
show('new input', b'a\xffbcdef'.decode, 'ascii', 'test.newinput')

# The builtin handlers called directly.
enc_exc = UnicodeEncodeError('ascii', 'a\xe9\u20ac\udc80b', 1, 4, 'nope')
dec_exc = UnicodeDecodeError('utf-8', b'a\xe9\x80\x41b', 1, 4, 'nope')
tr_exc = UnicodeTranslateError('a\xe9\u20acb', 1, 3, 'nope')
for h in HANDLERS:
    f = codecs.lookup_error(h)
    print(h, f.__name__)
    for exc in (enc_exc, dec_exc, tr_exc, ValueError('x')):
        show('  %s %s' % (h, type(exc).__name__), f, exc)
show('surrogatepass utf-16', codecs.lookup_error('surrogatepass'),
     UnicodeEncodeError('utf-16-be', 'a\ud800', 1, 2, 'x'))
show('surrogatepass dec utf-16', codecs.lookup_error('surrogatepass'),
     UnicodeDecodeError('utf-16-le', b'\x00\xd8', 0, 2, 'x'))
show('surrogatepass dec utf-32', codecs.lookup_error('surrogatepass'),
     UnicodeDecodeError('utf-32-be', b'\x00\x00\xdc\x01', 0, 4, 'x'))
show('lookup_error missing', codecs.lookup_error, 'no.such')
show('register_error bad', codecs.register_error, 'x', 1)

# Incremental decoding: the final flag and consumed counts.
for f, data in [(_codecs.utf_8_decode, b'a\xe2\x82'), (_codecs.utf_8_decode, b'a\xf0\x9f\x98'),
                (_codecs.utf_8_decode, b'a\xed\xa0'), (_codecs.utf_8_decode, b'\xff\xe2'),
                (_codecs.utf_16_le_decode, b'a\x00b'), (_codecs.utf_16_le_decode, b'a\x00=\xd8'),
                (_codecs.utf_16_be_decode, b'\x00a\xd8=\xde'), (_codecs.utf_32_le_decode, b'a\x00\x00'),
                (_codecs.utf_32_be_decode, b'\x00\x00\x00a\x00'), (_codecs.utf_7_decode, b'a+AGE'),
                (_codecs.utf_7_decode, b'a+AGEAYg'), (_codecs.utf_7_decode, b'a+'),
                (_codecs.unicode_escape_decode, b'a\\u20'), (_codecs.unicode_escape_decode, b'a\\'),
                (_codecs.unicode_escape_decode, b'a\\N{LATIN'),
                (_codecs.raw_unicode_escape_decode, b'a\\U0001'),
                (_codecs.raw_unicode_escape_decode, b'a\\')]:
    show('%s %r partial' % (f.__name__, data), f, data, 'strict', False)
    show('%s %r final' % (f.__name__, data), f, data, 'replace', True)
for data in [b'', b'\xff', b'\xff\xfe', b'\xff\xfea', b'\xfe\xff\x00a\x00', b'a\x00']:
    show('utf_16_ex %r' % data, _codecs.utf_16_ex_decode, data, 'strict', 0, False)
    show('utf_16_ex be %r' % data, _codecs.utf_16_ex_decode, data, 'replace', 1, True)
    show('utf_16 %r' % data, _codecs.utf_16_decode, data, 'strict', False)
for data in [b'\xff\xfe\x00', b'\xff\xfe\x00\x00a\x00', b'\x00\x00\xfe\xff\x00\x00\x00a', b'a\x00\x00\x00']:
    show('utf_32_ex %r' % data, _codecs.utf_32_ex_decode, data, 'strict', 0, False)
    show('utf_32 %r' % data, _codecs.utf_32_decode, data, 'strict', True)

# Incremental decoders of Lib/encodings fed one byte at a time.
for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-7',
            'unicode_escape', 'raw_unicode_escape', 'latin-1', 'cp1252']:
    try:
        data = 'h\xe9\u20ac \\u1234 +-\U0001f600!'.encode(enc, 'backslashreplace')
    except UnicodeEncodeError as e:
        print(enc, 'encode failed', e)
        continue
    dec = codecs.getincrementaldecoder(enc)('strict')
    parts = [dec.decode(data[i:i + 1]) for i in range(len(data))]
    parts.append(dec.decode(b'', final=True))
    print('incremental', enc, parts)
    enc_ = codecs.getincrementalencoder(enc)('backslashreplace')
    print('  encoder', b''.join(enc_.encode(c) for c in 'ab\u20ac') + enc_.encode('', True))

# Encoders with byte orders, utf-7, escapes.
print(_codecs.utf_16_encode('a\U0001f600', None, 1), _codecs.utf_16_encode('a', None, -1))
print(_codecs.utf_32_encode('a', 'strict', 1), _codecs.utf_32_be_encode('ab'))
print(_codecs.utf_7_encode('a+b~\\\x00 \n\u20ac\U0001f600-x.!"#$%&*;<=>@[]^_`{|}'))
print(_codecs.utf_7_decode(b'+AGEAYgBj-+AGE.+AGE+-'))
print(_codecs.unicode_escape_encode('a\\\'"\n\t\r\x00\x7f\xff\u20ac\U0001f600'))
print(_codecs.raw_unicode_escape_encode('a\\\n\xff\u20ac\U0001f600'))
print(_codecs.unicode_escape_decode('\\u20ac\xe9'))
print(_codecs.unicode_escape_decode(b'\\a\\b\\f\\v\\0\\12\\101\\\n\\"'))
print(_codecs.raw_unicode_escape_decode(b'\\\\u0041\\\\\\u0041'))
print(_codecs.escape_encode(b'\x00a\\\'"\n\t\r\x7f\xff'))
print(_codecs.escape_decode(b'\\x41\\n\\\n\\101\\a'))
for data in [b'\\x4', b'\\x', b'\\xg1', b'ab\\']:
    for h in ['strict', 'replace', 'ignore', 'bogus']:
        show('escape_decode %r %s' % (data, h), _codecs.escape_decode, data, h)
print(_codecs.readbuffer_encode('\xe9'), _codecs.readbuffer_encode(bytearray(b'ab')))
print(_codecs.latin_1_decode(memoryview(b'ab\xff')), _codecs.ascii_decode(bytearray(b'ab\xff'), 'replace'))

# charmap.
m = _codecs.charmap_build(''.join(chr(i) for i in range(256)))
print(type(m).__name__, m.size(), type(_codecs.charmap_build('abc')).__name__,
      _codecs.charmap_build('abc'))
import encodings.cp1252 as cp
print(_codecs.charmap_encode('abc\u20ac\u0100', 'replace', cp.encoding_table))
print(_codecs.charmap_encode('abc\u20ac\u0100', 'xmlcharrefreplace', cp.encoding_table))
print(_codecs.charmap_encode('abc\u20ac\u0100', 'backslashreplace', cp.encoding_table))
show('charmap strict', _codecs.charmap_encode, 'ab\u0100\u0101c', 'strict', cp.encoding_table)
print(_codecs.charmap_decode(b'\x00\x01\x05', 'replace', 'ab\ufffe'))
print(_codecs.charmap_decode(b'\x00\x01', 'strict', {0: 'xy', 1: 65}))
print(_codecs.charmap_decode(b'\x00\x01\x02', 'ignore', {0: None, 1: 0xfffe, 2: 'z'}))
print(_codecs.charmap_encode('abc\u20ac', 'replace', {97: 1, 98: b'xy', 63: 0x3f}))
for mp in [{0: 0x110000}, {0: 1.5}, {0: b'a'}]:
    show('charmap_decode %r' % mp, _codecs.charmap_decode, b'\x00', 'strict', mp)
for mp in [{97: 256}, {97: 'x'}, {97: 1.5}, {97: None}, {}]:
    show('charmap_encode %r' % mp, _codecs.charmap_encode, 'a', 'strict', mp)
print(_codecs.charmap_decode(b'ab', None, None), _codecs.charmap_encode('ab', None, None))

# Argument checking.
for f, a in [(_codecs.unicode_escape_decode, (1,)), (_codecs.utf_8_encode, ()),
             (_codecs.utf_8_encode, ('a', 'strict', 1)), (_codecs.escape_encode, (bytearray(),)),
             (_codecs.charmap_build, (1,)), (_codecs.utf_16_encode, ('a', None, 'x')),
             (_codecs.utf_8_decode, (b'', None, 'x')), (_codecs.lookup, (1,)),
             (_codecs.register, (1,)), (_codecs.lookup_error, (1,)),
             (_codecs.utf_8_encode, (1,)), (_codecs.utf_8_decode, ('x',)),
             (_codecs.utf_8_decode, (b'x', 1))]:
    show('args %s %r' % (f.__name__, a), f, *a)

# Registry: search functions, normalisation, cache, unregister, encode/decode wrapping.
names = []
def search(name):
    names.append(name)
    if name == 'test_rot':
        return codecs.CodecInfo(lambda s, e='strict': (s[::-1].encode(), len(s)),
                                lambda b, e='strict': (bytes(b)[::-1].decode(), len(b)),
                                name='test-rot')
    if name == 'test_fail':
        def fail(s, e='strict'):
            raise ValueError('boom')
        return codecs.CodecInfo(fail, fail, name='test-fail')
    return None
codecs.register(search)
show('lookup', lambda: codecs.lookup('Test Rot').name)
show('lookup hyphen', lambda: codecs.lookup('test-rot').name)
show('encode', codecs.encode, 'abc', 'test_rot')
show('decode', codecs.decode, b'abc', 'test_rot')
show('str.encode', 'abc'.encode, 'test_rot')
show('wrapped', codecs.encode, 'abc', 'test_fail')
try:
    codecs.encode('abc', 'test_fail')
except ValueError as e:
    print('cause', repr(e.__cause__))
show('unknown', codecs.lookup, 'Foo Bar-Baz')
print(names)
codecs.unregister(search)
show('after unregister', codecs.lookup, 'test_rot')
print(_codecs.encode('abc'), _codecs.decode(b'abc'), _codecs.encode(obj='x', encoding='latin-1'))
print(codecs.lookup('UTF8').name, codecs.lookup('latin_1').name)
