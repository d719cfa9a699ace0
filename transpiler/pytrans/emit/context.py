# SPDX-License-Identifier: Apache-2.0
"""Per-function emission state: how each Python name maps to C++, temps,
and the stack of enclosing loops / finally blocks that `break`, `continue`
and `return` must unwind through."""

from .writer import ident


class Unwind(object):
    """A try/finally (or with) between a jump and its target. Jumps set
    `why` and goto `label`; after the finally body the jump is resumed."""

    def __init__(self, n):
        self.n = n
        self.label = 'fin_%s' % n
        self.why = 'why_%s' % n
        self.used = set()     # kinds of jumps routed through here


class Loop(object):
    def __init__(self, n):
        self.n = n
        self.depth_unwinds = None   # len(unwinds) when the loop started


class FuncContext(object):
    def __init__(self, scope, kind, code_var):
        self.scope = scope
        self.kind = kind              # 'module', 'function', 'class'
        self.code_var = code_var
        self.temp = 0
        self.loops = []
        self.unwinds = []             # innermost last
        self.retval = None            # C++ name of the return-value slot when unwinding
        self.ns = None                # class body: C++ name of the namespace Dict*
        self.free_index = {}          # free name -> index in closure
        self.parent = None            # enclosing FuncContext (for class bodies)

    def new_temp(self, prefix='t'):
        self.temp += 1
        return '%s%d' % (prefix, self.temp)

    def local(self, name):
        return ident('v_', name)

    def cell(self, name):
        return ident('c_', name)
