# A bank with accounts, overdraft rules, transfers that roll back on failure,
# a transaction log with Decimal money and monthly interest.
from decimal import ROUND_HALF_EVEN, Decimal
from enum import Enum


class TxKind(Enum):
    DEPOSIT = "deposit"
    WITHDRAW = "withdraw"
    TRANSFER = "transfer"
    INTEREST = "interest"


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot take {amount}, balance {account.balance}")


CENT = Decimal("0.01")


class Account:
    _next_id = 1000

    def __init__(self, owner, overdraft=Decimal("0")):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.overdraft = overdraft
        self.__balance = Decimal("0.00")

    @property
    def balance(self):
        return self.__balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.__balance += amount

    def withdraw(self, amount):
        if self.__balance - amount < -self.overdraft:
            raise InsufficientFunds(self, amount)
        self.__balance -= amount

    def __repr__(self):
        return f"<Account {self.id} {self.owner} {self.balance}>"


class Bank:
    def __init__(self):
        self.accounts = {}
        self.log = []

    def open(self, owner, **kw):
        acct = Account(owner, **kw)
        self.accounts[acct.id] = acct
        return acct

    def record(self, kind, *details):
        self.log.append((len(self.log) + 1, kind, details))

    def transfer(self, src, dst, amount):
        src.withdraw(amount)
        try:
            if dst.owner == "frozen":
                raise PermissionError("destination frozen")
            dst.deposit(amount)
        except Exception:
            src.deposit(amount)  # roll back
            raise
        self.record(TxKind.TRANSFER, src.id, dst.id, amount)

    def apply_interest(self, rate):
        for acct in self.accounts.values():
            if acct.balance > 0:
                gain = (acct.balance * rate / 12).quantize(CENT, ROUND_HALF_EVEN)
                acct.deposit(gain)
                self.record(TxKind.INTEREST, acct.id, gain)


bank = Bank()
alice = bank.open("alice")
bob = bank.open("bob", overdraft=Decimal("50"))
ice = bank.open("frozen")
alice.deposit(Decimal("100.00"))
bank.record(TxKind.DEPOSIT, alice.id, Decimal("100.00"))
operations = [
    lambda: bank.transfer(alice, bob, Decimal("30.25")),
    lambda: bank.transfer(bob, alice, Decimal("70.00")),
    lambda: bank.transfer(bob, alice, Decimal("20.00")),
    lambda: bank.transfer(alice, ice, Decimal("10")),
    lambda: alice.deposit(Decimal("-5")),
    lambda: bob.withdraw(Decimal("0.01")),
]
for op in operations:
    try:
        op()
        print("ok   ", alice, bob)
    except (InsufficientFunds, PermissionError, ValueError) as e:
        print("fail ", type(e).__name__, e)
bank.apply_interest(Decimal("0.05"))
for entry in bank.log:
    print(entry[0], entry[1].value, *entry[2])
print(sum(a.balance for a in bank.accounts.values()), sorted(bank.accounts))
try:
    alice.balance = 10
except AttributeError as e:
    print("AttributeError:", e)
print(alice._Account__balance == alice.balance)
