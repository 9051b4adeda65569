import io
import re
import unittest

events = []


def setUpModule():
    events.append("setUpModule")


def tearDownModule():
    events.append("tearDownModule")


class One(unittest.TestCase):
    def test_x(self):
        events.append("One.test_x")


class Two(unittest.TestCase):
    def test_y(self):
        events.append("Two.test_y")
        self.assertAlmostEqual(0.1 + 0.2, 0.3, places=7)


out = io.StringIO()
unittest.main(argv=["prog", "-v"], exit=False, testRunner=unittest.TextTestRunner(stream=out, verbosity=2))
print(re.sub(r"in \d+\.\d+s", "in T", out.getvalue()))
print(events)
