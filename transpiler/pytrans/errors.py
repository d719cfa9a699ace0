# SPDX-License-Identifier: Apache-2.0
"""Compile-time errors of the front end.

Every error pytrans reports about a user's program is a CompileError carrying
the file, 1-based line and 1-based column, printed by the CLI as
``file.py:LINE:COL: error: MESSAGE`` followed by the source line and a caret.
Syntax errors from the parser are CompileErrors too (see parse.SyntaxError27),
so the CLI has one way to print them.
"""


class CompileError(Exception):
    def __init__(self, filename, lineno, col, msg):
        Exception.__init__(self, msg)
        self.filename = filename
        self.lineno = lineno
        self.col = col if col and col > 0 else 1  # 1-based column
        self.msg = msg

    @classmethod
    def at(cls, node, filename, msg):
        """Error located at an AST node (col_offset is 0-based in the AST)."""
        return cls(filename, getattr(node, 'lineno', 0),
                   getattr(node, 'col_offset', -1) + 1, msg)

    def format(self, source_lines=None):
        out = '%s:%d:%d: error: %s' % (self.filename, self.lineno, self.col, self.msg)
        if source_lines and 1 <= self.lineno <= len(source_lines):
            line = source_lines[self.lineno - 1].rstrip('\r\n')
            out += '\n' + line + '\n' + ' ' * max(self.col - 1, 0) + '^'
        return out
