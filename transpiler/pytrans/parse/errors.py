# SPDX-License-Identifier: Apache-2.0
"""SyntaxError27: a syntax error exactly as CPython 2.7 reports it.

`kind`, `msg`, `lineno`, `offset` and `text` are what 2.7's SyntaxError (or
IndentationError / TabError) would carry: `offset` is 2.7's 1-based offset,
or None where 2.7 gives none (errors found while building the AST). `col` is
the 1-based column the CLI prints; it falls back to 1 when 2.7 has no offset.
"""

from ..errors import CompileError

# Kinds of error 2.7's ast.parse raises without a line number (a bad \x
# escape is a ValueError, a NUL byte a TypeError, deep nesting a
# MemoryError). SyntaxError27 keeps a line for them anyway, for the CLI.
NO_LINE_KINDS = frozenset(['ValueError', 'TypeError', 'MemoryError'])


class SyntaxError27(CompileError):
    def __init__(self, kind, msg, filename, lineno, offset, text, col=None):
        if col is None:
            col = offset if offset is not None else 1
        CompileError.__init__(self, filename, lineno, col, msg)
        self.kind = kind
        self.offset = offset
        self.text = text
        self.source_lines = None  # set by parse(): decoded lines, for format()

    def __str__(self):
        return '%s: %s (%s, line %d)' % (self.kind, self.msg, self.filename, self.lineno)
