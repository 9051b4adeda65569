import sys


def progress(total):
    for i in range(total + 1):
        bar = "#" * i + "." * (total - i)
        sys.stdout.write(f"[{bar}] {i}/{total}\n")


progress(4)
out = sys.stdout
print("same object each time:", out is sys.stdout)
print("flush returns", sys.stdout.flush())


class Tee:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        sys.stdout.write(s.upper())
        return len(s)

    def flush(self):
        pass


t = Tee()
print("via a file object", 42, file=t)
print(t.parts)
