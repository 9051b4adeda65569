import types


def f():
    yield 1


async def g():
    return 1


class C:
    def m(self):
        pass


gen = f()
coro = g()
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(C().m, types.MethodType), isinstance(C.m, types.FunctionType))
print(isinstance(gen, types.GeneratorType), isinstance(coro, types.CoroutineType))
coro.close()
print(isinstance(types, types.ModuleType), isinstance(None, types.NoneType))
print(type(NotImplemented) is types.NotImplementedType, type(...) is types.EllipsisType)
print(isinstance(int | str, types.UnionType), types.GenericAlias(list, (int,)))
print(isinstance(str.join, types.MethodDescriptorType), isinstance(str.__add__, types.WrapperDescriptorType))
print(isinstance("".__add__, types.MethodWrapperType), issubclass(types.FunctionType, object))
print(types.MappingProxyType({}).__class__ is types.MappingProxyType)
