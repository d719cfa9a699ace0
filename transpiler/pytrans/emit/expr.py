# SPDX-License-Identifier: Apache-2.0
"""Expressions: one visit_<Node> per AST expression kind, each returning an
E (C++ expression text of type Value, and whether it is "pure").

C++ leaves the evaluation order of function arguments unspecified, Python
does not: whenever two or more operands have effects, they are evaluated
into temporaries first inside a GNU statement expression ({ ...; }), so the
generated code runs left to right exactly like CPython. Pure operands
(constants, parameters) are used in place.
"""

from ..errors import CompileError
from ..parse import ast27 as A
from .writer import cpp_bytes, cpp_str


class E(object):
    __slots__ = ('code', 'pure')

    def __init__(self, code, pure=False):
        self.code = code
        self.pure = pure

    def __repr__(self):
        return 'E(%r, %r)' % (self.code, self.pure)


BINOPS = {
    A.Add: 'add', A.Sub: 'sub', A.Mult: 'mul', A.Div: 'div', A.FloorDiv: 'floordiv',
    A.Mod: 'mod', A.Pow: 'power', A.LShift: 'lshift', A.RShift: 'rshift',
    A.BitAnd: 'bit_and', A.BitOr: 'bit_or', A.BitXor: 'bit_xor',
}
INPLACE_SLOTS = {
    A.Add: 'kNbAdd', A.Sub: 'kNbSub', A.Mult: 'kNbMul', A.Div: 'kNbDiv', A.FloorDiv: 'kNbFloorDiv',
    A.Mod: 'kNbMod', A.Pow: 'kNbPow', A.LShift: 'kNbLshift', A.RShift: 'kNbRshift',
    A.BitAnd: 'kNbAnd', A.BitOr: 'kNbOr', A.BitXor: 'kNbXor',
}
# Operators an arithmetic expression can chain without boxing float
# temporaries (runtime/core/num_expr.h); Div becomes num_truediv under
# `from __future__ import division`.
FUSED_BINOPS = {A.Add: 'num_add', A.Sub: 'num_sub', A.Mult: 'num_mul', A.Div: 'num_div',
                A.Pow: 'num_pow'}
UNARYOPS = {A.USub: 'neg', A.UAdd: 'pos', A.Invert: 'invert', A.Not: 'not_'}
CMPOPS = {A.Lt: 'kLt', A.LtE: 'kLe', A.Eq: 'kEq', A.NotEq: 'kNe', A.Gt: 'kGt', A.GtE: 'kGe'}


class ExprMixin(object):

    # ---- helpers ----
    def expr(self, node):
        meth = getattr(self, 'visit_' + type(node).__name__, None)
        if meth is None:
            raise self.error(node, '%s expressions are not supported yet' % type(node).__name__)
        # 2.7 attributes each instruction to the line of the latest expression
        # started so far within the statement (never moving backwards), so an
        # error on the second line of a multi-line statement reports that line.
        ln = getattr(node, 'lineno', 0) or 0
        setline = ln > self.cur_line
        if setline:
            self.cur_line = ln
        e = meth(node)
        if setline:
            return E('(F.frame.line = %d, %s)' % (ln, e.code))
        return e

    def seq(self, parts, build):
        """Evaluates E parts left to right and returns build(codes)."""
        impure = [p for p in parts if not p.pure]
        if len(impure) <= 1:
            return E(build([p.code for p in parts]))
        pre, codes = [], []
        for p in parts:
            if p.pure:
                codes.append(p.code)
            else:
                t = self.ctx.new_temp()
                pre.append('Value %s = %s;' % (t, p.code))
                codes.append(t)
        return E('({ %s %s; })' % (' '.join(pre), build(codes)))

    def value_array(self, parts, name):
        """C++ statements declaring `Value name[n]` filled left to right."""
        n = max(len(parts), 1)
        stmts = ['Value %s[%d];' % (name, n)]
        for i, p in enumerate(parts):
            stmts.append('%s[%d] = %s;' % (name, i, p.code))
        return ' '.join(stmts)

    # ---- names ----
    def visit_Name(self, node):
        if isinstance(node.ctx, A.Param):
            raise self.error(node, 'unexpected parameter context')
        if node.id == '__debug__':
            return E('True()', True)
        return self.load_name(node.id, node)

    def load_name(self, name, node=None):
        ctx = self.ctx
        how = ctx.scope.resolve(name)
        if how == 'local':
            v = ctx.local(name)
            if name in self.params_of(ctx):
                return E(v, True)
            return E('bound_local(%s, %s)' % (v, cpp_str(name)))
        if how == 'cell':
            return E('cell_get(%s, %s)' % (ctx.cell(name), cpp_str(name)))
        if how == 'free':
            return E('free_get(%s, %s)' % (self.free_ref(name), cpp_str(name)))
        # Dict-held names inside a class are mangled as 2.7 does (__x -> _C__x).
        if how == 'global':
            return E('load_global(G, %s)' % self.name_const(self.mangle(name)))
        # 'name': module level or class body
        if ctx.kind == 'class':
            return E('load_class_name(%s, G, %s)' % (ctx.ns, self.name_const(self.mangle(name))))
        return E('load_name_module(G, %s)' % self.name_const(self.mangle(name)))

    def params_of(self, ctx):
        return ctx.pure_params if hasattr(ctx, 'pure_params') else ()

    # ---- constants ----
    def visit_Num(self, node):
        n = node.n
        if isinstance(n, A.Long):
            return E(self.const('long_from_literal(%s)' % cpp_str(str(int(n)))), True)
        if isinstance(n, bool):
            n = int(n)
        if isinstance(n, int):
            if -(1 << 62) <= n < (1 << 62):
                return E('small_int(%dLL)' % n, True)
            if -(1 << 63) <= n < (1 << 63):
                return E(self.const('make_int(%s)' % ('INT64_MIN' if n == -(1 << 63) else '%dLL' % n)), True)
            return E(self.const('long_from_literal(%s)' % cpp_str(str(n))), True)
        if isinstance(n, float):
            return E(self.const('make_float(%s)' % self.float_literal(n)), True)
        if isinstance(n, complex):
            return E(self.const('complex_from_literal(%s)' % self.float_literal(n.imag)), True)
        raise self.error(node, 'unsupported number literal')

    def float_literal(self, f):
        if f != f:
            return 'std::numeric_limits<double>::quiet_NaN()'
        if f in (float('inf'), float('-inf')):
            return ('' if f > 0 else '-') + 'std::numeric_limits<double>::infinity()'
        return float.hex(f)

    def visit_Str(self, node):
        s = node.s
        if isinstance(s, str):
            # A unicode literal (the parser gives a Python 3 str): built from
            # its code points, as ASCII text when it is, else as UTF-32LE bytes
            # (lone surrogates included).
            if all(ord(c) < 128 for c in s):
                init = 'unicode_from_ascii(%s, %d)' % (cpp_bytes(s.encode('ascii')), len(s))
            else:
                data = b''.join(ord(c).to_bytes(4, 'little') for c in s)
                init = 'unicode_from_utf32le(%s, %d)' % (cpp_bytes(data), len(s))
            return E(self.const(init), True)
        return E(self.const('Value(str_intern(%s, %d))' % (cpp_bytes(s), len(s))), True)

    # ---- operators ----
    def visit_BinOp(self, node):
        op = type(node.op)
        if op in FUSED_BINOPS and (self.fusable(node.left) or self.fusable(node.right)):
            return self.fused_arith(node)
        fn = BINOPS[op]
        if op is A.Div and 'division' in self.future:
            fn = 'truediv'
        l, r = self.expr(node.left), self.expr(node.right)
        return self.seq([l, r], lambda c: '%s(%s, %s)' % (fn, c[0], c[1]))

    def fusable(self, node):
        """An operator node fused_arith computes itself (a negative literal
        is a constant, not a negation)."""
        if isinstance(node, A.BinOp):
            return type(node.op) in FUSED_BINOPS
        return (isinstance(node, A.UnaryOp) and isinstance(node.op, A.USub)
                and not isinstance(node.operand, A.Num))

    def fused_arith(self, node):
        """A tree of two or more arithmetic operators, e.g. dx*dx + dy*dy:
        operands are evaluated left to right into Num temporaries and only
        the final result is boxed, as long as they are all floats (the
        runtime falls back to the generic operators otherwise)."""
        stmts = []
        res = self.fused_operand(node, stmts)
        return E('({ %s num_value(%s); })' % (' '.join(stmts), res))

    def fused_compare(self, node):
        """x*x + y*y > 4.0: the comparison takes the Num operands as they
        are, so the sum is not boxed either."""
        stmts = []
        l = self.fused_operand(node.left, stmts)
        r = self.fused_operand(node.comparators[0], stmts)
        return E('({ %s num_compare(%s, %s, %s); })'
                 % (' '.join(stmts), l, r, CMPOPS[type(node.ops[0])]))

    def inplace_code(self, cur, value, slot):
        """C++ for the new value of `target op= value`, where cur is the
        code of the target's current value (evaluated first). An arithmetic
        value (b[3] -= dx * cm) is combined with cur unboxed."""
        if not self.fusable(value):
            return 'inplace(%s, %s, %s)' % (cur, self.expr(value).code, slot)
        t = self.ctx.new_temp('n')
        stmts = ['Num %s = num_load(%s);' % (t, cur)]
        r = self.fused_operand(value, stmts)
        return '({ %s num_value(num_inplace(%s, %s, %s)); })' % (' '.join(stmts), t, r, slot)

    def fused_operand(self, n, stmts):
        """Appends to stmts the C++ that evaluates n into a new Num
        temporary, and returns the temporary's name."""
        if not self.fusable(n):
            t = self.ctx.new_temp('n')
            stmts.append('Num %s = num_load(%s);' % (t, self.expr(n).code))
            return t
        # The line bookkeeping self.expr does for every node.
        ln = getattr(n, 'lineno', 0) or 0
        if ln > self.cur_line:
            self.cur_line = ln
            stmts.append('F.frame.line = %d;' % ln)
        if isinstance(n, A.UnaryOp):
            args = self.fused_operand(n.operand, stmts)
            fn = 'num_neg'
        else:
            args = '%s, %s' % (self.fused_operand(n.left, stmts), self.fused_operand(n.right, stmts))
            fn = FUSED_BINOPS[type(n.op)]
            if fn == 'num_div' and 'division' in self.future:
                fn = 'num_truediv'
        t = self.ctx.new_temp('n')
        stmts.append('Num %s = %s(%s);' % (t, fn, args))
        return t

    def visit_UnaryOp(self, node):
        op = type(node.op)
        # -5 is a constant in 2.7 (and -9223372036854775808 an int).
        if op is A.USub and isinstance(node.operand, A.Num) and not isinstance(node.operand.n, complex):
            n = node.operand.n
            if isinstance(n, (int,)) and not isinstance(n, A.Long):
                return self.visit_Num(A.Num(-n))
        v = self.expr(node.operand)
        return E('%s(%s)' % (UNARYOPS[op], v.code))

    def visit_BoolOp(self, node):
        values = [self.expr(v) for v in node.values]
        t = self.ctx.new_temp()
        is_and = isinstance(node.op, A.And)
        code = 'Value %s = %s; ' % (t, values[0].code)
        close = ''
        for v in values[1:]:
            test = '!truth(%s)' % t if is_and else 'truth(%s)' % t
            code += 'if (!(%s)) { %s = %s; ' % (test, t, v.code)
            close += '} '
        return E('({ %s%s%s; })' % (code, close, t))

    def visit_Compare(self, node):
        if len(node.ops) == 1 and type(node.ops[0]) in CMPOPS and \
                (self.fusable(node.left) or self.fusable(node.comparators[0])):
            return self.fused_compare(node)
        left = self.expr(node.left)
        rights = [self.expr(c) for c in node.comparators]
        if len(node.ops) == 1:
            return self.seq([left, rights[0]], lambda c: self.compare_code(node.ops[0], c[0], c[1]))
        # Chained: a < b < c evaluates b once and stops at the first false.
        res = self.ctx.new_temp()
        l = self.ctx.new_temp()
        code = 'Value %s = %s; Value %s; ' % (l, left.code, res)
        close = ''
        for i, (op, r) in enumerate(zip(node.ops, rights)):
            rt = self.ctx.new_temp()
            code += 'Value %s = %s; %s = %s; ' % (rt, r.code, res, self.compare_code(op, l, rt))
            if i < len(node.ops) - 1:
                code += 'if (truth(%s)) { %s = %s; ' % (res, l, rt)
                close += '} '
        return E('({ %s%s%s; })' % (code, close, res))

    def compare_code(self, op, a, b):
        t = type(op)
        if t in CMPOPS:
            return 'compare(%s, %s, %s)' % (a, b, CMPOPS[t])
        if t is A.Is:
            return 'from_bool(is(%s, %s))' % (a, b)
        if t is A.IsNot:
            return 'from_bool(!is(%s, %s))' % (a, b)
        if t is A.In:
            return 'from_bool(contains(%s, %s))' % (b, a)
        if t is A.NotIn:
            return 'from_bool(!contains(%s, %s))' % (b, a)
        raise CompileError(self.filename, 0, 0, 'unknown comparison')

    def visit_IfExp(self, node):
        t = self.expr(node.test)
        a = self.expr(node.body)
        b = self.expr(node.orelse)
        return E('(truth(%s) ? Value(%s) : Value(%s))' % (t.code, a.code, b.code))

    def visit_Repr(self, node):
        return E('Value(repr(%s))' % self.expr(node.value).code)

    # ---- containers ----
    def visit_Tuple(self, node):
        parts = [self.expr(e) for e in node.elts]
        if not parts:
            return E('Value(tuple_empty())', True)
        return self.seq(parts, lambda c: 'Value(tuple_of({%s}))' % ', '.join(c))

    def visit_List(self, node):
        parts = [self.expr(e) for e in node.elts]
        if not parts:
            return E('Value(list_new())')
        arr = self.ctx.new_temp('arr')
        return E('({ %s Value(list_of(%s, %d)); })' % (self.value_array(parts, arr), arr, len(parts)))

    def visit_Dict(self, node):
        n = len(node.keys)
        if n == 0:
            return E('Value(dict_new())')
        ks, vs = self.ctx.new_temp('ks'), self.ctx.new_temp('vs')
        stmts = ['Value %s[%d], %s[%d];' % (ks, n, vs, n)]
        # 2.7 evaluates each value before its key.
        for i, (k, v) in enumerate(zip(node.keys, node.values)):
            stmts.append('%s[%d] = %s;' % (vs, i, self.expr(v).code))
            stmts.append('%s[%d] = %s;' % (ks, i, self.expr(k).code))
        return E('({ %s dict_display(%s, %s, %d); })' % (' '.join(stmts), ks, vs, n))

    def visit_Set(self, node):
        parts = [self.expr(e) for e in node.elts]
        arr = self.ctx.new_temp('arr')
        return E('({ %s build_set(%s, %d); })' % (self.value_array(parts, arr), arr, len(parts)))

    def visit_ListComp(self, node):
        res = self.ctx.new_temp('lc')
        w = self.sub_writer()
        w.line('List* %s = list_new();' % res)
        self.comprehension_loops(w, node.generators, 0,
                                 lambda ww: ww.line('list_append(%s, %s);' % (res, self.expr(node.elt).code)))
        w.line('Value{%s};' % res)
        return E('({ %s })' % ' '.join(l.strip() for l in w.lines))

    def comprehension_loops(self, w, gens, i, inner):
        if i == len(gens):
            inner(w)
            return
        g = gens[i]
        it = self.ctx.new_temp('it')
        x = self.ctx.new_temp('x')
        w.line('Value %s = iter(%s);' % (it, self.expr(g.iter).code))
        with w.block('for (Value %s = next(%s); !%s.is_null(); %s = next(%s))' % (x, it, x, x, it)):
            self.assign_to(w, g.target, x)
            for cond in g.ifs:
                w.line('if (!truth(%s)) continue;' % self.expr(cond).code)
            self.comprehension_loops(w, gens, i + 1, inner)

    # ---- attributes, items, slices ----
    def visit_Attribute(self, node):
        v = self.expr(node.value)
        return E('getattr(%s, %s)' % (v.code, self.name_const(self.mangle(node.attr))))

    def visit_Subscript(self, node):
        v = self.expr(node.value)
        sl = node.slice
        if isinstance(sl, A.Slice) and sl.step is None:
            lo = self.expr(sl.lower) if sl.lower is not None else E('Value()', True)
            hi = self.expr(sl.upper) if sl.upper is not None else E('Value()', True)
            return self.seq([v, lo, hi], lambda c: 'getslice(%s, %s, %s)' % tuple(c))
        k = self.slice_value(sl)
        return self.seq([v, k], lambda c: 'getitem(%s, %s)' % (c[0], c[1]))

    def slice_value(self, sl):
        if isinstance(sl, A.Index):
            return self.expr(sl.value)
        if isinstance(sl, A.Ellipsis):
            return E('Ellipsis()', True)
        if isinstance(sl, A.Slice):
            parts = [self.expr(x) if x is not None else E('None()', True)
                     for x in (sl.lower, sl.upper, sl.step)]
            if sl.step is None:
                # a[::] has step None but is still an extended slice
                parts[2] = E('None()', True)
            return self.seq(parts, lambda c: 'Value(slice_new(%s, %s, %s))' % tuple(c))
        if isinstance(sl, A.ExtSlice):
            parts = [self.slice_value(d) for d in sl.dims]
            return self.seq(parts, lambda c: 'Value(tuple_of({%s}))' % ', '.join(c))
        raise self.error(sl, 'unsupported slice')

    # ---- calls ----
    def visit_Call(self, node):
        if isinstance(node.func, A.Name) and node.func.id in ('eval', 'execfile', 'compile') \
                and self.ctx.scope.resolve(node.func.id) in ('global', 'name') \
                and node.func.id not in self.module_bound:
            # pytrans compiles ahead of time: there is no interpreter at run time.
            raise self.error(node, '%s() is not supported' % node.func.id)
        if isinstance(node.func, A.Name) and node.func.id in ('locals', 'globals', 'vars', 'dir') \
                and self.ctx.scope.resolve(node.func.id) in ('global', 'name') \
                and node.func.id not in self.module_bound and not node.args:
            return self.namespace_call(node)
        args = [self.expr(a) for a in node.args]
        kwnames = [k.arg for k in node.keywords]
        kwvals = [self.expr(k.value) for k in node.keywords]
        star = self.expr(node.starargs) if node.starargs is not None else None
        starstar = self.expr(node.kwargs) if node.kwargs is not None else None
        method = None
        if isinstance(node.func, A.Attribute) and star is None and starstar is None:
            recv = self.expr(node.func.value)
            method = self.name_const(self.mangle(node.func.attr))
            fparts = [recv]
        else:
            fparts = [self.expr(node.func)]
        allargs = args + kwvals
        kw = self.kwnames_const(kwnames) if kwnames else 'nullptr'
        if star is None and starstar is None:
            if method and not kwnames and len(allargs) <= 6:
                return self.seq(fparts + allargs,
                                lambda c: 'call_method(%s)' % ', '.join([c[0], method] + c[1:]))
            if not method and not kwnames and len(allargs) <= 6:
                return self.seq(fparts + allargs, lambda c: 'call(%s)' % ', '.join(c))
        # General form: evaluate callee, then args into an array.
        f = self.ctx.new_temp('f')
        arr = self.ctx.new_temp('arr')
        stmts = ['Value %s = %s;' % (f, fparts[0].code), self.value_array(allargs, arr)]
        if method:
            call = 'call_method_v(%s, %s, %s, %d, %s)' % (f, method, arr, len(args), kw)
        elif star is None and starstar is None:
            call = 'call_v(%s, %s, %d, %s)' % (f, arr, len(args), kw)
        else:
            s1 = self.ctx.new_temp()
            s2 = self.ctx.new_temp()
            stmts.append('Value %s = %s;' % (s1, star.code if star else 'Value()'))
            stmts.append('Value %s = %s;' % (s2, starstar.code if starstar else 'Value()'))
            call = 'call_ex(%s, %s, %d, %s, %s, %s)' % (f, arr, len(args), kw, s1, s2)
        return E('({ %s %s; })' % (' '.join(stmts), call))

    def namespace_call(self, node):
        name = node.func.id
        if name == 'dir':
            # dir() with no argument: the sorted names of the current scope.
            inner = A.Call(A.Name('locals', A.Load()), [], [], None, None)
            return E('dir_of_namespace(%s)' % self.namespace_call(inner).code)
        if name == 'globals' or self.ctx.kind == 'module':
            return E('Value{G}')
        if self.ctx.kind == 'class':
            return E('Value{%s}' % self.ctx.ns)
        # locals()/vars() in a function: a fresh dict of the bound locals.
        scope = self.ctx.scope
        stmts = ['Dict* ld = dict_new();']
        for n in sorted(scope.bound):
            how = scope.resolve(n)
            if how == 'local':
                stmts.append('if (!%s.is_null()) dict_set(ld, Value(%s), %s);'
                             % (self.ctx.local(n), self.name_const(n), self.ctx.local(n)))
            elif how == 'cell':
                stmts.append('if (!%s->v.is_null()) dict_set(ld, Value(%s), %s->v);'
                             % (self.ctx.cell(n), self.name_const(n), self.ctx.cell(n)))
        return E('({ %s Value{ld}; })' % ' '.join(stmts))

    def visit_Lambda(self, node):
        return E(self.function_object(node, '<lambda>'))

    def visit_Yield(self, node):
        from .generators import yield_expr
        return yield_expr(self, node)

    def visit_GeneratorExp(self, node):
        from .generators import genexp
        return genexp(self, node)

    def visit_DictComp(self, node):
        return self.comprehension_call(node, '<dictcomp>')

    def visit_SetComp(self, node):
        return self.comprehension_call(node, '<setcomp>')

    def comprehension_call(self, node, name):
        """Dict and set comprehensions have their own scope in 2.7: like
        CPython, compile them as a function taking the first iterable's
        iterator, called at once."""
        scope = self.scopes[node]
        first = self.expr(node.generators[0].iter)
        entry, code_var = self.emit_comprehension_function(node, name, scope)
        closure = 'nullptr'
        if scope.frees:
            closure = 'tuple_of({%s})' % ', '.join('Value(%s)' % self.cell_expr_for(n) for n in scope.frees)
        return E('call(make_function(%s, &%s, G, nullptr, 0, %s, Value()), iter(%s))'
                 % (entry, code_var, closure, first.code))
