def merge(intervals):
    out = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return out

def insert(intervals, new):
    return merge(intervals + [new])

def free_slots(busy, day_start, day_end):
    slots, cur = [], day_start
    for s, e in merge(busy):
        if s > cur:
            slots.append((cur, s))
        cur = max(cur, e)
    if cur < day_end:
        slots.append((cur, day_end))
    return slots

print(merge([[1, 3], [2, 6], [8, 10], [15, 18], [17, 20]]))
print(merge([[1, 4], [4, 5]]), merge([]), insert([[1, 2], [3, 5], [6, 7]], [4, 8]))
meetings = [(9, 10), (9.5, 11), (13, 14), (16, 17.5)]
print(free_slots(meetings, 8, 18))
fmt = lambda t: f'{int(t):02d}:{int(round((t % 1) * 60)):02d}'
print([f'{fmt(a)}-{fmt(b)}' for a, b in free_slots(meetings, 8, 18)])
