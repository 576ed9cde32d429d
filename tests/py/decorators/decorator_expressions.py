decorators = {"upper": lambda f: lambda: f().upper(), "twice": lambda f: lambda: f() * 2}
@decorators["upper"]
def a():
    return "a"
@decorators["twice"]
@decorators["upper"]
def b():
    return "b"
print(a(), b())
class Deco:
    def __init__(self, tag):
        self.tag = tag
    def wrap(self, f):
        return lambda: f"<{self.tag}>{f()}</{self.tag}>"
bold = Deco("b")
@bold.wrap
def text():
    return "hi"
print(text())
@(lambda f: f)
def identity():
    return "identity"
print(identity())
fs = [lambda f: (lambda: "first(" + f() + ")")]
@fs[0]
def c():
    return "c"
print(c())
