"""The explicit allow-list of public names per sandbox module.

Generated once from the standard library and reviewed by hand: no submodules,
no private names, and none of the functions that reach loops, threads,
processes, sockets, the process environment or shared host state.  SECURITY.md
shows this table.  Names missing in the running Python are skipped.
"""

from __future__ import annotations

MODULE_TABLE: dict[str, tuple[str, ...]] = {
    'asyncio': (
        'ALL_COMPLETED', 'Barrier', 'BoundedSemaphore', 'BrokenBarrierError',
        'CancelledError', 'Condition', 'Event', 'FIRST_COMPLETED', 'FIRST_EXCEPTION',
        'Future', 'InvalidStateError', 'LifoQueue', 'Lock', 'PriorityQueue', 'Queue',
        'QueueEmpty', 'QueueFull', 'Semaphore', 'Task', 'TaskGroup', 'Timeout',
        'TimeoutError', 'as_completed', 'create_task', 'current_task', 'ensure_future',
        'gather', 'get_event_loop', 'get_running_loop', 'iscoroutine', 'iscoroutinefunction', 'isfuture', 'run', 'shield',
        'sleep', 'timeout', 'timeout_at', 'wait', 'wait_for',
    ),
    'json': (
        'JSONDecodeError', 'JSONDecoder', 'JSONEncoder', 'detect_encoding', 'dump', 'dumps',
        'load', 'loads',
    ),
    'math': (
        'acos', 'acosh', 'asin', 'asinh', 'atan', 'atan2', 'atanh', 'cbrt', 'ceil', 'comb',
        'copysign', 'cos', 'cosh', 'degrees', 'dist', 'e', 'erf', 'erfc', 'exp', 'exp2',
        'expm1', 'fabs', 'factorial', 'floor', 'fmod', 'frexp', 'fsum', 'gamma', 'gcd',
        'hypot', 'inf', 'isclose', 'isfinite', 'isinf', 'isnan', 'isqrt', 'lcm', 'ldexp',
        'lgamma', 'log', 'log10', 'log1p', 'log2', 'modf', 'nan', 'nextafter', 'perm', 'pi',
        'pow', 'prod', 'radians', 'remainder', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'tau',
        'trunc', 'ulp',
    ),
    'random': (
        'BPF', 'LOG4', 'NV_MAGICCONST', 'RECIP_BPF', 'Random', 'SG_MAGICCONST',
        'SystemRandom', 'TWOPI', 'betavariate', 'choice', 'choices', 'expovariate',
        'gammavariate', 'gauss', 'getrandbits', 'getstate', 'lognormvariate',
        'normalvariate', 'paretovariate', 'randbytes', 'randint', 'random', 'randrange',
        'sample', 'seed', 'setstate', 'shuffle', 'triangular', 'uniform', 'vonmisesvariate',
        'weibullvariate',
    ),
    're': (
        'A', 'ASCII', 'DEBUG', 'DOTALL', 'I', 'IGNORECASE', 'L', 'LOCALE', 'M', 'MULTILINE',
        'Match', 'NOFLAG', 'Pattern', 'RegexFlag', 'S', 'U', 'UNICODE', 'VERBOSE', 'X',
        'compile', 'error', 'escape', 'findall', 'finditer', 'fullmatch', 'match', 'search',
        'split', 'sub', 'subn',
    ),
    'datetime': (
        'MAXYEAR', 'MINYEAR', 'UTC', 'date', 'datetime', 'time', 'timedelta', 'timezone',
        'tzinfo',
    ),
    'time': (
        'CLOCK_BOOTTIME', 'CLOCK_MONOTONIC', 'CLOCK_MONOTONIC_RAW',
        'CLOCK_PROCESS_CPUTIME_ID', 'CLOCK_REALTIME', 'CLOCK_TAI',
        'CLOCK_THREAD_CPUTIME_ID', 'altzone', 'asctime', 'clock_getres', 'clock_gettime',
        'clock_gettime_ns', 'ctime', 'daylight', 'get_clock_info', 'gmtime', 'localtime',
        'mktime', 'monotonic', 'monotonic_ns', 'perf_counter', 'perf_counter_ns',
        'process_time', 'process_time_ns', 'sleep', 'strftime', 'strptime', 'struct_time',
        'thread_time', 'thread_time_ns', 'time', 'time_ns', 'timezone', 'tzname',
    ),
    'collections': (
        'ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
        'defaultdict', 'deque', 'namedtuple',
    ),
    'collections.abc': (
        'AsyncGenerator', 'AsyncIterable', 'AsyncIterator', 'Awaitable', 'ByteString',
        'Callable', 'Collection', 'Container', 'Coroutine', 'Generator', 'Hashable',
        'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
        'MutableMapping', 'MutableSequence', 'MutableSet', 'Reversible', 'Sequence', 'Set',
        'Sized', 'ValuesView',
    ),
    'itertools': (
        'accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
        'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
        'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest',
    ),
    'functools': (
        'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES', 'cache', 'cached_property', 'cmp_to_key',
        'lru_cache', 'partial', 'partialmethod', 'reduce', 'singledispatch',
        'singledispatchmethod', 'total_ordering', 'update_wrapper', 'wraps',
    ),
    'operator': (
        'abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
        'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand', 'iconcat',
        'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul', 'index', 'indexOf', 'inv',
        'invert', 'ior', 'ipow', 'irshift', 'is_', 'is_not', 'isub', 'itemgetter',
        'itruediv', 'ixor', 'le', 'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller',
        'mod', 'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift', 'setitem', 'sub',
        'truediv', 'truth', 'xor',
    ),
    'typing': (
        'AbstractSet', 'Annotated', 'Any', 'AnyStr', 'AsyncContextManager',
        'AsyncGenerator', 'AsyncIterable', 'AsyncIterator', 'Awaitable', 'BinaryIO',
        'ByteString', 'Callable', 'ChainMap', 'ClassVar', 'Collection', 'Concatenate',
        'Container', 'ContextManager', 'Coroutine', 'Counter', 'DefaultDict', 'Deque',
        'Dict', 'Final', 'ForwardRef', 'FrozenSet', 'Generator', 'Generic', 'Hashable',
        'IO', 'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'List', 'Literal',
        'LiteralString', 'Mapping', 'MappingView', 'Match', 'MutableMapping',
        'MutableSequence', 'MutableSet', 'NamedTuple', 'Never', 'NewType', 'NoReturn',
        'NotRequired', 'Optional', 'OrderedDict', 'ParamSpec', 'ParamSpecArgs',
        'ParamSpecKwargs', 'Pattern', 'Protocol', 'Required', 'Reversible', 'Self',
        'Sequence', 'Set', 'Sized', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex',
        'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound', 'Text', 'TextIO',
        'Tuple', 'Type', 'TypeAlias', 'TypeGuard', 'TypeVar', 'TypeVarTuple', 'TypedDict',
        'Union', 'Unpack', 'ValuesView', 'assert_never', 'assert_type', 'cast',
        'dataclass_transform', 'final', 'get_args', 'get_origin', 'get_overloads',
        'get_type_hints', 'is_typeddict', 'no_type_check', 'overload', 'runtime_checkable',
    ),
    'decimal': (
        'BasicContext', 'Clamped', 'Context', 'ConversionSyntax', 'Decimal',
        'DecimalException', 'DecimalTuple', 'DefaultContext', 'DivisionByZero',
        'DivisionImpossible', 'DivisionUndefined', 'ExtendedContext', 'FloatOperation',
        'HAVE_CONTEXTVAR', 'HAVE_THREADS', 'Inexact', 'InvalidContext', 'InvalidOperation',
        'MAX_EMAX', 'MAX_PREC', 'MIN_EMIN', 'MIN_ETINY', 'Overflow', 'ROUND_05UP',
        'ROUND_CEILING', 'ROUND_DOWN', 'ROUND_FLOOR', 'ROUND_HALF_DOWN', 'ROUND_HALF_EVEN',
        'ROUND_HALF_UP', 'ROUND_UP', 'Rounded', 'Subnormal', 'Underflow', 'getcontext',
        'localcontext', 'setcontext',
    ),
    'fractions': (
        'Fraction',
    ),
    'statistics': (
        'LinearRegression', 'NormalDist', 'StatisticsError', 'correlation', 'covariance',
        'fmean', 'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean', 'median',
        'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev',
        'pvariance', 'quantiles', 'stdev', 'variance',
    ),
    'array': (
        'ArrayType', 'array', 'typecodes',
    ),
    'bisect': (
        'bisect', 'bisect_left', 'bisect_right', 'insort', 'insort_left', 'insort_right',
    ),
    'heapq': (
        'heapify', 'heappop', 'heappush', 'heappushpop', 'heapreplace', 'merge', 'nlargest',
        'nsmallest',
    ),
    'copy': (
        'Error', 'copy', 'deepcopy', 'error',
    ),
    'enum': (
        'CONFORM', 'CONTINUOUS', 'EJECT', 'Enum', 'EnumCheck', 'EnumMeta', 'EnumType',
        'Flag', 'FlagBoundary', 'IntEnum', 'IntFlag', 'KEEP', 'NAMED_FLAGS', 'ReprEnum',
        'STRICT', 'StrEnum', 'UNIQUE', 'auto', 'global_enum', 'member', 'nonmember',
        'property', 'unique', 'verify',
    ),
    'uuid': (
        'NAMESPACE_DNS', 'NAMESPACE_OID', 'NAMESPACE_URL', 'NAMESPACE_X500',
        'RESERVED_FUTURE', 'RESERVED_MICROSOFT', 'RESERVED_NCS', 'RFC_4122', 'SafeUUID',
        'UUID', 'uuid3', 'uuid4', 'uuid5',
    ),
    'dataclasses': (
        'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING', 'asdict',
        'astuple', 'dataclass', 'field', 'fields', 'is_dataclass', 'make_dataclass',
        'replace',
    ),
    'abc': (
        'ABC', 'ABCMeta', 'abstractclassmethod', 'abstractmethod', 'abstractproperty',
        'abstractstaticmethod', 'get_cache_token', 'update_abstractmethods',
    ),
    'contextlib': (
        'AbstractAsyncContextManager', 'AbstractContextManager', 'AsyncContextDecorator',
        'AsyncExitStack', 'ContextDecorator', 'ExitStack', 'aclosing',
        'asynccontextmanager', 'closing', 'contextmanager', 'nullcontext', 'redirect_stderr',
        'redirect_stdout', 'suppress',
    ),
    'string': (
        'Formatter', 'Template', 'ascii_letters', 'ascii_lowercase', 'ascii_uppercase',
        'capwords', 'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
        'whitespace',
    ),
    # -- the standard library students and agents use (issue 11) -------------------
    # Modules marked "session" are built by each session (interpreter/stdlib): their
    # namespace holds sandbox versions, or CPython's own source run by the sandbox.
    'sys': (  # session: read-only facts and the sandbox's own streams
        'argv', 'byteorder', 'exc_info', 'exception', 'exit', 'float_info',
        'getdefaultencoding', 'getrecursionlimit', 'getsizeof', 'hash_info', 'hexversion',
        'implementation', 'int_info', 'maxsize', 'maxunicode', 'modules', 'platform',
        'stderr', 'stdout', 'version', 'version_info',
    ),
    'io': (  # session: in-memory streams; open() is refused
        'BlockingIOError', 'BufferedIOBase', 'BytesIO', 'DEFAULT_BUFFER_SIZE', 'IOBase',
        'IncrementalNewlineDecoder', 'RawIOBase', 'SEEK_CUR', 'SEEK_END', 'SEEK_SET',
        'StringIO', 'TextIOBase', 'UnsupportedOperation', 'open',
        'text_encoding',
    ),
    'types': (  # session: FunctionType, MethodType, ModuleType only answer isinstance()
        'AsyncGeneratorType', 'BuiltinFunctionType', 'BuiltinMethodType',
        'ClassMethodDescriptorType', 'CoroutineType', 'DynamicClassAttribute',
        'EllipsisType', 'FunctionType', 'GeneratorType', 'GenericAlias',
        'GetSetDescriptorType', 'LambdaType', 'MappingProxyType', 'MemberDescriptorType',
        'MethodDescriptorType', 'MethodType', 'MethodWrapperType', 'ModuleType', 'NoneType',
        'NotImplementedType', 'SimpleNamespace', 'UnionType', 'WrapperDescriptorType',
    ),
    'warnings': (  # session: per-session filters, shown on the sandbox's stderr
        'WarningMessage', 'catch_warnings', 'filters', 'filterwarnings', 'formatwarning',
        'resetwarnings', 'showwarning', 'simplefilter', 'warn', 'warn_explicit',
    ),
    'traceback': (  # session: sandbox tracebacks only
        'clear_frames', 'format_exc', 'format_exception', 'format_exception_only', 'print_exc',
        'print_exception',
    ),
    'this': ('c', 'd', 'i', 's'),  # session: prints through the sandbox's stdout
    'textwrap': (  # session: CPython's source run by the sandbox
        'TextWrapper', 'dedent', 'fill', 'indent', 'shorten', 'wrap',
    ),
    'pprint': (  # session: CPython's source run by the sandbox
        'PrettyPrinter', 'isreadable', 'isrecursive', 'pformat', 'pp', 'pprint', 'saferepr',
    ),
    'shlex': ('join', 'quote', 'shlex', 'split'),  # session: CPython's source run by the sandbox
    'calendar': (  # session: CPython's source run by the sandbox
        'Calendar', 'EPOCH', 'FRIDAY', 'February', 'HTMLCalendar', 'IllegalMonthError',
        'IllegalWeekdayError', 'January', 'LocaleHTMLCalendar', 'LocaleTextCalendar',
        'MONDAY', 'SATURDAY', 'SUNDAY', 'THURSDAY', 'TUESDAY', 'TextCalendar', 'WEDNESDAY',
        'calendar', 'day_abbr', 'day_name', 'error', 'firstweekday', 'format',
        'formatstring', 'isleap', 'leapdays', 'mdays', 'month', 'month_abbr', 'month_name',
        'monthcalendar', 'monthrange', 'prcal', 'prmonth', 'prweek', 'setfirstweekday',
        'timegm', 'week', 'weekday', 'weekheader',
    ),
    'csv': (  # session: CPython's csv.py run by the sandbox over a per-session _csv
        'Dialect', 'DictReader', 'DictWriter', 'Error', 'QUOTE_ALL', 'QUOTE_MINIMAL',
        'QUOTE_NONE', 'QUOTE_NONNUMERIC', 'Sniffer', 'excel', 'excel_tab',
        'field_size_limit', 'get_dialect', 'list_dialects', 'reader', 'register_dialect',
        'unix_dialect', 'unregister_dialect', 'writer',
    ),
    'base64': (
        'MAXBINSIZE', 'MAXLINESIZE', 'a85decode', 'a85encode', 'b16decode', 'b16encode',
        'b32decode', 'b32encode', 'b32hexdecode', 'b32hexencode', 'b64decode', 'b64encode',
        'b85decode', 'b85encode', 'decode', 'decodebytes', 'encode', 'encodebytes',
        'standard_b64decode', 'standard_b64encode', 'urlsafe_b64decode',
        'urlsafe_b64encode',
    ),
    'binascii': (
        'Error', 'Incomplete', 'a2b_base64', 'a2b_hex', 'a2b_qp', 'a2b_uu', 'b2a_base64',
        'b2a_hex', 'b2a_qp', 'b2a_uu', 'crc32', 'crc_hqx', 'hexlify', 'unhexlify',
    ),
    'hashlib': (  # session: shake digests and pbkdf2_hmac are size-checked
        'algorithms_available', 'algorithms_guaranteed', 'blake2b', 'blake2s', 'md5', 'new',
        'pbkdf2_hmac', 'sha1', 'sha224', 'sha256', 'sha384', 'sha3_224', 'sha3_256',
        'sha3_384', 'sha3_512', 'sha512', 'shake_128', 'shake_256',
    ),
    'hmac': ('HMAC', 'compare_digest', 'digest', 'new'),
    'secrets': (  # session: sizes are checked against the memory limit
        'DEFAULT_ENTROPY', 'SystemRandom', 'choice', 'compare_digest', 'randbelow',
        'randbits', 'token_bytes', 'token_hex', 'token_urlsafe',
    ),
    'unicodedata': (
        'bidirectional', 'category', 'combining', 'decimal', 'decomposition', 'digit',
        'east_asian_width', 'is_normalized', 'lookup', 'mirrored', 'name', 'normalize',
        'numeric', 'unidata_version',
    ),
    'difflib': (
        'Differ', 'HtmlDiff', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'Match',
        'SequenceMatcher', 'context_diff', 'diff_bytes', 'get_close_matches', 'ndiff',
        'restore', 'unified_diff',
    ),
    'struct': (  # session: pack() is size-checked
        'Struct', 'calcsize', 'error', 'iter_unpack', 'pack', 'pack_into', 'unpack',
        'unpack_from',
    ),
    'html': ('escape', 'unescape'),
    'zlib': (  # session: decompression is checked against the memory limit as it grows
        'DEFLATED', 'DEF_BUF_SIZE', 'DEF_MEM_LEVEL', 'MAX_WBITS', 'ZLIB_RUNTIME_VERSION',
        'ZLIB_VERSION', 'Z_BEST_COMPRESSION', 'Z_BEST_SPEED', 'Z_BLOCK',
        'Z_DEFAULT_COMPRESSION', 'Z_DEFAULT_STRATEGY', 'Z_FILTERED', 'Z_FINISH', 'Z_FIXED',
        'Z_FULL_FLUSH', 'Z_HUFFMAN_ONLY', 'Z_NO_COMPRESSION', 'Z_NO_FLUSH',
        'Z_PARTIAL_FLUSH', 'Z_RLE', 'Z_SYNC_FLUSH', 'Z_TREES', 'adler32', 'compress',
        'compressobj', 'crc32', 'decompress', 'decompressobj', 'error',
    ),
    'gzip': ('BadGzipFile', 'compress', 'decompress'),  # session: bytes only, no files
    'graphlib': ('CycleError', 'TopologicalSorter'),
    'numbers': ('Complex', 'Integral', 'Number', 'Rational', 'Real'),
    'locale': (  # session: setlocale() only reads
        'ABDAY_1', 'ABDAY_2', 'ABDAY_3', 'ABDAY_4', 'ABDAY_5', 'ABDAY_6', 'ABDAY_7',
        'ABMON_1', 'ABMON_10', 'ABMON_11', 'ABMON_12', 'ABMON_2', 'ABMON_3', 'ABMON_4',
        'ABMON_5', 'ABMON_6', 'ABMON_7', 'ABMON_8', 'ABMON_9', 'ALT_DIGITS', 'AM_STR',
        'CHAR_MAX', 'CODESET', 'CRNCYSTR', 'DAY_1', 'DAY_2', 'DAY_3', 'DAY_4', 'DAY_5',
        'DAY_6', 'DAY_7', 'D_FMT', 'D_T_FMT', 'ERA', 'ERA_D_FMT', 'ERA_D_T_FMT', 'ERA_T_FMT',
        'Error', 'LC_ALL', 'LC_COLLATE', 'LC_CTYPE', 'LC_MESSAGES', 'LC_MONETARY',
        'LC_NUMERIC', 'LC_TIME', 'MON_1', 'MON_10', 'MON_11', 'MON_12', 'MON_2', 'MON_3',
        'MON_4', 'MON_5', 'MON_6', 'MON_7', 'MON_8', 'MON_9', 'NOEXPR', 'PM_STR', 'RADIXCHAR',
        'THOUSEP', 'T_FMT', 'T_FMT_AMPM', 'YESEXPR', 'atof', 'atoi', 'currency', 'delocalize',
        'format_string', 'getencoding', 'getlocale', 'getpreferredencoding', 'localeconv',
        'localize', 'nl_langinfo', 'normalize', 'setlocale', 'str', 'strcoll', 'strxfrm',
    ),
    'fnmatch': ('filter', 'fnmatch', 'fnmatchcase', 'translate'),
    'timeit': (  # session: statements compiled by the sandbox, under the cell's limits
        'Timer', 'default_number', 'default_repeat', 'default_timer', 'repeat', 'timeit',
    ),
    'unittest': (  # session: a sandbox-side unittest (tests found in the session)
        'BaseTestSuite', 'FunctionTestCase', 'IsolatedAsyncioTestCase', 'SkipTest',
        'TestCase', 'TestLoader', 'TestProgram', 'TestResult', 'TestSuite', 'TextTestResult',
        'TextTestRunner', 'addModuleCleanup', 'defaultTestLoader', 'doModuleCleanups',
        'enterModuleContext', 'expectedFailure', 'installHandler', 'main', 'registerResult',
        'removeHandler', 'removeResult', 'skip', 'skipIf', 'skipUnless',
    ),
    'doctest': (  # session: a sandbox-side doctest (examples compiled by the sandbox)
        'COMPARISON_FLAGS', 'DONT_ACCEPT_BLANKLINE', 'DONT_ACCEPT_TRUE_FOR_1', 'DocTest',
        'DocTestFailure', 'DocTestFinder', 'DocTestParser', 'DocTestRunner', 'ELLIPSIS',
        'Example', 'FAIL_FAST', 'IGNORE_EXCEPTION_DETAIL', 'NORMALIZE_WHITESPACE',
        'OutputChecker', 'REPORTING_FLAGS', 'REPORT_CDIFF', 'REPORT_NDIFF',
        'REPORT_ONLY_FIRST_FAILURE', 'REPORT_UDIFF', 'SKIP', 'TestResults',
        'UnexpectedException', 'register_optionflag', 'run_docstring_examples', 'testmod',
    ),
    'IPython': ('display',),  # session: only IPython.display
    'IPython.display': (  # session: sandbox-side display classes; Javascript is refused
        'Code', 'DisplayHandle', 'DisplayObject', 'HTML', 'Image', 'JSON', 'Javascript',
        'Latex', 'Markdown', 'Math', 'Pretty', 'SVG', 'TextDisplayObject', 'clear_output',
        'display', 'display_html', 'display_jpeg', 'display_json', 'display_latex',
        'display_markdown', 'display_png', 'display_pretty', 'display_svg',
        'publish_display_data', 'update_display',
    ),
}
