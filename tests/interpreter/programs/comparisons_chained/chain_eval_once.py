calls = []

def val(name, v):
    calls.append(name)
    return v

print(val('a', 1) < val('b', 2) < val('c', 3))
print(calls)
calls.clear()
print(val('a', 5) < val('b', 2) < val('c', 3))
print(calls)
calls.clear()
print(val('a', 1) < val('b', 9) > val('c', 3) == val('d', 3))
print(calls)
calls.clear()
print(val('a', 1) == val('b', 1) != val('c', 1))
print(calls)
calls.clear()
result = 0 < val('mid', 4) < 10
print(result, calls)
