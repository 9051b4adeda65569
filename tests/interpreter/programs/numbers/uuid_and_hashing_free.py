import uuid
ns = uuid.NAMESPACE_DNS
u3 = uuid.uuid3(ns, 'python.org')
u5 = uuid.uuid5(ns, 'python.org')
print(u3, u3.version)
print(u5, u5.version, u5.hex)
print(uuid.uuid5(uuid.NAMESPACE_URL, 'https://example.com/a'))
u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u, repr(u), u.int, u.bytes[:4], u.fields[0])
print(uuid.UUID(int=0), uuid.UUID(hex='0' * 31 + '1'), str(uuid.UUID('{12345678-1234-5678-1234-567812345678}')))
print(u == uuid.UUID(str(u)), u < uuid.UUID(int=u.int + 1), sorted([u5, u3])[0] == min(u3, u5))
try:
    uuid.UUID('not-a-uuid')
except ValueError as e:
    print(type(e).__name__, e)
print(u.urn, u.variant, uuid.uuid5(ns, '') != uuid.uuid3(ns, ''))
