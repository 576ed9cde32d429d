// The _csv module: dialects, reader and writer with CPython's parsing state machine and
// quoting rules. The reader is C++; the dialects and the writer are still embedded Python.
#include <cstddef>
#include <string>
#include <string_view>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "modules/embedded_py_module.h"
#include "modules/modules.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/type.h"
#include "objects/utf8_encode.h"

namespace krait {

extern Type CsvReaderType;

namespace {

using Args = Object* const*;

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

def reader(csvfile, dialect=None, **fmtparams):
    it = iter(csvfile)
    return _k_reader(it, Dialect(dialect, **fmtparams), _limit, Error)

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

// ---------------------------------------------------------------------------------------------
// _csv.reader in C++: CPython's parse state machine (parse_process_char) over the code points
// of each line. The dialect is a _csv.Dialect made by the Python part (already validated); its
// settings are read once. Errors are raised as the module's Error class.

enum class ParseState : uint8_t {
    StartRecord, StartField, EscapedChar, InField, InQuotedField, EscapeInQuotedField,
    QuoteInQuotedField, EatCrnl, AfterEscapedCrnl,
};

constexpr int64_t kQuoteMinimal = 0, kQuoteNonnumeric = 2, kQuoteNone = 3;
constexpr char32_t kNotSet = 0xFFFFFFFF;   // no quotechar/escapechar
constexpr char32_t kEol = 0xFFFFFFFE;      // end of a line (CPython's EOL)

struct CsvReaderObject {
    Object ob;
    Object* input;     // iterator of lines
    Object* dialect;   // _csv.Dialect
    Object* fields;    // list being built (null between records)
    Object* limit;     // the module's [field size limit] list
    Object* error;     // the module's Error class
    std::string* field;
    int64_t lineNum;
    int64_t fieldLen;  // characters in *field
    int64_t quoting;
    char32_t delimiter, quotechar, escapechar;
    bool doublequote, skipinitialspace, strict, numeric;
    ParseState state;
};

CsvReaderObject* asReader(Object* o) { return reinterpret_cast<CsvReaderObject*>(o); }

Object* csvError(CsvReaderObject* r, const std::string& msg) {
    Ref<> m = Ref<>::steal(strFromUtf8(msg));
    if (!m) return nullptr;
    Object* a = m.get();
    Ref<> exc = Ref<>::steal(call(r->error, &a, 1));
    if (exc) restoreError(exc.release());
    return nullptr;
}

// The next code point of UTF-8 text s at *i (Krait's str storage is well-formed UTF-8).
char32_t nextCodePoint(std::string_view s, size_t* i) {
    unsigned char b = static_cast<unsigned char>(s[(*i)++]);
    if (b < 0x80) return b;
    int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
    char32_t c = b & (0x3F >> extra);
    for (int k = 0; k < extra && *i < s.size(); k++) {
        c = (c << 6) | (static_cast<unsigned char>(s[(*i)++]) & 0x3F);
    }
    return c;
}

// One-character dialect attribute (None: kNotSet).
bool dialectChar(Object* d, const char* name, char32_t* out) {
    Ref<> v = Ref<>::steal(getAttr(d, name));
    if (!v) return false;
    *out = kNotSet;
    if (isStr(v.get())) {
        std::string_view s = strView(v.get());
        size_t i = 0;
        if (!s.empty()) *out = nextCodePoint(s, &i);
    }
    return true;
}

bool dialectFlag(Object* d, const char* name, bool* out) {
    Ref<> v = Ref<>::steal(getAttr(d, name));
    if (!v) return false;
    int t = isTrue(v.get());
    if (t < 0) return false;
    *out = t != 0;
    return true;
}

bool addChar(CsvReaderObject* r, char32_t c) {
    int64_t limit = 0;
    Object* l = listSize(r->limit) ? listItem(r->limit, 0) : nullptr;
    if (l && !intAsInt64(l, &limit)) return false;
    if (r->fieldLen >= limit) {
        csvError(r, "field larger than field limit (" + std::to_string(limit) + ")");
        return false;
    }
    utf8Append(*r->field, c);
    r->fieldLen++;
    return true;
}

bool saveField(CsvReaderObject* r) {
    Ref<> f = Ref<>::steal(strFromUtf8(*r->field));
    r->field->clear();
    r->fieldLen = 0;
    if (!f) return false;
    if (r->numeric) {
        r->numeric = false;
        f = Ref<>::steal(numberFloat(f.get()));
        if (!f) return false;
    }
    return listAppend(r->fields, f.get()) == 0;
}

bool isCrLf(char32_t c) { return c == '\n' || c == '\r'; }

// CPython's parse_process_char; c is a code point or kEol.
bool processChar(CsvReaderObject* r, char32_t c) {
    switch (r->state) {
    case ParseState::StartRecord:
        if (c == kEol) return true;
        if (isCrLf(c)) {
            r->state = ParseState::EatCrnl;
            return true;
        }
        r->state = ParseState::StartField;
        [[fallthrough]];
    case ParseState::StartField:
        if (isCrLf(c) || c == kEol) {
            if (!saveField(r)) return false;
            r->state = c == kEol ? ParseState::StartRecord : ParseState::EatCrnl;
        } else if (c == r->quotechar && r->quoting != kQuoteNone) {
            r->state = ParseState::InQuotedField;
        } else if (c == r->escapechar) {
            r->state = ParseState::EscapedChar;
        } else if (c == ' ' && r->skipinitialspace) {
        } else if (c == r->delimiter) {
            if (!saveField(r)) return false;
        } else {
            if (r->quoting == kQuoteNonnumeric) r->numeric = true;
            if (!addChar(r, c)) return false;
            r->state = ParseState::InField;
        }
        return true;
    case ParseState::EscapedChar:
        if (isCrLf(c)) {
            if (!addChar(r, c)) return false;
            r->state = ParseState::AfterEscapedCrnl;
            return true;
        }
        if (c == kEol) c = '\n';
        if (!addChar(r, c)) return false;
        r->state = ParseState::InField;
        return true;
    case ParseState::AfterEscapedCrnl:
        if (c == kEol) return true;
        r->state = ParseState::InField;
        return processChar(r, c);
    case ParseState::InField:
        if (isCrLf(c) || c == kEol) {
            if (!saveField(r)) return false;
            r->state = c == kEol ? ParseState::StartRecord : ParseState::EatCrnl;
        } else if (c == r->escapechar) {
            r->state = ParseState::EscapedChar;
        } else if (c == r->delimiter) {
            if (!saveField(r)) return false;
            r->state = ParseState::StartField;
        } else if (!addChar(r, c)) {
            return false;
        }
        return true;
    case ParseState::InQuotedField:
        if (c == kEol) {
        } else if (c == r->escapechar) {
            r->state = ParseState::EscapeInQuotedField;
        } else if (c == r->quotechar && r->quoting != kQuoteNone) {
            r->state = r->doublequote ? ParseState::QuoteInQuotedField : ParseState::InField;
        } else if (!addChar(r, c)) {
            return false;
        }
        return true;
    case ParseState::EscapeInQuotedField:
        if (c == kEol) c = '\n';
        if (!addChar(r, c)) return false;
        r->state = ParseState::InQuotedField;
        return true;
    case ParseState::QuoteInQuotedField:
        if (r->quoting != kQuoteNone && c == r->quotechar) {
            if (!addChar(r, c)) return false;
            r->state = ParseState::InQuotedField;
        } else if (c == r->delimiter) {
            if (!saveField(r)) return false;
            r->state = ParseState::StartField;
        } else if (isCrLf(c) || c == kEol) {
            if (!saveField(r)) return false;
            r->state = c == kEol ? ParseState::StartRecord : ParseState::EatCrnl;
        } else if (!r->strict) {
            if (!addChar(r, c)) return false;
            r->state = ParseState::InField;
        } else {
            std::string msg = "'";
            utf8Append(msg, r->delimiter);
            msg += "' expected after '";
            utf8Append(msg, r->quotechar);
            msg += "'";
            csvError(r, msg);
            return false;
        }
        return true;
    case ParseState::EatCrnl:
        if (isCrLf(c)) return true;
        if (c == kEol) {
            r->state = ParseState::StartRecord;
            return true;
        }
        csvError(r, "new-line character seen in unquoted field - do you need to open the file "
                    "in universal-newline mode?");
        return false;
    }
    return true;
}

Object* csvReaderNext(Object* self) {
    CsvReaderObject* r = asReader(self);
    Ref<> fields = Ref<>::steal(listNew(0));
    if (!fields) return nullptr;
    setRef(r->fields, newRef(fields.get()));
    r->field->clear();
    r->fieldLen = 0;
    r->numeric = false;
    r->state = ParseState::StartRecord;
    for (;;) {
        Ref<> line = Ref<>::steal(iterNext(r->input));
        if (!line) {
            if (errOccurred()) return nullptr;
            // End of input: a last record without its line end.
            if (r->fieldLen != 0 || r->state == ParseState::InQuotedField) {
                if (r->strict) return csvError(r, "unexpected end of data");
                if (!saveField(r)) return nullptr;
                break;
            }
            if ((r->state != ParseState::StartRecord && r->state != ParseState::EatCrnl) ||
                listSize(fields.get()) != 0) {
                if (!saveField(r)) return nullptr;
                break;
            }
            return nullptr;   // StopIteration
        }
        if (!isStr(line.get())) {
            return csvError(r, std::string("iterator should return strings, not ") +
                                   typeName(line->type) +
                                   " (the file should be opened in text mode)");
        }
        r->lineNum++;
        std::string_view s = strView(line.get());
        size_t i = 0;
        while (i < s.size()) {
            if (!processChar(r, nextCodePoint(s, &i))) return nullptr;
        }
        if (!processChar(r, kEol)) return nullptr;
        if (r->state == ParseState::StartRecord) break;
    }
    clearRef(r->fields);
    return fields.release();
}

Object* csvReaderIter(Object* self) { return newRef(self); }

void csvReaderDealloc(Object* self) {
    CsvReaderObject* r = asReader(self);
    clearRef(r->input);
    clearRef(r->dialect);
    clearRef(r->fields);
    clearRef(r->limit);
    clearRef(r->error);
    delete r->field;
    r->field = nullptr;
    freeObject(self);
}

void csvReaderTraverse(Object* self, VisitFn visit, void* arg) {
    CsvReaderObject* r = asReader(self);
    for (Object* o : {r->input, r->dialect, r->fields, r->limit, r->error}) {
        if (o) visit(o, arg);
    }
}

void csvReaderClear(Object* self) {
    CsvReaderObject* r = asReader(self);
    clearRef(r->input);
    clearRef(r->dialect);
    clearRef(r->fields);
}

Object* csvReaderNoNew(Type*, Object*, Object*) {
    return setError(&ExcTypeError, "cannot create '_csv.reader' instances");
}

// _k_reader(iterator, dialect, limit_list, error_class): a reader over a validated dialect.
Object* csvMakeReader(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("_k_reader", nargs, 4, 4)) return nullptr;
    if (!typeReady(&CsvReaderType)) return nullptr;
    Ref<> it = Ref<>::steal(getIter(args[0]));
    if (!it) return nullptr;
    Ref<> o = Ref<>::steal(allocObject(&CsvReaderType));
    if (!o) return nullptr;
    CsvReaderObject* r = asReader(o.get());
    r->field = new std::string();
    r->input = it.release();
    r->dialect = newRef(args[1]);
    r->limit = newRef(args[2]);
    r->error = newRef(args[3]);
    Object* d = args[1];
    Ref<> quoting = Ref<>::steal(getAttr(d, "quoting"));
    if (!quoting || !intAsInt64(quoting.get(), &r->quoting)) return nullptr;
    if (!dialectChar(d, "delimiter", &r->delimiter) ||
        !dialectChar(d, "quotechar", &r->quotechar) ||
        !dialectChar(d, "escapechar", &r->escapechar) ||
        !dialectFlag(d, "doublequote", &r->doublequote) ||
        !dialectFlag(d, "skipinitialspace", &r->skipinitialspace) ||
        !dialectFlag(d, "strict", &r->strict)) {
        return nullptr;
    }
    return o.release();
}

const MemberDef kCsvReaderMembers[] = {
    {"dialect", MemberKind::ObjectReadOnly, offsetof(CsvReaderObject, dialect), nullptr},
    {nullptr, MemberKind::Object, 0, nullptr},
};

Object* csvReaderLineNum(Object* self, void*) { return intFromInt64(asReader(self)->lineNum); }

// line_num is a read-only member in CPython.
int csvReaderSetReadonly(Object*, Object*, void*) {
    setError(&ExcAttributeError, "readonly attribute");
    return -1;
}

const GetSetDef kCsvReaderGetSets[] = {
    {"line_num", csvReaderLineNum, csvReaderSetReadonly, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

const MethodDef kCsvNatives[] = {
    {"_k_reader", csvMakeReader, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Type CsvReaderType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "_csv.reader",
    .basicSize = sizeof(CsvReaderObject),
    .flags = kTypeHaveGC,
    .doc = "CSV reader\n\nReader objects are responsible for reading and parsing tabular data\n"
           "in CSV format.\n",
    .getsets = kCsvReaderGetSets,
    .members = kCsvReaderMembers,
    .dealloc = csvReaderDealloc,
    .traverse = csvReaderTraverse,
    .clear = csvReaderClear,
    .new_ = csvReaderNoNew,
    .iter = csvReaderIter,
    .iterNext = csvReaderNext,
};

Object* createCsvModule(InterpState*) {
    Ref<> m = Ref<>::steal(moduleNew("_csv"));
    if (!m || !moduleAddFunctions(m.get(), kCsvNatives)) return nullptr;
    if (!runEmbeddedSource(m.get(), "<krait _csv>", kCsvSource)) return nullptr;
    return m.release();
}

}  // namespace krait
