import unittest


class T(unittest.TestCase):
    maxDiff = None


t = T()
checks = [
    lambda: t.assertEqual([1, 2, 3], [1, 2, 4]),
    lambda: t.assertEqual({"a": 1, "b": 2}, {"a": 1, "b": 3}),
    lambda: t.assertEqual("hello\nworld\n", "hello\nthere\n"),
    lambda: t.assertEqual((1, 2), (1, 2, 3)),
    lambda: t.assertEqual({1, 2}, {2, 3}),
    lambda: t.assertNotEqual(1, 1),
    lambda: t.assertTrue(0),
    lambda: t.assertFalse("x", "custom message"),
    lambda: t.assertIs([], []),
    lambda: t.assertIsNone(0),
    lambda: t.assertIsNotNone(None),
    lambda: t.assertIn(4, [1, 2, 3]),
    lambda: t.assertNotIn(1, [1]),
    lambda: t.assertIsInstance(1, str),
    lambda: t.assertNotIsInstance(1, int),
    lambda: t.assertAlmostEqual(1.0, 1.1),
    lambda: t.assertAlmostEqual(1.0, 1.5, delta=0.1),
    lambda: t.assertNotAlmostEqual(1.0, 1.0000001),
    lambda: t.assertGreater(1, 2),
    lambda: t.assertGreaterEqual(1, 2),
    lambda: t.assertLess(2, 1),
    lambda: t.assertLessEqual(2, 1),
    lambda: t.assertRegex("abc", r"\d+"),
    lambda: t.assertNotRegex("a1", r"\d"),
    lambda: t.assertCountEqual([1, 1, 2], [1, 2, 2]),
    lambda: t.assertDictEqual({"k": [1]}, {"k": [2]}),
    lambda: t.assertListEqual([1], [1, {"x": 1}]),
    lambda: t.assertSequenceEqual("abc", "abd"),
    lambda: t.assertMultiLineEqual("a\nb\n", "a\nc\n"),
    lambda: t.assertRaises(ValueError, int, "5"),
    lambda: t.fail("explicit failure"),
]
for i, check in enumerate(checks):
    try:
        check()
        print(i, "passed")
    except AssertionError as e:
        print(i, "AssertionError:", e)
with t.assertRaises(ZeroDivisionError):
    1 / 0
with t.assertWarns(UserWarning):
    import warnings
    warnings.warn("w")
t.assertAlmostEqual(0.1 + 0.2, 0.3)
t.assertEqual(t.id(), "unittest.case.TestCase.runTest" if False else t.id())
print("longMessage", T.longMessage, "done")
