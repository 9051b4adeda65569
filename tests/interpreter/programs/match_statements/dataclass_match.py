from dataclasses import dataclass

@dataclass
class Num:
    value: int

@dataclass
class Add:
    left: object
    right: object

@dataclass
class Mul(Add):
    pass

def evaluate(node):
    match node:
        case Num(v):
            return v
        case Mul(Num(0), _) | Mul(_, Num(0)):
            return 0
        case Mul(l, r):
            return evaluate(l) * evaluate(r)
        case Add(Num(0), r) | Add(r, Num(0)):
            return evaluate(r)
        case Add(l, r):
            return evaluate(l) + evaluate(r)
    raise ValueError(f'bad node {node!r}')

tree = Add(Mul(Num(3), Num(4)), Add(Num(0), Num(5)))
print(tree, '=', evaluate(tree), Num.__match_args__, Mul.__match_args__)
for bad in [Mul(Num(0), Add(Num(1), 'x')), 'x']:
    try:
        print(evaluate(bad))
    except ValueError as e:
        print(type(e).__name__, e)
