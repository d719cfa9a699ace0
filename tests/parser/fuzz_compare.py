#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Mutate sources and compare our verdict with CPython 2.7's (needs python2.7).

    tests/parser/fuzz_compare.py [--python2 EXE] [-n N] [--seed S] FILE...

Prints the mutated inputs on which we and 2.7 disagree (tree vs error, or a
different error kind / message / line / offset). A development tool: the
errors corpus (errors.txt) collects the interesting cases it finds.
"""

import argparse
import json
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', '..', 'transpiler'))
sys.path.insert(0, HERE)

from mutate import mutations  # noqa: E402
from pytrans.parse import parse, dump, SyntaxError27, check_compile_errors  # noqa: E402
from pytrans.parse.errors import NO_LINE_KINDS  # noqa: E402

ORACLE = r'''
import ast, json, sys
while True:
    line = sys.stdin.readline()
    if not line:
        break
    data = json.loads(line).encode('latin-1')
    if data.startswith('#file\n'):
        import os, tempfile
        d = tempfile.mkdtemp()
        path = os.path.join(d, 'case_mod.py')
        open(path, 'wb').write(data[6:])
        sys.path.insert(0, d)
        sys.dont_write_bytecode = True
        class _Stop(BaseException):
            pass

        def _tracer(frame, event, arg):
            # compiled; stop before the module's first statement runs
            if frame.f_code.co_filename.endswith('case_mod.py'):
                raise _Stop()
        sys.settrace(_tracer)
        try:
            __import__('case_mod')
            out = {'dump': 'ok'}
        except SyntaxError as e:
            out = {'error': [e.__class__.__name__, e.msg.replace(path, 'case_mod.py'),
                             e.lineno, e.offset]}
        except (ValueError, TypeError, MemoryError) as e:
            out = {'error': [e.__class__.__name__, str(e), None, None]}
        except BaseException as e:
            out = {'dump': 'ok'}
        sys.settrace(None)
        sys.path.pop(0)
        sys.modules.pop('case_mod', None)
        os.remove(path)
        os.rmdir(d)
        sys.stdout.write(json.dumps(out) + '\n')
        sys.stdout.flush()
        continue
    try:
        out = {'dump': ast.dump(ast.parse(data), include_attributes=True)}
    except SyntaxError as e:
        out = {'error': [e.__class__.__name__, e.msg, e.lineno, e.offset]}
    except Exception as e:
        out = {'error': [e.__class__.__name__, str(e), None, None]}
    sys.stdout.write(json.dumps(out) + '\n')
    sys.stdout.flush()
'''


def ours(data, file_mode=False):
    if file_mode:
        try:
            check_compile_errors(parse(data, 'case_mod.py', file_mode=True), 'case_mod.py')
            return {'dump': 'ok'}
        except SyntaxError27 as e:
            return {'error': [e.kind, e.msg, None if e.kind in NO_LINE_KINDS else e.lineno,
                              e.offset]}
    try:
        return {'dump': dump(parse(data), include_attributes=True)}
    except SyntaxError27 as e:
        return {'error': [e.kind, e.msg, None if e.kind in NO_LINE_KINDS else e.lineno,
                          e.offset]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('files', nargs='+')
    ap.add_argument('--python2', default='python2.7')
    ap.add_argument('-n', type=int, default=200)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--show', type=int, default=20)
    ap.add_argument('--file-mode', action='store_true',
                    help='compare parse(file_mode=True) with 2.7 importing the file')
    ap.add_argument('--chunks', type=int, default=0,
                    help='mutate N random windows of 3-30 lines of each file instead')
    args = ap.parse_args()
    rng = random.Random(args.seed)
    p = subprocess.Popen([args.python2, '-c', ORACLE], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, universal_newlines=True)
    total = bad = 0
    def seeds():
        for f in args.files:
            data = open(f, 'rb').read()
            if not args.chunks:
                yield data, args.n
                continue
            lines = data.splitlines(True)
            for _ in range(args.chunks):
                i = rng.randrange(max(len(lines), 1))
                yield b''.join(lines[i:i + rng.randrange(3, 30)]), max(args.n // args.chunks, 1)

    for data, n in seeds():
        for m in mutations(data, rng, n):
            if args.file_mode:
                p.stdin.write(json.dumps('#file\n' + m.decode('latin-1')) + '\n')
            else:
                p.stdin.write(json.dumps(m.decode('latin-1')) + '\n')
            p.stdin.flush()
            want = json.loads(p.stdout.readline())
            got = ours(m, args.file_mode)
            total += 1
            if want != got:
                bad += 1
                if bad <= args.show:
                    print('=' * 60)
                    print(repr(m[:2000]))
                    print('  2.7 :', want.get('error') or 'tree')
                    print('  ours:', got.get('error') or 'tree')
                    if 'dump' in want and 'dump' in got:
                        a, b = want['dump'], got['dump']
                        i = 0
                        while i < min(len(a), len(b)) and a[i] == b[i]:
                            i += 1
                        print('  2.7 :', a[max(0, i - 60):i + 60])
                        print('  ours:', b[max(0, i - 60):i + 60])
    print('%d mutants, %d disagree' % (total, bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
