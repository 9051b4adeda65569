import io
import re
import unittest


class Noisy(unittest.TestCase):
    def test_quiet_pass(self):
        print("this output is swallowed")

    def test_loud_fail(self):
        print("shown because the test failed")
        self.assertEqual(1, 0)


stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, buffer=True)
runner.run(unittest.TestLoader().loadTestsFromTestCase(Noisy))
text = re.sub(r'File "[^"]*"', 'File "X"', re.sub(r"in \d+\.\d+s", "in T", stream.getvalue()))
print(text)
print("after the run, prints reach stdout again")
