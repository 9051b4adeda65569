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
        'asynccontextmanager', 'closing', 'contextmanager', 'nullcontext', 'suppress',
    ),
    'string': (
        'Formatter', 'Template', 'ascii_letters', 'ascii_lowercase', 'ascii_uppercase',
        'capwords', 'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
        'whitespace',
    ),
}
