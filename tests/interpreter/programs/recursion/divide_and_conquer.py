def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]

def quick_sort(a):
    if len(a) <= 1:
        return a
    pivot, *rest = a
    return quick_sort([x for x in rest if x < pivot]) + [pivot] + quick_sort([x for x in rest if x >= pivot])

def binary_search(a, x, lo=0, hi=None):
    hi = len(a) - 1 if hi is None else hi
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if a[mid] == x:
        return mid
    return binary_search(a, x, mid + 1, hi) if a[mid] < x else binary_search(a, x, lo, mid - 1)

data = [38, 27, 43, 3, 9, 82, 10, 3, -5]
s = merge_sort(data)
print(s, quick_sort(data) == s == sorted(data))
print([binary_search(s, x) for x in [-5, 10, 82, 4]])
max_sub = lambda a: a[0] if len(a) == 1 else max(max_sub(a[:len(a) // 2]), max_sub(a[len(a) // 2:]))
print(max_sub(data))
