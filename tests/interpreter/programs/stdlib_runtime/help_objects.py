def area(width, height=1, *, unit="m"):
    """Return the area of a rectangle.

    The unit is only used for display.
    """
    return width * height


class Account:
    """A bank account."""

    interest = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        """Add money to the account."""
        self.balance += amount
        return self.balance

    @property
    def rich(self):
        """Whether the balance is large."""
        return self.balance > 1000

    @staticmethod
    def bank():
        return "PyBank"


help(area)
help(Account)
help(Account.deposit)
help(len)
help(Account("ann"))
help(lambda x, y=2: x)
