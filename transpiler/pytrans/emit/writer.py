# SPDX-License-Identifier: Apache-2.0
"""The one place C++ text is written: indentation, blocks, #line directives,
and the escaping of Python bytes into C++ string literals.

Every literal goes through cpp_bytes(), which emits printable ASCII as is and
everything else (including '?', to rule out trigraph-like sequences, and
'*', '/' so no comment can open or close) as three-digit octal escapes, so
no Python string can break out of or inject into the generated C++.
"""

import contextlib
import re

_SAFE = set(b'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 _-+=,.:;!#$%&()[]{}<>|^~@`\'')


def cpp_bytes(data):
    """A C++ string literal holding exactly `data` (bytes)."""
    out = ['"']
    for b in data:
        if b in _SAFE:
            out.append(chr(b))
        else:
            out.append('\\%03o' % b)
    out.append('"')
    return ''.join(out)


def cpp_str(text):
    """A C++ literal for a (UTF-8 encoded) text."""
    return cpp_bytes(text.encode('utf-8', 'surrogateescape'))


_UNDERSCORES = re.compile(r'__+')


def ident(prefix, name):
    """A C++ identifier for a Python name: `prefix` + name, with runs of
    underscores rewritten so no reserved double underscore appears."""
    safe = _UNDERSCORES.sub(lambda m: '_%d_' % len(m.group(0)), name)
    if safe.startswith('_'):
        safe = 'u' + safe
    return prefix + safe


class Writer(object):
    def __init__(self):
        self.lines = []
        self.level = 0
        self.filename = None

    def line(self, text=''):
        if text:
            self.lines.append('  ' * self.level + text)
        else:
            self.lines.append('')

    def lines_from(self, other):
        for l in other.lines:
            self.lines.append('  ' * self.level + l if l else '')

    def linemark(self, lineno):
        if self.filename is not None and lineno:
            self.lines.append('#line %d %s' % (lineno, cpp_str(self.filename)))

    @contextlib.contextmanager
    def block(self, head='', tail=''):
        self.line((head + ' {') if head else '{')
        self.level += 1
        try:
            yield
        finally:
            self.level -= 1
            self.line('}' + tail)

    @contextlib.contextmanager
    def indented(self):
        self.level += 1
        try:
            yield
        finally:
            self.level -= 1

    def text(self):
        return '\n'.join(self.lines) + '\n'
