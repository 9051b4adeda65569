import calendar

print(calendar.month(2024, 2))
calendar.prmonth(2023, 12, w=3, l=1)
print(calendar.isleap(2000), calendar.isleap(1900), calendar.leapdays(1900, 2025))
print(calendar.weekday(2024, 7, 4), calendar.monthrange(2024, 2), calendar.monthrange(2023, 2))
print(calendar.monthcalendar(2024, 3))
print(list(calendar.day_name), list(calendar.month_abbr)[1:4])
print(calendar.timegm((2024, 1, 1, 0, 0, 0)))
print(calendar.weekheader(3))
print(calendar.calendar(2024, w=2, l=1, c=3, m=4)[:400])
cal = calendar.TextCalendar(calendar.SUNDAY)
print(cal.formatmonth(2024, 5))
print(list(cal.iterweekdays()))
print(calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday())
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday())
print(calendar.month(2024, 6))
calendar.setfirstweekday(calendar.MONDAY)
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print("IllegalMonthError:", e)
try:
    calendar.setfirstweekday(9)
except calendar.IllegalWeekdayError as e:
    print("IllegalWeekdayError:", e)
