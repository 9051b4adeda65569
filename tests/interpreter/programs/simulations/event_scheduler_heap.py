# A discrete-event scheduler with heapq: timers, periodic jobs, cancellation by
# tombstones, and priorities breaking ties at equal times.
import heapq
import itertools


class Scheduler:
    def __init__(self):
        self.queue = []
        self.seq = itertools.count()
        self.now = 0
        self.cancelled = set()
        self.trace = []

    def at(self, when, action, priority=5, name=None):
        eid = next(self.seq)
        heapq.heappush(self.queue, (when, priority, eid, name or action.__name__, action))
        return eid

    def after(self, delay, action, **kw):
        return self.at(self.now + delay, action, **kw)

    def every(self, period, action, times):
        def tick(n=[0]):
            action()
            n[0] += 1
            if n[0] < times:
                self.after(period, tick, name=f"{action.__name__}#{n[0]}")
        tick.__name__ = action.__name__
        return self.after(period, tick)

    def cancel(self, eid):
        self.cancelled.add(eid)

    def run(self, until=None):
        while self.queue:
            when, prio, eid, name, action = heapq.heappop(self.queue)
            if until is not None and when > until:
                heapq.heappush(self.queue, (when, prio, eid, name, action))
                break
            if eid in self.cancelled:
                self.trace.append(f"{when}: skip {name}")
                continue
            self.now = when
            self.trace.append(f"{when}: {name} (p{prio})")
            action()


s = Scheduler()
counter = {"beats": 0}


def heartbeat():
    counter["beats"] += 1


def alarm():
    s.after(3, snooze)


def snooze():
    pass


def urgent():
    pass


def doomed():
    raise AssertionError("cancelled events never run")


s.every(4, heartbeat, times=5)
s.at(10, alarm)
s.at(10, urgent, priority=1)
d = s.at(7, doomed)
s.cancel(d)
s.run(until=12)
print("paused at", s.now, "pending", len(s.queue))
s.run()
print("\n".join(s.trace))
print(counter, s.now)
