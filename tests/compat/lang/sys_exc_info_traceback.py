# sys.exc_info(), traceback line numbers and format_exception of a caught error.
import sys, traceback
def fails():
    return 1 / 0
try:
    fails()
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print t.__name__, v
    print tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_frame.f_code.co_name
    print "".join(traceback.format_exception(t, v, tb)),
    traceback.print_exc()
print traceback.format_exception_only(ValueError, ValueError("m"))
