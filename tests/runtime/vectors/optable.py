# SPDX-License-Identifier: Apache-2.0
"""Shared half of the op tables (tests/runtime/op_table.h is the C++ half).

A gen_<type>.py script builds rows with row(op, operand, ...); this module
evaluates each under the running CPython 2.7 and writes
{op, {operand expressions}, expected} rows for the C++ test to replay. The
expected text is repr(result) or "Type: str(exc)". The op names are listed in
op_table.h; apply_one() below gives each its Python meaning.

Operands are Python values (written back as repr, with float('inf') and
friends spelled out) or E('expression') for things with no literal, such as
E("xrange(1, 10, 3)") or E("IOError(2, 'No such file')").

OPTABLE_TRACE=1 prints each row before it is evaluated (to find a row that
hangs or exhausts memory).
"""
import __builtin__
import operator
import os
import struct

OUT = os.path.dirname(os.path.abspath(__file__))
MAX_OPERANDS = 4


class E(object):
    """An operand given as expression text, evaluated afresh for each row."""

    def __init__(self, text):
        self.text = text


def spec(v):
    """Expression text that rebuilds v (for the C++ parser and eval alike)."""
    if isinstance(v, E):
        return v.text
    if isinstance(v, float) and (v != v or v in (float('inf'), float('-inf'))):
        return "float('%r')" % v
    if isinstance(v, tuple):
        inner = ', '.join(spec(x) for x in v)
        return '(%s,)' % inner if len(v) == 1 else '(%s)' % inner
    if isinstance(v, list):
        return '[%s]' % ', '.join(spec(x) for x in v)
    return repr(v)


BINARY = {
    '+': operator.add, '-': operator.sub, '*': operator.mul, '/': operator.div,
    '//': operator.floordiv, '%': operator.mod, '**': operator.pow, '<<': operator.lshift,
    '>>': operator.rshift, '&': operator.and_, '|': operator.or_, '^': operator.xor,
    'truediv': operator.truediv,
}
INPLACE = {
    '+=': operator.iadd, '-=': operator.isub, '*=': operator.imul, '/=': operator.idiv,
    '//=': operator.ifloordiv, '%=': operator.imod, '**=': operator.ipow, '<<=': operator.ilshift,
    '>>=': operator.irshift, '&=': operator.iand, '|=': operator.ior, '^=': operator.ixor,
    'truediv=': operator.itruediv,
}
COMPARE = {'<': operator.lt, '<=': operator.le, '==': operator.eq, '!=': operator.ne,
           '>': operator.gt, '>=': operator.ge}
UNARY = {'neg': operator.neg, 'pos': operator.pos, '~': operator.invert, 'not': operator.not_,
         'truth': bool, 'repr': repr, 'str': str, 'hash': hash, 'len': len}


def simple_slice(a, lo, hi):
    # a[lo:hi] with None meaning omitted, as the compiled a[lo:hi] does.
    if lo is None and hi is None:
        return a[:]
    if lo is None:
        return a[:hi]
    if hi is None:
        return a[lo:]
    return a[lo:hi]


def take(it, n):
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            out.append('StopIteration')
            break
    return out


def apply_one(op, a):
    if op in BINARY:
        return BINARY[op](a[0], a[1])
    if op in INPLACE:
        return INPLACE[op](a[0], a[1])
    if op in COMPARE:
        return COMPARE[op](a[0], a[1])
    if op in UNARY:
        return UNARY[op](a[0])
    if op == 'in':
        return a[0] in a[1]
    if op == '[]':
        return a[0][a[1]]
    if op == '[:]':
        return simple_slice(a[0], a[1], a[2])
    if op == 'value':
        return a[0]
    if op == 'call':
        return a[0](*a[1:])
    if op.startswith('=.'):
        setattr(a[0], op[2:], a[1])
        return a[0]
    if op.startswith('.') and op.endswith('()'):
        return getattr(a[0], op[1:-2])(*a[1:])
    if op.startswith('.'):
        return getattr(a[0], op[1:])
    if op.startswith('next') and op[4:].isdigit():
        return take(a[0], int(op[4:]))
    return getattr(__builtin__, op)(*a)


def evaluate(op, specs):
    if os.environ.get("OPTABLE_TRACE"):
        print op, specs
    env = dict(vars(__builtin__))
    try:
        a = [eval(s, env) for s in specs]
        for stage in op.split(' | '):
            a = [apply_one(stage, a)]
        r = repr(a[0])
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    if ' at 0x' in r:
        raise ValueError('row %r %r prints an address: %s' % (op, specs, r))
    return r


def cstr(s):
    """A C++ string literal (octal escapes are unambiguous)."""
    if isinstance(s, unicode):
        s = s.encode('utf-8')
    out = ['"']
    for ch in s:
        o = ord(ch)
        if 32 <= o < 127 and ch not in '"\\?':
            out.append(ch)
        else:
            out.append('\\%03o' % o)
    out.append('"')
    return ''.join(out)


class Table(object):
    """Rows of one .inc file."""

    def __init__(self):
        self.rows = []

    def row(self, op, *operands):
        assert len(operands) <= MAX_OPERANDS, (op, operands)
        specs = [spec(x) for x in operands]
        self.rows.append((op, specs, evaluate(op, specs)))

    def write(self, name, script):
        with open(os.path.join(OUT, name), 'w') as f:
            f.write('// Generated by tests/runtime/vectors/%s from CPython 2.7.18.\n' % script)
            f.write('// Do not edit. {op, {operands}, repr of the result or "Type: message"}; ops: op_table.h\n')
            for op, specs, r in self.rows:
                f.write('{%s, {%s}, %s},\n' % (cstr(op), ', '.join(cstr(s) for s in specs), cstr(r)))
        return len(self.rows)
