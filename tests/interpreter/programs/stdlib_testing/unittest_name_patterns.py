import io
import re
import unittest


class Math(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_sub(self):
        self.assertEqual(3 - 1, 2)

    def test_mul_fails(self):
        self.assertEqual(2 * 2, 5, "multiplication is broken")


def run(*argv):
    out = io.StringIO()
    prog = unittest.main(argv=["prog", *argv], exit=False, testRunner=unittest.TextTestRunner(stream=out, verbosity=2))
    text = re.sub(r'File "[^"]*"', 'File "X"', re.sub(r"in \d+\.\d+s", "in T", out.getvalue()))
    print(f"$ {' '.join(argv) or '(all)'}")
    print(text)
    return prog.result


run("-k", "add")
run("Math.test_sub")
r = run("-k", "mul")
print(r.failures[0][1].splitlines()[-1])
