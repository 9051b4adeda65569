nums = list(range(-5, 6))
print([n for n in nums if n > 0])
print([n for n in nums if n % 2 if n > -3])
print([n if n >= 0 else 0 for n in nums])
print([abs(n) for n in nums if n and n % 3 == 0])
fizz = ['FizzBuzz' if i % 15 == 0 else 'Fizz' if i % 3 == 0 else 'Buzz' if i % 5 == 0 else i
        for i in range(1, 16)]
print(fizz)
data = [{'name': 'a', 'ok': True}, {'name': 'b', 'ok': False}, {'name': 'c'}]
print([d['name'] for d in data if d.get('ok')])
print([d['name'] for d in data if not d.get('ok', False)])
print([(x, y) for x in range(4) if x for y in range(x) if (x + y) % 2])
print(sum(1 for c in 'Hello World' if c.isupper()))
