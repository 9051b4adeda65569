import io
import re
import unittest


def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return n


class FizzBuzzTests(unittest.TestCase):
    def test_numbers(self):
        for n in (1, 2, 4):
            with self.subTest(n=n):
                self.assertEqual(fizzbuzz(n), n)

    def test_fizz(self):
        self.assertEqual(fizzbuzz(9), "Fizz")

    def test_buzz(self):
        self.assertEqual(fizzbuzz(10), "Buzz")

    def test_fizzbuzz(self):
        self.assertEqual([fizzbuzz(n) for n in (15, 30)], ["FizzBuzz"] * 2)

    def test_type(self):
        self.assertIsInstance(fizzbuzz(7), int, "plain numbers stay numbers")


points = {"test_numbers": 2, "test_fizz": 1, "test_buzz": 1, "test_fizzbuzz": 2, "test_type": 1}
result = unittest.TestResult()
unittest.TestLoader().loadTestsFromTestCase(FizzBuzzTests).run(result)
failed = {t._testMethodName for t, _ in result.failures + result.errors}
score = sum(p for name, p in points.items() if name not in failed)
print(f"score {score}/{sum(points.values())}", sorted(failed), result.testsRun)
stream = io.StringIO()
unittest.TextTestRunner(stream=stream, verbosity=2).run(unittest.TestLoader().loadTestsFromTestCase(FizzBuzzTests))
print(re.sub(r"in \d+\.\d+s", "in T", stream.getvalue()))
