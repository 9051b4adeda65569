# Rod cutting (bottom-up with the cuts), integer partitions p(n) with Euler's
# pentagonal recurrence checked against a DP, and the partition problem.
def rod(prices, n):
    best = [0] * (n + 1)
    first = [0] * (n + 1)
    for length in range(1, n + 1):
        for cut in range(1, min(length, len(prices)) + 1):
            v = prices[cut - 1] + best[length - cut]
            if v > best[length]:
                best[length], first[length] = v, cut
    cuts = []
    while n:
        cuts.append(first[n])
        n -= first[n]
    return best[-1], cuts


PRICES = [1, 5, 8, 9, 10, 17, 17, 20]
for n in (4, 7, 8, 10, 23):
    print(n, rod(PRICES, n))


def partitions_dp(n):
    p = [1] + [0] * n
    for k in range(1, n + 1):
        for m in range(k, n + 1):
            p[m] += p[m - k]
    return p


def partitions_euler(n):
    p = [1] + [0] * n
    for m in range(1, n + 1):
        total, k = 0, 1
        while True:
            g1 = k * (3 * k - 1) // 2
            if g1 > m:
                break
            sign = 1 if k % 2 else -1
            total += sign * p[m - g1]
            g2 = k * (3 * k + 1) // 2
            if g2 <= m:
                total += sign * p[m - g2]
            k += 1
        p[m] = total
    return p


dp, eu = partitions_dp(120), partitions_euler(120)
print(dp == eu, dp[10], dp[50], dp[100], dp[120])


def can_partition(nums):
    total = sum(nums)
    if total % 2:
        return None
    reachable = {0: []}
    for x in nums:
        for s, parts in list(reachable.items()):
            if s + x not in reachable and s + x <= total // 2:
                reachable[s + x] = parts + [x]
    return reachable.get(total // 2)


for nums in ([1, 5, 11, 5], [1, 2, 3, 5], [3, 1, 1, 2, 2, 1], [2, 2, 3, 5], [100] * 4 + [1, 1]):
    half = can_partition(nums)
    print(nums, half, None if half is None else sum(half) * 2 == sum(nums))
