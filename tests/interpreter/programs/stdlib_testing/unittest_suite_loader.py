import io
import re
import unittest


class A(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        pass

    def helper(self):
        pass


class B(unittest.TestCase):
    def test_fails_fast(self):
        self.fail("first")

    def test_never(self):
        pass


loader = unittest.TestLoader()
print(loader.getTestCaseNames(A), loader.testMethodPrefix)
loader.sortTestMethodsUsing = lambda x, y: (x < y) - (x > y)
print(loader.getTestCaseNames(A))
suite = unittest.TestSuite()
suite.addTest(A("test_two"))
suite.addTests([A("test_one"), B("test_never")])
print(suite.countTestCases(), repr(A("test_one")), str(B("test_never")))
res = unittest.TestResult()
suite.run(res)
print(res.testsRun, res.wasSuccessful(), res)
stream = io.StringIO()
res = unittest.TextTestRunner(stream=stream, failfast=True).run(unittest.TestLoader().loadTestsFromTestCase(B))
print(res.testsRun, len(res.failures), res.shouldStop)
ft = unittest.FunctionTestCase(lambda: None, description="a plain function")
print(ft.shortDescription(), unittest.TextTestRunner(stream=io.StringIO()).run(ft).wasSuccessful())
print(re.sub(r"in \d+\.\d+s", "in T", stream.getvalue()).splitlines()[-1])
names = unittest.TestLoader()
names.testNamePatterns = ["*one*"]
print([t.id().split(".")[-1] for t in names.loadTestsFromTestCase(A)])
