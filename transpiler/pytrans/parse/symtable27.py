# SPDX-License-Identifier: Apache-2.0
"""2.7's symbol table pass, for the compile-time errors it raises.

This mirrors Python/symtable.c of 2.7 closely enough to raise the same
errors in the same order; it is not the scope analysis the emitter uses
(that lives in pytrans/analyze/).

build() walks the tree in 2.7's order and records, per block (module,
class, function -- lambdas and generator expressions / set and dict
comprehensions are functions), each name's flags. While building it raises
"duplicate argument 'x' in function definition" and "'return' with argument
inside generator". analyze() then resolves names the way 2.7 does
(local / global / free / cell) and raises "name 'x' is local and global"
and the import-* / bare-exec errors of check_unoptimized(). It leaves each
function block's cell variables in ``cells`` for compile.c's "can not
delete variable 'x' referenced in nested scope".
"""

from . import ast27 as A

DEF_GLOBAL, DEF_LOCAL, DEF_PARAM, USE, DEF_IMPORT = 1, 2, 4, 8, 16
DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT

OPT_IMPORT_STAR, OPT_EXEC, OPT_BARE_EXEC = 1, 2, 4


class Found(Exception):
    """A compile-time error: message, line and (0-based) column."""

    def __init__(self, msg, lineno, col=0):
        Exception.__init__(self, msg)
        self.msg = msg
        self.lineno = lineno
        self.col = col


class Block(object):
    def __init__(self, kind, name, lineno, parent):
        self.kind = kind  # 'module', 'class' or 'function'
        self.name = name
        self.lineno = lineno
        self.nested = parent is not None and (parent.nested or parent.kind == 'function')
        self.symbols = {}  # name -> DEF_* flags, in first-seen order
        self.children = []
        self.generator = False
        self.returns_value = False
        self.unoptimized = 0
        self.opt_lineno = 0
        self.free = False
        self.child_free = False
        self.cells = set()

    def add(self, name, flag):
        old = self.symbols.get(name, 0)
        if flag & DEF_PARAM and old & DEF_PARAM:
            raise Found("duplicate argument '%s' in function definition" % name, self.lineno)
        self.symbols[name] = old | flag


class Builder(object):
    """symtable.c's first pass (symtable_visit_*)."""

    def __init__(self):
        self.blocks = {}  # id(FunctionDef / Lambda / ClassDef node) -> Block

    def build(self, tree):
        self.cur = self.top = Block('module', 'top', 0, None)
        for s in tree.body:
            self.stmt(s)
        return self.top

    def enter(self, kind, name, node):
        block = Block(kind, name, node.lineno, self.cur)
        self.cur.children.append(block)
        self.blocks[id(node)] = block
        saved = self.cur
        self.cur = block
        return saved

    # ---- statements ----

    def stmts(self, body):
        for s in body:
            self.stmt(s)

    def stmt(self, s):
        t = type(s)
        cur = self.cur
        if t is A.FunctionDef:
            cur.add(s.name, DEF_LOCAL)
            self.exprs(s.args.defaults)
            self.exprs(s.decorator_list)
            saved = self.enter('function', s.name, s)
            self.arguments(s.args)
            self.stmts(s.body)
            self.cur = saved
        elif t is A.ClassDef:
            cur.add(s.name, DEF_LOCAL)
            self.exprs(s.bases)
            self.exprs(s.decorator_list)
            saved = self.enter('class', s.name, s)
            self.stmts(s.body)
            self.cur = saved
        elif t is A.Return:
            if s.value is not None:
                self.expr(s.value)
                cur.returns_value = True
                if cur.generator:
                    raise Found("'return' with argument inside generator", s.lineno)
        elif t is A.Global:
            for name in s.names:
                cur.add(name, DEF_GLOBAL)
        elif t is A.Import or t is A.ImportFrom:
            for a in s.names:
                if a.name == '*':
                    cur.unoptimized |= OPT_IMPORT_STAR
                    if not cur.opt_lineno:
                        cur.opt_lineno = s.lineno
                else:
                    cur.add(a.asname or a.name.split('.')[0], DEF_IMPORT)
        elif t is A.Exec:
            self.expr(s.body)
            if not cur.opt_lineno:
                cur.opt_lineno = s.lineno
            if s.globals is not None:
                cur.unoptimized |= OPT_EXEC
                self.expr(s.globals)
                if s.locals is not None:
                    self.expr(s.locals)
            else:
                cur.unoptimized |= OPT_BARE_EXEC
        else:
            for name in s._fields:
                v = getattr(s, name)
                if isinstance(v, list):
                    for x in v:
                        if isinstance(x, A.stmt):
                            self.stmt(x)
                        elif isinstance(x, A.excepthandler):
                            if x.type is not None:
                                self.expr(x.type)
                            if x.name is not None:
                                self.expr(x.name)
                            self.stmts(x.body)
                        elif isinstance(x, A.AST):
                            self.expr(x)
                elif isinstance(v, A.AST):
                    self.expr(v)

    def arguments(self, args):
        cur = self.cur
        for a in args.args:
            if type(a) is A.Name:
                cur.add(a.id, DEF_PARAM)
        if args.vararg:
            cur.add(args.vararg, DEF_PARAM)
        if args.kwarg:
            cur.add(args.kwarg, DEF_PARAM)

        def nested(t):
            for e in t.elts:
                if type(e) is A.Name:
                    cur.add(e.id, DEF_PARAM)
                else:
                    nested(e)
        for i, a in enumerate(args.args):
            if type(a) is not A.Name:
                cur.add('.%d' % (i * 2), DEF_PARAM)
        for a in args.args:
            if type(a) is not A.Name:
                nested(a)

    # ---- expressions ----

    def exprs(self, es):
        for e in es:
            self.expr(e)

    def expr(self, e):
        t = type(e)
        if t is A.Name:
            ctx = type(e.ctx)
            self.cur.add(e.id, USE if ctx is A.Load else
                         DEF_PARAM if ctx is A.Param else DEF_LOCAL)
        elif t is A.Lambda:
            self.exprs(e.args.defaults)
            saved = self.enter('function', 'lambda', e)
            self.arguments(e.args)
            self.expr(e.body)
            self.cur = saved
        elif t in (A.GeneratorExp, A.SetComp, A.DictComp):
            gens = e.generators
            self.expr(gens[0].iter)
            saved = self.enter('function', 'genexpr', e)
            self.cur.add('.0', DEF_PARAM)
            if t is A.GeneratorExp:
                self.cur.generator = True
            for i, g in enumerate(gens):
                self.expr(g.target)
                if i:
                    self.expr(g.iter)
                self.exprs(g.ifs)
            if t is A.DictComp:
                self.expr(e.value)
                self.expr(e.key)
            else:
                self.expr(e.elt)
            self.cur = saved
        elif t is A.Yield:
            if e.value is not None:
                self.expr(e.value)
            self.cur.generator = True
            if self.cur.returns_value:
                raise Found("'return' with argument inside generator", e.lineno)
        else:
            for name in e._fields:
                v = getattr(e, name)
                if isinstance(v, list):
                    for x in v:
                        if isinstance(x, A.AST):
                            self.expr(x)
                elif isinstance(v, A.AST):
                    self.expr(v)


# ---- analysis (symtable.c analyze_block) ----

def analyze(top):
    _analyze_block(top, None, set(), set())


def _analyze_block(block, bound, free, global_):
    local = set()
    scope = {}
    newglobal, newfree, newbound = set(), set(), set()
    if block.kind == 'class':
        newglobal |= global_
        if bound is not None:
            newbound |= bound
    for name, flags in block.symbols.items():
        _analyze_name(block, scope, name, flags, bound, local, free, global_)
    if block.kind != 'class':
        if block.kind == 'function':
            newbound |= local
        if bound is not None:
            newbound |= bound
        newglobal |= global_
    allfree = set()
    for child in block.children:
        childfree = set()
        _analyze_block(child, set(newbound), childfree, set(newglobal))
        allfree |= childfree
        if child.free or child.child_free:
            block.child_free = True
    newfree |= allfree
    if block.kind == 'function':
        for name in list(newfree):
            if scope.get(name) == 'local':
                block.cells.add(name)
                newfree.discard(name)
    for name in newfree:
        if name not in scope and block.kind == 'function':
            scope[name] = 'free'
    _check_unoptimized(block)
    free |= newfree


def _analyze_name(block, scope, name, flags, bound, local, free, global_):
    if flags & DEF_GLOBAL:
        if flags & DEF_PARAM:
            raise Found("name '%s' is local and global" % name, block.lineno)
        scope[name] = 'global'
        global_.add(name)
        if bound is not None:
            bound.discard(name)
    elif flags & DEF_BOUND:
        scope[name] = 'local'
        local.add(name)
        global_.discard(name)
    elif bound is not None and name in bound:
        scope[name] = 'free'
        block.free = True
        free.add(name)
    elif name in global_:
        scope[name] = 'global'
    else:
        if block.nested:
            block.free = True
        scope[name] = 'global'


def _check_unoptimized(block):
    if (block.kind != 'function' or not block.unoptimized
            or not (block.free or block.child_free)):
        return
    trailer = ('contains a nested function with free variables' if block.child_free
               else 'is a nested function')
    opt = block.unoptimized
    if opt == OPT_EXEC:
        return
    if opt == OPT_IMPORT_STAR:
        msg = "import * is not allowed in function '%s' because it %s" % (block.name, trailer)
    elif opt == OPT_BARE_EXEC:
        msg = "unqualified exec is not allowed in function '%s' because it %s" % (
            block.name, trailer)
    else:
        msg = ("function '%s' uses import * and bare exec, which are illegal because it %s"
               % (block.name, trailer))
    raise Found(msg, block.opt_lineno)
