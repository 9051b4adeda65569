from dataclasses import dataclass, field, KW_ONLY, InitVar

Base = dataclass(type('Base', (), {'__annotations__': {'id': int, 'label': str}, 'label': 'base'}))

@dataclass
class Child(Base):
    extra: list = field(default_factory=lambda: [0])
    secret: str = field(default='hidden', repr=False, compare=False)

    __post_init__ = lambda self: setattr(self, 'label', self.label.upper())

print(Child(1), Child(2, 'x', [1, 2]), Child(1, secret='a') == Child(1, secret='b'))

@dataclass
class Rect:
    w: float
    h: float
    scale: InitVar[float] = 1.0
    area: float = field(init=False)

    def __post_init__(self, scale):
        self.w, self.h = self.w * scale, self.h * scale
        self.area = self.w * self.h

print(Rect(2, 3), Rect(2, 3, scale=2))

@dataclass
class Options:
    name: str
    _: KW_ONLY
    verbose: bool = False
    level: int = 0

print(Options('o', level=3))
try:
    Options('o', True)
except TypeError as e:
    print(type(e).__name__, e)
