def greet(name, greeting='Hello', punct='!'):
    return f'{greeting}, {name}{punct}'

print(greet('Ann'))
print(greet('Bob', 'Hi'))
print(greet('Cy', punct='?'))
print(greet(greeting='Yo', name='Di'))

def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1), append_to(2))

def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(append_safe(1), append_safe(2))
counter = 10

def uses_default(x=counter):
    return x

counter = 20
print(uses_default(), uses_default.__defaults__)

def power(base, exp=2):
    return base ** exp

print(power(3), power(2, 10), power(exp=3, base=2))
