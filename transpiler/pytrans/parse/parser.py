# SPDX-License-Identifier: Apache-2.0
"""Recursive-descent parser for the Python 2.7 grammar, building ast27 trees.

The trees are exactly what CPython 2.7's ``ast.parse`` returns, including its
positions. 2.7 first builds a concrete syntax tree with an LL(1) parser and
then converts it (Python/ast.c); a node's position is the position of the
first token of the grammar rule that produced it. We parse in one pass and
remember the first token of each rule (``start``) to get the same numbers.
Quirks reproduced on purpose (see the tests in tests/parser/corpus):

  * a chain ``a + b - c`` gives the inner BinOp the position of ``a`` and the
    outer one the position of the ``-`` operator;
  * Attribute / Subscript / Call take the position of the atom they start
    from (``(a).b`` is at the ``a``, not at the parenthesis);
  * a parenthesised tuple or comprehension is at its first element;
  * ``-5`` (minus before a bare number) is folded into Num(-5);
  * ``x[a:b:]`` has step=Name('None');
  * a string spanning lines is at (its last line, col -1), see tokenizer.py.

Errors that 2.7 finds while converting the CST to an AST ("can't assign to
literal", "keyword argument repeated", ...) are only reported after the whole
file parsed, as in 2.7, so that a later plain syntax error wins.
"""

import gc
import re
import sys
import threading

from . import ast27 as A
from . import nodes
from .errors import SyntaxError27
from .exprs import ExprParser, KEYWORDS, LOAD, STORE, DEL
from .literals import LiteralsMixin
from .tokenizer import (NAME, STRING, OP, NEWLINE, INDENT, DEDENT,
                        ENDMARKER, ERRORTOKEN, Source, tokenize)

nodes.define(globals())

_AUGOPS = {
    '+=': A.Add(), '-=': A.Sub(), '*=': A.Mult(), '/=': A.Div(), '%=': A.Mod(),
    '**=': A.Pow(), '<<=': A.LShift(), '>>=': A.RShift(), '&=': A.BitAnd(),
    '|=': A.BitOr(), '^=': A.BitXor(), '//=': A.FloorDiv(),
}


class Parser(ExprParser, LiteralsMixin):
    def __init__(self, src):
        self.src = src
        self.filename = src.filename
        self.toks = tokenize(src)
        self.i = 0
        self.tok = self.toks[0]
        self.print_function = False
        self.unicode_literals = False
        self.future_features = set()
        self.plain_strings = []  # (Str node, tokens, seq) decoded before unicode_literals
        # ast.c-level errors as [seq, error, tag]: the first in source order wins,
        # after the whole parse; tag marks string errors that unicode_literals
        # (found later in the file) may replace.
        self.ast_errors = []
        self.err_tag = None
        self.depth = 0  # see nest()

    # ---- helpers ----

    def advance(self):
        self.i += 1
        self.tok = self.toks[self.i]

    def error(self, tok=None, msg=None, expected_indent=False):
        if tok is None:
            tok = self.tok
        if tok[0] is ERRORTOKEN:
            raise tok[1]
        kind = 'SyntaxError'
        ttype = tok[0]
        lineno = tok[2]
        if msg is None and (ttype is ENDMARKER or (
                tok[1] == 'EOF' and (ttype is NEWLINE or ttype is DEDENT))):
            # 2.7 reports the end of the last line (blank ones included):
            # "unexpected EOF" for a one-line input, else as a plain error.
            # (Reading a file, 2.7 reports the line after the last one and
            # never says "unexpected EOF".)
            last = self.src.text.count('\n')
            line = self.src.line(last) or ''
            file_mode = self.src.file_mode
            if last <= 1 and not file_mode:
                kind, msg = 'SyntaxError', 'unexpected EOF while parsing'
            elif expected_indent:
                kind, msg = 'IndentationError', 'expected an indented block'
            elif ttype is DEDENT:
                kind, msg = 'IndentationError', 'unexpected unindent'
            else:
                msg = 'invalid syntax'
            text = line
            base = self.src.line_bases.get(last)
            if base is not None:  # the last line ends a multi-line string
                text = ''.join(self.src.line(k) for k in range(base[1], last + 1))
            raise SyntaxError27(kind, msg, self.filename, last + 1 if file_mode else last,
                                self.src.restore_offset(text, len(text)), text,
                                max(len(line), 1))
        if expected_indent:
            kind, msg = 'IndentationError', 'expected an indented block'
            offset = self.token_end(tok)
        elif msg is None and ttype == INDENT:
            kind, msg = 'IndentationError', 'unexpected indent'
            offset = tok[3]
        elif msg is None and ttype == DEDENT:
            kind, msg = 'IndentationError', 'unexpected unindent'
            offset = tok[3]
        else:
            if msg is None:
                msg = 'invalid syntax'
            offset = self.token_end(tok)
        text = self.src.line(lineno)
        base = self.src.line_bases.get(lineno)
        if ttype is STRING and tok[3] == -1:
            # a multi-line string: offset and text run from its buffer's first line
            text = ''.join(self.src.line(k) for k in range(tok[1][2], lineno + 1))
        elif base is not None:
            offset += base[0]
            text = ''.join(self.src.line(k) for k in range(base[1], lineno + 1))
        # the CLI's column: within the error's own line
        col = offset - (len(text) - len(self.src.line(lineno) or ''))
        raise SyntaxError27(kind, msg, self.filename, lineno,
                            self.src.restore_offset(text, offset), text, max(col, 1))

    @staticmethod
    def token_end(tok):
        """2.7's error offset for a token: just past its end."""
        t = tok[0]
        if t is STRING:
            return tok[1][4]
        if t is DEDENT or t is INDENT:
            return tok[3]
        if t is NEWLINE or t is ENDMARKER:
            return tok[3] + 1
        return tok[3] + len(tok[1])

    def ast_err(self, msg, lineno, col=0, kind='SyntaxError'):
        """An error 2.7 finds in ast.c: reported after the parse, offset None."""
        err = SyntaxError27(kind, msg, self.filename, lineno, None, None,
                            col + 1 if col >= 0 else 1)
        err.after_parse = True  # found once the whole input was read
        self.ast_errors.append([len(self.ast_errors), err, self.err_tag])

    def nest(self, units, tok):
        """Account for 2.7's parser stack (1500 entries): about 15 per
        bracketed atom, 16 per call or subscript. Too deep is a MemoryError
        in 2.7 ("s_push: parser stack overflow")."""
        self.depth += units
        if self.depth > 1480:
            raise SyntaxError27('MemoryError', 's_push: parser stack overflow', self.filename,
                                tok[2], None, None, tok[3] + 1)

    def expect(self, value):
        tok = self.tok
        if tok[1] != value or tok[0] not in (OP, NAME):
            self.error()
        self.advance()
        return tok

    def name(self):
        tok = self.tok
        if tok[0] is not NAME or (tok[1] in KEYWORDS and not (
                tok[1] == 'print' and self.print_function)):
            self.error()
        self.advance()
        return tok[1]

    def is_kw(self, value):
        tok = self.tok
        return tok[1] == value and tok[0] is NAME

    def forbidden(self, name, lineno, col):
        if name == 'None':
            self.ast_err('cannot assign to None', lineno, col)
        elif name == '__debug__':
            self.ast_err('cannot assign to __debug__', lineno, col)

    # ---- module ----

    def parse_module(self):
        body = []
        while self.tok[0] is not ENDMARKER:
            if self.tok[0] is NEWLINE:
                self.advance()
                continue
            self.stmt(body)
        if self.unicode_literals and self.plain_strings:
            # 2.7 applies unicode_literals to every string of the file
            retagged = {id(node): seq for node, toks, seq in self.plain_strings}
            errors = [e for e in self.ast_errors if e[2] not in retagged]
            for node, toks, seq in self.plain_strings:
                self.ast_errors = []
                node.s = self.decode_strings(toks)[0]
                errors.extend([seq, e[1], None] for e in self.ast_errors)
            self.ast_errors = errors
        if self.ast_errors:
            raise min(self.ast_errors, key=lambda e: e[0])[1]
        mod = A.Module(body)
        mod.future_features = self.future_features
        mod.source_lines = self.src.text_lines()
        return mod

    # ---- statements ----

    def stmt(self, out):
        tok = self.tok
        v = tok[1]
        if tok[0] is NAME:
            m = _COMPOUND.get(v)
            if m is not None:
                out.append(m(self))
                return
        elif v == '@':
            out.append(self.decorated())
            return
        self.simple_stmt(out)

    def simple_stmt(self, out):
        while True:
            out.append(self.small_stmt())
            tok = self.tok
            if tok[1] == ';' and tok[0] is OP:
                self.advance()
                if self.tok[0] is NEWLINE:
                    break
                continue
            break
        if self.tok[0] is not NEWLINE:
            self.error()
        self.advance()

    def small_stmt(self):
        tok = self.tok
        if tok[0] is NAME:
            m = _SMALL.get(tok[1])
            if m is not None and not (tok[1] == 'print' and self.print_function):
                return m(self)
        return self.expr_stmt()

    def at_small_end(self):
        tok = self.tok
        return tok[0] is NEWLINE or (tok[1] == ';' and tok[0] is OP)

    def expr_stmt(self):
        start = self.tok
        e = self.testlist()
        tok = self.tok
        v = tok[1]
        if tok[0] is OP:
            if v == '=':
                targets = [e]
                self.set_context(e, STORE, start)
                while True:
                    self.advance()
                    vstart = self.tok
                    if self.is_kw('yield'):
                        value = self.yield_expr()
                    else:
                        value = self.testlist()
                    if self.tok[1] == '=' and self.tok[0] is OP:
                        if isinstance(value, A.Yield):
                            self.ast_err('assignment to yield expression not possible', vstart[2],
                                     vstart[3])
                        self.set_context(value, STORE, vstart)
                        targets.append(value)
                        continue
                    break
                return new_Assign(start[2], start[3], targets, value)
            op = _AUGOPS.get(v)
            if op is not None:
                n_err = len(self.ast_errors)
                self.set_context(e, STORE, start)
                if len(self.ast_errors) == n_err and not isinstance(
                        e, (A.Name, A.Attribute, A.Subscript)):
                    self.ast_err('illegal expression for augmented assignment', start[2], start[3])
                self.advance()
                if self.is_kw('yield'):
                    value = self.yield_expr()
                else:
                    value = self.testlist()
                return new_AugAssign(start[2], start[3], e, op, value)
        return new_Expr(start[2], start[3], e)

    def print_stmt(self):
        start = self.tok
        self.advance()
        dest = None
        values = []
        nl = True
        if self.tok[1] == '>>' and self.tok[0] is OP:
            self.advance()
            dest = self.test()
            if self.tok[1] == ',':
                while self.tok[1] == ',' and self.tok[0] is OP:
                    self.advance()
                    if self.at_small_end():
                        if not values:
                            self.error()
                        nl = False
                        break
                    values.append(self.test())
        elif not self.at_small_end():
            values.append(self.test())
            while self.tok[1] == ',' and self.tok[0] is OP:
                self.advance()
                if self.at_small_end():
                    nl = False
                    break
                values.append(self.test())
        return new_Print(start[2], start[3], dest, values, nl)

    def del_stmt(self):
        start = self.tok
        self.advance()
        targets = self.exprlist_items()
        for t, ts in targets:
            self.set_context(t, DEL, ts)
        return new_Delete(start[2], start[3], [t for t, _ in targets])

    def pass_stmt(self):
        start = self.tok
        self.advance()
        return new_Pass(start[2], start[3])

    def break_stmt(self):
        start = self.tok
        self.advance()
        return new_Break(start[2], start[3])

    def continue_stmt(self):
        start = self.tok
        self.advance()
        return new_Continue(start[2], start[3])

    def return_stmt(self):
        start = self.tok
        self.advance()
        value = None
        if not self.at_small_end():
            value = self.testlist()
        return new_Return(start[2], start[3], value)

    def yield_stmt(self):
        start = self.tok
        return new_Expr(start[2], start[3], self.yield_expr())

    def raise_stmt(self):
        start = self.tok
        self.advance()
        typ = inst = tback = None
        if not self.at_small_end():
            typ = self.test()
            if self.tok[1] == ',' and self.tok[0] is OP:
                self.advance()
                inst = self.test()
                if self.tok[1] == ',' and self.tok[0] is OP:
                    self.advance()
                    tback = self.test()
        return new_Raise(start[2], start[3], typ, inst, tback)

    def dotted_name(self):
        parts = [self.name()]
        while self.tok[1] == '.' and self.tok[0] is OP:
            self.advance()
            parts.append(self.name())
        return '.'.join(parts)

    def import_name(self):
        start = self.tok
        self.advance()
        names = []
        while True:
            tok = self.tok
            name = self.dotted_name()
            asname = None
            if self.is_kw('as'):
                self.advance()
                atok = self.tok
                asname = self.name()
                self.forbidden(asname, atok[2], atok[3])
            elif '.' not in name:
                self.forbidden(name, tok[2], tok[3])
            names.append(new_alias(name, asname))
            if self.tok[1] == ',' and self.tok[0] is OP:
                self.advance()
                continue
            break
        return new_Import(start[2], start[3], names)

    def import_from(self):
        start = self.tok
        self.advance()
        level = 0
        while self.tok[1] == '.' and self.tok[0] is OP:
            level += 1
            self.advance()
        module = None
        if not self.is_kw('import') or level == 0:
            module = self.dotted_name()
        self.expect('import')
        names = []
        if self.tok[1] == '*' and self.tok[0] is OP:
            self.advance()
            names.append(new_alias('*', None))
        else:
            paren = self.tok[1] == '(' and self.tok[0] is OP
            if paren:
                self.advance()
            while True:
                tok = self.tok
                name = self.name()
                asname = None
                if self.is_kw('as'):
                    self.advance()
                    atok = self.tok
                    asname = self.name()
                    self.forbidden(asname, atok[2], atok[3])
                else:
                    self.forbidden(name, tok[2], tok[3])
                names.append(new_alias(name, asname))
                if self.tok[1] == ',' and self.tok[0] is OP:
                    self.advance()
                    if paren and self.tok[1] == ')':
                        break
                    if not paren and self.at_small_end():
                        self.ast_err('trailing comma not allowed without surrounding parentheses',
                                     start[2])
                        break
                    continue
                break
            if paren:
                self.expect(')')
        if module == '__future__' and level == 0:
            self.future_features.update(a.name for a in names)
        # 2.7's parser switches print_function / unicode_literals on with a
        # shallow look at the statement (parser.c future_hack); reproduce its
        # false positives: 'from a.b import print_function' and
        # 'from . import print_function' count too.
        if (level == 0 and (module == '__future__' or '.' in module)) or (
                level == 1 and module is None):
            for a in names:
                if a.name == 'print_function':
                    self.print_function = True
                elif a.name == 'unicode_literals':
                    self.unicode_literals = True
        return new_ImportFrom(start[2], start[3], module, names, level)

    def global_stmt(self):
        start = self.tok
        self.advance()
        names = [self.name()]
        while self.tok[1] == ',' and self.tok[0] is OP:
            self.advance()
            names.append(self.name())
        return new_Global(start[2], start[3], names)

    def exec_stmt(self):
        start = self.tok
        self.advance()
        body = self.expr()
        glob = loc = None
        if self.is_kw('in'):
            self.advance()
            glob = self.test()
            if self.tok[1] == ',' and self.tok[0] is OP:
                self.advance()
                loc = self.test()
        elif type(body) is A.Tuple and len(body.elts) in (2, 3):
            # 2.7 reads exec(code, globals[, locals]) as the statement form.
            elts = body.elts
            body, glob = elts[0], elts[1]
            loc = elts[2] if len(elts) == 3 else None
        return new_Exec(start[2], start[3], body, glob, loc)

    def assert_stmt(self):
        start = self.tok
        self.advance()
        test = self.test()
        msg = None
        if self.tok[1] == ',' and self.tok[0] is OP:
            self.advance()
            msg = self.test()
        return new_Assert(start[2], start[3], test, msg)

    # ---- compound statements ----

    def suite(self):
        if self.tok[0] is NEWLINE:
            self.advance()
            if self.tok[0] is not INDENT:
                self.error(expected_indent=True)
            self.advance()
            body = []
            while self.tok[0] is not DEDENT:
                self.stmt(body)
            self.advance()
            return body
        body = []
        self.simple_stmt(body)
        return body

    def colon_suite(self):
        self.expect(':')
        return self.suite()

    def if_stmt(self):
        start = self.tok
        self.advance()
        test = self.test()
        body = self.colon_suite()
        node = new_If(start[2], start[3], test, body, [])
        cur = node
        while True:
            if self.is_kw('elif'):
                self.advance()
                tstart = self.tok
                test = self.test()
                body = self.colon_suite()
                new = new_If(tstart[2], tstart[3], test, body, [])
                cur.orelse = [new]
                cur = new
                continue
            if self.is_kw('else'):
                self.advance()
                cur.orelse = self.colon_suite()
            break
        return node

    def while_stmt(self):
        start = self.tok
        self.advance()
        test = self.test()
        body = self.colon_suite()
        orelse = []
        if self.is_kw('else'):
            self.advance()
            orelse = self.colon_suite()
        return new_While(start[2], start[3], test, body, orelse)

    def for_stmt(self):
        start = self.tok
        self.advance()
        target = self.exprlist_target()
        self.expect('in')
        it = self.testlist()
        body = self.colon_suite()
        orelse = []
        if self.is_kw('else'):
            self.advance()
            orelse = self.colon_suite()
        return new_For(start[2], start[3], target, it, body, orelse)

    def try_stmt(self):
        start = self.tok
        self.advance()
        body = self.colon_suite()
        handlers = []
        while self.is_kw('except'):
            etok = self.tok
            self.advance()
            typ = name = None
            if not (self.tok[1] == ':' and self.tok[0] is OP):
                typ = self.test()
                if self.is_kw('as') or (self.tok[1] == ',' and self.tok[0] is OP):
                    self.advance()
                    ntok = self.tok
                    name = self.test()
                    self.set_context(name, STORE, ntok)
            hbody = self.colon_suite()
            handlers.append(new_ExceptHandler(etok[2], etok[3], typ, name, hbody))
        orelse = []
        if handlers and self.is_kw('else'):
            self.advance()
            orelse = self.colon_suite()
        final = None
        if self.is_kw('finally'):
            self.advance()
            final = self.colon_suite()
        elif not handlers:
            self.error()
        if handlers:
            node = new_TryExcept(start[2], start[3], body, handlers, orelse)
            if final is None:
                return node
            body = [node]
        return new_TryFinally(start[2], start[3], body, final)

    def with_stmt(self):
        self.advance()
        items = []
        while True:
            istart = self.tok
            ctx = self.test()
            var = None
            if self.is_kw('as'):
                self.advance()
                vtok = self.tok
                var = self.expr()
                self.set_context(var, STORE, vtok)
            items.append((istart, ctx, var))
            if self.tok[1] == ',' and self.tok[0] is OP:
                self.advance()
                continue
            break
        body = self.colon_suite()
        for istart, ctx, var in reversed(items):
            body = [new_With(istart[2], istart[3], ctx, var, body)]
        return body[0]

    def funcdef(self, start=None, decorators=None):
        if start is None:
            start = self.tok
        self.advance()
        ntok = self.tok
        name = self.name()
        self.forbidden(name, ntok[2], ntok[3])
        self.expect('(')
        args = self.varargslist(')')
        self.expect(')')
        body = self.colon_suite()
        return new_FunctionDef(start[2], start[3], name, args, body, decorators or [])

    def classdef(self, start=None, decorators=None):
        if start is None:
            start = self.tok
        self.advance()
        ntok = self.tok
        name = self.name()
        self.forbidden(name, ntok[2], ntok[3])
        bases = []
        if self.tok[1] == '(' and self.tok[0] is OP:
            self.advance()
            if not (self.tok[1] == ')' and self.tok[0] is OP):
                bases.append(self.test())
                while self.tok[1] == ',' and self.tok[0] is OP:
                    self.advance()
                    if self.tok[1] == ')' and self.tok[0] is OP:
                        break
                    bases.append(self.test())
            self.expect(')')
        body = self.colon_suite()
        return new_ClassDef(start[2], start[3], name, bases, body, decorators or [])

    def decorated(self):
        start = self.tok
        decorators = []
        while self.tok[1] == '@' and self.tok[0] is OP:
            at = self.tok
            self.advance()
            ntok = self.tok
            e = new_Name(ntok[2], ntok[3], self.name(), LOAD)
            while self.tok[1] == '.' and self.tok[0] is OP:
                self.advance()
                e = new_Attribute(ntok[2], ntok[3], e, self.name(), LOAD)
            if self.tok[1] == '(' and self.tok[0] is OP:
                self.advance()
                if self.tok[1] == ')' and self.tok[0] is OP:
                    e = new_Call(e.lineno, e.col_offset, e, [], [], None, None)
                else:
                    e = self.call_args(e)
                self.expect(')')
            if self.tok[0] is not NEWLINE:
                self.error()
            self.advance()
            decorators.append(e)
        if self.is_kw('def'):
            return self.funcdef(start, decorators)
        if self.is_kw('class'):
            return self.classdef(start, decorators)
        self.error()


_COMPOUND = {
    'if': Parser.if_stmt, 'while': Parser.while_stmt, 'for': Parser.for_stmt,
    'try': Parser.try_stmt, 'with': Parser.with_stmt, 'def': Parser.funcdef,
    'class': Parser.classdef,
}

_SMALL = {
    'print': Parser.print_stmt, 'del': Parser.del_stmt, 'pass': Parser.pass_stmt,
    'break': Parser.break_stmt, 'continue': Parser.continue_stmt,
    'return': Parser.return_stmt, 'raise': Parser.raise_stmt,
    'yield': Parser.yield_stmt, 'import': Parser.import_name,
    'from': Parser.import_from, 'global': Parser.global_stmt,
    'exec': Parser.exec_stmt, 'assert': Parser.assert_stmt,
}


def parse(source, filename='<unknown>', file_mode=False):
    """Parse Python 2.7 source bytes into an ast27.Module (see module doc).

    By default this is 2.7's ast.parse(source). With file_mode=True it is
    2.7 reading the file itself (running or importing it), which also
    rejects non-ASCII bytes in a file that declares no encoding (PEP 263).
    """
    if isinstance(source, str):
        source = source.encode('utf-8')
    elif not isinstance(source, bytes):
        source = bytes(source)
    if b'\x00' in source and not file_mode:
        raise SyntaxError27('TypeError', 'compile() expected string without null bytes',
                            filename, 1, None, None)
    src = Source(source, filename, file_mode)
    late_error = src.file_error  # file mode: raised when 2.7 reads that line
    if late_error == 'non-ascii' or (
            file_mode and src.encoding is None and not src.text.isascii()):
        late_error = _non_ascii_error(src, filename)
    _enter_parse()
    try:
        parser = Parser(src)
        tree = parser.parse_module()
    except RecursionError:
        # (unary operators or 'not' nested thousands deep; 2.7 overflows too)
        tok = parser.tok
        raise SyntaxError27('MemoryError', 's_push: parser stack overflow', filename,
                            tok[2], None, None, tok[3] + 1)
    except SyntaxError27 as e:
        # 2.7 reads lines lazily: an error on an earlier line comes first.
        if late_error is None or (e.lineno and e.lineno < late_error.lineno
                                  and not getattr(e, 'after_parse', False)):
            e.source_lines = src.text_lines()  # for CompileError.format()
            raise
        tree = None
    finally:
        _leave_parse()
    if late_error is not None:
        if late_error.msg.startswith('Non-ASCII') and _inside_string(src, late_error.lineno):
            # read as the continuation of a string token, 2.7 names the next line
            late_error.msg = late_error.msg.replace(
                'on line %d,' % late_error.lineno, 'on line %d,' % (late_error.lineno + 1))
        late_error.source_lines = src.text_lines()
        raise late_error
    return tree


# Process-wide settings while any parse() runs (threads may parse at once):
# a high recursion limit (deeply nested code), and no cyclic GC -- the tree
# has no reference cycles, and building it while earlier trees are alive
# (a whole program) is ~3x slower with the collector running.
_state_lock = threading.Lock()
_active = [0, 0, False]  # parses running, saved recursion limit, saved gc state


def _enter_parse():
    with _state_lock:
        if _active[0] == 0:
            _active[1] = sys.getrecursionlimit()
            _active[2] = gc.isenabled()
            if _active[1] < 100000:
                sys.setrecursionlimit(100000)
            gc.disable()
        _active[0] += 1


def _leave_parse():
    with _state_lock:
        _active[0] -= 1
        if _active[0] == 0:
            sys.setrecursionlimit(_active[1])
            if _active[2]:
                gc.enable()


def _non_ascii_error(src, filename):
    m = re.search('[^\x00-\x7f]', src.text)
    lineno = src.text.count('\n', 0, m.start()) + 1
    return SyntaxError27(
        'SyntaxError', "Non-ASCII character '\\x%02x' in file %s on line %d, but no "
        "encoding declared; see http://python.org/dev/peps/pep-0263/ for details"
        % (ord(m.group()), filename, lineno), filename, lineno, 0, None, 1)


def _inside_string(src, lineno):
    """Is line `lineno` a later line of a string spanning lines?"""
    return any(first < lineno <= last for first, last in src.string_spans)
