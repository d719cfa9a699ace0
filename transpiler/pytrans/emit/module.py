# SPDX-License-Identifier: Apache-2.0
"""One Python module -> one C++ translation unit.

Layout of the generated file (read `pytrans emit prog.py` alongside):

    #include "pytrans.h"
    namespace pytrans_m_<module> {
      source lines (for tracebacks), the ModuleCode, the globals Dict* G
      S[]: interned names   K[]: constants   KT[]: keyword-name tuples
      CodeInfo per function, forward declarations
      one C++ function per Python function / lambda (nested ones included,
      closures passed as cells)
    }
    void pytrans_init_<module>(Module*)   // runs the module body

Class bodies are emitted inline where the class statement is, with their own
frame, writing into a namespace dict that build_class turns into the class.
"""

import re

from ..errors import CompileError
from ..analyze.scopes import build_scopes
from ..parse import ast27 as A
from .context import FuncContext
from .expr import ExprMixin, E
from .generators import split_generator_body, end_generator_body
from .stmt import StmtMixin
from .writer import Writer, cpp_bytes, cpp_str, ident


def module_symbol(modname):
    return 'pytrans_init_' + re.sub(r'[^A-Za-z0-9]', lambda m: '_%02x' % ord(m.group(0)), modname)


class Counter(object):
    def __init__(self):
        self.n = 0


class ModuleEmitter(ExprMixin, StmtMixin):
    def __init__(self, tree, modname, filename, source, is_package):
        self.tree = tree
        self.modname = modname
        self.filename = filename
        self.source = source
        self.is_package = is_package
        self.future = set(getattr(tree, 'future_features', ()) or ())
        self.top, self.scopes = build_scopes(tree)
        if self.top.has_exec:
            pass
        self.module_bound = set(self.top.bound)
        self.star_imports = self.top.has_import_star
        self.names = {}          # python name -> index in S
        self.consts = []         # C++ init expressions for K
        self.const_index = {}
        self.kwtuples = {}
        self.functions = []      # Writers of emitted C++ functions
        self.codeinfos = []      # C++ lines defining CodeInfo objects
        self.forward = []
        self.fn_count = 0
        self.class_stack = []
        self.ctx = None
        self.cur_line = 0

    # ---- errors ----
    def error(self, node, msg):
        return CompileError.at(node, self.filename, msg)

    # ---- constants ----
    def name_const(self, name):
        i = self.names.get(name)
        if i is None:
            i = self.names[name] = len(self.names)
        return 'S[%d]' % i

    def const(self, init_code):
        i = self.const_index.get(init_code)
        if i is None:
            i = self.const_index[init_code] = len(self.consts)
            self.consts.append(init_code)
        return 'K[%d]' % i

    def kwnames_const(self, names):
        key = tuple(names)
        i = self.kwtuples.get(key)
        if i is None:
            i = self.kwtuples[key] = len(self.kwtuples)
        return 'KT[%d]' % i

    def mangle(self, name):
        """2.7 private name mangling: __x inside class C is _C__x."""
        if not self.class_stack or not name.startswith('__') or name.endswith('__') or '.' in name:
            return name
        cls = self.class_stack[-1].lstrip('_')
        if not cls:
            return name
        return '_%s%s' % (cls, name)

    def sub_writer(self):
        w = Writer()
        w.filename = None
        return w

    # ---- closures ----
    def free_ref(self, name):
        ctx = self.ctx
        while ctx.kind == 'class':
            parent = ctx.parent
            how = parent.scope.resolve(name)
            if how == 'cell':
                return parent.cell(name)
            ctx = parent
        return ident('fc_', name)

    def cell_expr_for(self, name):
        """The Cell* for `name` as seen from the current context (for building closures)."""
        ctx = self.ctx
        while True:
            how = ctx.scope.resolve(name)
            if ctx.kind == 'class' and how != 'free':
                how = 'free'
            if how == 'cell':
                return ctx.cell(name)
            if how == 'free':
                if ctx.kind == 'class':
                    ctx = ctx.parent
                    continue
                return ident('fc_', name)
            raise CompileError(self.filename, 0, 0, 'internal: %s is not a closure variable' % name)

    # ---- functions ----
    def function_object(self, node, name):
        """Emits the C++ for a FunctionDef/Lambda and returns the C++
        expression creating the function object (defaults evaluated now)."""
        scope = self.scopes[node]
        if scope.has_import_star:
            raise self.error(node, 'import * is not allowed inside a function')
        if scope.has_exec:
            raise self.error(node, 'exec of a string is not supported')
        entry, code_var = self.emit_function(node, name, scope)
        defaults = [self.expr(d) for d in node.args.defaults]
        doc = 'Value()'
        if isinstance(node, A.FunctionDef) and node.body and isinstance(node.body[0], A.Expr) \
                and isinstance(node.body[0].value, A.Str) and isinstance(node.body[0].value.s, bytes):
            doc = self.visit_Str(node.body[0].value).code
        closure = 'nullptr'
        if scope.frees:
            closure = 'tuple_of({%s})' % ', '.join('Value(%s)' % self.cell_expr_for(n) for n in scope.frees)
        arr = self.ctx.new_temp('defs')
        return '({ %s make_function(%s, &%s, G, %s, %d, %s, %s); })' % (
            self.value_array(defaults, arr), entry, code_var, arr, len(defaults), closure, doc)

    def emit_function(self, node, name, scope):
        self.fn_count += 1
        idx = self.fn_count
        entry = ident('f%d_' % idx, name.strip('<>') or 'fn')
        code_var = 'code%d' % idx
        args = node.args
        params = []
        for i, a in enumerate(args.args):
            params.append(a.id if isinstance(a, A.Name) else '.%d' % i)
        nslots = len(params) + (1 if args.vararg else 0) + (1 if args.kwarg else 0)
        argn = 'argn%d' % idx
        self.codeinfos.append('static const char* const %s[] = {%s};' % (
            argn, ', '.join(cpp_str(p) for p in params) or 'nullptr'))
        varnames = list(params) + [n for n in (args.vararg, args.kwarg) if n]
        for n in self._locals_in_order(node):
            if n not in varnames and scope.resolve(n) in ('local', 'cell'):
                varnames.append(n)
        flags = 0x3 | (0x4 if args.vararg else 0) | (0x8 if args.kwarg else 0)
        if scope.parent is not None and scope.parent.kind == 'function':
            flags |= 0x10
        if scope.is_generator:
            flags |= 0x20
        if not scope.frees and not scope.cells:
            flags |= 0x40
        for feature, bit in (('division', 0x2000), ('absolute_import', 0x4000), ('with_statement', 0x8000),
                             ('print_function', 0x10000), ('unicode_literals', 0x20000)):
            if feature in self.future:
                flags |= bit
        self.codeinfos.append('static const char* const vn%d[] = {%s};' % (
            idx, ', '.join(cpp_str(v) for v in varnames) or 'nullptr'))
        self.codeinfos.append('static const char* const fv%d[] = {%s};' % (
            idx, ', '.join(cpp_str(v) for v in scope.frees) or 'nullptr'))
        self.codeinfos.append('static CodeInfo %s{%s, &kModule, %d, %d, %s, %s, %s, vn%d, %d, fv%d, %d, 0x%x};' % (
            code_var, cpp_str(name), node.lineno, len(params), argn,
            'true' if args.vararg else 'false', 'true' if args.kwarg else 'false',
            idx, len(varnames), idx, len(scope.frees), flags))
        self.forward.append('static Value %s(Value, const Value*, size_t, Tuple*);' % entry)

        outer_ctx, outer_line = self.ctx, self.cur_line
        ctx = FuncContext(scope, 'function', code_var)
        ctx.counter = Counter()
        ctx.new_temp = self._temp_fn(ctx.counter)
        ctx.retval = 'ret_'
        ctx.pure_params = set()
        self.ctx = ctx
        saved_stack = self.class_stack
        w = Writer()
        w.filename = self.filename
        w.line('// %s, line %d' % (name, node.lineno))
        with w.block('static Value %s(Value callee_, const Value* args_, size_t nargs_, Tuple* kw_)' % entry):
            w.line('Function* fn_ = callee_.as<Function>();')
            w.line('Value a_[%d];' % max(nslots, 1))
            if not args.vararg and not args.kwarg:
                w.line('if (__builtin_expect(!kw_ && nargs_ == %d, 1)) { %s}' % (
                    len(params), ''.join('a_[%d] = args_[%d]; ' % (i, i) for i in range(len(params)))))
                w.line('else bind_args(fn_, args_, nargs_, kw_, a_);')
            else:
                w.line('bind_args(fn_, args_, nargs_, kw_, a_);')
            if scope.is_generator:
                w = split_generator_body(self, w, idx, name, code_var, nslots)
            w.line('FrameGuard F(&%s, %d);' % (code_var, node.lineno))
            w.line('check_signals();')
            if self._handles_exceptions(node):
                w.line('ExcInfoGuard EG_;')
            w.line('Value ret_ = None();')
            w.line('(void)fn_; (void)ret_;')
            for i, n in enumerate(scope.frees):
                w.line('Cell* %s = fn_->closure->items[%d].as<Cell>();' % (ident('fc_', n), i))
            # Locals and cells.
            slot = {}
            for i, p in enumerate(params):
                slot[p] = i
            if args.vararg:
                slot[args.vararg] = len(params)
            if args.kwarg:
                slot[args.kwarg] = len(params) + (1 if args.vararg else 0)
            deleted = self._deleted_names(node)
            for n in sorted(scope.bound):
                how = scope.resolve(n)
                init = 'a_[%d]' % slot[n] if n in slot else 'Value()'
                if how == 'local':
                    w.line('Value %s = %s;' % (ctx.local(n), init))
                    if n in slot and n not in deleted and not self._rebound_maybe_unbound(n):
                        ctx.pure_params.add(n)
                elif how == 'cell':
                    w.line('Cell* %s = cell_new(%s);' % (ctx.cell(n), init))
            # Tuple parameters: def f(a, (b, c)).
            for i, a in enumerate(args.args):
                if not isinstance(a, A.Name):
                    self.assign_to(w, a, 'a_[%d]' % i)
            body = node.body if isinstance(node, A.FunctionDef) else [A.Return(node.body, lineno=node.body.lineno,
                                                                               col_offset=node.body.col_offset)]
            self.body(w, body)
            w.line('return None();')
        if scope.is_generator:
            end_generator_body(w)
        self.functions.append(w)
        self.ctx, self.cur_line = outer_ctx, outer_line
        self.class_stack = saved_stack
        return entry, code_var

    def _locals_in_order(self, node):
        """Names bound in a function body, in source order (for co_varnames)."""
        seen = []
        nodes = sorted((n for n in _walk_same_scope(node) if isinstance(n, A.Name)),
                       key=lambda n: (getattr(n, 'lineno', 0), getattr(n, 'col_offset', 0)))
        for n in nodes:
            if n.id not in seen:
                seen.append(n.id)
        return seen

    def _handles_exceptions(self, node):
        return any(isinstance(n, A.TryExcept) for n in _walk_same_scope(node))

    def emit_comprehension_function(self, node, name, scope):
        """The C++ function behind a dict/set comprehension: argument 0 is
        the iterator over the first iterable."""
        self.fn_count += 1
        idx = self.fn_count
        entry = ident('f%d_' % idx, name.strip('<>'))
        code_var = 'code%d' % idx
        self.codeinfos.append('static const char* const argn%d[] = {".0"};' % idx)
        self.codeinfos.append('static CodeInfo %s{%s, &kModule, %d, 1, argn%d, false, false};'
                              % (code_var, cpp_str(name), node.lineno, idx))
        self.forward.append('static Value %s(Value, const Value*, size_t, Tuple*);' % entry)
        outer_ctx, outer_line = self.ctx, self.cur_line
        ctx = FuncContext(scope, 'function', code_var)
        ctx.counter = Counter()
        ctx.new_temp = self._temp_fn(ctx.counter)
        ctx.retval = 'ret_'
        ctx.pure_params = set()
        self.ctx = ctx
        self.cur_line = node.lineno
        w = Writer()
        w.filename = self.filename
        w.line('// %s, line %d' % (name, node.lineno))
        with w.block('static Value %s(Value callee_, const Value* args_, size_t, Tuple*)' % entry):
            w.line('Function* fn_ = callee_.as<Function>();')
            w.line('(void)fn_;')
            w.line('FrameGuard F(&%s, %d);' % (code_var, node.lineno))
            for i, n in enumerate(scope.frees):
                w.line('Cell* %s = fn_->closure->items[%d].as<Cell>();' % (ident('fc_', n), i))
            for n in sorted(scope.bound):
                how = scope.resolve(n)
                if how == 'local':
                    w.line('Value %s;' % ctx.local(n))
                elif how == 'cell':
                    w.line('Cell* %s = cell_new();' % ctx.cell(n))
            res = ctx.new_temp('res')
            if name == '<dictcomp>':
                w.line('Dict* %s = dict_new();' % res)
                def inner(ww):
                    v = self.expr(node.value)
                    k = self.expr(node.key)
                    # 2.7 evaluates the value before the key.
                    vt = ctx.new_temp()
                    ww.line('Value %s = %s;' % (vt, v.code))
                    ww.line('dict_set(%s, %s, %s);' % (res, k.code, vt))
            else:
                w.line('List* %s = list_new();' % res)
                def inner(ww):
                    ww.line('list_append(%s, %s);' % (res, self.expr(node.elt).code))
            gens = node.generators
            first = gens[0]
            x = ctx.new_temp('x')
            with w.block('for (Value %s = next(args_[0]); !%s.is_null(); %s = next(args_[0]))' % (x, x, x)):
                self.assign_to(w, first.target, x)
                for cond in first.ifs:
                    w.line('if (!truth(%s)) continue;' % self.expr(cond).code)
                self.comprehension_loops(w, gens, 1, inner)
            if name == '<dictcomp>':
                w.line('return Value{%s};' % res)
            else:
                w.line('return build_set(%s->items, %s->len);' % (res, res))
        self.functions.append(w)
        self.ctx, self.cur_line = outer_ctx, outer_line
        return entry, code_var

    def _temp_fn(self, counter):
        def new_temp(prefix='t'):
            counter.n += 1
            return '%s%d' % (prefix, counter.n)
        return new_temp

    def _deleted_names(self, node):
        out = set()
        for n in _walk_same_scope(node):
            if isinstance(n, A.Name) and isinstance(n.ctx, A.Del):
                out.add(n.id)
        return out

    def _rebound_maybe_unbound(self, name):
        return False

    # ---- statements that create scopes ----
    def stmt_FunctionDef(self, w, node):
        fobj = self.function_object(node, node.name)
        decos = [self.expr(d) for d in node.decorator_list]
        if not decos:
            self.store_name(w, node.name, fobj)
            return
        t = self.ctx.new_temp()
        ds = []
        for d in decos:
            dt = self.ctx.new_temp()
            w.line('Value %s = %s;' % (dt, d.code))
            ds.append(dt)
        w.line('Value %s = %s;' % (t, fobj))
        for dt in reversed(ds):
            w.line('%s = call(%s, %s);' % (t, dt, t))
        self.store_name(w, node.name, t)

    def stmt_ClassDef(self, w, node):
        scope = self.scopes[node]
        decos = []
        for d in node.decorator_list:
            dt = self.ctx.new_temp()
            w.line('Value %s = %s;' % (dt, self.expr(d).code))
            decos.append(dt)
        bases = self.visit_Tuple(A.Tuple(node.bases, A.Load()))
        bt = self.ctx.new_temp('bases')
        ns = self.ctx.new_temp('ns')
        cls = self.ctx.new_temp('cls')
        w.line('Value %s = %s;' % (bt, bases.code))
        w.line('Dict* %s = dict_new();' % ns)
        w.line('dict_set(%s, Value(%s), load_global(G, %s));' % (ns, self.name_const('__module__'),
                                                                 self.name_const('__name__')))
        self.fn_count += 1
        code_var = 'code%d' % self.fn_count
        self.codeinfos.append('static CodeInfo %s{%s, &kModule, %d};' % (code_var, cpp_str(node.name), node.lineno))
        outer = self.ctx
        ctx = FuncContext(scope, 'class', code_var)
        ctx.ns = ns
        ctx.parent = outer
        ctx.counter = outer.counter
        ctx.new_temp = outer.new_temp
        ctx.retval = None
        self.ctx = ctx
        self.class_stack = self.class_stack + [node.name]
        with w.block():
            w.line('FrameGuard F(&%s, %d);' % (code_var, node.lineno))
            body = node.body
            if body and isinstance(body[0], A.Expr) and isinstance(body[0].value, A.Str) \
                    and isinstance(body[0].value.s, bytes):
                w.line('dict_set(%s, Value(%s), %s);' % (ns, self.name_const('__doc__'),
                                                          self.visit_Str(body[0].value).code))
            self.body(w, body)
        self.class_stack = self.class_stack[:-1]
        self.ctx = outer
        w.line('Value %s = build_class_in(%s, %s.as<Tuple>(), %s, G);' % (cls, self.name_const(node.name), bt, ns))
        for dt in reversed(decos):
            w.line('%s = call(%s, %s);' % (cls, dt, cls))
        self.store_name(w, node.name, cls)

    # ---- imports ----
    def import_level(self, level):
        if level:
            return level
        return 0 if 'absolute_import' in self.future else -1

    def stmt_Import(self, w, node):
        for a in node.names:
            mod = self.ctx.new_temp('mod')
            w.line('Value %s = import_module(%s, G, Value(), %d);' % (
                mod, self.name_const(a.name), self.import_level(0)))
            if a.asname:
                # import a.b.c as x binds the leaf module.
                parts = a.name.split('.')
                for p in parts[1:]:
                    w.line('%s = getattr(%s, %s);' % (mod, mod, self.name_const(p)))
                self.store_name(w, a.asname, mod)
            else:
                self.store_name(w, a.name.split('.')[0], mod)

    def stmt_ImportFrom(self, w, node):
        names = [a.name for a in node.names]
        if node.module == '__future__':
            return
        fl = self.visit_Tuple(A.Tuple([A.Str(n.encode()) for n in names], A.Load()))
        mod = self.ctx.new_temp('mod')
        w.line('Value %s = import_module(%s, G, %s, %d);' % (
            mod, self.name_const(node.module or ''), fl.code, self.import_level(node.level)))
        for a in node.names:
            if a.name == '*':
                if self.ctx.kind == 'class':
                    w.line('import_star(%s, %s);' % (mod, self.ctx.ns))
                else:
                    w.line('import_star(%s, G);' % mod)
                continue
            self.store_name(w, a.asname or a.name, 'import_from(%s, %s)' % (mod, self.name_const(a.name)))

    # ---- the translation unit ----
    def emit(self):
        code_var = 'code_module'
        ctx = FuncContext(self.top, 'module', code_var)
        ctx.counter = Counter()
        ctx.new_temp = self._temp_fn(ctx.counter)
        self.ctx = ctx
        body = Writer()
        body.filename = self.filename
        body.level = 1
        tree = self.tree
        stmts = tree.body
        # Compile-time SyntaxWarnings: 2.7 prints them when it compiles the
        # module, i.e. before any of its code runs.
        lines = self.source_lines()
        for lineno, msg in getattr(self.top, 'warnings', ()):
            src = lines[lineno - 1].decode('utf-8', 'surrogateescape').strip() if lineno <= len(lines) else ''
            text = '%s:%d: SyntaxWarning: %s\n  %s\n' % (self.filename, lineno, msg, src)
            b = text.encode('utf-8', 'surrogateescape')
            body.line('write_stderr(%s, %d);' % (cpp_bytes(b), len(b)))
        if stmts and isinstance(stmts[0], A.Expr) and isinstance(stmts[0].value, A.Str) \
                and isinstance(stmts[0].value.s, bytes):
            body.line('dict_set(G, Value(%s), %s);' % (self.name_const('__doc__'),
                                                        self.visit_Str(stmts[0].value).code))
        self.body(body, stmts)

        sym = module_symbol(self.modname)
        ns = 'pytrans_m_' + sym[len('pytrans_init_'):]
        out = Writer()
        out.line('// Generated by pytrans from %s. Do not edit.' % self.filename.replace('\n', ' '))
        out.line('#include "pytrans.h"')
        out.line('#include <limits>')
        out.line('')
        out.line('namespace %s {' % ns)
        out.line('using namespace pytrans::rt;')
        out.line('')
        # CPython shows no source lines for a program read from stdin.
        lines = self.source_lines() if self.filename != '<stdin>' else []
        out.line('static const char* const kLines[] = {')
        for l in lines:
            out.line('  %s,' % cpp_bytes(l))
        out.line('  nullptr};')
        out.line('static Dict* G;')
        # `# pytrans: hide-frames` marks a module that stands in for a C one.
        hidden = any(l.strip() == b'# pytrans: hide-frames' for l in self.source_lines()[:40])
        out.line('static ModuleCode kModule{%s, kLines, %d, &G%s};'
                 % (cpp_str(self.filename), len(lines), ', true' if hidden else ''))
        out.line('static Str* S[%d];' % max(len(self.names), 1))
        out.line('static Value K[%d];' % max(len(self.consts), 1))
        out.line('static Tuple* KT[%d];' % max(len(self.kwtuples), 1))
        out.line('static CodeInfo %s{"<module>", &kModule, 1};' % code_var)
        for l in self.codeinfos:
            out.line(l)
        for l in self.forward:
            out.line(l)
        out.line('')
        for fw in self.functions:
            out.lines_from(fw)
            out.line('')
        with out.block('static void init_constants()'):
            for name, i in sorted(self.names.items(), key=lambda kv: kv[1]):
                b = name.encode('utf-8')
                out.line('S[%d] = str_intern(%s, %d);' % (i, cpp_bytes(b), len(b)))
            for i, init in enumerate(self.consts):
                out.line('K[%d] = %s;' % (i, init))
            for names, i in sorted(self.kwtuples.items(), key=lambda kv: kv[1]):
                out.line('KT[%d] = tuple_of({%s});' % (i, ', '.join(
                    'Value(str_intern(%s))' % cpp_str(n) for n in names)))
        out.line('}  // namespace %s' % ns)
        out.line('')
        with out.block('void %s(pytrans::rt::Module* m)' % sym):
            out.line('using namespace %s;' % ns)
            out.line('G = m->dict;')
            out.line('init_constants();')
            out.line('FrameGuard F(&%s, 1);' % code_var)
            out.lines_from(body)
        return out.text()

    def source_lines(self):
        src = self.source
        if isinstance(src, str):
            src = src.encode('utf-8')
        if src.startswith(b'\xef\xbb\xbf'):
            src = src[3:]
        lines = src.split(b'\n')
        if lines and lines[-1] == b'':
            lines.pop()
        return [l[:-1] if l.endswith(b'\r') else l for l in lines]


def _walk_same_scope(node):
    """Nodes of a function body, not descending into nested scopes."""
    stack = list(node.body) if isinstance(node.body, list) else [node.body]
    while stack:
        n = stack.pop()
        yield n
        if isinstance(n, (A.FunctionDef, A.ClassDef, A.Lambda, A.GeneratorExp, A.DictComp, A.SetComp)):
            continue
        for f in n._fields:
            v = getattr(n, f, None)
            if isinstance(v, list):
                stack.extend(x for x in v if isinstance(x, A.AST))
            elif isinstance(v, A.AST):
                stack.append(v)


def emit_module(tree, modname, filename, source, is_package):
    return ModuleEmitter(tree, modname, filename, source, is_package).emit()


def emit_main(main_modname, modules):
    out = Writer()
    out.line('// Generated by pytrans: the program entry point.')
    out.line('#include "pytrans.h"')
    out.line('')
    for name, filename, is_pkg in modules:
        out.line('void %s(pytrans::rt::Module*);' % module_symbol(name))
    out.line('')
    out.line('static const pytrans::rt::ModuleEntry kModules[] = {')
    for name, filename, is_pkg in modules:
        out.line('  {%s, %s, %s, %s},' % (cpp_str(name), 'nullptr' if name == main_modname and False else cpp_str(filename),
                                         'true' if is_pkg else 'false', module_symbol(name)))
    out.line('};')
    out.line('')
    with out.block('int main(int argc, char** argv)'):
        out.line('pytrans::rt::register_modules(kModules, %d);' % len(modules))
        out.line('return pytrans::rt::run_main(argc, argv, %s);' % cpp_str(main_modname))
    return out.text()
