"""An operating-system task scheduler after Martin Richards' benchmark (cf. pyperformance richards).

Six tasks (idle, worker, two handlers, two devices) pass packets through a
priority scheduler; task control blocks carry state bits.  The queue and hold
counts are the benchmark's well-known checksums.
"""

ID_IDLE, ID_WORKER, ID_HANDLER_A, ID_HANDLER_B, ID_DEVICE_A, ID_DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
DATA_SIZE = 4

STATE_RUNNING = 0
STATE_RUNNABLE = 1
STATE_SUSPENDED = 2
STATE_HELD = 4
STATE_SUSPENDED_RUNNABLE = STATE_SUSPENDED | STATE_RUNNABLE
STATE_NOT_HELD = ~STATE_HELD


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.a1 = 0
        self.a2 = [0] * DATA_SIZE

    def add_to(self, queue):
        self.link = None
        if queue is None:
            return self
        peek = queue
        while peek.link is not None:
            peek = peek.link
        peek.link = self
        return queue


class TaskControlBlock:
    def __init__(self, link, ident, priority, queue, task):
        self.link = link
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.task = task
        self.state = STATE_SUSPENDED if queue is None else STATE_SUSPENDED_RUNNABLE

    def set_running(self):
        self.state = STATE_RUNNING

    def mark_not_held(self):
        self.state &= STATE_NOT_HELD

    def mark_held(self):
        self.state |= STATE_HELD

    def held_or_suspended(self):
        return (self.state & STATE_HELD) != 0 or self.state == STATE_SUSPENDED

    def mark_suspended(self):
        self.state |= STATE_SUSPENDED

    def mark_runnable(self):
        self.state |= STATE_RUNNABLE

    def run(self):
        if self.state == STATE_SUSPENDED_RUNNABLE:
            packet = self.queue
            self.queue = packet.link
            self.state = STATE_RUNNING if self.queue is None else STATE_RUNNABLE
        else:
            packet = None
        return self.task.run(packet)

    def check_priority_add(self, task, packet):
        if self.queue is None:
            self.queue = packet
            self.mark_runnable()
            if self.priority > task.priority:
                return self
        else:
            self.queue = packet.add_to(self.queue)
        return task


class Scheduler:
    def __init__(self):
        self.queue_count = 0
        self.hold_count = 0
        self.blocks = [None] * 6
        self.list = None
        self.current = None
        self.current_id = None

    def add_task(self, ident, priority, queue, task):
        self.current = TaskControlBlock(self.list, ident, priority, queue, task)
        self.list = self.current
        self.blocks[ident] = self.current

    def add_running_task(self, ident, priority, queue, task):
        self.add_task(ident, priority, queue, task)
        self.current.set_running()

    def schedule(self):
        self.current = self.list
        while self.current is not None:
            if self.current.held_or_suspended():
                self.current = self.current.link
            else:
                self.current_id = self.current.ident
                self.current = self.current.run()

    def release(self, ident):
        tcb = self.blocks[ident]
        if tcb is None:
            return tcb
        tcb.mark_not_held()
        return tcb if tcb.priority > self.current.priority else self.current

    def hold_current(self):
        self.hold_count += 1
        self.current.mark_held()
        return self.current.link

    def suspend_current(self):
        self.current.mark_suspended()
        return self.current

    def enqueue(self, packet):
        tcb = self.blocks[packet.ident]
        if tcb is None:
            return tcb
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current_id
        return tcb.check_priority_add(self.current, packet)


class IdleTask:
    def __init__(self, scheduler, v1, count):
        self.scheduler, self.v1, self.count = scheduler, v1, count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_current()
        if self.v1 & 1 == 0:
            self.v1 >>= 1
            return self.scheduler.release(ID_DEVICE_A)
        self.v1 = (self.v1 >> 1) ^ 0xD008
        return self.scheduler.release(ID_DEVICE_B)


class DeviceTask:
    def __init__(self, scheduler):
        self.scheduler, self.pending = scheduler, None

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.scheduler.suspend_current()
            packet, self.pending = self.pending, None
            return self.scheduler.enqueue(packet)
        self.pending = packet
        return self.scheduler.hold_current()


class WorkerTask:
    def __init__(self, scheduler, dest, count):
        self.scheduler, self.dest, self.count = scheduler, dest, count

    def run(self, packet):
        if packet is None:
            return self.scheduler.suspend_current()
        self.dest = ID_HANDLER_B if self.dest == ID_HANDLER_A else ID_HANDLER_A
        packet.ident = self.dest
        packet.a1 = 0
        for i in range(DATA_SIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.a2[i] = self.count
        return self.scheduler.enqueue(packet)


class HandlerTask:
    def __init__(self, scheduler):
        self.scheduler, self.work, self.devices = scheduler, None, None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.add_to(self.work)
            else:
                self.devices = packet.add_to(self.devices)
        if self.work is not None:
            count = self.work.a1
            if count < DATA_SIZE:
                if self.devices is not None:
                    dev = self.devices
                    self.devices = dev.link
                    dev.a1 = self.work.a2[count]
                    self.work.a1 = count + 1
                    return self.scheduler.enqueue(dev)
            else:
                work = self.work
                self.work = work.link
                return self.scheduler.enqueue(work)
        return self.scheduler.suspend_current()


def richards(count):
    s = Scheduler()
    s.add_running_task(ID_IDLE, 0, None, IdleTask(s, 1, count))
    queue = Packet(Packet(None, ID_WORKER, KIND_WORK), ID_WORKER, KIND_WORK)
    s.add_task(ID_WORKER, 1000, queue, WorkerTask(s, ID_HANDLER_A, 0))
    for ident, prio, dev in ((ID_HANDLER_A, 2000, ID_DEVICE_A), (ID_HANDLER_B, 3000, ID_DEVICE_B)):
        queue = Packet(Packet(Packet(None, dev, KIND_DEVICE), dev, KIND_DEVICE), dev, KIND_DEVICE)
        s.add_task(ident, prio, queue, HandlerTask(s))
    s.add_task(ID_DEVICE_A, 4000, None, DeviceTask(s))
    s.add_task(ID_DEVICE_B, 5000, None, DeviceTask(s))
    s.schedule()
    return s.queue_count, s.hold_count


for _ in range(8):
    assert richards(1000) == (2322, 928)
