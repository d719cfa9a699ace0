#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Regenerate the parser tests' expectations from a real CPython 2.7.

    tests/parser/regen.py [--python2 EXE]

Writes corpus/NAME.dump (2.7's ast.dump(..., include_attributes=True)) for
every corpus/NAME.py, and errors_expected.json (kind, msg, lineno, offset of
the error 2.7's ast.parse raises for each case in errors.txt). Refuses to run
without a real python2.7: expectations are never written by hand.
"""

import argparse
import json
import subprocess
import sys

from cases import (corpus_files, error_cases, ERRORS_EXPECTED, COMPILE_ERRORS,
                   COMPILE_EXPECTED, FILE_ERRORS, FILE_EXPECTED)

ORACLE = r'''
import ast, json, sys
for line in iter(sys.stdin.readline, ''):
    data = json.loads(line).encode('latin-1')
    if data.startswith('#file\n'):
        # 2.7 reading the file itself (python2.7 file.py / import)
        import os, tempfile
        d = tempfile.mkdtemp()
        open(os.path.join(d, 'case_mod.py'), 'wb').write(data[6:])
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
            out = {'ok': True}
        except SyntaxError as e:
            msg = e.msg.replace(os.path.join(d, 'case_mod.py'), 'case_mod.py')
            out = {'error': [e.__class__.__name__, msg, e.lineno, e.offset]}
        except (ValueError, TypeError, MemoryError) as e:
            out = {'error': [e.__class__.__name__, str(e), None, None]}
        except BaseException as e:
            out = {'ok': True}  # compiled (and stopped before running)
        sys.settrace(None)
        sys.path.pop(0)
        sys.modules.pop('case_mod', None)
        sys.stdout.write(json.dumps(out) + '\n')
        sys.stdout.flush()
        continue
    if data.startswith('#compile\n'):
        try:
            compile(data[9:], 'f.py', 'exec')
            out = {'ok': True}
        except SyntaxError as e:
            out = {'error': [e.__class__.__name__, e.msg, e.lineno, e.offset]}
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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--python2', default='python2.7')
    args = ap.parse_args()
    try:
        version = subprocess.check_output(
            [args.python2, '-c', 'import sys; print(sys.version)'],
            universal_newlines=True)
    except (OSError, subprocess.CalledProcessError):
        sys.exit('regen.py: needs a real CPython 2.7 (--python2 EXE); refusing to run')
    if not version.startswith('2.7') or 'PyPy' in version:
        sys.exit('regen.py: %s is not CPython 2.7; refusing to run' % args.python2)

    p = subprocess.Popen([args.python2, '-c', ORACLE], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, universal_newlines=True)

    def ask(data):
        p.stdin.write(json.dumps(data.decode('latin-1')) + '\n')
        p.stdin.flush()
        return json.loads(p.stdout.readline())

    for path in corpus_files():
        with open(path, 'rb') as f:
            res = ask(f.read())
        if 'dump' not in res:
            sys.exit('%s: rejected by 2.7: %s (corpus files must parse)' % (path, res['error']))
        with open(path[:-3] + '.dump', 'w') as f:
            f.write(res['dump'] + '\n')
    expected = {}
    for name, src in error_cases():
        res = ask(src)
        if 'error' not in res:
            sys.exit('errors.txt: case %s parses under 2.7' % name)
        expected[name] = res['error']
    with open(ERRORS_EXPECTED, 'w') as f:
        json.dump(expected, f, indent=1, sort_keys=True)
        f.write('\n')
    cexpected = {}
    for name, src in error_cases(COMPILE_ERRORS):
        cexpected[name] = ask(b'#compile\n' + src).get('error')
    with open(COMPILE_EXPECTED, 'w') as f:
        json.dump(cexpected, f, indent=1, sort_keys=True)
        f.write('\n')
    fexpected = {}
    for name, src in error_cases(FILE_ERRORS):
        fexpected[name] = ask(b'#file\n' + src).get('error')
    with open(FILE_EXPECTED, 'w') as f:
        json.dump(fexpected, f, indent=1, sort_keys=True)
        f.write('\n')
    print('regenerated %d corpus dumps and %d error cases with %s' % (
        len(corpus_files()), len(expected), version.split()[0]))


if __name__ == '__main__':
    main()
