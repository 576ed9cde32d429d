// The _ast module: ast.AST and one class per constructor of Python 3.11's ASDL grammar, built
// by embedded Python from the grammar text (which is also each class's __doc__). Simple sum
// constructors (Load, Add, ...) have shared instances in _ast._singletons, used by
// compile(..., PyCF_ONLY_AST) (vm/compiler/ast_bridge.cpp).
// Imported through interp/import.cpp's table of compiler modules. Owner: the compiler.
#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/object.h"
#include "core/runtime.h"
#include "compiler/ast_bridge.h"
#include "modules/embedded_py_module.h"
#include "objects/descr.h"
#include "objects/str.h"

namespace krait {

namespace {

const char kAstSource[] = R"PY(
PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192

_GRAMMAR = """
mod = Module(stmt* body, type_ignore* type_ignores)
    | Interactive(stmt* body)
    | Expression(expr body)
    | FunctionType(expr* argtypes, expr returns)

stmt = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
     | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
     | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)
     | Return(expr? value)
     | Delete(expr* targets)
     | Assign(expr* targets, expr value, string? type_comment)
     | AugAssign(expr target, operator op, expr value)
     | AnnAssign(expr target, expr annotation, expr? value, int simple)
     | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
     | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
     | While(expr test, stmt* body, stmt* orelse)
     | If(expr test, stmt* body, stmt* orelse)
     | With(withitem* items, stmt* body, string? type_comment)
     | AsyncWith(withitem* items, stmt* body, string? type_comment)
     | Match(expr subject, match_case* cases)
     | Raise(expr? exc, expr? cause)
     | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
     | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
     | Assert(expr test, expr? msg)
     | Import(alias* names)
     | ImportFrom(identifier? module, alias* names, int? level)
     | Global(identifier* names)
     | Nonlocal(identifier* names)
     | Expr(expr value)
     | Pass
     | Break
     | Continue

expr = BoolOp(boolop op, expr* values)
     | NamedExpr(expr target, expr value)
     | BinOp(expr left, operator op, expr right)
     | UnaryOp(unaryop op, expr operand)
     | Lambda(arguments args, expr body)
     | IfExp(expr test, expr body, expr orelse)
     | Dict(expr* keys, expr* values)
     | Set(expr* elts)
     | ListComp(expr elt, comprehension* generators)
     | SetComp(expr elt, comprehension* generators)
     | DictComp(expr key, expr value, comprehension* generators)
     | GeneratorExp(expr elt, comprehension* generators)
     | Await(expr value)
     | Yield(expr? value)
     | YieldFrom(expr value)
     | Compare(expr left, cmpop* ops, expr* comparators)
     | Call(expr func, expr* args, keyword* keywords)
     | FormattedValue(expr value, int conversion, expr? format_spec)
     | JoinedStr(expr* values)
     | Constant(constant value, string? kind)
     | Attribute(expr value, identifier attr, expr_context ctx)
     | Subscript(expr value, expr slice, expr_context ctx)
     | Starred(expr value, expr_context ctx)
     | Name(identifier id, expr_context ctx)
     | List(expr* elts, expr_context ctx)
     | Tuple(expr* elts, expr_context ctx)
     | Slice(expr? lower, expr? upper, expr? step)

expr_context = Load | Store | Del

boolop = And | Or

operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv

unaryop = Invert | Not | UAdd | USub

cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn

comprehension(expr target, expr iter, expr* ifs, int is_async)

excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body)

arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)

arg(identifier arg, expr? annotation, string? type_comment)

keyword(identifier? arg, expr value)

alias(identifier name, identifier? asname)

withitem(expr context_expr, expr? optional_vars)

match_case(pattern pattern, expr? guard, stmt* body)

pattern = MatchValue(expr value)
        | MatchSingleton(constant value)
        | MatchSequence(pattern* patterns)
        | MatchMapping(expr* keys, pattern* patterns, identifier? rest)
        | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)
        | MatchStar(identifier? name)
        | MatchAs(pattern? pattern, identifier? name)
        | MatchOr(pattern* patterns)

type_ignore = TypeIgnore(int lineno, string tag)
"""

# Types whose nodes carry a source position; pattern's end position is required.
_LOCATED = {"stmt", "expr", "excepthandler", "arg", "keyword", "alias"}
_LOCATED_REQUIRED = {"pattern"}


class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError("%s constructor takes at most %d positional argument%s"
                            % (type(self).__name__, n, "" if n == 1 else "s"))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), getattr(self, "__dict__", None)


AST.__module__ = "ast"


def _parse_fields(text):
    # "expr* targets, expr value" -> [("targets", "*"), ("value", "")]
    out = []
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        typ, name = part.split()
        out.append((name, typ[-1] if typ[-1] in "?*" else ""))
    return out


def _make(name, base, doc, fields, attributes=None):
    ns = {"__module__": "ast", "__doc__": doc,
          "_fields": tuple(f for f, _ in fields)}
    ns["__match_args__"] = ns["_fields"]
    for f, q in fields:
        if q == "?":
            ns[f] = None
    if attributes is not None:
        ns["_attributes"] = tuple(a for a, _ in attributes)
        for a, q in attributes:
            if q == "?":
                ns[a] = None
    cls = type(name, (base,), ns)
    globals()[name] = cls
    return cls


def _split_constructors(rhs):
    parts, depth, cur = [], 0, ""
    for ch in rhs:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "|" and depth == 0:
            parts.append(cur.strip())
            cur = ""
        else:
            cur += ch
    parts.append(cur.strip())
    return parts


_singletons = {}


def _build():
    for block in _GRAMMAR.strip().split("\n\n"):
        doc = block.strip("\n")
        flat = " ".join(line.strip() for line in doc.split("\n"))
        if flat in ("",):
            continue
        name = flat.split("=")[0].split("(")[0].strip()
        if name in _LOCATED:
            attrs = [("lineno", ""), ("col_offset", ""), ("end_lineno", "?"),
                     ("end_col_offset", "?")]
        elif name in _LOCATED_REQUIRED:
            attrs = [("lineno", ""), ("col_offset", ""), ("end_lineno", ""),
                     ("end_col_offset", "")]
        else:
            attrs = []
        if "=" in flat.split("(")[0]:   # sum type: abstract base + constructors
            rhs = flat.split("=", 1)[1]
            base = _make(name, AST, doc, [], attrs)
            ctors = _split_constructors(rhs)
            simple = all("(" not in c for c in ctors)
            for c in ctors:
                if "(" in c:
                    cname, ftext = c.split("(", 1)
                    _make(cname.strip(), base, c, _parse_fields(ftext.rstrip(")")))
                else:
                    cls = _make(c, base, c, [])
                    if simple:
                        _singletons[c] = cls()
        else:                            # product type
            ftext = flat.split("(", 1)[1].rstrip(")")
            _make(name, AST, flat, _parse_fields(ftext), attrs)


_build()
del _build, _make, _parse_fields, _split_constructors
)PY";

// _ast._parse(source, filename='<unknown>', mode='exec'): compile(..., PyCF_ONLY_AST) without
// going through builtins.compile (a Krait extension, used by tests).
Object* astParse(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"source", "filename", "mode"};
    Object* a[3] = {};
    if (!parseArgs("_parse", args, nargs, kwnames, kNames, 3, 1, a)) return nullptr;
    if (!isStr(a[0])) return setError(&ExcTypeError, "_parse() source must be str");
    Ref<> fname = a[1] ? Ref<>::borrow(a[1]) : Ref<>::steal(strFromAscii("<unknown>"));
    if (!fname) return nullptr;
    CompileMode mode = CompileMode::Exec;
    if (a[2] && isStr(a[2]) && strEqualsAscii(a[2], "eval")) mode = CompileMode::Eval;
    if (a[2] && isStr(a[2]) && strEqualsAscii(a[2], "single")) mode = CompileMode::Single;
    return astFromSource(strView(a[0]), fname.get(), mode, kPyCfOnlyAst);
}

const MethodDef kParseDef = {"_parse", astParse, 0, nullptr};

}  // namespace

Object* createAstModule(InterpState*) {
    Ref<> m = Ref<>::steal(moduleFromEmbeddedSource("_ast", kAstSource));
    if (!m) return nullptr;
    Ref<> f = Ref<>::steal(newBuiltinFunction(&kParseDef, m.get(), nullptr));
    if (!f || setAttr(m.get(), "_parse", f.get()) < 0) return nullptr;
    return m.release();
}

}  // namespace krait
