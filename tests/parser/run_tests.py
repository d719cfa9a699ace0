#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Parser tests that need no CPython 2.7 (run by `make test` through ctest).

    python3 tests/parser/run_tests.py [-v]

1. corpus:   every corpus/NAME.py parses to exactly corpus/NAME.dump;
2. errors:   every case of errors.txt fails with 2.7's kind, message, line
             and offset (errors_expected.json); compile_errors.txt likewise
             through check_compile_errors() against 2.7's compile(), and
             file_errors.txt with parse(file_mode=True) against 2.7 importing
             the file;
3. mutation: a few thousand mutants of the corpus (fixed seed) each give a
             tree or SyntaxError27 -- never another exception, never a hang
             (check_compile_errors() included);
4. unit:     the unittest modules transpiler/pytrans/parse/*_test.py.
Exits nonzero on any failure and prints one summary line.
"""

import os
import random
import signal
import sys
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..', '..')
sys.path.insert(0, os.path.join(ROOT, 'transpiler'))
sys.path.insert(0, HERE)

import json  # noqa: E402

from cases import (corpus_files, error_cases, ERRORS_EXPECTED, COMPILE_ERRORS,  # noqa: E402
                   COMPILE_EXPECTED, FILE_ERRORS, FILE_EXPECTED)
from mutate import mutations  # noqa: E402
from pytrans.parse import parse, dump, SyntaxError27, check_compile_errors  # noqa: E402
from pytrans.parse.errors import NO_LINE_KINDS  # noqa: E402

MUTANTS = 3000
SEED = 20261125


def check_corpus(verbose):
    failures = []
    files = corpus_files()
    for path in files:
        with open(path, 'rb') as f:
            data = f.read()
        with open(path[:-3] + '.dump') as f:
            want = f.read().rstrip('\n')
        try:
            got = dump(parse(data, path), include_attributes=True)
        except SyntaxError27 as e:
            got = 'SyntaxError27: %s' % e
        if got != want:
            i = 0
            while i < min(len(got), len(want)) and got[i] == want[i]:
                i += 1
            failures.append('%s differs:\n  2.7 : ...%s\n  ours: ...%s' % (
                os.path.basename(path), want[max(0, i - 60):i + 60], got[max(0, i - 60):i + 60]))
    return len(files), failures


def check_errors(verbose):
    with open(ERRORS_EXPECTED) as f:
        expected = json.load(f)
    failures = []
    cases = error_cases()
    for name, src in cases:
        want = expected.get(name)
        if want is None:
            failures.append('%s: no expectation (run regen.py)' % name)
            continue
        try:
            parse(src, '<case>')
            got = 'parses'
        except SyntaxError27 as e:
            got = [e.kind, e.msg, e.lineno, e.offset]
            if e.kind in NO_LINE_KINDS:
                got[2] = None  # 2.7's has no line; ours keeps one for the CLI
        if got != want:
            failures.append('%s: 2.7 %s, ours %s' % (name, want, got))
    return len(cases), failures


def check_compile(verbose):
    with open(COMPILE_EXPECTED) as f:
        expected = json.load(f)
    failures = []
    cases = error_cases(COMPILE_ERRORS)
    for name, src in cases:
        want = expected.get(name, 'missing')
        try:
            check_compile_errors(parse(src, 'f.py'), 'f.py')
            got = None
        except SyntaxError27 as e:
            got = [e.kind, e.msg, e.lineno, e.offset]
            if want and want[2] is None:
                got[2] = None  # 2.7 gives some compile errors no line; we keep one
        if got != want:
            failures.append('%s: 2.7 %s, ours %s' % (name, want, got))
    return len(cases), failures


def check_file_mode(verbose):
    with open(FILE_EXPECTED) as f:
        expected = json.load(f)
    failures = []
    cases = error_cases(FILE_ERRORS)
    for name, src in cases:
        want = expected.get(name, 'missing')
        try:
            parse(src, 'case_mod.py', file_mode=True)
            got = None
        except SyntaxError27 as e:
            got = [e.kind, e.msg, e.lineno, e.offset]
        if got != want:
            failures.append('%s: 2.7 %s, ours %s' % (name, want, got))
    return len(cases), failures


class _Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise _Timeout()


def check_mutations(verbose):
    rng = random.Random(SEED)
    sources = []
    for path in corpus_files():
        with open(path, 'rb') as f:
            sources.append(f.read())
    failures = []
    per_file = MUTANTS // len(sources) + 1
    n = 0
    old = signal.signal(signal.SIGALRM, _alarm)
    try:
        for data in sources:
            for m in mutations(data, rng, per_file):
                n += 1
                signal.alarm(5)
                try:
                    check_compile_errors(parse(m, '<mutant>'), '<mutant>')
                except SyntaxError27:
                    pass
                except _Timeout:
                    failures.append('hang on %r' % m[:300])
                except Exception as e:  # noqa: BLE001 - that is the test
                    failures.append('%s: %s on %r' % (type(e).__name__, e, m[:300]))
                finally:
                    signal.alarm(0)
    finally:
        signal.signal(signal.SIGALRM, old)
    return n, failures


def check_unit(verbose):
    loader = unittest.TestLoader()
    suite = loader.discover(os.path.join(ROOT, 'transpiler', 'pytrans', 'parse'),
                            pattern='*_test.py', top_level_dir=os.path.join(ROOT, 'transpiler'))
    result = unittest.TextTestRunner(verbosity=2 if verbose else 0,
                                     stream=sys.stderr if verbose else open(os.devnull, 'w')
                                     ).run(suite)
    failures = ['%s: %s' % (t, tb.strip().splitlines()[-1])
                for t, tb in result.failures + result.errors]
    return result.testsRun, failures


def main():
    verbose = '-v' in sys.argv
    t0 = time.time()
    total_fail = 0
    parts = []
    for label, fn in (('corpus', check_corpus), ('errors', check_errors),
                      ('compile', check_compile),
                      ('file', check_file_mode),
                      ('mutation', check_mutations), ('unit', check_unit)):
        n, failures = fn(verbose)
        for f in failures[:20]:
            print('FAIL %s: %s' % (label, f))
        total_fail += len(failures)
        parts.append('%s %d/%d' % (label, n - len(failures), n))
    print('parser tests: %s; %s in %.1fs' % (
        ', '.join(parts), 'FAILED' if total_fail else 'all passed', time.time() - t0))
    return 1 if total_fail else 0


if __name__ == '__main__':
    sys.exit(main())
