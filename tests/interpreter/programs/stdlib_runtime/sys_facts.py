import sys

print(sys.version_info >= (3, 11), sys.version_info[:2] == tuple(sys.version_info)[:2])
print(sys.version.split()[0] == "%d.%d.%d" % sys.version_info[:3])
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder in ("little", "big"), sys.platform == "linux")
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit, sys.hash_info.width, sys.hash_info.modulus == 2 ** 61 - 1)
print(sys.implementation.name, sys.getrecursionlimit(), sys.maxunicode)
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof([]), sys.getsizeof((1, 2)), sys.getsizeof(""))
print(sys.getsizeof(object(), 99) > 0, sys.getdefaultencoding())


class Sized:
    def __sizeof__(self):
        return 1000


print(sys.getsizeof(Sized()) > 1000)
print(type(sys.argv).__name__, len(sys.argv) >= 1)
print(sys.hexversion >> 24 == sys.version_info.major)
