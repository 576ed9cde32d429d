visible = 1
_underscore = 2
def func():
    return "func"
