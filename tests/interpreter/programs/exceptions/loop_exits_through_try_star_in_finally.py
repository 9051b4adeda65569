# break and continue inside a try/except* statement that sits in a finally block
# leave the enclosing loop (or go on with it); they are not a return.
def break_out():
    for h in range(3):
        try:
            pass
        finally:
            try:
                break
            except* KeyError:
                pass
    return f"after the loop, h={h}"


def continue_on():
    seen = []
    for h in range(3):
        try:
            seen.append(h)
        finally:
            try:
                continue
            except* KeyError:
                pass
    return seen


def handled_then_break():
    for h in range(3):
        try:
            raise ValueError(h)
        except ValueError:
            pass
        finally:
            try:
                raise KeyError(h)
            except* KeyError as eg:
                caught = eg.exceptions
            else:
                pass
            break
    return "broke with", caught


print(break_out())
print(continue_on())
print(handled_then_break())
