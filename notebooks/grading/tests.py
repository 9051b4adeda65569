"""Hidden tests for assignment 1: students never see this file, only the test names.

Run them with:
    pythonbox-grade notebooks/grading/submissions/*.ipynb --tests notebooks/grading/tests.py \
        --report report.html --feedback feedback/
"""

# ruff: noqa: F821, F704 - the names come from the student's notebook; cells may await

# %% setup
import time

# %% test: mean of a list [points=2]
assert mean([1, 2, 3, 4]) == 2.5, "mean([1, 2, 3, 4]) should be 2.5"
assert mean([7]) == 7, "the mean of a single number is that number"

# %% test: mean of an empty list raises ValueError [points=1]
try:
    mean([])
except ValueError:
    pass
except Exception as exc:
    raise AssertionError(f"mean([]) should raise ValueError, not {type(exc).__name__}") from None
else:
    raise AssertionError("mean([]) should raise ValueError")

# %% test: word counts [points=2]
got = word_counts("the cat and the hat")
assert got == {"the": 2, "cat": 1, "and": 1, "hat": 1}, f"word_counts of a simple sentence gave {got!r}"

# %% test: word counts ignore case and punctuation [points=1]
got = word_counts("Hello, hello! HELLO?")
assert got == {"hello": 3}, f"expected {{'hello': 3}} for 'Hello, hello! HELLO?', got {got!r}"

# %% test: fizzbuzz up to 15 [points=2]
got = fizzbuzz(15)
assert got[:5] == ["1", "2", "Fizz", "4", "Buzz"], f"fizzbuzz(15) starts {got[:5]!r}"
assert got[14] == "FizzBuzz", "the 15th entry should be 'FizzBuzz'"
assert len(got) == 15, f"fizzbuzz(15) should have 15 entries, not {len(got)}"

# %% test: gather_squares runs concurrently [points=2]
started = time.monotonic()
got = await gather_squares(list(range(10)))
elapsed = time.monotonic() - started  # 0.2 s if concurrent, 2 s one after another
assert got == [x * x for x in range(10)], f"gather_squares(list(range(10))) returned {got!r}"
assert elapsed < 1.2, "the ten squares should be awaited concurrently, not one after another"
