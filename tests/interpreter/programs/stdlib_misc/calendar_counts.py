import calendar
from collections import Counter

fridays_13 = [(y, m) for y in range(2020, 2027) for m in range(1, 13) if calendar.weekday(y, m, 13) == calendar.FRIDAY]
print(fridays_13)
days = Counter(calendar.day_name[calendar.weekday(2024, 1, d)] for d in range(1, 32))
print(sorted(days.items()))
print(sum(calendar.monthrange(2024, m)[1] for m in range(1, 13)))
print([calendar.month_name[m] for m in range(1, 13) if calendar.monthrange(2025, m)[0] == calendar.MONDAY])
c = calendar.Calendar()
workdays = sum(1 for d, wd in c.itermonthdays2(2024, 5) if d and wd < 5)
print("workdays in May 2024:", workdays)
print(calendar.TextCalendar().formatyear(2024, 2, 1, 1, 6).splitlines()[:9])
