def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print([is_even(i) for i in range(6)], is_odd(101))

def hofstadter_f(n):
    return 1 if n == 0 else n - hofstadter_m(hofstadter_f(n - 1))

def hofstadter_m(n):
    return 0 if n == 0 else n - hofstadter_f(hofstadter_m(n - 1))

print([hofstadter_f(i) for i in range(15)])
print([hofstadter_m(i) for i in range(15)])

def parse_expr(tokens, i=0):
    value, i = parse_term(tokens, i)
    while i < len(tokens) and tokens[i] in '+-':
        op = tokens[i]
        rhs, i = parse_term(tokens, i + 1)
        value = value + rhs if op == '+' else value - rhs
    return value, i

def parse_term(tokens, i):
    if tokens[i] == '(':
        value, i = parse_expr(tokens, i + 1)
        return value, i + 1
    return int(tokens[i]), i + 1

print(parse_expr(list('1+(2-(3+4))+5'))[0], parse_expr(list('((9))'))[0])
