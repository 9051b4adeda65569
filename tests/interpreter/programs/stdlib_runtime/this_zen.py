import this

print(len(this.s), this.c, this.i, sorted(this.d.items())[:3])
print("".join(this.d.get(ch, ch) for ch in this.s).splitlines()[2])
import this
