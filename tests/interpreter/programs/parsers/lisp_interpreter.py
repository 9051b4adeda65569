# A small Scheme: tokenizer, reader, environments with closures, define/lambda/if/
# let/begin/quote, tail calls via a loop, and a few programs (factorial, map, fib).
import math
import operator as op


class Symbol(str):
    pass


def tokenize(s):
    return s.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()


def read(tokens):
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens[0] != ")":
            lst.append(read(tokens))
        tokens.pop(0)
        return lst
    if tok == ")":
        raise SyntaxError("unexpected )")
    if tok == "'":
        return [Symbol("quote"), read(tokens)]
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return Symbol(tok)


class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer

    def find(self, var):
        env = self
        while env is not None:
            if var in env:
                return env
            env = env.outer
        raise NameError(f"unbound symbol {var}")


def standard_env():
    env = Env()
    env.update({"+": op.add, "-": op.sub, "*": op.mul, "/": op.truediv, "<": op.lt, ">": op.gt,
                "=": op.eq, "<=": op.le, "car": lambda x: x[0], "cdr": lambda x: x[1:],
                "cons": lambda x, y: [x] + y, "list": lambda *x: list(x), "null?": lambda x: x == [],
                "abs": abs, "sqrt": math.sqrt, "length": len, "apply": lambda f, a: f(*a)})
    return env


class Procedure:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env

    def __call__(self, *args):
        return evaluate(self.body, Env(self.params, args, self.env))


def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        head = x[0]
        if head == "quote":
            return x[1]
        if head == "if":
            _, test, conseq, alt = x
            x = conseq if evaluate(test, env) else alt
            continue
        if head == "define":
            env[x[1]] = evaluate(x[2], env)
            return None
        if head == "lambda":
            return Procedure(x[1], x[2], env)
        if head == "begin":
            for e in x[1:-1]:
                evaluate(e, env)
            x = x[-1]
            continue
        if head == "let":
            names = [b[0] for b in x[1]]
            vals = [evaluate(b[1], env) for b in x[1]]
            x, env = x[2], Env(names, vals, env)
            continue
        proc = evaluate(head, env)
        args = [evaluate(a, env) for a in x[1:]]
        if isinstance(proc, Procedure):  # tail call: no Python recursion
            x, env = proc.body, Env(proc.params, args, proc.env)
            continue
        return proc(*args)


def to_str(v):
    if isinstance(v, list):
        return "(" + " ".join(map(to_str, v)) + ")"
    if v is True:
        return "#t"
    if v is False:
        return "#f"
    return str(v)


env = standard_env()
PROGRAM = """
(define fact (lambda (n) (if (<= n 1) 1 (* n (fact (- n 1))))))
(define map (lambda (f xs) (if (null? xs) '() (cons (f (car xs)) (map f (cdr xs))))))
(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))
(define count (lambda (n acc) (if (= n 0) acc (count (- n 1) (+ acc 1)))))
(define make-adder (lambda (k) (lambda (x) (+ x k))))
(fact 20)
(map fib '(1 2 3 4 5 6 7 8 9 10))
(count 5000 0)
((make-adder 10) 32)
(let ((x 2) (y 3)) (begin (define z (* x y)) (+ z 1)))
(map (lambda (p) (apply + p)) '((1 2) (3 4) (5 6)))
(sqrt (abs -16))
(list 1 (list 2 3) 'sym)
(undefined 1)
"""
tokens = tokenize(PROGRAM)
while tokens:
    expr = read(tokens)
    try:
        result = evaluate(expr, env)
    except NameError as e:
        print("error:", e)
        continue
    if result is not None:
        print(to_str(result))
