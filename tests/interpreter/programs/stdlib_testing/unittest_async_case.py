import asyncio
import io
import re
import unittest


class AsyncTests(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.value = await asyncio.sleep(0, result=41)

    async def test_await(self):
        self.assertEqual(self.value + 1, 42)

    async def test_gather(self):
        results = await asyncio.gather(*(asyncio.sleep(0, result=i) for i in range(3)))
        self.assertEqual(results, [0, 1, 2])

    def test_plain(self):
        self.assertTrue(True)


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream).run(unittest.TestLoader().loadTestsFromTestCase(AsyncTests))
print(re.sub(r"in \d+\.\d+s", "in T", stream.getvalue()))
print(result.testsRun, result.wasSuccessful())
