from dataclasses import dataclass, field


@dataclass
class Item:
    """An item in a shop."""

    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)

    def total(self, n: int) -> float:
        """Price of n items."""
        return self.price * n


def typed(a: int, b: "str" = "x") -> bool:
    """Annotated function."""
    return True


help(Item.total)
help(typed)
help(Item("pen").total)
