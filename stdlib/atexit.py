"""Functions run when the program exits (Python 2.7's atexit module).

register(func, *args, **kwargs) adds a handler; at exit the handlers run
last registered first. The module installs _run_exitfuncs as sys.exitfunc,
which the runtime calls once the program and its threads are done (a
previously set sys.exitfunc becomes the first handler).
"""

import sys

__all__ = ["register"]

_exithandlers = []


def _run_exitfuncs():
    """Run the registered handlers, newest first. An error in one is
    reported and the others still run; the last error is raised again."""
    exc_info = None
    while _exithandlers:
        func, targs, kargs = _exithandlers.pop()
        try:
            func(*targs, **kargs)
        except SystemExit:
            exc_info = sys.exc_info()
        except:
            import traceback
            print >> sys.stderr, "Error in atexit._run_exitfuncs:"
            traceback.print_exc()
            exc_info = sys.exc_info()
    if exc_info is not None:
        raise exc_info[0], exc_info[1], exc_info[2]


def register(func, *targs, **kargs):
    """Arrange for func(*targs, **kargs) to be called at exit; returns func,
    so register can be used as a decorator."""
    _exithandlers.append((func, targs, kargs))
    return func


if hasattr(sys, "exitfunc"):
    register(sys.exitfunc)
sys.exitfunc = _run_exitfuncs
