"""Names for the built-in types (Python 2.7's types module)."""
import sys

NoneType = type(None)
TypeType = type
ObjectType = object

IntType = int
LongType = long
FloatType = float
BooleanType = bool
try:
    ComplexType = complex
except NameError:
    pass

StringType = str
UnicodeType = unicode
StringTypes = (StringType, UnicodeType)

BufferType = None
TupleType = tuple
ListType = list
DictType = DictionaryType = dict


def _f():
    pass
FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.func_code)


class _C:
    def _m(self):
        pass
ClassType = type(_C)
UnboundMethodType = type(_C._m)
_x = _C()
InstanceType = type(_x)
MethodType = type(_x._m)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)

ModuleType = type(sys)
FileType = file
XRangeType = xrange

try:
    raise TypeError
except TypeError:
    tb = sys.exc_info()[2]
    TracebackType = type(tb)
    del tb

SliceType = slice
EllipsisType = type(Ellipsis)

DictProxyType = type(TypeType.__dict__)
NotImplementedType = type(NotImplemented)

del _f, _C, _x, sys
