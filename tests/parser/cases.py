# SPDX-License-Identifier: Apache-2.0
"""Shared readers for the parser test data (used by regen.py and run_tests.py)."""

import os

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, 'corpus')
ERRORS = os.path.join(HERE, 'errors.txt')
ERRORS_EXPECTED = os.path.join(HERE, 'errors_expected.json')
COMPILE_ERRORS = os.path.join(HERE, 'compile_errors.txt')
COMPILE_EXPECTED = os.path.join(HERE, 'compile_errors_expected.json')
FILE_ERRORS = os.path.join(HERE, 'file_errors.txt')
FILE_EXPECTED = os.path.join(HERE, 'file_errors_expected.json')


def corpus_files():
    return sorted(os.path.join(CORPUS, f) for f in os.listdir(CORPUS) if f.endswith('.py'))


def error_cases(path=ERRORS):
    """[(name, source bytes)] from errors.txt ("#### name" separated)."""
    with open(path, 'rb') as f:
        data = f.read()
    cases = []
    name = None
    buf = []
    for line in data.splitlines(True):
        if line.startswith(b'#### '):
            if name is not None:
                cases.append((name, b''.join(buf)))
            name = line[5:].strip().decode('ascii')
            buf = []
        elif name is not None:
            buf.append(line)
    if name is not None:
        cases.append((name, b''.join(buf)))
    return cases
