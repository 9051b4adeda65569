import doctest


def values():
    """
    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print("a   b\\n c")  # doctest: +NORMALIZE_WHITESPACE
    a b c
    >>> 1/0  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ZeroDivisionError: something else
    >>> skipped()  # doctest: +SKIP
    >>> print("")
    <BLANKLINE>
    >>> True
    1
    >>> x = 5
    >>> x * 2
    10
    """


print(doctest.run_docstring_examples(values, {}, name="values"))
failing = """
>>> print("one\\ntwo\\nthree")
one
TWO
three
"""
test = doctest.DocTestParser().get_doctest(failing, {}, "failing", "fake.py", 0)
print(len(test.examples), test.examples[0].source, repr(test.examples[0].want))
runner = doctest.DocTestRunner(optionflags=doctest.REPORT_NDIFF)
runner.run(test)
print(runner.summarize(verbose=False))
runner = doctest.DocTestRunner(optionflags=doctest.REPORT_UDIFF)
runner.run(doctest.DocTestParser().get_doctest(failing, {}, "failing2", None, None))
checker = doctest.OutputChecker()
print(checker.check_output("1\n", "1\n", 0), checker.check_output("[1, ...]\n", "[1, 2]\n", doctest.ELLIPSIS))
print(doctest.ELLIPSIS, doctest.NORMALIZE_WHITESPACE, doctest.REPORT_ONLY_FIRST_FAILURE, doctest.FAIL_FAST)
flag = doctest.register_optionflag("MY_FLAG")
print(flag > doctest.FAIL_FAST, doctest.register_optionflag("MY_FLAG") == flag)
ex = doctest.Example("1+1\n", "2\n")
print(ex.source, ex.want, ex.lineno, ex.indent, ex.options)
