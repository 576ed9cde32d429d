def make():
    return (x * 2 for x in range(3))
g = make()
print(list(g), list(g))
src = [1, 2, 3]
gen = (x for x in src)
src.append(4)
print(list(gen))
src2 = [1, 2, 3]
gen2 = (x for x in src2)
src2 = [9]
print(list(gen2))
try:
    gen3 = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
calls = []
def it():
    calls.append("iter called")
    return iter([1])
g4 = (y for y in it())
print(calls)
print(list(g4))
g5 = (a + b for a in range(2) for b in undefined_name) if False else None
def outer_eval():
    try:
        return list(x for x in [1] for y in not_defined_anywhere)
    except NameError as e:
        return "NameError: " + str(e)
print(outer_eval())
print(sum(x for x in range(5)), max(x for x in "abc"), sorted((x for x in [3, 1, 2]), reverse=True))
