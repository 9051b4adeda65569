from collections import OrderedDict, ChainMap, deque
od = OrderedDict()
for k in 'cab':
    od[k] = ord(k)
od.move_to_end('c')
print(list(od), od.popitem(last=False), od)
od.move_to_end('b', last=False)
print(list(od.items()), od == OrderedDict(b=98, c=99), od == {'c': 99, 'b': 98})
defaults = {'color': 'red', 'size': 'M'}
user = {'size': 'L'}
cm = ChainMap(user, defaults)
print(cm['color'], cm['size'], len(cm), sorted(cm))
cm['color'] = 'blue'
print(user, defaults, cm.maps[0] is user)
child = cm.new_child({'size': 'XL'})
print(child['size'], child.parents['size'])
dq = deque([1, 2, 3], maxlen=4)
dq.append(4)
dq.append(5)
dq.appendleft(0)
print(dq, dq.maxlen)
dq.rotate(1)
print(dq, dq[0], dq[-1])
dq.extendleft('ab')
print(list(dq), dq.popleft(), dq.pop(), dq.count('a'))
