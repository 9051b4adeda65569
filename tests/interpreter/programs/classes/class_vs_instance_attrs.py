class Team:
    members = []
    count = 0
    def __init__(self, name):
        self.name = name
    def join(self, who):
        self.members.append(who)
        self.count += 1

a, b = Team('a'), Team('b')
a.join('x')
b.join('y')
print(Team.members, a.members is b.members)
print(Team.count, a.count, b.count)
print('count' in vars(a), 'members' in vars(a))
Team.count = 100
c = Team('c')
print(c.count, a.count)
a.members = ['own']
print(a.members, b.members, Team.members)
del a.members
print(a.members)
Team.new_attr = 'added later'
print(b.new_attr, getattr(c, 'missing', None))
setattr(b, 'dynamic', 1)
print(sorted(vars(b)))
