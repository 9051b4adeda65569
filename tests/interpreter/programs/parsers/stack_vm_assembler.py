# A two-pass assembler (labels, constants) for a little stack VM, and the VM with
# calls and a return stack; runs gcd, a loop-sum and recursive factorial.
from dataclasses import dataclass, field
from enum import Enum, auto


class Op(Enum):
    PUSH = auto()
    POP = auto()
    DUP = auto()
    SWAP = auto()
    OVER = auto()
    ADD = auto()
    SUB = auto()
    MUL = auto()
    MOD = auto()
    JMP = auto()
    JZ = auto()
    CALL = auto()
    RET = auto()
    PRINT = auto()
    HALT = auto()
    LT = auto()


@dataclass
class VM:
    program: list
    stack: list = field(default_factory=list)
    calls: list = field(default_factory=list)
    output: list = field(default_factory=list)
    steps: int = 0

    def run(self, limit=100_000):
        pc = 0
        s = self.stack
        while True:
            op, arg = self.program[pc]
            pc += 1
            self.steps += 1
            if self.steps > limit:
                raise RuntimeError("step limit exceeded")
            match op:
                case Op.PUSH: s.append(arg)
                case Op.POP: s.pop()
                case Op.DUP: s.append(s[-1])
                case Op.SWAP: s[-1], s[-2] = s[-2], s[-1]
                case Op.OVER: s.append(s[-2])
                case Op.ADD | Op.SUB | Op.MUL | Op.MOD | Op.LT:
                    b, a = s.pop(), s.pop()
                    s.append({Op.ADD: a + b, Op.SUB: a - b, Op.MUL: a * b,
                              Op.MOD: a % b if b else 0, Op.LT: int(a < b)}[op])
                case Op.JMP: pc = arg
                case Op.JZ:
                    if s.pop() == 0:
                        pc = arg
                case Op.CALL:
                    self.calls.append(pc)
                    pc = arg
                case Op.RET: pc = self.calls.pop()
                case Op.PRINT: self.output.append(s.pop())
                case Op.HALT: return self.output


def assemble(source):
    labels, lines, consts = {}, [], {}
    for raw in source.splitlines():
        line = raw.split(";")[0].strip()
        if not line:
            continue
        if line.startswith(".const"):
            _, name, value = line.split()
            consts[name] = int(value)
        elif line.endswith(":"):
            labels[line[:-1]] = len(lines)
        else:
            lines.append(line.split())
    program = []
    for parts in lines:
        op = Op[parts[0].upper()]
        arg = None
        if len(parts) > 1:
            a = parts[1]
            arg = labels[a] if a in labels else consts[a] if a in consts else int(a)
        program.append((op, arg))
    return program


GCD = """
.const A 1071
.const B 462
    push A
    push B
loop:               ; ( a b -- gcd )
    dup
    jz done
    swap
    over
    mod
    jmp loop
done:
    pop
    print
    halt
"""
SUM = """
    push 0          ; acc
    push 100        ; n
loop:               ; ( acc n -- acc+n n-1 )
    dup
    jz end
    swap
    over            ; n acc n
    add             ; n acc+n
    swap            ; acc+n n
    push -1
    add
    jmp loop
end:
    pop
    print
    halt
"""
FACT = """
    push 10
    call fact
    print
    push 1
    call fact
    print
    halt
fact:               ; ( n -- n! )
    dup
    push 2
    lt
    jz recurse
    pop
    push 1
    ret
recurse:
    dup
    push -1
    add
    call fact
    mul
    ret
"""
for name, src in [("gcd", GCD), ("sum", SUM), ("fact", FACT)]:
    vm = VM(assemble(src))
    print(name, vm.run(), vm.steps, vm.stack, len(vm.program))
try:
    VM(assemble("top:\n jmp top")).run(limit=50)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    assemble("bogus 1")
except KeyError as e:
    print("KeyError:", e)
