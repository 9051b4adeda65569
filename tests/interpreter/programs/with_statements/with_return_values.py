class Log:
    def __init__(self):
        self.events = []
    def __enter__(self):
        self.events.append('enter')
        return self.events
    def __exit__(self, et, ev, tb):
        self.events.append(f'exit:{et.__name__ if et else "-"}')
        return False

log = Log()
with log as events:
    events.append('body')
print(log.events)

def with_in_function():
    lg = Log()
    try:
        with lg:
            return 'from body'
    finally:
        print('events', lg.events)

print(with_in_function())

def finally_after_with():
    lg = Log()
    with lg:
        try:
            raise KeyError('k')
        except KeyError:
            lg.events.append('handled inside')
    return lg.events

print(finally_after_with())
