# An import inside an except clause keeps the handler's sys.exc_info() (the module body catches its own error).
import sys
try:
    raise KeyError("outer")
except KeyError:
    import exc_info_kept_across_import_helper as helper
    print helper.caught, repr(sys.exc_info()[1])
    try:
        reload(helper)
    finally:
        print repr(sys.exc_info()[1])
print sys.exc_info()[0] is KeyError
