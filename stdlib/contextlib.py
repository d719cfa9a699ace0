"""Utilities for with-statement contexts (Python 2.7's contextlib)."""

import sys
from functools import wraps

__all__ = ["contextmanager", "nested", "closing"]


class GeneratorContextManager(object):
    """Helper for @contextmanager decorator."""

    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        try:
            return self.gen.next()
        except StopIteration:
            raise RuntimeError("generator didn't yield")

    def __exit__(self, type, value, traceback):
        if type is None:
            try:
                self.gen.next()
            except StopIteration:
                return
            else:
                raise RuntimeError("generator didn't stop")
        else:
            if value is None:
                value = type()
            try:
                self.gen.throw(type, value, traceback)
                raise RuntimeError("generator didn't stop after throw()")
            except StopIteration as exc:
                return exc is not value
            except:
                if sys.exc_info()[1] is not value:
                    raise


def contextmanager(func):
    """@contextmanager decorator."""
    @wraps(func)
    def helper(*args, **kwds):
        return GeneratorContextManager(func(*args, **kwds))
    return helper


class _Nested(object):
    def __init__(self, managers):
        self.managers = managers
        self.exits = []

    def __enter__(self):
        vars = []
        for mgr in self.managers:
            exit = mgr.__exit__
            enter = mgr.__enter__
            vars.append(enter())
            self.exits.append(exit)
        return vars

    def __exit__(self, *exc):
        exc = exc if exc != (None, None, None) else (None, None, None)
        while self.exits:
            exit = self.exits.pop()
            try:
                if exit(*exc):
                    exc = (None, None, None)
            except:
                exc = sys.exc_info()
        if exc != (None, None, None):
            raise exc[0], exc[1], exc[2]
        return False


def nested(*managers):
    """Combine multiple context managers into a single nested context manager."""
    return _Nested(managers)


class closing(object):
    """Context to automatically close something at the end of a block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()
