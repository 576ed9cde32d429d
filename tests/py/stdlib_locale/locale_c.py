# _locale in C++ (C locale): setlocale per category and LC_ALL's composite name, the
# environment's choice for "", locale.Error, localeconv() of the C locale, strcoll/strxfrm,
# CPython's argument errors; the locale module on top of it.
import _locale, locale, os

print(_locale.LC_CTYPE, _locale.LC_NUMERIC, _locale.LC_TIME, _locale.LC_COLLATE,
      _locale.LC_MONETARY, _locale.LC_MESSAGES, _locale.LC_ALL, _locale.CHAR_MAX)
print(_locale.Error is locale.Error, _locale.Error.__module__, _locale.Error.__mro__[1])
print(locale.setlocale(locale.LC_NUMERIC))
print(locale.setlocale(locale.LC_NUMERIC, "C"))
print(locale.setlocale(locale.LC_NUMERIC, "POSIX"))
print(locale.setlocale(locale.LC_ALL, "C"))
print(locale.setlocale(locale.LC_TIME, "C.UTF-8"))
print(locale.setlocale(locale.LC_ALL))
print(locale.setlocale(locale.LC_TIME))
print(locale.setlocale(locale.LC_ALL, "C"))
for loc in ("xx_YY", "de_DE.ISO8859-1", "C.latin1"):
    try:
        locale.setlocale(locale.LC_COLLATE, loc)
    except locale.Error as e:
        print("Error", e)
print(locale.setlocale(locale.LC_COLLATE))

# "" takes LC_ALL, then LC_<category>, then LANG.
saved = {k: os.environ.get(k) for k in ("LC_ALL", "LC_NUMERIC", "LANG")}
for k in saved:
    os.environ.pop(k, None)
os.environ["LANG"] = "C.UTF-8"
print(locale.setlocale(locale.LC_NUMERIC, ""))
os.environ["LC_NUMERIC"] = "POSIX"
print(locale.setlocale(locale.LC_NUMERIC, ""))
os.environ["LC_ALL"] = "xx_YY.UTF-8"
try:
    locale.setlocale(locale.LC_NUMERIC, "")
except locale.Error as e:
    print("Error", e)
for k, v in saved.items():
    if v is None:
        os.environ.pop(k, None)
    else:
        os.environ[k] = v
print(locale.setlocale(locale.LC_ALL, "C"))

conv = _locale.localeconv()
print(sorted(conv.items()))
print(locale.localeconv()["decimal_point"], locale.format_string("%.2f", 1234.5, grouping=True))
print(locale.str(3.25), locale.atof("2.5"), locale.atoi("42"), locale.currency.__name__)
print(_locale.strcoll("a", "b"), _locale.strcoll("b", "a"), _locale.strcoll("x", "x"))
print(_locale.strxfrm("abc"), sorted(["b", "a", "C"], key=locale.strxfrm))
print(type(_locale.getencoding()).__name__)

def err(f, *a):
    try:
        print("ok", f(*a))
    except Exception as e:
        print(type(e).__name__, e)

err(_locale.setlocale)
err(_locale.setlocale, "x")
err(_locale.setlocale, 0, 5)
err(_locale.setlocale, 0, None, 1)
err(_locale.setlocale, -1)
err(_locale.setlocale, -1, "C")
err(_locale.strcoll, 1, "a")
err(_locale.strcoll, "a", 1)
err(_locale.strcoll, "a")
err(_locale.strxfrm, 1)
err(_locale.strxfrm)
err(_locale.localeconv, 1)
err(_locale.getencoding, 1)
err(_locale.nl_langinfo, "x")
err(_locale.strcoll, "a\0", "a")
err(_locale.strcoll, "a", "a\0")
err(_locale.strxfrm, "a\0")
