# Argument binding for methods: self binding, classmethod/staticmethod, error messages naming qualnames.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount, /, *, note=""):
        self.balance += amount
        return self.balance, note

    @classmethod
    def open(cls, owner, *, initial):
        return cls(owner, initial)

    @staticmethod
    def fee(amount, rate=0.01):
        return amount * rate


acct = Account("ann")
print(acct.deposit(10), acct.deposit(5, note="gift"))
print(Account.deposit(acct, 1))
print(vars(Account.open("bob", initial=7)))
print(Account.fee(100), acct.fee(200, rate=0.5))
bound = acct.deposit
print(bound(1), bound.__self__ is acct, bound.__func__ is Account.deposit)
errors = [
    lambda: Account(),
    lambda: Account("a", 1, 2),
    lambda: Account(owner="a", own="b"),
    lambda: acct.deposit(),
    lambda: acct.deposit(amount=1),
    lambda: acct.deposit(1, 2),
    lambda: Account.deposit(),
    lambda: Account.open("x"),
    lambda: Account.open("x", 1),
    lambda: Account.fee(),
    lambda: acct.fee(1, 2, 3),
    lambda: Account.__init__(acct),
]
for call in errors:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)


class Outer:
    class Inner:
        def m(self, a):
            pass


try:
    Outer.Inner().m()
except TypeError as e:
    print(e)
try:
    Outer.Inner.m.__get__(None, Outer.Inner)()
except TypeError as e:
    print(e)
