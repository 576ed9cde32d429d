def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10, "A", "B", "C", [])), hanoi(2, "A", "B", "C", []))
def annotated(x: int, y: "str" = "s") -> bool:
    return True
print(annotated.__annotations__)
annotated.custom = "attr"
print(annotated.custom, annotated.__dict__, annotated.__module__)
def is_even(n):
    return n == 0 or is_odd(n - 1)
def is_odd(n):
    return n != 0 and is_even(n - 1)
print(is_even(10), is_odd(7))
print(callable(fact), type(fact).__name__, fact.__name__)
