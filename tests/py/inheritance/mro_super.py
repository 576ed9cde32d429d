class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__], [k.__name__ for k in D.mro()])
class X: pass
class Y: pass
class Z(X, Y): pass
try:
    class Bad(X, Z): pass
except TypeError as e:
    print("TypeError:", e)
class O: pass
class E(O): pass
class F(O): pass
class G(E, F): pass
class H(F, E): pass
print([k.__name__ for k in G.__mro__], [k.__name__ for k in H.__mro__])
try:
    class I(G, H): pass
except TypeError as e:
    print("TypeError:", e)
class K1: pass
class K2: pass
class K3: pass
class M1(K1, K2): pass
class M2(K2, K3): pass
class N(M1, M2): pass
print([k.__name__ for k in N.__mro__])
