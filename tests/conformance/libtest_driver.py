"""Run one module of CPython's Lib/test and report each test's outcome.

Used by tests/conformance/libtest.py, once under CPython 3.12 and once under
snakevm (``python3.12 -m snakevm libtest_driver.py test.test_x``).  It prints
one line per finished test, flushed at once so that a run cut short by a
timeout still tells what finished:

    RESULT <outcome> <test id>        outcome: pass fail error skip xfail xpass

and ``DONE`` at the end (after ``SKIPPED <reason>`` when the module raises
unittest.SkipTest while it is imported).  Resources that regrtest would not enable by
default (network, cpu, largefile...) are disabled, as in a plain
``python -m test`` run."""

import sys
import unittest


class LineResult(unittest.TestResult):
    """A TestResult that prints each outcome as it happens."""

    def __init__(self):
        super().__init__()
        self.failed_ids = set()

    def _report(self, outcome, test):
        sys.stdout.write("RESULT %s %s\n" % (outcome, test.id()))
        sys.stdout.flush()

    def addSuccess(self, test):
        super().addSuccess(test)
        if test.id() not in self.failed_ids:
            self._report("pass", test)

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self.failed_ids.add(test.id())
        self._report("fail", test)

    def addError(self, test, err):
        super().addError(test, err)
        self.failed_ids.add(test.id())
        self._report("error", test)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._report("skip", test)

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._report("xfail", test)

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._report("xpass", test)

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None and test.id() not in self.failed_ids:
            self.failed_ids.add(test.id())
            kind = "fail" if issubclass(err[0], test.failureException) else "error"
            self._report(kind, test)


def main(name):
    from test import support
    support.use_resources = []
    support.verbose = 0
    try:
        module = __import__(name, fromlist=["*"])
    except unittest.SkipTest as e:
        # The module skips itself as a whole (a missing optional module, a
        # platform it does not run on): that is a complete run with no tests.
        sys.stdout.write("SKIPPED %s\nDONE\n" % e)
        sys.stdout.flush()
        return
    loader = unittest.TestLoader()
    suite = loader.loadTestsFromModule(module)
    result = LineResult()
    suite.run(result)
    sys.stdout.write("DONE\n")
    sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1])
