# Weighted interval scheduling with bisect, activity selection (greedy), and
# the minimum number of meeting rooms with a heap.
import bisect
import heapq

JOBS = [("a", 1, 4, 5), ("b", 3, 5, 1), ("c", 0, 6, 8), ("d", 4, 7, 4), ("e", 3, 9, 6),
        ("f", 5, 9, 3), ("g", 6, 10, 2), ("h", 8, 11, 4), ("i", 2, 13, 9), ("j", 12, 14, 3)]


def weighted(jobs):
    jobs = sorted(jobs, key=lambda j: j[2])
    ends = [j[2] for j in jobs]
    best = [0] * (len(jobs) + 1)
    take = [False] * (len(jobs) + 1)
    for i, (_, start, end, w) in enumerate(jobs, 1):
        p = bisect.bisect_right(ends, start, 0, i - 1)
        if best[p] + w > best[i - 1]:
            best[i], take[i] = best[p] + w, True
        else:
            best[i] = best[i - 1]
    chosen, i = [], len(jobs)
    while i:
        if take[i]:
            chosen.append(jobs[i - 1][0])
            i = bisect.bisect_right(ends, jobs[i - 1][1], 0, i - 1)
        else:
            i -= 1
    return best[-1], chosen[::-1]


def greedy_count(jobs):
    chosen, end = [], float("-inf")
    for name, s, e, _ in sorted(jobs, key=lambda j: (j[2], j[1])):
        if s >= end:
            chosen.append(name)
            end = e
    return chosen


def rooms(jobs):
    heap, peak, assignment = [], 0, {}
    free_ids = []
    next_id = 0
    for name, s, e, _ in sorted(jobs, key=lambda j: (j[1], j[2])):
        while heap and heap[0][0] <= s:
            _, rid = heapq.heappop(heap)
            heapq.heappush(free_ids, rid)
        if free_ids:
            rid = heapq.heappop(free_ids)
        else:
            rid, next_id = next_id, next_id + 1
        assignment[name] = rid
        heapq.heappush(heap, (e, rid))
        peak = max(peak, len(heap))
    return peak, assignment


print(weighted(JOBS))
print(greedy_count(JOBS))
print(rooms(JOBS))
print(weighted([]), rooms([("x", 0, 1, 1)]))
