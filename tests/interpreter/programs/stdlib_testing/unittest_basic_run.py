import io
import re
import unittest


def normalize(text):
    text = re.sub(r'File "[^"]*"', 'File "X"', text)
    return re.sub(r"in \d+\.\d+s", "in T", text)


def add(a, b):
    return a + b


class AddTests(unittest.TestCase):
    def test_ints(self):
        self.assertEqual(add(1, 2), 3)

    def test_strings(self):
        self.assertEqual(add("a", "b"), "ab")

    def test_wrong(self):
        self.assertEqual(add(2, 2), 5)

    def test_error(self):
        add(1, "x")


stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream)
result = runner.run(unittest.defaultTestLoader.loadTestsFromTestCase(AddTests))
print(normalize(stream.getvalue()))
print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
print(result)
print([str(t) for t, _ in result.failures], [t.id() for t, _ in result.errors])
