# SPDX-License-Identifier: Apache-2.0
"""Generates tests/runtime/vectors/list_ops.inc for tests/runtime/list_test.cc from CPython 2.7.

Run from the repository root with the real interpreter:

    PYENV_VERSION=2.7.18 python2.7 tests/runtime/vectors/gen_list.py

Each row is {op, items of the list, arguments, expected}: the list is built
from the items, the operation applied, and `expected` is what this
interpreter gave: "<repr of the result> | <repr of the list afterwards>", or
"!<exception type>: <message> | <repr of the list afterwards>". Values are
written as specs the test decodes: "i:<int>", "f:<float repr>", "s:<bytes>",
"b:0"/"b:1" (bool), "N" (None). No row is written by hand; the random seed is
fixed, so re-running gives the same file.
"""
import os
import random
import sys

from optable import cstr

assert sys.version_info[:2] == (2, 7), 'needs CPython 2.7'
OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(2718)


def spec(v):
    if v is None:
        return 'N'
    if isinstance(v, bool):
        return 'b:%d' % v
    if isinstance(v, (int, long)):
        return 'i:%d' % v
    if isinstance(v, float):
        return 'f:%r' % v
    return 's:' + v


STRS = ['a', 'b', 'ab', '', "it's", 'say "hi"', 'z\n']
BIG = [2 ** 62, -2 ** 62, 2 ** 63 - 1, -2 ** 63]


def value():
    k = rng.random()
    if k < 0.55:
        return rng.randint(-3, 12)
    if k < 0.75:
        return rng.choice(STRS[:4])
    if k < 0.85:
        return rng.choice([0.5, 1.0, 2.5, -0.0])
    if k < 0.93:
        return rng.choice([True, False])
    return None


def items(lo=0, hi=10):
    return [value() for _ in range(rng.randint(lo, hi))]


def index(n):
    k = rng.random()
    if k < 0.8:
        return rng.randint(-n - 2, n + 2)
    if k < 0.9:
        return rng.choice(BIG)
    return rng.choice(['x', 1.5, None])


def bound(n):
    return None if rng.random() < 0.3 else index(n)


def step():
    k = rng.random()
    if k < 0.3:
        return None
    if k < 0.95:
        return rng.choice([1, 1, 2, 3, -1, -1, -2, -3, 0])
    return rng.choice(BIG + ['x'])


def homogeneous():
    kind = rng.choice(['int', 'str', 'mixed'])
    n = rng.randint(0, 12)
    if kind == 'int':
        return [rng.randint(-5, 5) for _ in range(n)]
    if kind == 'str':
        return [rng.choice(STRS) for _ in range(n)]
    return items(0, 12)


def apply(op, l, args):
    if op in ('append', 'insert', 'pop', 'remove', 'index', 'count'):
        return getattr(l, op)(*args)
    if op == 'extend':
        return l.extend(args)
    if op == 'reverse':
        return l.reverse()
    if op == 'sort':
        return l.sort()
    if op == 'sort_reverse':
        return l.sort(reverse=True)
    if op == 'getitem':
        return l[args[0]]
    if op == 'setitem':
        l[args[0]] = args[1]
        return None
    if op == 'delitem':
        del l[args[0]]
        return None
    if op == 'getslice':
        return l[slice(*args)]
    if op == 'setslice':
        l[slice(*args[:3])] = args[3:]
        return None
    if op == 'delslice':
        del l[slice(*args)]
        return None
    if op == 'repr':
        return l
    if op in ('==', '!=', '<', '<=', '>', '>='):
        return eval('l %s args' % op)
    if op == '+':
        return l + args
    if op == '+=':
        l += args
        return l
    if op == '*':
        return l * args[0]
    if op == '*=':
        l *= args[0]
        return l
    if op == 'in':
        return args[0] in l
    if op == 'len':
        return len(l)
    raise AssertionError(op)


def gen(op):
    l = homogeneous() if op.startswith('sort') or op in ('==', '<', '<=', '>', '>=', '!=') else items()
    n = len(l)
    pick = lambda: rng.choice(l) if l and rng.random() < 0.6 else value()
    if op == 'append':
        args = [value()]
    elif op in ('extend', '+', '+='):
        args = items(0, 4)
    elif op == 'insert':
        args = [index(n), value()]
    elif op == 'pop':
        args = [] if rng.random() < 0.3 else [index(n)]
    elif op in ('remove', 'count', 'in'):
        args = [pick()]
    elif op == 'index':
        args = [pick()] + [bound(n) if rng.random() < 0.2 else index(n) for _ in range(rng.randint(0, 2))]
    elif op in ('getitem', 'delitem'):
        args = [index(n)]
    elif op == 'setitem':
        args = [index(n), value()]
    elif op in ('getslice', 'delslice'):
        args = [bound(n), bound(n), step()]
    elif op == 'setslice':
        args = [bound(n), bound(n), step()] + items(0, 5)
    elif op in ('==', '!=', '<', '<=', '>', '>='):
        args = list(l)
        k = rng.random()
        if k < 0.3 and args:
            args[rng.randrange(len(args))] = pick()
        elif k < 0.5:
            args = args[:rng.randint(0, len(args))]
        elif k < 0.7:
            args.append(pick())
        elif k < 0.85:
            args = homogeneous()
    elif op in ('*', '*='):
        args = [rng.choice([-1, 0, 1, 2, 3])]
    else:
        args = []
    return l, args


def run(op, l, args):
    before = list(l)
    try:
        r = repr(apply(op, l, args))
    except Exception as e:
        r = '!%s: %s' % (type(e).__name__, e)
    return '{%s, {%s}, {%s}, %s}' % (
        cstr(op), ', '.join(cstr(spec(v)) for v in before), ', '.join(cstr(spec(v)) for v in args),
        cstr('%s | %r' % (r, l)))


OPS = ['append', 'extend', 'insert', 'pop', 'remove', 'index', 'count', 'reverse', 'sort', 'sort_reverse',
       'getitem', 'setitem', 'delitem', 'getslice', 'setslice', 'delslice', 'repr',
       '==', '!=', '<', '<=', '>', '>=', '+', '+=', '*', '*=', 'in', 'len']
rows = []
# a few fixed cases first: the main uses and the classic errors
for op, l, args in [
        ('append', [1, 2], [3]), ('extend', [1], ['a', None]), ('insert', [1, 2], [1, 'x']),
        ('insert', [1, 2], [-100, 0]), ('insert', [1, 2], [100, 0]), ('pop', [], []), ('pop', [1], [5]),
        ('pop', [1, 2, 3], [-1]), ('remove', [1, 2], [3]), ('remove', [1, True, 1.0], [1.0]),
        ('index', [1, 2], ['a']), ('index', [1, 2, 1], [1, 1]), ('index', [1, 2, 1], [1, -1, 100]),
        ('count', [1, True, 1.0, 'a'], [1]), ('getitem', [1], [1]), ('getitem', [1], ['x']),
        ('setitem', [1], [1, 0]), ('delitem', [], [0]), ('setslice', [0, 1, 2, 3], [None, None, 2, 'x']),
        ('setslice', [0, 1, 2, 3], [3, 1, -1, 'p', 'q']), ('setslice', [0, 1, 2], [5, 1, 1, 'z']),
        ('delslice', range(10), [None, None, 3]), ('delslice', range(10), [8, 1, -3]),
        ('getslice', range(6), [None, None, -1]), ('getslice', range(6), [None, None, 0]),
        ('repr', ["it's", 'say "hi"', 'z\n', -0.0, 1e16, None, True], []),
        ('<', [1, 2], [1, 2, 0]), ('==', [1, 2.0], [1.0, 2]), ('<', [None], [0]), ('>', ['a'], [1]),
        ('*', [1, 2], [0]), ('*=', [1, 2], [2]), ('sort', [3, 'a', None, 2.5, True, ''], []),
        ('sort_reverse', [(i * 7) % 5 for i in range(12)], [])]:
    rows.append(run(op, l, args))
for case in range(700):
    op = OPS[case % len(OPS)]
    l, args = gen(op)
    rows.append(run(op, l, args))

with open(os.path.join(OUT, 'list_ops.inc'), 'w') as f:
    f.write('// Generated by tests/runtime/vectors/gen_list.py from CPython %s.\n' % sys.version.split()[0])
    f.write('// Do not edit. {op, list items, arguments, "result | list afterwards"}\n')
    for r in rows:
        f.write(r + ',\n')

# ---- sort traces: list_sort_trace.inc ----
# {items, reverse, key (x * 7 % 10 if set), fail_at, comparisons made,
#  hash of the (a, b) pairs passed to cmp, repr of the list afterwards}
# cmp(a, b) compares the keys with cmp() and raises after fail_at calls.
P = 1000000007


class Stop(Exception):
    pass


def traced_sort(l, reverse, use_key, fail_at):
    state = [0, 0]

    def c(a, b):
        state[0] += 1
        state[1] = (state[1] * 1000003 + (a + 1000) * 2003 + (b + 1000)) % P
        if state[0] == fail_at:
            raise Stop()
        return cmp(a, b)
    kw = {'cmp': c, 'reverse': reverse}
    if use_key:
        kw['key'] = lambda x: x * 7 % 10
    try:
        l.sort(**kw)
    except Stop:
        pass
    return state


def run_of(n, kind):
    if kind == 0:
        return [rng.randint(-50, 50) for _ in range(n)]
    if kind == 1:
        return [rng.randint(0, 3) for _ in range(n)]
    out = []
    while len(out) < n:
        run = sorted(rng.randint(-200, 200) for _ in range(rng.randint(1, 90)))
        if rng.random() < 0.4:
            run.reverse()
        out.extend(run)
    return out[:n]


trace_rows = []
for case in range(120):
    n = rng.choice([0, 1, 2, 5, 31, 63, 64, 65, 100, 130, 200, 257, 400])
    l = run_of(n, case % 3)
    before = list(l)
    reverse = rng.random() < 0.3
    use_key = rng.random() < 0.25
    fail_at = 0 if rng.random() < 0.6 else rng.randint(1, max(1, 4 * n))
    count, h = traced_sort(l, reverse, use_key, fail_at)
    trace_rows.append('{{%s}, %s, %s, %d, %d, %d, %s}' % (
        ', '.join(str(v) for v in before), 'true' if reverse else 'false', 'true' if use_key else 'false',
        fail_at, count, h, cstr(repr(l))))

with open(os.path.join(OUT, 'list_sort_trace.inc'), 'w') as f:
    f.write('// Generated by tests/runtime/vectors/gen_list.py from CPython %s.\n' % sys.version.split()[0])
    f.write('// Do not edit. {items, reverse, key, fail_at, comparisons, trace hash, repr afterwards}\n')
    for r in trace_rows:
        f.write(r + ',\n')
