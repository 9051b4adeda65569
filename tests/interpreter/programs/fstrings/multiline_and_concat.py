user = {'name': 'Dee', 'score': 91.456}
msg = (
    f'User: {user["name"]}\n'
    f'Score: {user["score"]:.1f}\n'
    'Plain line\n'
    f'Grade: {"A" if user["score"] > 90 else "B"}'
)
print(msg)
sql = f"""
SELECT *
FROM t
WHERE id = {42}
""".strip()
print(sql)
parts = [f'{i}:{i ** 2}' for i in range(4)]
print(', '.join(parts))
print('a' f'{1}' 'b' f'{2}')
long = f'{"x" * 3}' \
    f'{"y" * 2}'
print(long)
