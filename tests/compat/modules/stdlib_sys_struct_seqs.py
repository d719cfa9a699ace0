# sys's struct sequences (float_info, long_info, version_info, flags) and small sys functions.
import sys
print sys.float_info
print sys.long_info
print sys.version_info
print sys.flags
print len(sys.float_info), sys.float_info[6], sys.float_info.mant_dig, sys.float_info.radix, sys.float_info.rounds
print sys.float_info.max_exp, sys.float_info.min_exp, sys.float_info.max_10_exp, sys.float_info.min_10_exp
print repr(sys.float_info.max), repr(sys.float_info.min), repr(sys.float_info.epsilon)
print sys.version_info >= (2, 7), sys.version_info < (3,), sys.version_info[:3], sys.version_info.releaselevel
print tuple(sys.long_info), sys.long_info.sizeof_digit, list(sys.version_info)
print type(sys.float_info).__name__, type(sys.flags).__name__, sys.flags.dont_write_bytecode, sys.dont_write_bytecode
print sys.subversion, sys.api_version, sys.hexversion, hex(sys.hexversion), sys.py3kwarning, sys.float_repr_style
print sys.getcheckinterval(), sys.setcheckinterval(7), sys.getcheckinterval(), sys.getfilesystemencoding()
print sys.exc_info(), sys.exc_clear(), sys.warnoptions, type(sys.path_importer_cache).__name__
try:
    raise KeyError("x")
except KeyError:
    print sys.exc_info()[0], sys.exc_info()[1]
    sys.exc_clear()
    print sys.exc_info()
print hasattr(sys, "setdefaultencoding"), sys.getdefaultencoding()
