# A Brainfuck interpreter with precomputed bracket jumps and run-length folded
# instructions; runs hello-world, a cell-wrap test and an adder.
def compile_bf(src):
    code = [c for c in src if c in "+-<>[].,"]
    ops, stack = [], []
    i = 0
    while i < len(code):
        c = code[i]
        if c in "+-<>":
            j = i
            while j < len(code) and code[j] == c:
                j += 1
            ops.append([c, j - i])
            i = j
            continue
        if c == "[":
            stack.append(len(ops))
            ops.append(["[", None])
        elif c == "]":
            if not stack:
                raise SyntaxError("unmatched ]")
            start = stack.pop()
            ops[start][1] = len(ops)
            ops.append(["]", start])
        else:
            ops.append([c, 1])
        i += 1
    if stack:
        raise SyntaxError("unmatched [")
    return ops


def run(src, data=b"", steps=1_000_000):
    ops = compile_bf(src)
    tape, ptr, pc, out, inp = bytearray(300), 0, 0, bytearray(), list(data)
    executed = 0
    while pc < len(ops):
        op, arg = ops[pc]
        executed += 1
        if executed > steps:
            raise RuntimeError("step limit")
        if op == "+":
            tape[ptr] = (tape[ptr] + arg) % 256
        elif op == "-":
            tape[ptr] = (tape[ptr] - arg) % 256
        elif op == ">":
            ptr += arg
        elif op == "<":
            ptr -= arg
        elif op == ".":
            out.append(tape[ptr])
        elif op == ",":
            tape[ptr] = inp.pop(0) if inp else 0
        elif op == "[" and tape[ptr] == 0:
            pc = arg
        elif op == "]" and tape[ptr] != 0:
            pc = arg
        pc += 1
    return bytes(out), executed


HELLO = ("++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------."
         "--------.>>+.>++.")
print(run(HELLO))
print(run("-.>+++[-<->]<."))
ADD = ",>,[<+>-]<."
print(run(ADD, bytes([30, 12])))
REVERSE = ">,[>,]<[.<]"
print(run(REVERSE, b"stressed"))
for bad in ["[[]", "]"]:
    try:
        run(bad)
    except SyntaxError as e:
        print("SyntaxError:", e)
try:
    run("+[]", steps=20000)
except RuntimeError as e:
    print("RuntimeError:", e)
