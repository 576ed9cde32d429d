class Account:
    _next_id = 1
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self._balance += amount
        return self
    def apply_interest(self):
        self._balance = round(self._balance * (1 + self.interest), 2)
    def __repr__(self):
        return f"Account#{self.id}({self.owner}, {self._balance})"
a = Account("ann", 100)
b = Account("bob")
a.deposit(50).deposit(25)
a.apply_interest()
b.interest = 0.5
b.deposit(10).apply_interest()
print(a, b, Account._next_id, Account.interest, b.interest)
try:
    a.deposit(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    a.balance = 5
except AttributeError as e:
    print("AttributeError:", e)
