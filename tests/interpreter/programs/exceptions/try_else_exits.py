# return, break and continue inside a try body that has an else clause leave the
# statement: the else does not run (it runs only when the body falls through).
def early_return(x):
    try:
        if x:
            return "returned from body"
    except ValueError:
        return "handler"
    else:
        return "else ran"
    return "after"


print(early_return(True), "|", early_return(False))
log = []
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        log.append(f"body {i}")
    except KeyError:
        log.append("handler")
    else:
        log.append(f"else {i}")
    finally:
        log.append(f"finally {i}")
print(log)


def nested(n):
    for i in range(n):
        try:
            for j in range(3):
                if j == 1:
                    return (i, j)
        except Exception:
            pass
        else:
            return "inner else"
    return "end"


print(nested(2))


def with_finally_override():
    try:
        return "body"
    except Exception:
        pass
    else:
        return "else"
    finally:
        print("finally sees the return")


print(with_finally_override())
