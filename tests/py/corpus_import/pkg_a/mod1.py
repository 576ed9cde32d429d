print("mod1 loading", __name__, __package__)
def func1(): return "func1"
CONST = 1
