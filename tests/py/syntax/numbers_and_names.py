_ = 1
__ = 2
_x_ = 3
x1 = 4
X = 5
print(_, __, _x_, x1, X)
match_ = "soft keyword used as name"
match = "match is a soft keyword"
case = "so is case"
type = "and type (3.12)"
print(match, case, type, match_)
del type
print(type(1).__name__)
def _private():
    return "private"
print(_private())
_ = "underscore rebinding"
print(_)
for _ in range(2):
    pass
print(_)
