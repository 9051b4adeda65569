import csv
import pprint
import textwrap
import unittest

help(textwrap.dedent)
help(textwrap.TextWrapper.wrap)
help(pprint.pformat)
help(csv.DictReader.__init__)
help(unittest.TestCase.assertEqual)
