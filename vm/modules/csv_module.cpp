// The _csv module: dialects, reader and writer with CPython's parsing state machine and
// quoting rules. Written as embedded Python.
#include "modules/embedded_py_module.h"
#include "modules/modules.h"

namespace krait {

namespace {

const char kCsvSource[] = R"PY(
__version__ = "1.0"
__doc__ = "CSV parsing and writing."
QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

class Error(Exception):
    pass
Error.__module__ = '_csv'

_dialects = {}
_limit = [128 * 1024]

def field_size_limit(*args):
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _limit[0]
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _limit[0] = args[0]
    return old

def _char(name, value, allow_none):
    if value is None:
        if allow_none:
            return None
        raise TypeError('"%s" must be string, not NoneType' % name)
    if not isinstance(value, str):
        if allow_none:
            raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__))
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value

_unset = object()

class Dialect:
    __slots__ = ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace',
                 'lineterminator', 'quoting', 'strict')

    def __new__(cls, dialect=None, **kwargs):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        self = object.__new__(cls)
        def pick(name, default):
            if name in kwargs:
                return kwargs[name]
            if dialect is not None and hasattr(dialect, name):
                return getattr(dialect, name)
            return default
        for k in kwargs:
            if k not in Dialect.__slots__:
                raise TypeError("'%s' is an invalid keyword argument for Dialect()" % k)
        quoting = pick('quoting', _unset)
        if quoting is _unset:
            # quotechar=None without a quoting means QUOTE_NONE (CPython's dialect_new).
            quoting = QUOTE_NONE if pick('quotechar', '"') is None else QUOTE_MINIMAL
        if not isinstance(quoting, int) or quoting not in range(4):
            raise TypeError('bad "quoting" value')
        object.__setattr__(self, 'quoting', quoting)
        object.__setattr__(self, 'delimiter', _char('delimiter', pick('delimiter', ','), False))
        qc = pick('quotechar', '"')
        if qc is None and quoting != QUOTE_NONE and 'quotechar' in kwargs:
            raise TypeError("quotechar must be set if quoting enabled")
        object.__setattr__(self, 'quotechar', _char('quotechar', qc, True))
        object.__setattr__(self, 'escapechar', _char('escapechar', pick('escapechar', None), True))
        object.__setattr__(self, 'doublequote', bool(pick('doublequote', True)))
        object.__setattr__(self, 'skipinitialspace', bool(pick('skipinitialspace', False)))
        lt = pick('lineterminator', '\r\n')
        if not isinstance(lt, str):
            raise TypeError('"lineterminator" must be a string')
        object.__setattr__(self, 'lineterminator', lt)
        object.__setattr__(self, 'strict', bool(pick('strict', False)))
        if self.delimiter in ('\r', '\n'):
            raise ValueError("bad delimiter value")
        return self

    def __setattr__(self, name, value):
        if name in ('doublequote', 'skipinitialspace', 'strict'):
            raise AttributeError("readonly attribute")
        raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)

    __delattr__ = lambda self, name: Dialect.__setattr__(self, name, None)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '%s' instances" % type(self).__name__)

Dialect.__module__ = '_csv'

def register_dialect(name, dialect=None, **kwargs):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = Dialect(dialect, **kwargs)

def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]

def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None

def list_dialects():
    return list(_dialects)

(START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
 QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL) = range(9)

class Reader:
    def __init__(self, iterable, dialect, kwargs):
        self._it = iter(iterable)
        self.dialect = Dialect(dialect, **kwargs)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = START_RECORD
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if self._field or self._state == IN_QUOTED_FIELD:
                    if d.strict:
                        raise Error("unexpected end of data")
                    self._save()
                    break
                if self._state not in (START_RECORD, EAT_CRNL) or self._fields:
                    self._save()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s (the file should "
                            "be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._process(c)
            self._process(None)
            if self._state == START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields

    def _add(self, c):
        if len(self._field) >= _limit[0]:
            raise Error("field larger than field limit (%d)" % _limit[0])
        self._field.append(c)

    def _save(self):
        f = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            f = float(f)
        self._fields.append(f)

    def _process(self, c):
        d = self.dialect
        st = self._state
        if st == START_RECORD:
            if c is None:
                return
            if c in '\n\r':
                self._state = EAT_CRNL
                return
            st = self._state = START_FIELD
        if st == START_FIELD:
            if c in ('\n', '\r', None):
                self._save()
                self._state = START_RECORD if c is None else EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add(c)
                self._state = IN_FIELD
        elif st == ESCAPED_CHAR:
            if c in ('\n', '\r'):
                self._add(c)
                self._state = AFTER_ESCAPED_CRNL
                return
            if c is None:
                c = '\n'
            self._add(c)
            self._state = IN_FIELD
        elif st == AFTER_ESCAPED_CRNL:
            if c is None:
                return
            self._state = IN_FIELD
            self._process(c)
        elif st == IN_FIELD:
            if c in ('\n', '\r', None):
                self._save()
                self._state = START_RECORD if c is None else EAT_CRNL
            elif c == d.escapechar:
                self._state = ESCAPED_CHAR
            elif c == d.delimiter:
                self._save()
                self._state = START_FIELD
            else:
                self._add(c)
        elif st == IN_QUOTED_FIELD:
            if c is None:
                pass
            elif c == d.escapechar:
                self._state = ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                if d.doublequote:
                    self._state = QUOTE_IN_QUOTED_FIELD
                else:
                    self._state = IN_FIELD
            else:
                self._add(c)
        elif st == ESCAPE_IN_QUOTED_FIELD:
            if c is None:
                c = '\n'
            self._add(c)
            self._state = IN_QUOTED_FIELD
        elif st == QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add(c)
                self._state = IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save()
                self._state = START_FIELD
            elif c in ('\n', '\r', None):
                self._save()
                self._state = START_RECORD if c is None else EAT_CRNL
            elif not d.strict:
                self._add(c)
                self._state = IN_FIELD
            else:
                raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
        elif st == EAT_CRNL:
            if c in ('\n', '\r'):
                pass
            elif c is None:
                self._state = START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - do you need to "
                            "open the file with newline=''?")

Reader.__name__ = Reader.__qualname__ = 'reader'
Reader.__module__ = '_csv'

def reader(csvfile, dialect=None, **fmtparams):
    return Reader(csvfile, dialect, fmtparams)

class Writer:
    def __init__(self, fileobj, dialect, kwargs):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = Dialect(dialect, **kwargs)

    def _field(self, field, only):
        d = self.dialect
        if field is None:
            s = ''
        elif isinstance(field, float):
            s = repr(field)
        else:
            s = str(field)
        quote = False
        if d.quoting == QUOTE_ALL:
            quote = True
        elif d.quoting == QUOTE_NONNUMERIC:
            quote = not isinstance(field, (int, float)) or isinstance(field, bool) and False
            if field is None:
                quote = True
        out = []
        specials = set(d.delimiter + d.lineterminator + '\r\n')
        if d.quotechar:
            specials.add(d.quotechar)
        if d.escapechar:
            specials.add(d.escapechar)
        for c in s:
            if c in specials or (c == ' ' and False):
                if d.quoting == QUOTE_NONE:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
                    out.append(c)
                    continue
                if c == d.quotechar:
                    if d.doublequote:
                        out.append(c)
                        quote = True
                    elif d.escapechar:
                        out.append(d.escapechar)
                    else:
                        raise Error("need to escape, but no escapechar set")
                elif c == d.escapechar:
                    out.append(d.escapechar)
                else:
                    quote = True
            out.append(c)
        s = ''.join(out)
        if not s and only:
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            quote = True
        if quote and d.quoting != QUOTE_NONE:
            if d.quotechar is None:
                raise Error("quotechar must be set if quoting enabled")
            s = d.quotechar + s + d.quotechar
        return s

    def writerow(self, row):
        try:
            fields = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        d = self.dialect
        line = d.delimiter.join(self._field(f, len(fields) == 1) for f in fields)
        return self._write(line + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)

Writer.__name__ = Writer.__qualname__ = 'writer'
Writer.__module__ = '_csv'

def writer(fileobj, dialect=None, **fmtparams):
    return Writer(fileobj, dialect, fmtparams)
)PY";

}  // namespace

Object* createCsvModule(InterpState*) { return moduleFromEmbeddedSource("_csv", kCsvSource); }

}  // namespace krait
