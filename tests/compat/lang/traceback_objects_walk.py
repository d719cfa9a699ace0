# Traceback and frame objects: tb_next chains, tb_frame, f_back, extract_tb/stack.
import sys, traceback

def inner(x):
    return {}[x]

def middle(x):
    y = x * 2
    return inner(y)

def outer():
    try:
        middle(3)
    except KeyError:
        t, v, tb = sys.exc_info()
        n = 0
        while tb is not None:
            f = tb.tb_frame
            print n, tb.tb_lineno, f.f_code.co_name, f.f_code.co_filename, type(tb).__name__, type(f).__name__
            print "  back:", f.f_back.f_code.co_name, f.f_globals["__name__"], f.f_globals is globals()
            tb = tb.tb_next
            n += 1
        for entry in traceback.extract_tb(sys.exc_info()[2]):
            print entry
        print traceback.format_tb(sys.exc_info()[2], 1)
        traceback.print_tb(sys.exc_info()[2], file=sys.stdout)
        print traceback.tb_lineno(sys.exc_info()[2])
        sys.stdout.write(traceback.format_exc(2))
        traceback.print_exception(t, v, sys.exc_info()[2], None, sys.stdout)

outer()

def stack_user():
    return traceback.extract_stack()

def stack_printer():
    traceback.print_stack(file=sys.stdout)
    return "".join(traceback.format_stack(limit=1))

print stack_user()
print stack_printer(),
f = sys._getframe()
print f.f_code.co_name, f.f_lineno, f.f_back, f.f_globals is globals(), f.f_locals is globals()

def who():
    return sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name, sys._getframe(1).f_lineno

def caller():
    return who()

print caller()
try:
    sys._getframe(50)
except ValueError as e:
    print "ValueError:", e

def raiser():
    raise ValueError("deep")

def catcher():
    try:
        raiser()
    except ValueError:
        return sys.exc_info()[2]

tb = catcher()
print tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_next
print traceback.format_exception_only(KeyError, KeyError("k")), traceback.format_exception_only(SystemExit, None)
