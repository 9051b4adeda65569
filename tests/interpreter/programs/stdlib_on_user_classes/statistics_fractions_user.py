import statistics
from fractions import Fraction
from decimal import Decimal

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.median(data), statistics.mode(data))
print(statistics.pstdev(data), round(statistics.stdev(data), 6))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]))
print(statistics.mean([Fraction(1, 3), Fraction(1, 6)]))
print(statistics.mean([Decimal('1.1'), Decimal('2.2')]))
print(statistics.multimode('aabbbcccd'), statistics.quantiles(range(1, 11), n=4))
print(statistics.fmean([1, 2, 3, 4]), statistics.geometric_mean([1, 4]), statistics.harmonic_mean([1, 2]))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print(type(e).__name__, e)
print(statistics.variance([1.5, 2.5, 3.5]), statistics.pvariance([Fraction(1), Fraction(2)]))
