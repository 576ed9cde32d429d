# re.error messages, positions and attributes for malformed patterns and bad arguments.
import re

patterns = [
    "(", ")", "[a-", "a**", "*a", "a{2,1}", "(?P<1a>x)", "(?P<n>a)(?P<n>b)", "(?P=missing)",
    "\\", "[z-a]", "(?<=a+)b", "a)", "(?", "(?z)", "\\1", "(a)\\2", "[]", "x{1,2", "(?P<>x)",
    "(?i", "(?#unterminated", "a|*", "(?P", "\\g", "[\\d-z]", "x++", "(?<!a*)", "\\N{nope}",
    "\\u12", "\\U0011ffff", "(?-i)", "(?ia)", "(?L)", "a{99999999999}", "(?(1)a|b|c)", "(?(x)a)",
]
for p in patterns:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except re.error as e:
        print(repr(p), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
    except OverflowError as e:
        print(repr(p), "-> OverflowError:", e)

try:
    re.compile("\n\n(abc")
except re.error as e:
    print(str(e), e.lineno, e.colno, repr(e.pattern))

try:
    re.compile(b"(?u)x")
except re.error as e:
    print("re.error:", e)
try:
    re.compile("x", re.A | re.U)
except ValueError as e:
    print("ValueError:", e)
try:
    re.compile(b"x", re.U)
except ValueError as e:
    print("ValueError:", e)

for args in [(r"\d", b"123"), (rb"\d", "123")]:
    try:
        re.search(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    re.sub("a", "\\9", "a")
except re.error as e:
    print("re.error:", e)
try:
    re.sub("(a)", "\\g<x>", "a")
except IndexError as e:
    print("IndexError:", e)
except re.error as e:
    print("re.error:", e)
try:
    re.sub("(a)", "\\g<1", "a")
except re.error as e:
    print("re.error:", e)
try:
    re.compile(123)
except TypeError as e:
    print("TypeError:", e)
try:
    re.sub("a", 5, "a")
except TypeError as e:
    print("TypeError:", e)
print(re.error is re.PatternError if hasattr(re, "PatternError") else "no PatternError")
print(issubclass(re.error, Exception), re.error.__module__, re.error.__name__)
