# SPDX-License-Identifier: Apache-2.0
"""Name resolution: which scope each name of a module lives in (2.7 rules).

One Scope per module, class body, function, lambda and generator expression /
dict or set comprehension. Each name used in a scope resolves to one of:

  'local'   a local of a function scope (a C++ variable)
  'cell'    a local of a function that an inner function captures (a Cell)
  'free'    a variable of an enclosing function, reached through the closure
  'global'  module namespace (declared `global`, or not bound anywhere inward)
  'name'    module or class body: looked up namespace -> globals -> builtins

2.7 specifics kept here: list comprehension targets are bound in the
enclosing scope (they leak); generator expressions and dict/set
comprehensions get their own scope whose first iterable is evaluated
outside; class bodies are not visible to functions nested in them.
"""

from ..parse import ast27 as A


class Scope(object):
    def __init__(self, kind, node, parent, name):
        self.kind = kind          # 'module', 'class', 'function'
        self.node = node
        self.parent = parent
        self.name = name
        self.bound = set()        # names bound in this scope
        self.used = set()         # names read in this scope
        self.declared_global = set()
        self.params = []          # plain parameter names, in order (functions)
        self.cells = set()        # locals captured by inner functions
        self.frees = []           # free variables, in first-use order
        self.children = []
        self.has_import_star = False
        self.has_exec = False
        self.is_generator = False

    def resolve(self, name):
        """How `name` is accessed from code in this scope."""
        if name in self.declared_global:
            return 'global'
        if self.kind == 'function':
            if name in self.bound:
                return 'cell' if name in self.cells else 'local'
            if name in self.frees:
                return 'free'
            return 'global'
        if self.kind == 'class':
            if name in self.frees and name not in self.bound:
                return 'free'
            return 'name'
        return 'name'  # module

    def __repr__(self):
        return '<Scope %s %s>' % (self.kind, self.name)


class ScopeBuilder(object):
    """Walks a module and builds its scope tree (first pass), then resolves
    free variables (second pass)."""

    def __init__(self):
        self.scopes = {}          # node -> Scope
        self.current = None
        self.warnings = []        # (lineno, SyntaxWarning text), in source order

    # ---- entry ----
    def build(self, module):
        top = Scope('module', module, None, '<module>')
        self.scopes[module] = top
        self.current = top
        for stmt in module.body:
            self.visit(stmt)
        self._resolve_frees(top)
        return top

    def _push(self, kind, node, name):
        s = Scope(kind, node, self.current, name)
        self.current.children.append(s)
        self.scopes[node] = s
        self.current = s
        return s

    def _pop(self, s):
        self.current = s.parent

    # ---- generic walk ----
    def visit(self, node):
        if node is None:
            return
        if isinstance(node, list):
            for n in node:
                self.visit(n)
            return
        meth = getattr(self, 'visit_' + type(node).__name__, None)
        if meth is not None:
            meth(node)
        else:
            self.generic(node)

    def generic(self, node):
        for f in node._fields:
            v = getattr(node, f, None)
            if isinstance(v, list):
                for x in v:
                    if isinstance(x, A.AST):
                        self.visit(x)
            elif isinstance(v, A.AST):
                self.visit(v)

    def bind(self, name):
        self.current.bound.add(name)

    def bind_target(self, t):
        if isinstance(t, A.Name):
            self.bind(t.id)
        elif isinstance(t, (A.Tuple, A.List)):
            for e in t.elts:
                self.bind_target(e)
        else:
            self.visit(t)

    # ---- names ----
    def visit_Name(self, node):
        if isinstance(node.ctx, (A.Store, A.Param, A.Del, A.AugStore)):
            self.bind(node.id)
        else:
            self.current.used.add(node.id)

    def visit_Global(self, node):
        for n in node.names:
            # 2.7's symtable warns (SyntaxWarning, at compile time) when the
            # name was already bound or used in this scope.
            if n in self.current.bound and n not in self.current.declared_global:
                self.warnings.append((node.lineno, "name '%s' is assigned to before global declaration" % n))
            elif n in self.current.used and n not in self.current.declared_global:
                self.warnings.append((node.lineno, "name '%s' is used prior to global declaration" % n))
            self.current.declared_global.add(n)

    def visit_Import(self, node):
        for a in node.names:
            self.bind(a.asname or a.name.split('.')[0])

    def visit_ImportFrom(self, node):
        for a in node.names:
            if a.name == '*':
                self.current.has_import_star = True
            else:
                self.bind(a.asname or a.name)

    def visit_Exec(self, node):
        self.current.has_exec = True
        self.generic(node)

    def visit_AugAssign(self, node):
        if isinstance(node.target, A.Name):
            self.current.used.add(node.target.id)
            self.bind(node.target.id)
        else:
            self.visit(node.target)
        self.visit(node.value)

    # ---- scopes ----
    def _visit_args(self, args, s):
        def param(a):
            if isinstance(a, A.Name):
                s.bound.add(a.id)
                return a.id
            for e in a.elts:   # tuple parameter
                param(e)
            return None
        for a in args.args:
            s.params.append(param(a))
        if args.vararg:
            s.bound.add(args.vararg)
        if args.kwarg:
            s.bound.add(args.kwarg)

    def visit_FunctionDef(self, node):
        self.visit(node.decorator_list)
        self.visit(node.args.defaults)
        self.bind(node.name)
        s = self._push('function', node, node.name)
        self._visit_args(node.args, s)
        for stmt in node.body:
            self.visit(stmt)
        self._pop(s)

    def visit_Lambda(self, node):
        self.visit(node.args.defaults)
        s = self._push('function', node, '<lambda>')
        self._visit_args(node.args, s)
        self.visit(node.body)
        self._pop(s)

    def visit_ClassDef(self, node):
        self.visit(node.bases)
        self.visit(node.decorator_list)
        self.bind(node.name)
        s = self._push('class', node, node.name)
        for stmt in node.body:
            self.visit(stmt)
        self._pop(s)

    def visit_Yield(self, node):
        self.current.is_generator = True
        self.visit(node.value)

    def visit_ListComp(self, node):
        # 2.7: runs inline, targets bound in the enclosing scope.
        for g in node.generators:
            self.visit(g.iter)
            self.bind_target(g.target)
            self.visit(g.ifs)
        self.visit(node.elt)

    def _comprehension_scope(self, node, name, elts):
        first = node.generators[0]
        self.visit(first.iter)
        s = self._push('function', node, name)
        for i, g in enumerate(node.generators):
            if i:
                self.visit(g.iter)
            self.bind_target(g.target)
            self.visit(g.ifs)
        for e in elts:
            self.visit(e)
        if name == '<genexpr>':
            s.is_generator = True
        self._pop(s)

    def visit_GeneratorExp(self, node):
        self._comprehension_scope(node, '<genexpr>', [node.elt])

    def visit_SetComp(self, node):
        self._comprehension_scope(node, '<setcomp>', [node.elt])

    def visit_DictComp(self, node):
        self._comprehension_scope(node, '<dictcomp>', [node.key, node.value])

    def visit_ExceptHandler(self, node):
        self.visit(node.type)
        if node.name is not None:
            self.bind_target(node.name)
        self.visit(node.body)

    # ---- second pass ----
    def _resolve_frees(self, scope):
        for child in scope.children:
            self._resolve_frees(child)
        if scope.kind == 'module':
            return
        # Names used (or needed by inner scopes) but not bound here.
        wanted = set(scope.used)
        for child in scope.children:
            wanted.update(child.frees)
        for name in sorted(wanted):
            if name in scope.declared_global:
                continue
            if scope.kind == 'function' and name in scope.bound:
                continue
            if scope.kind == 'class' and name in scope.bound and name not in scope.used:
                continue
            # Find a binding function scope outward (class scopes are skipped).
            p = scope.parent
            while p is not None and p.kind != 'module':
                if p.kind == 'function' and name in p.bound and name not in p.declared_global:
                    break
                p = p.parent
            if p is None or p.kind == 'module':
                continue
            if name not in scope.frees:
                scope.frees.append(name)
        # Cells: own locals that some inner scope takes as free.
        if scope.kind == 'function':
            for child in scope.children:
                for name in child.frees:
                    if name in scope.bound and name not in scope.declared_global:
                        scope.cells.add(name)
        # Intermediate scopes must pass frees through.
        for child in scope.children:
            for name in child.frees:
                if scope.kind == 'function' and name in scope.bound:
                    continue
                if name not in scope.frees:
                    scope.frees.append(name)


def build_scopes(module):
    b = ScopeBuilder()
    top = b.build(module)
    top.warnings = b.warnings
    return top, b.scopes
