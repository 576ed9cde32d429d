print({1: 2} == {1: 2.0}, {1: [1]} == {1: [1]}, {"a": 1} == dict(a=1), {} == dict())
print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {1: 3}, {1: 2} == [(1, 2)])
nan = float("nan")
d = {"x": nan}
print(d == d, d == {"x": nan}, {"x": float("nan")} == {"x": float("nan")})
print(repr({"q": "it's", 'd': 'say "hi"'}), repr({1: {2: {3: {}}}}), repr({(): frozenset()}))
print(str({None: None, True: False}), repr({-1: -1.5, 2 ** 70: 1e-10}))
class K:
    def __repr__(self):
        return "K!"
print({K(): K()} if False else {1: K()}, [K()], (K(),))
