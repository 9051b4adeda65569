def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def fib_memo(n, memo={}):
    if n in memo:
        return memo[n]
    memo[n] = n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]

print([fact(i) for i in range(10)], fact(50))
print([fib(i) for i in range(15)])
print(fib_memo(150))

def sum_digits(n):
    return n if n < 10 else n % 10 + sum_digits(n // 10)

def power(b, e):
    if e == 0:
        return 1
    half = power(b, e // 2)
    return half * half * (b if e % 2 else 1)

print(sum_digits(987654321), power(3, 40), power(2, 0), power(7, 13) == 7 ** 13)
