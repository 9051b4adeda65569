def read_lines(text):
    for line in text.splitlines():
        yield line

def strip_comments(lines):
    for line in lines:
        code = line.split('#', 1)[0].rstrip()
        if code:
            yield code

def parse_pairs(lines):
    for line in lines:
        key, _, value = line.partition('=')
        yield key.strip(), value.strip()

def typed(pairs):
    for k, v in pairs:
        if v.isdigit():
            v = int(v)
        elif v in ('true', 'false'):
            v = v == 'true'
        yield k, v

config = '''
# settings
name = demo
port = 8080   # http
debug = true

retries=3
'''
print(dict(typed(parse_pairs(strip_comments(read_lines(config))))))
