import io
import re
import unittest

log = []


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup " + self._testMethodName)

    def tearDown(self):
        log.append("tearDown")

    def test_a(self):
        log.append("a")

    def test_b_subtests(self):
        for n in range(5):
            with self.subTest(n=n, parity=n % 2):
                self.assertEqual(n % 3, 0)

    def test_c_msg(self):
        with self.subTest("named"):
            self.assertTrue(False, "inside a named subtest")


stream = io.StringIO()
suite = unittest.TestLoader().loadTestsFromTestCase(Fixtures)
print(suite.countTestCases(), [t._testMethodName for t in suite])
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
print(re.sub(r'File "[^"]*"', 'File "X"', re.sub(r"in \d+\.\d+s", "in T", stream.getvalue())))
print(log)
print(len(result.failures), [str(t) for t, _ in result.failures])
