class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed, self.available = needed, available
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner, self._balance = owner, balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    @property
    def balance(self): return self._balance
    def deposit(self, amt):
        if amt <= 0: raise ValueError("deposit must be positive")
        self._balance += amt
        self.history.append(("dep", amt))
        return self
    def withdraw(self, amt):
        if amt > self._balance: raise InsufficientFunds(amt, self._balance)
        self._balance -= amt
        self.history.append(("wd", amt))
        return self
    def __repr__(self): return f"{type(self).__name__}(#{self.id} {self.owner}: {self._balance})"
    def __lt__(self, other): return self._balance < other._balance
    def __eq__(self, other): return isinstance(other, Account) and self.id == other.id
    __hash__ = lambda self: hash(self.id)
class Savings(Account):
    rate = 0.05
    def add_interest(self):
        return self.deposit(round(self._balance * self.rate, 2))
a = Account("ann", 100).deposit(50).withdraw(30)
s = Savings("bob", 1000).add_interest()
print(a, s, a.balance, s.history, sorted([s, a]), max(a, s), a == a, a != s, len({a, s, a}))
try:
    a.withdraw(10**6)
except InsufficientFunds as e:
    print("error:", e, e.needed, e.available, isinstance(e, Exception))
try:
    a.deposit(-5)
except ValueError as e:
    print("error:", e)
try:
    a.balance = 5
except AttributeError as e:
    print("error:", e)
print(isinstance(s, Account), Savings.__mro__[1].__name__, Savings.rate, s.rate, vars(a).keys() >= {"owner", "history"})
