// Unit tests for the Krait tokenizer and parser (vm/parser). The expected AST dumps and error
// positions were produced by CPython 3.11's ast module and compile().
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "parser/ast_dump.h"
#include "parser/parser.h"
#include "parser/tokenizer.h"

using namespace krait;
using krait::parser::TokType;

namespace {

std::vector<parser::Token> tokenize(const std::string& src, parser::TokError* errOut = nullptr) {
    std::string buf;
    parser::TokError err;
    REQUIRE(parser::normalizeSource(src, buf, err));
    static std::string keep;
    keep = buf;
    parser::Tokenizer tz(keep);
    std::vector<parser::Token> out;
    parser::Token t;
    while (tz.next(t)) {
        out.push_back(t);
        if (t.type == TokType::EndMarker) break;
    }
    if (errOut) *errOut = tz.error();
    return out;
}

std::vector<TokType> types(const std::vector<parser::Token>& toks) {
    std::vector<TokType> v;
    for (const auto& t : toks) v.push_back(t.type);
    return v;
}

std::string dump(const std::string& src) {
    SyntaxErrorInfo err;
    auto r = parse(src, "<test>", ParseMode::File, err);
    if (!r) return "ERROR " + err.msg;
    return ast::dumpAst(*r->root);
}

struct DumpCase {
    const char* src;
    const char* expected;
};

const DumpCase kDumpCases[] = {
    {R"PY(x = 1)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[]))PY"},
    {R"PY(a, *b = c)PY",
     R"PY(Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(f(*a, k=1, **kw))PY",
     R"PY(Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[keyword(arg='k', value=Constant(value=1)), keyword(value=Name(id='kw', ctx=Load()))]))], type_ignores=[]))PY"},
    {R"PY(x[1:2, ::3])PY",
     R"PY(Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3))], ctx=Load()), ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(lambda a, /, b=1, *c, d, **e: 0)PY",
     R"PY(Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d')], kw_defaults=[None], kwarg=arg(arg='e'), defaults=[Constant(value=1)]), body=Constant(value=0)))], type_ignores=[]))PY"},
    {R"PY(async def f():
    async with a as b, c:
        await x
    async for i in y: pass)PY",
     R"PY(Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Expr(value=Await(value=Name(id='x', ctx=Load())))]), AsyncFor(target=Name(id='i', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[])], decorator_list=[])], type_ignores=[]))PY"},
    {R"PY(match p:
    case [1, *rest] | {"k": v, **kw}:
        pass
    case Point(x=0, y=_) as pt if pt:
        pass
    case -1 | 1+2j | None:
        pass)PY",
     R"PY(Module(body=[Match(subject=Name(id='p', ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchSequence(patterns=[MatchValue(value=Constant(value=1)), MatchStar(name='rest')]), MatchMapping(keys=[Constant(value='k')], patterns=[MatchAs(name='v')], rest='kw')]), body=[Pass()]), match_case(pattern=MatchAs(pattern=MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[], kwd_attrs=['x', 'y'], kwd_patterns=[MatchValue(value=Constant(value=0)), MatchAs()]), name='pt'), guard=Name(id='pt', ctx=Load()), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=1))), MatchValue(value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2j))), MatchSingleton(value=None)]), body=[Pass()])])], type_ignores=[]))PY"},
    {R"PY(f"{a!r:>{w}} {b=}")PY",
     R"PY(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)])), Constant(value=' b='), FormattedValue(value=Name(id='b', ctx=Load()), conversion=114)]))], type_ignores=[]))PY"},
    {R"PY(b'\x00' b'a')PY",
     R"PY(Module(body=[Expr(value=Constant(value=b'\x00a'))], type_ignores=[]))PY"},
    {R"PY(0xFF + 1_000 + 0o17 + 0b1 + 1.5e3 + 2j)PY",
     R"PY(Module(body=[Expr(value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=255), op=Add(), right=Constant(value=1000)), op=Add(), right=Constant(value=15)), op=Add(), right=Constant(value=1)), op=Add(), right=Constant(value=1500.0)), op=Add(), right=Constant(value=2j)))], type_ignores=[]))PY"},
    {R"PY((x := 5))PY",
     R"PY(Module(body=[Expr(value=NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=5)))], type_ignores=[]))PY"},
    {R"PY(try:
    pass
except* E as e:
    pass)PY",
     R"PY(Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[]))PY"},
    {R"PY(with (open(a) as f, open(b) as g):
    pass)PY",
     R"PY(Module(body=[With(items=[withitem(context_expr=Call(func=Name(id='open', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]), optional_vars=Name(id='f', ctx=Store())), withitem(context_expr=Call(func=Name(id='open', ctx=Load()), args=[Name(id='b', ctx=Load())], keywords=[]), optional_vars=Name(id='g', ctx=Store()))], body=[Pass()])], type_ignores=[]))PY"},
    {R"PY(global a, b)PY",
     R"PY(Module(body=[Global(names=['a', 'b'])], type_ignores=[]))PY"},
    {R"PY(@d
class C(B, metaclass=M):
    x: int = 1)PY",
     R"PY(Module(body=[ClassDef(name='C', bases=[Name(id='B', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load()))], body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=1)], decorator_list=[Name(id='d', ctx=Load())])], type_ignores=[]))PY"},
    {R"PY(del a[0], b.c)PY",
     R"PY(Module(body=[Delete(targets=[Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=0), ctx=Del()), Attribute(value=Name(id='b', ctx=Load()), attr='c', ctx=Del())])], type_ignores=[]))PY"},
    {R"PY(x = yield)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield())], type_ignores=[]))PY"},
    {R"PY(from ..a import (b as c, d))PY",
     R"PY(Module(body=[ImportFrom(module='a', names=[alias(name='b', asname='c'), alias(name='d')], level=2)], type_ignores=[]))PY"},
    {R"PY(a < b <= c is not d not in e)PY",
     R"PY(Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), IsNot(), NotIn()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load())]))], type_ignores=[]))PY"},
    {R"PY(not a and b or c)PY",
     R"PY(Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[UnaryOp(op=Not(), operand=Name(id='a', ctx=Load())), Name(id='b', ctx=Load())]), Name(id='c', ctx=Load())]))], type_ignores=[]))PY"},
    {R"PY([x for x in y if x for z in x])PY",
     R"PY(Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='x', ctx=Load())], is_async=0), comprehension(target=Name(id='z', ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[]))PY"},
    {R"PY({k: v for k, v in d})PY",
     R"PY(Module(body=[Expr(value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Name(id='d', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[]))PY"},
    {R"PY({*a, 1})PY",
     R"PY(Module(body=[Expr(value=Set(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Constant(value=1)]))], type_ignores=[]))PY"},
    {R"PY(print("a" "b" u"c"))PY",
     R"PY(Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Constant(value='abc')], keywords=[]))], type_ignores=[]))PY"},
    {R"PY(x = 10**-2 ** 3)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=10), op=Pow(), right=UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), right=Constant(value=3)))))], type_ignores=[]))PY"},
    {R"PY(-x ** 2)PY",
     R"PY(Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Name(id='x', ctx=Load()), op=Pow(), right=Constant(value=2))))], type_ignores=[]))PY"},
    {R"PY('\u00e9\q' r'\n')PY",
     R"PY(Module(body=[Expr(value=Constant(value='é\\q\\n'))], type_ignores=[]))PY"},
    {R"PY(1e400 + 0.1)PY",
     R"PY(Module(body=[Expr(value=BinOp(left=Constant(value=inf), op=Add(), right=Constant(value=0.1)))], type_ignores=[]))PY"},
    {R"PY(if a:
    pass
elif b:
    pass
else:
    pass)PY",
     R"PY(Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[Pass()])])], type_ignores=[]))PY"},
    {R"PY(0x1234567890abcdef1234567890)PY",
     R"PY(Module(body=[Expr(value=Constant(value=1442304682740643783150283421840))], type_ignores=[]))PY"},
    {R"PY(x = 1.0 + 1e-7 + 123456789012345678.0 + .5)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=BinOp(left=Constant(value=1.0), op=Add(), right=Constant(value=1e-07)), op=Add(), right=Constant(value=1.2345678901234568e+17)), op=Add(), right=Constant(value=0.5)))], type_ignores=[]))PY"},
};

struct ErrCase {
    const char* src;
    const char* type;
    const char* msg;
    int lineno;
    int offset;
};

const ErrCase kErrCases[] = {
    {R"PY(x = 1 +
)PY", "SyntaxError", R"PY(invalid syntax)PY", 1, 8},
    {R"PY(if x:
  pass
    y
)PY", "IndentationError", R"PY(unexpected indent)PY", 3, 4},
    {R"PY(if x:
pass
)PY", "IndentationError", R"PY(expected an indented block after 'if' statement on line 1)PY", 2, 1},
    {R"PY("abc
)PY", "SyntaxError", R"PY(unterminated string literal (detected at line 1))PY", 1, 1},
    {R"PY(0123)PY", "SyntaxError", R"PY(leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers)PY", 1, 1},
    {R"PY(print "x")PY", "SyntaxError", R"PY(Missing parentheses in call to 'print'. Did you mean print(...)?)PY", 1, 1},
    {R"PY(f() = 1)PY", "SyntaxError", R"PY(cannot assign to function call here. Maybe you meant '==' instead of '='?)PY", 1, 1},
    {R"PY(x = (1,
)PY", "SyntaxError", R"PY('(' was never closed)PY", 1, 5},
    {R"PY((])PY", "SyntaxError", R"PY(closing parenthesis ']' does not match opening parenthesis '(')PY", 1, 2},
    {R"PY())PY", "SyntaxError", R"PY(unmatched ')')PY", 1, 1},
    {R"PY(del f())PY", "SyntaxError", R"PY(cannot delete function call)PY", 1, 5},
    {R"PY(f(x=1, y))PY", "SyntaxError", R"PY(positional argument follows keyword argument)PY", 1, 9},
    {R"PY([*x for x in y])PY", "SyntaxError", R"PY(iterable unpacking cannot be used in comprehension)PY", 1, 2},
    {R"PY(f"{x!z}")PY", "SyntaxError", R"PY(f-string: invalid conversion character: expected 's', 'r', or 'a')PY", 1, 9},
    {R"PY(x = [1 2])PY", "SyntaxError", R"PY(invalid syntax. Perhaps you forgot a comma?)PY", 1, 6},
    {R"PY(if x:
    a
  b
)PY", "IndentationError", R"PY(unindent does not match any outer indentation level)PY", 3, 4},
    {R"PY(x = …)PY", "SyntaxError", R"PY(invalid character '…' (U+2026))PY", 1, 5},
    {R"PY(for x in y
  pass)PY", "SyntaxError", R"PY(expected ':')PY", 1, 11},
};

}  // namespace

TEST_CASE("tokenizer: simple statement", "[tokenizer]") {
    auto toks = tokenize("x = 1\n");
    CHECK(types(toks) == std::vector<TokType>{TokType::Name, TokType::Equal, TokType::Number,
                                              TokType::Newline, TokType::EndMarker});
    CHECK(toks[2].col == 4);
    CHECK(toks[2].endCol == 5);
}

TEST_CASE("tokenizer: indentation produces INDENT/DEDENT", "[tokenizer]") {
    auto toks = tokenize("if x:\n    y\n\n# c\nz\n");
    CHECK(types(toks) ==
          std::vector<TokType>{TokType::Name, TokType::Name, TokType::Colon, TokType::Newline,
                               TokType::Indent, TokType::Name, TokType::Newline, TokType::Dedent,
                               TokType::Name, TokType::Newline, TokType::EndMarker});
}

TEST_CASE("tokenizer: implicit joining and continuation", "[tokenizer]") {
    auto toks = tokenize("f(a,\n  b) + \\\n c\n");
    int newlines = 0;
    for (const auto& t : toks) newlines += t.type == TokType::Newline;
    CHECK(newlines == 1);
    CHECK(toks.back().type == TokType::EndMarker);
}

TEST_CASE("tokenizer: operators are maximal munch", "[tokenizer]") {
    auto toks = tokenize("a **= b // c -> d := e ... != f\n");
    CHECK(types(toks) == std::vector<TokType>{
                             TokType::Name, TokType::DoubleStarEqual, TokType::Name,
                             TokType::DoubleSlash, TokType::Name, TokType::RArrow, TokType::Name,
                             TokType::ColonEqual, TokType::Name, TokType::Ellipsis,
                             TokType::NotEqual, TokType::Name, TokType::Newline,
                             TokType::EndMarker});
}

TEST_CASE("tokenizer: keywords and soft keywords", "[tokenizer]") {
    auto toks = tokenize("def match lambda\n");
    CHECK(toks[0].kw == parser::Kw::Def);
    CHECK(toks[1].kw == parser::Kw::None);
    CHECK(toks[2].kw == parser::Kw::Lambda);
}

TEST_CASE("tokenizer: string prefixes and triple quotes", "[tokenizer]") {
    auto toks = tokenize("rb'x' F\"y\" '''a\nb''' u'z'\n");
    REQUIRE(toks.size() >= 4);
    for (int i = 0; i < 4; ++i) CHECK(toks[i].type == TokType::String);
    CHECK(toks[2].lineno == 1);
    CHECK(toks[2].endLineno == 2);
}

TEST_CASE("tokenizer: numbers", "[tokenizer]") {
    auto toks = tokenize("0x_ff 1_000.5e-3j 0o17 .5 1if x else 2\n");
    CHECK(toks[0].type == TokType::Number);
    CHECK(toks[1].type == TokType::Number);
    CHECK(toks[2].type == TokType::Number);
    CHECK(toks[3].type == TokType::Number);
    CHECK(toks[4].type == TokType::Number);
    CHECK(toks[5].kw == parser::Kw::If);
}

TEST_CASE("tokenizer: errors", "[tokenizer]") {
    parser::TokError err;
    tokenize("x = 'abc\n", &err);
    CHECK(err.msg == "unterminated string literal (detected at line 1)");
    tokenize("x = 1abc\n", &err);
    CHECK(err.msg == "invalid decimal literal");
    tokenize("(]\n", &err);
    CHECK(err.msg == "closing parenthesis ']' does not match opening parenthesis '('");
}

TEST_CASE("source normalization: BOM, CRLF, latin-1 cookie", "[tokenizer]") {
    std::string out;
    parser::TokError err;
    REQUIRE(parser::normalizeSource("\xEF\xBB\xBFx = 1\r\ny = 2", out, err));
    CHECK(out == "x = 1\ny = 2\n");
    REQUIRE(parser::normalizeSource("# -*- coding: latin-1 -*-\ns = '\xE9'\n", out, err));
    CHECK(out == "# -*- coding: latin-1 -*-\ns = '\xC3\xA9'\n");
    CHECK_FALSE(parser::normalizeSource("# coding: klingon\n", out, err));
}

TEST_CASE("parser: AST dumps match CPython", "[parser]") {
    for (const DumpCase& c : kDumpCases) {
        INFO(c.src);
        CHECK(dump(c.src) == c.expected);
    }
}

TEST_CASE("parser: syntax errors match CPython", "[parser]") {
    for (const ErrCase& c : kErrCases) {
        INFO(c.src);
        SyntaxErrorInfo err;
        auto r = parse(c.src, "<test>", ParseMode::File, err);
        CHECK(r == nullptr);
        CHECK(err.type == c.type);
        CHECK(err.msg == c.msg);
        CHECK(err.lineno == c.lineno);
        CHECK(err.offset == c.offset);
    }
}

TEST_CASE("parser: locations", "[parser]") {
    SyntaxErrorInfo err;
    auto r = parse("def f():\n    return é + x\n", "<test>", ParseMode::File, err);
    REQUIRE(r);
    auto* mod = ast::cast<ast::Module>(r->root);
    auto* fn = ast::cast<ast::FunctionDef>(mod->body[0]);
    CHECK(fn->lineno == 1);
    CHECK(fn->endLineno == 2);
    auto* ret = ast::cast<ast::Return>(fn->body[0]);
    auto* bin = ast::cast<ast::BinOp>(ret->value);
    CHECK(bin->colOffset == 11);
    CHECK(bin->endColOffset == 17);  // UTF-8 byte columns
    auto* x = ast::cast<ast::Name>(bin->right);
    CHECK(x->colOffset == 16);
}

TEST_CASE("parser: eval and single modes", "[parser]") {
    SyntaxErrorInfo err;
    auto r = parse("1 + 2\n", "<test>", ParseMode::Eval, err);
    REQUIRE(r);
    CHECK(ast::dumpAst(*r->root) ==
          "Expression(body=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))");
    r = parse("x = 1\n", "<test>", ParseMode::Single, err);
    REQUIRE(r);
    CHECK(ast::dumpAst(*r->root) ==
          "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])");
    CHECK_FALSE(parse("x = 1\n", "<test>", ParseMode::Eval, err));
}

TEST_CASE("parser: f-string expression locations", "[parser]") {
    SyntaxErrorInfo err;
    auto r = parse("x = f'ab{yy}'\n", "<test>", ParseMode::File, err);
    REQUIRE(r);
    auto* a = ast::cast<ast::Assign>(ast::cast<ast::Module>(r->root)->body[0]);
    auto* js = ast::cast<ast::JoinedStr>(a->value);
    auto* fv = ast::cast<ast::FormattedValue>(js->values[1]);
    auto* n = ast::cast<ast::Name>(fv->value);
    CHECK(n->colOffset == 9);
    CHECK(n->endColOffset == 11);
}

TEST_CASE("parser: constant values", "[parser]") {
    SyntaxErrorInfo err;
    auto r = parse("0XfF\n1_0\n'\\ud800'\n", "<test>", ParseMode::File, err);
    REQUIRE(r);
    auto* m = ast::cast<ast::Module>(r->root);
    auto val = [&](int i) -> const ast::ConstantValue& {
        return ast::cast<ast::Constant>(ast::cast<ast::ExprStmt>(m->body[i])->value)->value;
    };
    CHECK(val(0).kind == ast::ConstantKind::Int);
    CHECK(val(0).str == "ff");
    CHECK(val(0).base == 16);
    CHECK(val(1).str == "10");
    CHECK(val(2).str == "\xED\xA0\x80");  // lone surrogate as WTF-8
}

TEST_CASE("ast_dump: reprs", "[parser]") {
    CHECK(ast::reprFloat(1e16) == "1e+16");
    CHECK(ast::reprFloat(1e15) == "1000000000000000.0");
    CHECK(ast::reprFloat(0.1) == "0.1");
    CHECK(ast::reprFloat(1.5e-5) == "1.5e-05");
    CHECK(ast::reprFloat(1.0, true) == "1");
    CHECK(ast::reprInt("ff", 16) == "255");
    CHECK(ast::reprInt("1000000000000000000000", 16) == "19342813113834066795298816");
    CHECK(ast::reprStr("it's") == "\"it's\"");
    CHECK(ast::reprStr("a\n\x01") == "'a\\n\\x01'");
    CHECK(ast::reprBytes(std::string("\x00'", 2)) == "b\"\\x00'\"");
}

TEST_CASE("arena runs destructors", "[parser]") {
    static int destroyed = 0;
    struct D {
        std::string s = "a long string that needs heap storage beyond SSO";
        ~D() { ++destroyed; }
    };
    {
        ast::Arena arena;
        for (int i = 0; i < 1000; ++i) arena.make<D>();
    }
    CHECK(destroyed == 1000);
}

TEST_CASE("parser: deep nesting does not crash", "[parser]") {
    std::string src = "x = " + std::string(150, '(') + "1" + std::string(150, ')') + "\n";
    SyntaxErrorInfo err;
    auto r = parse(src, "<test>", ParseMode::File, err);
    CHECK(r != nullptr);
    r = parse("x = " + std::string(100000, '-') + "1\n", "<test>", ParseMode::File, err);
    CHECK(r == nullptr);
    CHECK(err.type == "MemoryError");
    r = parse(std::string(250, '[') + std::string(250, ']'), "<test>", ParseMode::File, err);
    CHECK(err.msg == "too many nested parentheses");
}
