import io
import re
import unittest


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()


class StackTests(unittest.TestCase):
    def setUp(self):
        self.s = Stack()

    def test_push_pop(self):
        self.s.push(1)
        self.s.push(2)
        self.assertEqual(self.s.pop(), 2)

    def test_empty_raises(self):
        with self.assertRaises(IndexError) as cm:
            self.s.pop()
        self.assertIn("empty", str(cm.exception))

    def test_regex(self):
        self.assertRaisesRegex(IndexError, "^pop", self.s.pop)

    @unittest.skip("not written yet")
    def test_later(self):
        self.fail("never runs")

    @unittest.skipIf(1 < 2, "condition holds")
    def test_conditional(self):
        pass

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(1, 2)


stream = io.StringIO()
prog = unittest.main(argv=[""], exit=False, testRunner=unittest.TextTestRunner(stream=stream, verbosity=2))
print(re.sub(r"in \d+\.\d+s", "in T", stream.getvalue()))
r = prog.result
print(r.testsRun, len(r.skipped), len(r.expectedFailures), r.wasSuccessful())
print(sorted(reason for _, reason in r.skipped))
try:
    unittest.main(argv=["", "-q"], testRunner=unittest.TextTestRunner(stream=io.StringIO()))
except SystemExit as e:
    print("SystemExit", e.code)
