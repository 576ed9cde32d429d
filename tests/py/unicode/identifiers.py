café = "coffee"
π = 3.14159
变量 = "chinese variable"
Ünïcödé = 1
def grüße(名前):
    return f"hallo {名前}"
class Ñandú:
    ñ = "enye"
print(café, π, 变量, Ünïcödé, grüße("世界"), Ñandú.ñ, Ñandú.__name__)
ﬁ = "ligature normalized"
print(fi)
ℌ = "script H"
print(H)
print("café".isidentifier(), "1x".isidentifier(), "π".isidentifier(), "x-y".isidentifier())
print(sorted(k for k in globals() if not k.startswith("_") and not k.isascii()))
ns = {}
exec("λ = lambda x: x + 1\nresult = λ(1)", ns)
print(ns["result"])
