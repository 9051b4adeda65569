import calendar
import datetime

c = calendar.Calendar(firstweekday=0)
print([d for d in c.itermonthdays(2024, 2)][:10])
print(list(c.itermonthdates(2024, 2))[:3])
print(c.monthdays2calendar(2024, 2)[0])
print(len(c.yeardatescalendar(2024)), len(c.yeardays2calendar(2024, width=4)))
print(list(c.itermonthdays3(2024, 3))[:2], list(c.itermonthdays4(2024, 3))[-1])
c.firstweekday = 6
print(c.firstweekday, c.getfirstweekday())
h = calendar.HTMLCalendar()
html = h.formatmonth(2024, 1)
print(html.splitlines()[0])
print(html.count("<td"), "January 2024" in html)
print(h.formatyear(2024).count("<table"))
print(len(h.formatyearpage(2024)) > 1000)


class EventCalendar(calendar.TextCalendar):
    def __init__(self, events):
        super().__init__(calendar.MONDAY)
        self.events = events

    def formatday(self, day, weekday, width):
        mark = "*" if day in self.events else ""
        return super().formatday(day, weekday, width - 1) + (mark or " ") if day else " " * width


print(EventCalendar({3, 14, 15}).formatmonth(2024, 4, w=3))
print(datetime.date(2024, 4, 14).isoweekday(), calendar.day_abbr[datetime.date(2024, 4, 14).weekday()])
