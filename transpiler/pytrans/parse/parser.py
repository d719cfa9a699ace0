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

import codecs
import re
import sys
import unicodedata  # noqa: F401  (used by the unicode_escape codec for \N{})
import warnings

from . import ast27 as A
from .errors import SyntaxError27
from .tokenizer import (NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT,
                        ENDMARKER, ERRORTOKEN, Source, tokenize)

KEYWORDS = frozenset('''and as assert break class continue def del elif else
except exec finally for from global if import in is lambda not or pass print
raise return try while with yield'''.split())

LOAD, STORE, DEL, PARAM = A.Load(), A.Store(), A.Del(), A.Param()
AUGLOAD, AUGSTORE = A.AugLoad(), A.AugStore()

_BINOPS = {
    '|': (1, A.BitOr()), '^': (2, A.BitXor()), '&': (3, A.BitAnd()),
    '<<': (4, A.LShift()), '>>': (4, A.RShift()),
    '+': (5, A.Add()), '-': (5, A.Sub()),
    '*': (6, A.Mult()), '/': (6, A.Div()), '%': (6, A.Mod()), '//': (6, A.FloorDiv()),
}
_AUGOPS = {
    '+=': A.Add(), '-=': A.Sub(), '*=': A.Mult(), '/=': A.Div(), '%=': A.Mod(),
    '**=': A.Pow(), '<<=': A.LShift(), '>>=': A.RShift(), '&=': A.BitAnd(),
    '|=': A.BitOr(), '^=': A.BitXor(), '//=': A.FloorDiv(),
}
_CMPOPS = {
    '<': A.Lt(), '>': A.Gt(), '==': A.Eq(), '>=': A.GtE(), '<=': A.LtE(),
    '<>': A.NotEq(), '!=': A.NotEq(), 'in': A.In(),
}
_UNARY = {'+': A.UAdd(), '-': A.USub(), '~': A.Invert()}
NOT, IS, ISNOT, NOTIN, POW = A.Not(), A.Is(), A.IsNot(), A.NotIn(), A.Pow()
AND, OR = A.And(), A.Or()

_TRAILER_START = frozenset(['(', '[', '.', '**'])
_SMALL_END = frozenset([';', ''])  # '' = NEWLINE (and INDENT/DEDENT/END)
# Tokens that may start an expression (used for optional parts).
_EXPR_START_OPS = frozenset(['(', '[', '{', '`', '-', '+', '~'])

MAXINT = (1 << 63) - 1


def _node(cls, lineno, col, *fields):
    n = cls.__new__(cls)
    d = n.__dict__
    for name, value in zip(cls._fields, fields):
        d[name] = value
    d['lineno'] = lineno
    d['col_offset'] = col
    return n


def _plain(cls, *fields):
    n = cls.__new__(cls)
    d = n.__dict__
    for name, value in zip(cls._fields, fields):
        d[name] = value
    return n


def _make_constructors():
    """Define new_<Node>(lineno, col, *fields) (or new_<node>(*fields) for
    nodes without position) for every node class: building the instance
    dict in one go is much faster than the generic constructor."""
    g = globals()
    for name in A.NODE_NAMES:
        cls = getattr(A, name)
        fields = cls._fields
        items = ''.join("'%s': %s, " % (f, f) for f in fields)
        if cls._attributes:
            params = ', '.join(('lineno', 'col') + fields)
            body = "{%s'lineno': lineno, 'col_offset': col}" % items
        else:
            params = ', '.join(fields)
            body = '{%s}' % items
        src = ('def new_%s(%s):\n    _o = _new(_cls)\n    _o.__dict__ = %s\n    return _o\n'
               % (name, params, body))
        ns = {'_new': object.__new__, '_cls': cls}
        exec(src, ns)
        g['new_' + name] = ns['new_' + name]


_make_constructors()


def parse_number(s, neg=False):
    """The value 2.7 gives the NUMBER token `s` (with a folded minus if neg)."""
    c = s[-1]
    if c in 'jJ':
        v = float(s[:-1])
        return complex(0.0, -v if neg else v)
    if c in 'lL':
        v = _int_value(s[:-1])
        return A.Long(-v if neg else v)
    if s[:2].lower() != '0x' and ('.' in s or 'e' in s or 'E' in s):
        v = float(s)
        return -v if neg else v
    if len(s) > 1 and s[0] == '0' and s[1] in '0123456789' and ('8' in s or '9' in s):
        v = float(s)  # '09' (accepted before 'e...', see tokenizer): strtod reads it
        return -v if neg else v
    v = _int_value(s)
    if neg:
        v = -v
    if -MAXINT - 1 <= v <= MAXINT:
        return v
    return A.Long(v)


def _int_value(s):
    if len(s) > 1 and s[0] == '0':
        c = s[1]
        if c in 'xX':
            return int(s[2:], 16)
        if c in 'oO':
            return int(s[2:], 8)
        if c in 'bB':
            return int(s[2:], 2)
        return int(s, 8)
    return int(s)


_NONASCII_OR_ESC = re.compile(r'\\[\x00-\x7f]|\\[^\x00-\x7f]|[^\x00-\x7f]', re.S)


def _uesc(m):
    s = m.group()
    if s[0] == '\\':
        if ord(s[1]) < 0x80:
            return s
        return '\\u005c\\U%08x' % ord(s[1])
    return '\\U%08x' % ord(s)


class Parser(object):
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
        if (ttype is ENDMARKER or tok[1] == 'EOF') and msg is None:
            # 2.7 reports the end of the last line (blank ones included):
            # "unexpected EOF" for a one-line input, else as a plain error.
            last = self.src.text.count('\n')
            line = self.src.line(last) or ''
            if last <= 1:
                kind, msg = 'SyntaxError', 'unexpected EOF while parsing'
            elif expected_indent:
                kind, msg = 'IndentationError', 'expected an indented block'
            elif ttype is DEDENT:
                kind, msg = 'IndentationError', 'unexpected unindent'
            else:
                msg = 'invalid syntax'
            raise SyntaxError27(kind, msg, self.filename, last,
                                self.src.restore_offset(line, len(line)), line)
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
        raise SyntaxError27(kind, msg, self.filename, lineno,
                            self.src.restore_offset(text, offset), text)

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
                            self.ast_err('assignment to yield expression not possible', vstart[2])
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
                    self.ast_err('illegal expression for augmented assignment', start[2])
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

    # ---- arguments ----

    def fpdef(self, top):
        """One parameter: NAME, or a parenthesised (nested) tuple of them."""
        tok = self.tok
        if tok[1] == '(' and tok[0] is OP:
            self.advance()
            fstart = self.tok
            elts = [self.fpdef(False)]
            single = True
            while self.tok[1] == ',' and self.tok[0] is OP:
                single = False
                self.advance()
                if self.tok[1] == ')' and self.tok[0] is OP:
                    break
                elts.append(self.fpdef(False))
            self.expect(')')
            if single:
                # (x) is just x, at any depth (2.7 elides the parentheses)
                e = elts[0]
                if top and type(e) is A.Name:
                    e.ctx = PARAM
                return e
            return new_Tuple(fstart[2], fstart[3], elts, STORE)
        name = self.name()
        self.forbidden(name, tok[2], tok[3])
        return new_Name(tok[2], tok[3], name, PARAM if top else STORE)

    def varargslist(self, end):
        args = []
        defaults = []
        vararg = kwarg = None
        while True:
            tok = self.tok
            v = tok[1]
            if tok[0] is OP and v == end:
                break
            if tok[0] is OP and v == '*':
                self.advance()
                ntok = self.tok
                vararg = self.name()
                self.forbidden(vararg, ntok[2], ntok[3])
                if self.tok[1] == ',' and self.tok[0] is OP:
                    self.advance()
                    if not (self.tok[1] == '**' and self.tok[0] is OP):
                        self.error()
                    continue
                break
            if tok[0] is OP and v == '**':
                self.advance()
                ntok = self.tok
                kwarg = self.name()
                self.forbidden(kwarg, ntok[2], ntok[3])
                break
            arg = self.fpdef(True)
            if isinstance(arg, A.Name) and arg.ctx is STORE:
                arg.ctx = PARAM
            args.append(arg)
            if self.tok[1] == '=' and self.tok[0] is OP:
                self.advance()
                defaults.append(self.test())
            elif defaults:
                self.ast_err('non-default argument follows default argument', tok[2])
            if self.tok[1] == ',' and self.tok[0] is OP:
                self.advance()
                continue
            break
        return new_arguments(args, vararg, kwarg, defaults)

    def call_args(self, func):
        """Arguments after '(' up to (not including) ')'; returns the Call."""
        args = []
        keywords = []
        starargs = kwargs = None
        items = []  # for 2.7's ast.c checks, in order
        ngens = 0
        while True:
            tok = self.tok
            v = tok[1]
            if tok[0] is OP:
                if v == ')':
                    break
                if v == '*':
                    self.advance()
                    starargs = self.test()
                    while self.tok[1] == ',' and self.tok[0] is OP:
                        self.advance()
                        if self.tok[1] == '**' and self.tok[0] is OP:
                            self.advance()
                            kwargs = self.test()
                            break
                        items.append(self.argument(after_star=True))
                    break
                if v == '**':
                    self.advance()
                    kwargs = self.test()
                    break
            item = self.argument()
            if item[0] == 'gen':
                ngens += 1
            items.append(item)
            if self.tok[1] == ',' and self.tok[0] is OP:
                self.advance()
                continue
            break
        nargs = sum(1 for it in items if it[0] != 'kw')
        if ngens > 1 or (ngens and len(items) > 1):
            self.ast_err('Generator expression must be parenthesized if not sole argument',
                         func.lineno)
        if len(items) + (starargs is not None) + (kwargs is not None) > 255:
            self.ast_err('more than 255 arguments', func.lineno)
        seen = set()
        for it in items:
            if it[0] == 'kw':
                if it[1] in seen:
                    self.ast_err('keyword argument repeated', it[3])
                seen.add(it[1])
                keywords.append(new_keyword(it[1], it[2]))
            elif it[0] == 'badkw':
                self.ast_err(it[1], it[2])
            else:
                if keywords:
                    self.ast_err('non-keyword arg after keyword arg', it[2])
                elif it[3]:
                    self.ast_err('only named arguments may follow *expression', it[2])
                args.append(it[1])
        del nargs
        return new_Call(func.lineno, func.col_offset, func, args, keywords,
                     starargs, kwargs)

    def argument(self, after_star=False):
        start = self.tok
        e = self.test()
        tok = self.tok
        if tok[0] is OP and tok[1] == '=':
            self.advance()
            value = self.test()
            if isinstance(e, A.Lambda):
                return ('badkw', 'lambda cannot contain assignment', start[2])
            if not isinstance(e, A.Name):
                return ('badkw', "keyword can't be an expression", start[2])
            self.forbidden(e.id, start[2], start[3])
            return ('kw', e.id, value, start[2])
        if tok[0] is NAME and tok[1] == 'for':
            gens = self.comp_for()
            return ('gen', new_GeneratorExp(start[2], start[3], e, gens), start[2], after_star)
        return ('pos', e, start[2], after_star)

    # ---- expressions ----

    def testlist(self):
        """test (',' test)* [','] -> the test, or a Tuple at the first one."""
        start = self.tok
        e = self.test()
        if self.tok[1] == ',' and self.tok[0] is OP:
            elts = [e]
            while self.tok[1] == ',' and self.tok[0] is OP:
                self.advance()
                if not self.starts_test():
                    break
                elts.append(self.test())
            return new_Tuple(start[2], start[3], elts, LOAD)
        return e

    def starts_test(self):
        tok = self.tok
        t = tok[0]
        if t is NAME:
            v = tok[1]
            return v not in KEYWORDS or v in ('not', 'lambda') or (
                v == 'print' and self.print_function)
        if t is OP:
            return tok[1] in _EXPR_START_OPS
        return t is NUMBER or t is STRING

    def starts_expr(self):
        tok = self.tok
        if tok[0] is NAME and tok[1] in ('not', 'lambda'):
            return False
        return self.starts_test()

    def exprlist_items(self):
        """expr (',' expr)* [','] -> [(expr, start token)]."""
        items = []
        while True:
            start = self.tok
            items.append((self.expr(), start))
            if self.tok[1] == ',' and self.tok[0] is OP:
                self.advance()
                if self.starts_expr():
                    continue
            break
        return items

    def exprlist_target(self):
        start = self.tok
        e = self.expr()
        if self.tok[1] == ',' and self.tok[0] is OP:
            elts = [e]
            while self.tok[1] == ',' and self.tok[0] is OP:
                self.advance()
                if not self.starts_expr():
                    break
                elts.append(self.expr())
            e = new_Tuple(e.lineno, e.col_offset, elts, LOAD)
        self.set_context(e, STORE, start)
        return e

    def test(self):
        start = tok = self.tok
        if tok[0] is NAME and tok[1] == 'lambda':
            return self.lambdef(self.test)
        e = self.or_test()
        tok = self.tok
        if tok[0] is NAME and tok[1] == 'if':
            self.advance()
            cond = self.or_test()
            if not self.is_kw('else'):
                self.error()
            self.advance()
            orelse = self.test()
            return new_IfExp(start[2], start[3], cond, e, orelse)
        return e

    def old_test(self):
        tok = self.tok
        if tok[0] is NAME and tok[1] == 'lambda':
            return self.lambdef(self.old_test)
        return self.or_test()

    def lambdef(self, body_rule):
        start = self.tok
        self.advance()
        args = self.varargslist(':')
        self.expect(':')
        body = body_rule()
        return new_Lambda(start[2], start[3], args, body)

    def or_test(self):
        start = self.tok
        e = self.and_test()
        if self.tok[1] == 'or' and self.tok[0] is NAME:
            values = [e]
            while self.tok[1] == 'or' and self.tok[0] is NAME:
                self.advance()
                values.append(self.and_test())
            return new_BoolOp(start[2], start[3], OR, values)
        return e

    def and_test(self):
        start = self.tok
        e = self.not_test()
        if self.tok[1] == 'and' and self.tok[0] is NAME:
            values = [e]
            while self.tok[1] == 'and' and self.tok[0] is NAME:
                self.advance()
                values.append(self.not_test())
            return new_BoolOp(start[2], start[3], AND, values)
        return e

    def not_test(self):
        start = self.tok
        if start[1] == 'not' and start[0] is NAME:
            self.advance()
            return new_UnaryOp(start[2], start[3], NOT, self.not_test())
        return self.comparison()

    def comparison(self):
        start = self.tok
        e = self.expr()
        ops = None
        while True:
            tok = self.tok
            v = tok[1]
            t = tok[0]
            if t is OP:
                op = _CMPOPS.get(v)
                if op is None:
                    break
                self.advance()
            elif t is NAME:
                if v == 'in':
                    op = _CMPOPS['in']
                    self.advance()
                elif v == 'not':
                    self.advance()
                    if not self.is_kw('in'):
                        self.error()
                    self.advance()
                    op = NOTIN
                elif v == 'is':
                    self.advance()
                    if self.is_kw('not'):
                        self.advance()
                        op = ISNOT
                    else:
                        op = IS
                else:
                    break
            else:
                break
            if ops is None:
                ops = []
                comparators = []
            ops.append(op)
            comparators.append(self.expr())
        if ops is None:
            return e
        return new_Compare(start[2], start[3], e, ops, comparators)

    def expr(self):
        start = self.tok
        left = self.factor()
        tok = self.tok
        if tok[0] is OP and tok[1] in _BINOPS:
            return self.binrest(left, start, 1)
        return left

    def binrest(self, left, start, min_prec):
        """Precedence climbing, positioned as 2.7's one-rule-per-level CST."""
        cur_prec = None
        while True:
            tok = self.tok
            entry = _BINOPS.get(tok[1]) if tok[0] is OP else None
            if entry is None:
                return left
            prec, op = entry
            if prec < min_prec:
                return left
            self.advance()
            rstart = self.tok
            right = self.factor()
            ntok = self.tok
            nxt = _BINOPS.get(ntok[1]) if ntok[0] is OP else None
            if nxt is not None and nxt[0] > prec:
                right = self.binrest(right, rstart, prec + 1)
            if prec == cur_prec:
                left = new_BinOp(tok[2], tok[3], left, op, right)
            else:
                left = new_BinOp(start[2], start[3], left, op, right)
                cur_prec = prec
        return left

    def factor(self):
        tok = self.tok
        if tok[0] is OP:
            op = _UNARY.get(tok[1])
            if op is not None:
                self.advance()
                nt = self.tok
                if tok[1] == '-' and nt[0] is NUMBER:
                    after = self.toks[self.i + 1]
                    if not (after[0] is OP and after[1] in _TRAILER_START):
                        self.advance()
                        return new_Num(tok[2], tok[3], self.number(nt, True))
                return new_UnaryOp(tok[2], tok[3], op, self.factor())
        return self.power()

    def power(self):
        start = self.tok
        e = self.atom()
        while True:
            tok = self.tok
            if tok[0] is not OP:
                return e
            v = tok[1]
            if v == '.':
                self.advance()
                e = new_Attribute(e.lineno, e.col_offset, e, self.name(), LOAD)
            elif v == '(':
                self.nest(16, tok)
                self.advance()
                e = self.call_args(e)
                self.expect(')')
                self.depth -= 16
            elif v == '[':
                self.nest(16, tok)
                self.advance()
                sl = self.subscriptlist()
                self.expect(']')
                self.depth -= 16
                e = new_Subscript(e.lineno, e.col_offset, e, sl, LOAD)
            elif v == '**':
                self.advance()
                right = self.factor()
                return new_BinOp(start[2], start[3], e, POW, right)
            else:
                return e

    def subscriptlist(self):
        start = self.tok
        first = self.subscript()
        if not (self.tok[1] == ',' and self.tok[0] is OP):
            return first
        dims = [first]
        while self.tok[1] == ',' and self.tok[0] is OP:
            self.advance()
            if self.tok[1] == ']' and self.tok[0] is OP:
                break
            dims.append(self.subscript())
        if all(type(d) is A.Index for d in dims):
            return new_Index(new_Tuple(start[2], start[3],
                                         [d.value for d in dims], LOAD))
        return new_ExtSlice(dims)

    def subscript(self):
        tok = self.tok
        if tok[0] is OP and tok[1] == '.':
            self.advance()
            self.expect('.')
            self.expect('.')
            return new_Ellipsis()
        lower = upper = step = None
        if not (tok[0] is OP and tok[1] == ':'):
            lower = self.test()
            if not (self.tok[1] == ':' and self.tok[0] is OP):
                return new_Index(lower)
        self.advance()  # ':'
        if self.starts_test():
            upper = self.test()
        ctok = self.tok
        if ctok[1] == ':' and ctok[0] is OP:
            self.advance()
            if self.starts_test():
                step = self.test()
            else:
                step = new_Name(ctok[2], ctok[3], 'None', LOAD)
        return new_Slice(lower, upper, step)

    def atom(self):
        tok = self.tok
        t = tok[0]
        if t is NAME:
            v = tok[1]
            if v in KEYWORDS and not (v == 'print' and self.print_function):
                self.error()
            self.advance()
            return new_Name(tok[2], tok[3], v, LOAD)
        if t is NUMBER:
            self.advance()
            return new_Num(tok[2], tok[3], self.number(tok, False))
        if t is STRING:
            toks = [tok]
            self.advance()
            while self.tok[0] is STRING:
                toks.append(self.tok)
                self.advance()
            node = new_Str(tok[2], tok[3], None)
            seq = len(self.ast_errors)
            self.err_tag = id(node)
            try:
                node.s, plain = self.decode_strings(toks)
            finally:
                self.err_tag = None
            if plain and not self.unicode_literals:
                self.plain_strings.append((node, toks, seq))
            return node
        if t is OP:
            v = tok[1]
            if v == '(':
                self.advance()
                inner = self.tok
                if inner[1] == ')' and inner[0] is OP:
                    self.advance()
                    return new_Tuple(tok[2], tok[3], [], LOAD)
                self.nest(15, tok)
                if inner[1] == 'yield' and inner[0] is NAME:
                    e = self.yield_expr()
                else:
                    e = self.testlist_comp(A.GeneratorExp, self.comp_for)
                self.expect(')')
                self.depth -= 15
                return e
            if v == '[':
                self.advance()
                inner = self.tok
                if inner[1] == ']' and inner[0] is OP:
                    self.advance()
                    return new_List(tok[2], tok[3], [], LOAD)
                self.nest(15, tok)
                e = self.testlist_comp(A.ListComp, self.list_for)
                self.expect(']')
                self.depth -= 15
                if type(e) is A.ListComp:
                    return e
                elts = e.elts if type(e) is _ListElts else [e]
                return new_List(tok[2], tok[3], elts, LOAD)
            if v == '{':
                self.advance()
                self.nest(15, tok)
                e = self.dictorset(tok)
                self.depth -= 15
                return e
            if v == '`':
                self.advance()
                start = self.tok
                e = self.test()
                if self.tok[1] == ',' and self.tok[0] is OP:
                    elts = [e]
                    while self.tok[1] == ',' and self.tok[0] is OP:
                        self.advance()
                        elts.append(self.test())
                    e = new_Tuple(start[2], start[3], elts, LOAD)
                self.expect('`')
                return new_Repr(tok[2], tok[3], e)
        self.error()

    def testlist_comp(self, comp_cls, comp_for):
        """Contents of (...) or [...]: a comprehension, a tuple/list, or one test."""
        start = self.tok
        e = self.test()
        tok = self.tok
        if tok[0] is NAME and tok[1] == 'for':
            gens = comp_for()
            return _node(comp_cls, start[2], start[3], e, gens)
        if tok[0] is OP and tok[1] == ',':
            elts = [e]
            while self.tok[1] == ',' and self.tok[0] is OP:
                self.advance()
                if not self.starts_test():
                    break
                elts.append(self.test())
            if comp_cls is A.ListComp:
                return _ListElts(elts)
            return new_Tuple(start[2], start[3], elts, LOAD)
        if comp_cls is A.ListComp:
            return _ListElts([e])
        return e

    def dictorset(self, brace):
        tok = self.tok
        if tok[1] == '}' and tok[0] is OP:
            self.advance()
            return new_Dict(brace[2], brace[3], [], [])
        start = tok
        k = self.test()
        if self.tok[1] == ':' and self.tok[0] is OP:
            self.advance()
            v = self.test()
            if self.is_kw('for'):
                gens = self.comp_for()
                self.expect('}')
                return new_DictComp(start[2], start[3], k, v, gens)
            keys = [k]
            values = [v]
            while self.tok[1] == ',' and self.tok[0] is OP:
                self.advance()
                if self.tok[1] == '}' and self.tok[0] is OP:
                    break
                keys.append(self.test())
                self.expect(':')
                values.append(self.test())
            self.expect('}')
            return new_Dict(brace[2], brace[3], keys, values)
        if self.is_kw('for'):
            gens = self.comp_for()
            self.expect('}')
            return new_SetComp(start[2], start[3], k, gens)
        elts = [k]
        while self.tok[1] == ',' and self.tok[0] is OP:
            self.advance()
            if self.tok[1] == '}' and self.tok[0] is OP:
                break
            elts.append(self.test())
        self.expect('}')
        return new_Set(brace[2], brace[3], elts)

    def comp_for(self):
        """comp_for: 'for' exprlist 'in' or_test [comp_iter] (genexp, set/dict comps)."""
        gens = []
        while True:
            self.advance()  # 'for'
            target = self.exprlist_target()
            self.expect('in')
            it = self.or_test()
            ifs = []
            while self.is_kw('if'):
                self.advance()
                ifs.append(self.old_test())
            gens.append(new_comprehension(target, it, ifs))
            if not self.is_kw('for'):
                return gens

    def list_for(self):
        """list_for: 'for' exprlist 'in' testlist_safe [list_iter]."""
        gens = []
        while True:
            self.advance()  # 'for'
            target = self.exprlist_target()
            self.expect('in')
            start = self.tok
            it = self.old_test()
            if self.tok[1] == ',' and self.tok[0] is OP:
                elts = [it]
                while self.tok[1] == ',' and self.tok[0] is OP:
                    self.advance()
                    if len(elts) > 1 and not self.starts_test():
                        break
                    elts.append(self.old_test())
                it = new_Tuple(start[2], start[3], elts, LOAD)
            ifs = []
            while self.is_kw('if'):
                self.advance()
                ifs.append(self.old_test())
            gens.append(new_comprehension(target, it, ifs))
            if not self.is_kw('for'):
                return gens

    def yield_expr(self):
        start = self.tok
        self.advance()
        value = None
        if self.starts_test():
            value = self.testlist()
        return new_Yield(start[2], start[3], value)

    # ---- contexts ----

    def set_context(self, e, ctx, tok):
        t = type(e)
        if t is A.Name:
            if ctx is STORE:
                self.forbidden(e.id, tok[2], tok[3])
            e.ctx = ctx
        elif t is A.Attribute:
            if ctx is STORE:
                self.forbidden(e.attr, tok[2], tok[3])
            e.ctx = ctx
        elif t is A.Subscript:
            e.ctx = ctx
        elif t is A.Tuple or t is A.List:
            if t is A.Tuple and not e.elts:
                self.ast_err("can't %s ()" % ('delete' if ctx is DEL else 'assign to'),
                             tok[2], tok[3])
                return
            e.ctx = ctx
            for elt in e.elts:
                self.set_context(elt, ctx, tok)
        else:
            name = _EXPR_NAMES.get(t, 'expression')
            self.ast_err("can't %s %s" % ('delete' if ctx is DEL else 'assign to', name),
                         tok[2], tok[3])

    # ---- literals ----

    def number(self, tok, neg):
        s = tok[1]
        return parse_number(s, neg)

    def decode_strings(self, toks):
        """Value of adjacent string literals; returns (value, all_plain)."""
        values = []
        any_unicode = False
        plain = True
        for tok in toks:
            prefix, body = tok[1][:2]
            p = prefix.lower()
            if 'u' in p:
                is_unicode = True
                plain = False
            elif 'b' in p:
                is_unicode = False
                plain = False
            else:
                is_unicode = self.unicode_literals
            raw = 'r' in p
            try:
                v = self.decode_one(body, is_unicode, raw)
            except UnicodeError as e:
                self.ast_err('(unicode error) %s' % _unicode_error_text(e), toks[0][2])
                v = u'' if is_unicode else b''
            except ValueError as e:
                # 2.7 raises a plain ValueError (no line) for a bad \x in a str.
                self.ast_err(_value_error_text(e), toks[0][2], kind='ValueError')
                v = u'' if is_unicode else b''
            any_unicode = any_unicode or is_unicode
            values.append(v)
        if len(values) == 1:
            return values[0], plain
        if any_unicode:
            # 2.7's parsestrplus(): str + str stays str; str + unicode decodes
            # the str accumulated so far (or the new piece) as ASCII.
            acc = values[0]
            for v in values[1:]:
                if isinstance(acc, bytes) and isinstance(v, bytes):
                    acc += v
                    continue
                try:
                    if isinstance(acc, bytes):
                        acc = acc.decode('ascii')
                    if isinstance(v, bytes):
                        v = v.decode('ascii')
                except UnicodeDecodeError as e:
                    self.ast_err('(unicode error) %s' % _unicode_error_text(e), toks[0][2])
                    return u'', plain
                acc += v
            return acc, plain
        return b''.join(values), plain

    def decode_one(self, body, is_unicode, raw):
        src = self.src
        enc = src.encoding
        if not is_unicode:
            if src.translated:
                data = body.encode('latin-1').decode('utf-8').encode(enc)
            else:
                data = body.encode('latin-1')
            if raw or b'\\' not in data:
                return data
            with warnings.catch_warnings():
                warnings.simplefilter('ignore')
                return codecs.escape_decode(data)[0]
        # unicode literal: real characters first
        if enc == 'utf-8' or src.translated:
            raw_bytes = body.encode('latin-1')
            try:
                text = raw_bytes.decode('utf-8')
            except UnicodeDecodeError:
                # 2.7 decodes each run of non-ASCII bytes on its own, so the
                # positions in its message are relative to the run.
                for m in re.finditer(rb'[\x80-\xff]+', raw_bytes):
                    m.group().decode('utf-8')
                raise
        else:
            text = body
        if raw and '\\' not in text:
            return text
        if not raw and '\\' not in text:
            return text
        if enc == 'utf-8' or src.translated:
            # 2.7 turns each non-ASCII char into \U%08x before decoding
            # (error positions count in that buffer).
            if not text.isascii():
                text = _NONASCII_OR_ESC.sub(_uesc, text)
            data = text.encode('ascii')
        else:
            data = text.encode('latin-1')
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            if raw:
                return codecs.raw_unicode_escape_decode(data)[0]
            return codecs.unicode_escape_decode(data)[0]


def _unicode_error_text(e):
    s = str(e)
    if isinstance(e, UnicodeDecodeError):
        if e.encoding == 'rawunicodeescape':
            # 2.7 counts from the first backslash of the run, and its
            # reason text has no ' escape'
            start = e.start
            while start > 0 and e.object[start - 1] == 0x5c:
                start -= 1
            reason = e.reason.replace(' escape', '')
            s = "'rawunicodeescape' codec can't decode bytes in position %d-%d: %s" % (
                start, e.end - 1, reason)
        elif e.encoding == 'utf-8' and e.reason == 'invalid continuation byte':
            # 2.7 checks the length of the sequence first
            lead = e.object[e.start]
            need = 2 if lead < 0xe0 else 3 if lead < 0xf0 else 4
            run = 0
            while e.start + run < len(e.object) and e.object[e.start + run] >= 0x80:
                run += 1
            if run < need:
                s = "'utf-8' codec can't decode byte 0x%02x in position %d: " \
                    "unexpected end of data" % (lead, e.start)
    # Python 3 names the codecs like 2.7 except for utf-8 ('utf8' in 2.7).
    return s.replace("'utf-8' codec", "'utf8' codec")


def _value_error_text(e):
    s = str(e)
    if 'invalid \\x escape' in s:
        return 'invalid \\x escape'
    return s


class _ListElts(object):
    """Elements of a [...] display, before the List node is built."""
    __slots__ = ('elts',)

    def __init__(self, elts):
        self.elts = elts


_EXPR_NAMES = {
    A.Lambda: 'lambda', A.Call: 'function call', A.BoolOp: 'operator',
    A.BinOp: 'operator', A.UnaryOp: 'operator', A.GeneratorExp: 'generator expression',
    A.Yield: 'yield expression', A.ListComp: 'list comprehension',
    A.SetComp: 'set comprehension', A.DictComp: 'dict comprehension',
    A.Dict: 'literal', A.Set: 'literal', A.Num: 'literal', A.Str: 'literal',
    A.Compare: 'comparison', A.Repr: 'repr', A.IfExp: 'conditional expression',
}

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
    if b'\x00' in source and not file_mode:
        raise SyntaxError27('TypeError', 'compile() expected string without null bytes',
                            filename, 1, None, None)
    src = Source(source, filename)
    bad_line = None
    if file_mode and src.encoding is None and not src.text.isascii():
        bad_line = _first_non_ascii_line(src.text)
    parser = Parser(src)
    old_limit = sys.getrecursionlimit()
    if old_limit < 100000:
        sys.setrecursionlimit(100000)
    try:
        tree = parser.parse_module()
    except RecursionError:
        # (unary operators or 'not' nested thousands deep; 2.7 overflows too)
        tok = parser.tok
        raise SyntaxError27('MemoryError', 's_push: parser stack overflow', filename,
                            tok[2], None, None, tok[3] + 1)
    except SyntaxError27 as e:
        # 2.7 reads lines lazily: an error on an earlier line comes first.
        if bad_line is None or (e.lineno and e.lineno < bad_line[0]):
            raise
        tree = None
    finally:
        sys.setrecursionlimit(old_limit)
    if bad_line is not None:
        lineno, ch = bad_line
        raise SyntaxError27(
            'SyntaxError', "Non-ASCII character '\\x%02x' in file %s on line %d, but no "
            "encoding declared; see http://python.org/dev/peps/pep-0263/ for details"
            % (ord(ch), filename, lineno), filename, lineno, None, None)
    return tree


def _first_non_ascii_line(text):
    m = re.search('[^\x00-\x7f]', text)
    return text.count('\n', 0, m.start()) + 1, m.group()
