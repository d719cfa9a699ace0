# SPDX-License-Identifier: Apache-2.0
"""check_compile_errors(): the SyntaxErrors 2.7's compile() adds to ast.parse.

2.7 finds these in three passes over a tree that already parsed, and reports
the first error of the first pass that has one, so we keep the same order:

1. future.c   -- ``from __future__`` features: "not a chance",
                 "future feature X is not defined";
2. symtable.c -- "duplicate argument 'x' in function definition",
                 "'return' with argument inside generator", then (analysis,
                 see symtable27.py) "name 'x' is local and global", "import *
                 is not allowed in function 'f' because it ...", "unqualified
                 exec is not allowed ...";
3. compile.c  -- "'yield' outside function",
                 "'return' outside function", "'break' outside loop",
                 "'continue' not properly in loop", "'continue' not supported
                 inside 'finally' clause", "default 'except:' must be last",
                 "can not delete variable 'x' referenced in nested scope",
                 "from __future__ imports must occur at the beginning of the
                 file".
``import *`` in a function is only a SyntaxWarning in 2.7, so it passes.
compile.c skips the bodies it optimizes away (``if 0:``, ``while 0:``, the
else of ``if 1:``), so errors there are not reported -- neither here.
"too many statically nested blocks" (over 20) carries no line in 2.7; we
give the innermost block's.
Errors carry 2.7's line and offset None, like every compile-time error of 2.7.
"""

from . import ast27 as A
from .errors import SyntaxError27
from .symtable27 import Builder, Found as _Found, analyze

FEATURES = frozenset(['nested_scopes', 'generators', 'division', 'absolute_import',
                      'with_statement', 'print_function', 'unicode_literals'])


def check_compile_errors(tree, filename='<unknown>'):
    """Raise SyntaxError27 for the first compile-time error 2.7 would report."""
    try:
        future_lineno = _check_future(tree)
        builder = Builder()
        analyze(builder.build(tree))
        _Compiler(future_lineno, builder.blocks).run(tree)
    except _Found as e:
        raise SyntaxError27('SyntaxError', e.msg, filename, e.lineno, None, None,
                            max(e.col + 1, 1))


def _check_future(tree):
    done = False
    found_doc = False
    prev_line = 0
    future_lineno = 0
    for s in tree.body:
        if done and s.lineno > prev_line:
            break
        prev_line = s.lineno
        if type(s) is A.ImportFrom:
            if s.module == '__future__':
                if done:
                    raise _Found('from __future__ imports must occur at the beginning '
                                 'of the file', s.lineno, s.col_offset)
                for a in s.names:
                    if a.name == 'braces':
                        raise _Found('not a chance', s.lineno, s.col_offset)
                    if a.name not in FEATURES:
                        raise _Found('future feature %s is not defined' % a.name,
                                     s.lineno, s.col_offset)
                future_lineno = s.lineno
            else:
                done = True
        elif type(s) is A.Expr and not found_doc:
            if type(s.value) is A.Str:
                found_doc = True
            else:
                done = True
        else:
            done = True
    return future_lineno


def _children(node):
    for name in node._fields:
        v = getattr(node, name, None)
        if isinstance(v, list):
            for x in v:
                if isinstance(x, A.AST):
                    yield x
        elif isinstance(v, A.AST):
            yield v


# frame blocks, as compile.c's fblock stack
LOOP, EXCEPT, FINALLY_TRY, FINALLY_END = 'loop', 'except', 'finally_try', 'finally_end'


class _Compiler(object):
    def __init__(self, future_lineno, symtable_blocks):
        self.future_lineno = future_lineno
        self.symtable_blocks = symtable_blocks

    def run(self, tree):
        self.kind = 'module'
        self.blocks = []
        self.cells = ()
        self.body(tree.body)

    def body(self, stmts):
        for s in stmts:
            self.stmt(s)

    def unit(self, kind, node, fn):
        saved = self.kind, self.blocks, self.cells
        self.kind, self.blocks = kind, []
        self.cells = self.symtable_blocks[id(node)].cells
        try:
            fn()
        finally:
            self.kind, self.blocks, self.cells = saved

    def push(self, block, s):
        if len(self.blocks) >= 20:
            raise _Found('too many statically nested blocks', s.lineno, s.col_offset)
        self.blocks.append(block)

    def exprs(self, s):
        """'yield' outside function, in the expressions of statement s."""
        if self.kind == 'function':
            return
        for name in s._fields:
            if name in ('body', 'orelse', 'finalbody', 'handlers'):
                continue
            v = getattr(s, name, None)
            for x in (v if isinstance(v, list) else [v]):
                if isinstance(x, A.AST):
                    y = _find_yield(x)
                    if y is not None:
                        raise _Found("'yield' outside function", y.lineno, y.col_offset)

    def stmt(self, s):
        t = type(s)
        if t is not A.FunctionDef and t is not A.ClassDef:
            self.exprs(s)
        else:
            for d in s.decorator_list:
                self.exprs_of(d)
            for d in (s.args.defaults if t is A.FunctionDef else s.bases):
                self.exprs_of(d)
        if t is A.FunctionDef:
            self.unit('function', s, lambda: self.body(s.body))
        elif t is A.ClassDef:
            self.unit('class', s, lambda: self.body(s.body))
        elif t is A.Delete:
            if self.cells:
                for target in s.targets:
                    self.deletes(target, s)
        elif t is A.Return:
            if self.kind != 'function':
                raise _Found("'return' outside function", s.lineno, s.col_offset)
        elif t is A.Break:
            if LOOP not in self.blocks:
                raise _Found("'break' outside loop", s.lineno, s.col_offset)
        elif t is A.Continue:
            self.cont(s)
        elif t is A.While or t is A.For:
            if t is A.While and _constant(s.test) == 0:
                self.body(s.orelse)  # 2.7 does not compile the loop at all
                return
            self.push(LOOP, s)
            self.body(s.body)
            self.blocks.pop()
            self.body(s.orelse)
        elif t is A.If:
            c = _constant(s.test)
            if c != 0:
                self.body(s.body)
            if c != 1:
                self.body(s.orelse)
        elif t is A.TryExcept:
            self.push(EXCEPT, s)
            self.body(s.body)
            self.blocks.pop()
            n = len(s.handlers)
            for i, h in enumerate(s.handlers):
                if h.type is None and i < n - 1:
                    raise _Found("default 'except:' must be last", self.last_line(s), 0)
                for e in (h.type, h.name):
                    if e is not None:
                        self.exprs_of(e)
                self.body(h.body)
            self.body(s.orelse)
        elif t is A.TryFinally:
            self.push(FINALLY_TRY, s)
            self.body(s.body)
            self.blocks.pop()
            self.push(FINALLY_END, s)
            self.body(s.finalbody)
            self.blocks.pop()
        elif t is A.With:
            self.push(FINALLY_TRY, s)
            self.body(s.body)
            self.blocks.pop()
        elif t is A.ImportFrom:
            if s.module == '__future__' and s.lineno > self.future_lineno:
                raise _Found('from __future__ imports must occur at the beginning of the file',
                             s.lineno, s.col_offset)

    def deletes(self, target, s):
        t = type(target)
        if t is A.Name and target.id in self.cells:
            # (2.7 gives this one no line; we keep the statement's)
            raise _Found("can not delete variable '%s' referenced in nested scope" % target.id,
                         s.lineno, s.col_offset)
        if t is A.Tuple or t is A.List:
            for e in target.elts:
                self.deletes(e, s)

    def exprs_of(self, e):
        if self.kind != 'function':
            y = _find_yield(e)
            if y is not None:
                raise _Found("'yield' outside function", y.lineno, y.col_offset)

    def last_line(self, s):
        # compile.c reports at the line of the statement it compiled last.
        line = s.lineno
        for node in _walk_stmts(s.body):
            line = node.lineno
        return line

    def cont(self, s):
        blocks = self.blocks
        if not blocks:
            raise _Found("'continue' not properly in loop", s.lineno, s.col_offset)
        top = blocks[-1]
        if top == LOOP:
            return
        if top == FINALLY_END:
            raise _Found("'continue' not supported inside 'finally' clause", s.lineno,
                         s.col_offset)
        i = len(blocks) - 1
        while i > 0:
            i -= 1
            if blocks[i] == LOOP:
                return
            if blocks[i] == FINALLY_END:
                raise _Found("'continue' not supported inside 'finally' clause",
                             s.lineno, s.col_offset)
        raise _Found("'continue' not properly in loop", s.lineno, s.col_offset)


def _constant(e):
    """compile.c's expr_constant(): 1 / 0 for a constant test, else -1."""
    t = type(e)
    if t is A.Num:
        return 1 if e.n else 0
    if t is A.Str:
        return 1 if e.s else 0
    if t is A.Name and e.id == '__debug__':
        return 1
    return -1


_SCOPES = (A.Lambda, A.GeneratorExp, A.SetComp, A.DictComp)


def _find_yield(e):
    """The first Yield in expression e outside nested function scopes."""
    t = type(e)
    if t is A.Yield:
        if e.value is not None:
            inner = _find_yield(e.value)
            if inner is not None:
                return inner
        return e
    if t in _SCOPES:
        if t is A.Lambda:
            for d in e.args.defaults:
                y = _find_yield(d)
                if y is not None:
                    return y
        else:
            return _find_yield(e.generators[0].iter)
        return None
    for c in _children(e):
        y = _find_yield(c)
        if y is not None:
            return y
    return None


def _walk_stmts(stmts):
    for s in stmts:
        yield s
        for name in ('body', 'orelse', 'finalbody'):
            sub = getattr(s, name, None)
            if isinstance(sub, list) and type(s) not in (A.FunctionDef, A.ClassDef):
                for x in _walk_stmts(sub):
                    yield x
        if type(s) is A.TryExcept:
            for h in s.handlers:
                for x in _walk_stmts(h.body):
                    yield x
