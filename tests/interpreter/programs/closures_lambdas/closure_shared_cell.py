def make_pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_

get, set_ = make_pair()
print(get())
set_(42)
print(get())
get2, set2 = make_pair()
set2('other')
print(get(), get2())
set_('again')
print(get(), get2())

def bank(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            raise ValueError(f'insufficient funds: {balance} < {x}')
        balance -= x
        return balance
    return deposit, withdraw

dep, wd = bank(10)
print(dep(5), wd(3))
try:
    wd(100)
except ValueError as e:
    print(type(e).__name__, e)
