from typing import Protocol, runtime_checkable, TypeVar, Generic, Optional, Union, List, Dict

@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...

class File:
    def close(self):
        return 'closed'

class Other:
    pass

print(isinstance(File(), Closeable), isinstance(Other(), Closeable))
T = TypeVar('T')

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None

s: Stack[int] = Stack()
s.push(1)
s.push(2)
print(s.pop(), s.pop(), s.pop(), Stack[int].__origin__ is Stack)

def f(x: Union[int, str], y: Dict[str, int] = None) -> str:
    return str(x)

print(f(1), f.__annotations__['return'].__name__, list(f.__annotations__))
print(Optional[int], Union[int, str], List[int])
print(Union[int, int], Optional[Union[str, None]])
