def make_fact():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
print(make_fact()(10))
def make_counter_tree():
    counts = {}
    def visit(node, depth=0):
        counts[depth] = counts.get(depth, 0) + 1
        for child in node:
            visit(child, depth + 1)
        return counts
    return visit
print(make_counter_tree()([[[], []], [[[]]], []]))
def fib_memo():
    memo = {}
    def fib(n):
        if n < 2:
            return n
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib, memo
fib, memo = fib_memo()
print(fib(90), len(memo))
