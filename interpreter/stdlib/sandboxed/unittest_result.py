# ruff: noqa: F821 - runs appended to CPython's unittest/result.py, in its namespace
# The sandbox's changes to TestResult: its tracebacks are the sandbox's (no frames to
# walk: unittest's own frames are hidden by the sandbox), and buffer=True redirects the
# sandbox's streams.


def _exc_info_to_string(self, err, test):
    """Converts a sys.exc_info()-style tuple of values into a string."""
    exctype, value, tb = err
    msgLines = list(traceback.format_exception(value))
    if self.buffer:
        output = self._stdout_buffer.getvalue()
        error = self._stderr_buffer.getvalue()
        if output:
            if not output.endswith('\n'):
                output += '\n'
            msgLines.append(STDOUT_LINE % output)
        if error:
            if not error.endswith('\n'):
                error += '\n'
            msgLines.append(STDERR_LINE % error)
    return ''.join(msgLines)


def _setupStdout(self):
    if self.buffer:
        if self._stderr_buffer is None:
            self._stderr_buffer = io.StringIO()
            self._stdout_buffer = io.StringIO()
        _host_redirect('stdout', self._stdout_buffer)
        _host_redirect('stderr', self._stderr_buffer)


def _restoreStdout(self):
    if self.buffer:
        _host_unredirect('stdout', self._stdout_buffer)
        _host_unredirect('stderr', self._stderr_buffer)
        if self._mirrorOutput:
            output = self._stdout_buffer.getvalue()
            error = self._stderr_buffer.getvalue()
            if output:
                if not output.endswith('\n'):
                    output += '\n'
                self._original_stdout.write(STDOUT_LINE % output)
            if error:
                if not error.endswith('\n'):
                    error += '\n'
                self._original_stderr.write(STDERR_LINE % error)
        self._stdout_buffer.seek(0)
        self._stdout_buffer.truncate()
        self._stderr_buffer.seek(0)
        self._stderr_buffer.truncate()


TestResult._exc_info_to_string = _exc_info_to_string
TestResult._setupStdout = _setupStdout
TestResult._restoreStdout = _restoreStdout
del _exc_info_to_string, _setupStdout, _restoreStdout
