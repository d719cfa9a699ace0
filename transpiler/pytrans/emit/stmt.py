# SPDX-License-Identifier: Apache-2.0
"""Statements: one visit_<Node> per statement kind, writing C++ through the
Writer. Before each statement the frame's current line is updated (for
tracebacks) and a #line directive points the C++ compiler at the .py line.

try/finally, with, and the jumps that leave them: a jump (break, continue,
return) out of a finally-protected block sets the block's `why_N` and jumps
to its `fin_N` label; after the finally body runs, the jump is resumed (and
may pass through further finally blocks). An exception is caught into a
stack slot (visible to the collector), the finally body runs, and the
exception is rethrown with its original traceback.
"""

from ..parse import ast27 as A
from .context import Unwind, Loop
from .expr import E, INPLACE_SLOTS
from .writer import cpp_str

WHY_BREAK, WHY_CONTINUE, WHY_RETURN, WHY_EXC = 1, 2, 3, 4


class StmtMixin(object):

    def body(self, w, stmts):
        for s in stmts:
            self.stmt(w, s)

    def stmt(self, w, node):
        meth = getattr(self, 'stmt_' + type(node).__name__, None)
        if meth is None:
            raise self.error(node, '%s statements are not supported yet' % type(node).__name__)
        w.linemark(node.lineno)
        w.line('F.frame.line = %d;' % node.lineno)
        self.cur_line = node.lineno
        meth(w, node)

    # ---- simple statements ----
    def stmt_Pass(self, w, node):
        pass

    def stmt_Expr(self, w, node):
        if isinstance(node.value, A.Str):
            return  # docstring-like constant: no effect
        w.line('(void)%s;' % self.expr(node.value).code)

    def stmt_Assign(self, w, node):
        v = self.expr(node.value)
        if len(node.targets) == 1 and isinstance(node.targets[0], A.Name):
            self.assign_to(w, node.targets[0], v.code)
            return
        t = self.ctx.new_temp()
        w.line('Value %s = %s;' % (t, v.code))
        for target in node.targets:
            self.assign_to(w, target, t)

    def assign_to(self, w, target, value_code):
        if isinstance(target, A.Name):
            self.store_name(w, target.id, value_code)
        elif isinstance(target, (A.Tuple, A.List)):
            n = len(target.elts)
            arr = self.ctx.new_temp('un')
            w.line('Value %s[%d];' % (arr, max(n, 1)))
            w.line('unpack_to(%s, %s, %d);' % (value_code, arr, n))
            for i, e in enumerate(target.elts):
                self.assign_to(w, e, '%s[%d]' % (arr, i))
        elif isinstance(target, A.Attribute):
            obj = self.expr(target.value)
            w.line('setattr(%s, %s, %s);' % (obj.code, self.name_const(self.mangle(target.attr)), value_code))
        elif isinstance(target, A.Subscript):
            val = self.ctx.new_temp()
            w.line('Value %s = %s;' % (val, value_code))
            obj = self.expr(target.value)
            sl = target.slice
            if isinstance(sl, A.Slice) and sl.step is None:
                lo = self.expr(sl.lower) if sl.lower is not None else E('Value()', True)
                hi = self.expr(sl.upper) if sl.upper is not None else E('Value()', True)
                w.line(self.seq([obj, lo, hi], lambda c: 'setslice(%s, %s, %s, %s)'
                                % (c[0], c[1], c[2], val)).code + ';')
            else:
                k = self.slice_value(sl)
                w.line(self.seq([obj, k], lambda c: 'setitem(%s, %s, %s)' % (c[0], c[1], val)).code + ';')
        else:
            raise self.error(target, "can't assign to %s" % type(target).__name__)

    def store_name(self, w, name, value_code):
        ctx = self.ctx
        how = ctx.scope.resolve(name)
        if how == 'local':
            w.line('%s = %s;' % (ctx.local(name), value_code))
        elif how == 'cell':
            w.line('%s->v = %s;' % (ctx.cell(name), value_code))
        elif how == 'free':
            w.line('%s->v = %s;' % (self.free_ref(name), value_code))
        elif how == 'global' or ctx.kind == 'module':
            w.line('dict_set(G, Value(%s), %s);' % (self.name_const(self.mangle(name)), value_code))
        else:  # class body: 2.7 stores private names mangled (__x -> _C__x)
            w.line('dict_set(%s, Value(%s), %s);' % (ctx.ns, self.name_const(self.mangle(name)), value_code))

    def delete_name(self, w, name):
        ctx = self.ctx
        how = ctx.scope.resolve(name)
        cname = cpp_str(name)
        if how == 'local':
            v = ctx.local(name)
            w.line('if (%s.is_null()) raise_unbound_local(%s);' % (v, cname))
            w.line('%s = Value();' % v)
        elif how in ('cell', 'free'):
            c = ctx.cell(name) if how == 'cell' else self.free_ref(name)
            w.line('if (%s->v.is_null()) raise_unbound_local(%s);' % (c, cname))
            w.line('%s->v = Value();' % c)
        elif how == 'global' or ctx.kind == 'module':
            mname = self.name_const(self.mangle(name))
            w.line('if (!dict_del(G, Value(%s))) raise_name_error(%s, %s);'
                   % (mname, mname, 'true' if how == 'global' else 'false'))
        else:
            mname = self.name_const(self.mangle(name))
            w.line('if (!dict_del(%s, Value(%s))) raise_name_error(%s, false);' % (ctx.ns, mname, mname))

    def stmt_Delete(self, w, node):
        for t in node.targets:
            self.delete_target(w, t)

    def delete_target(self, w, t):
        if isinstance(t, A.Name):
            self.delete_name(w, t.id)
        elif isinstance(t, (A.Tuple, A.List)):
            for e in t.elts:
                self.delete_target(w, e)
        elif isinstance(t, A.Attribute):
            w.line('delattr(%s, %s);' % (self.expr(t.value).code, self.name_const(self.mangle(t.attr))))
        elif isinstance(t, A.Subscript):
            obj = self.expr(t.value)
            sl = t.slice
            if isinstance(sl, A.Slice) and sl.step is None:
                lo = self.expr(sl.lower) if sl.lower is not None else E('Value()', True)
                hi = self.expr(sl.upper) if sl.upper is not None else E('Value()', True)
                w.line(self.seq([obj, lo, hi], lambda c: 'delslice(%s, %s, %s)' % tuple(c)).code + ';')
            else:
                k = self.slice_value(sl)
                w.line(self.seq([obj, k], lambda c: 'delitem(%s, %s)' % (c[0], c[1])).code + ';')
        else:
            raise self.error(t, "can't delete %s" % type(t).__name__)

    def stmt_AugAssign(self, w, node):
        slot = INPLACE_SLOTS[type(node.op)]
        if isinstance(node.op, A.Div) and 'division' in self.future:
            slot = 'kNbTrueDiv'
        t = node.target
        if isinstance(t, A.Name):
            cur = self.load_name(t.id, t)
            if self.fusable(node.value):
                res = E(self.inplace_code(cur.code, node.value, slot))
            else:
                val = self.expr(node.value)
                res = self.seq([cur, val], lambda c: 'inplace(%s, %s, %s)' % (c[0], c[1], slot))
            self.store_name(w, t.id, res.code)
        elif isinstance(t, A.Attribute):
            obj = self.ctx.new_temp()
            w.line('Value %s = %s;' % (obj, self.expr(t.value).code))
            name = self.name_const(self.mangle(t.attr))
            cur = self.ctx.new_temp()
            w.line('Value %s = getattr(%s, %s);' % (cur, obj, name))
            w.line('setattr(%s, %s, %s);' % (obj, name, self.inplace_code(cur, node.value, slot)))
        elif isinstance(t, A.Subscript):
            obj = self.ctx.new_temp()
            w.line('Value %s = %s;' % (obj, self.expr(t.value).code))
            sl = t.slice
            if isinstance(sl, A.Slice) and sl.step is None:
                lo, hi = self.ctx.new_temp(), self.ctx.new_temp()
                w.line('Value %s = %s;' % (lo, self.expr(sl.lower).code if sl.lower is not None else 'Value()'))
                w.line('Value %s = %s;' % (hi, self.expr(sl.upper).code if sl.upper is not None else 'Value()'))
                cur = self.ctx.new_temp()
                w.line('Value %s = getslice(%s, %s, %s);' % (cur, obj, lo, hi))
                w.line('setslice(%s, %s, %s, inplace(%s, %s, %s));'
                       % (obj, lo, hi, cur, self.expr(node.value).code, slot))
            else:
                key = self.ctx.new_temp()
                w.line('Value %s = %s;' % (key, self.slice_value(sl).code))
                cur = self.ctx.new_temp()
                w.line('Value %s = getitem(%s, %s);' % (cur, obj, key))
                w.line('setitem(%s, %s, %s);' % (obj, key, self.inplace_code(cur, node.value, slot)))
        else:
            raise self.error(t, 'illegal expression for augmented assignment')

    def stmt_Print(self, w, node):
        dest = 'Value()'
        if node.dest is not None:
            d = self.ctx.new_temp()
            w.line('Value %s = %s;' % (d, self.expr(node.dest).code))
            dest = d
        for v in node.values:
            w.line('print_item(%s, %s);' % (dest, self.expr(v).code))
        if node.nl:
            w.line('print_newline(%s);' % dest)

    def stmt_Assert(self, w, node):
        msg = 'Value()'
        with w.block('if (!truth(%s))' % self.expr(node.test).code):
            if node.msg is not None:
                msg = self.expr(node.msg).code
            w.line('assert_fail(%s);' % msg)

    def stmt_Global(self, w, node):
        pass

    def stmt_Exec(self, w, node):
        raise self.error(node, 'exec of a string is not supported')

    def stmt_Raise(self, w, node):
        if node.type is None:
            w.line('reraise_current();')
            return
        parts = [self.expr(node.type)]
        parts.append(self.expr(node.inst) if node.inst is not None else E('Value()', True))
        parts.append(self.expr(node.tback) if node.tback is not None else E('Value()', True))
        w.line(self.seq(parts, lambda c: 'raise_stmt(%s, %s, %s)' % tuple(c)).code + ';')

    # ---- control flow ----
    def stmt_If(self, w, node):
        with w.block('if (truth(%s))' % self.expr(node.test).code):
            self.body(w, node.body)
        if node.orelse:
            with w.block('else'):
                self.body(w, node.orelse)

    def loop(self, w, node, head_lines, test_code, body_fn):
        loop = Loop(self.ctx.new_temp('loop'))
        loop.depth_unwinds = len(self.ctx.unwinds)
        self.ctx.loops.append(loop)
        broke = None
        if node.orelse:
            broke = self.ctx.new_temp('broke')
            w.line('bool %s = false;' % broke)
            loop.broke = broke
        for l in head_lines:
            w.line(l)
        with w.block(test_code):
            body_fn()
        self.ctx.loops.pop()
        if node.orelse:
            with w.block('if (!%s)' % broke):
                self.body(w, node.orelse)

    def stmt_While(self, w, node):
        def body():
            self.cur_line = node.lineno
            w.line('F.frame.line = %d;' % node.lineno)
            w.line('check_signals();')
            w.line('if (!truth(%s)) break;' % self.expr(node.test).code)
            self.body(w, node.body)
        with w.block():
            self.loop(w, node, [], 'for (;;)', body)

    def stmt_For(self, w, node):
        it = self.ctx.new_temp('it')
        x = self.ctx.new_temp('x')

        def body():
            w.line('F.frame.line = %d;' % node.lineno)
            w.line('check_signals();')
            w.line('Value %s = next(%s);' % (x, it))
            w.line('if (%s.is_null()) break;' % x)
            self.assign_to(w, node.target, x)
            self.body(w, node.body)
        with w.block():
            rng = self.range_loop(node)
            if rng is not None:
                self.loop(w, node, rng[0], rng[1], lambda: (w.line('F.frame.line = %d; check_signals();' % node.lineno),
                                                           self.assign_to(w, node.target, rng[2]),
                                                           self.body(w, node.body)))
            else:
                self.loop(w, node, ['Value %s = iter(%s);' % (it, self.expr(node.iter).code)], 'for (;;)', body)

    def range_loop(self, node):
        """`for i in range(...)`/xrange with the builtin: a counting loop."""
        it = node.iter
        if not (isinstance(it, A.Call) and isinstance(it.func, A.Name) and it.func.id in ('range', 'xrange')
                and not it.keywords and it.starargs is None and it.kwargs is None and 1 <= len(it.args) <= 2
                and self.ctx.scope.resolve(it.func.id) in ('global', 'name')
                and it.func.id not in self.module_bound and not self.star_imports):
            return None
        args = [self.expr(a) for a in it.args]
        lo, hi, i = self.ctx.new_temp('lo'), self.ctx.new_temp('hi'), self.ctx.new_temp('i')
        big = self.ctx.new_temp('big')
        # Arguments that are not plain ints go through the builtin itself
        # (its errors, __int__, and range()'s list of longs past 64 bits).
        head = ['int64_t %s, %s;' % (lo, hi),
                'Value %s = range_loop_bounds(%s, %s, %s, &%s, &%s);'
                % (big, 'true' if it.func.id == 'xrange' else 'false', args[0].code,
                   args[1].code if len(args) == 2 else 'Value()', lo, hi)]
        return (head, 'for (int64_t %s = %s; %s < %s; ++%s)' % (i, lo, i, hi, i),
                'range_loop_item(%s, %s)' % (big, i))

    def stmt_Break(self, w, node):
        self.jump(w, node, WHY_BREAK)

    def stmt_Continue(self, w, node):
        self.jump(w, node, WHY_CONTINUE)

    def stmt_Return(self, w, node):
        if self.ctx.kind != 'function':
            raise self.error(node, "'return' outside function")
        v = self.expr(node.value).code if node.value is not None else 'None()'
        if self.ctx.unwinds:
            w.line('%s = %s;' % (self.ctx.retval, v))
            self.jump(w, node, WHY_RETURN)
        else:
            w.line('return %s;' % v)

    def jump(self, w, node, why):
        ctx = self.ctx
        if why in (WHY_BREAK, WHY_CONTINUE):
            if not ctx.loops:
                raise self.error(node, "'break' outside loop" if why == WHY_BREAK
                                 else "'continue' not properly in loop")
            loop = ctx.loops[-1]
            if len(ctx.unwinds) > loop.depth_unwinds:
                u = ctx.unwinds[-1]
                u.used.add(why)
                w.line('{ %s = %d; goto %s; }' % (u.why, why, u.label))
                return
            if why == WHY_BREAK:
                if getattr(loop, 'broke', None):
                    w.line('%s = true;' % loop.broke)
                w.line('break;')
            else:
                w.line('continue;')
            return
        if ctx.unwinds:
            u = ctx.unwinds[-1]
            u.used.add(why)
            w.line('{ %s = %d; goto %s; }' % (u.why, why, u.label))
        else:
            w.line('return %s;' % ctx.retval)

    def resume_jumps(self, w, u):
        """After a finally body: continue the jump that entered it."""
        ctx = self.ctx
        for why in sorted(u.used):
            with w.block('if (%s == %d)' % (u.why, why)):
                if why == WHY_RETURN:
                    if ctx.unwinds:
                        outer = ctx.unwinds[-1]
                        outer.used.add(WHY_RETURN)
                        w.line('%s = %d; goto %s;' % (outer.why, WHY_RETURN, outer.label))
                    else:
                        w.line('return %s;' % ctx.retval)
                else:
                    loop = ctx.loops[-1]
                    if len(ctx.unwinds) > loop.depth_unwinds:
                        outer = ctx.unwinds[-1]
                        outer.used.add(why)
                        w.line('%s = %d; goto %s;' % (outer.why, why, outer.label))
                    elif why == WHY_BREAK:
                        if getattr(loop, 'broke', None):
                            w.line('%s = true;' % loop.broke)
                        w.line('break;')
                    else:
                        w.line('continue;')

    # ---- exceptions ----
    def stmt_TryFinally(self, w, node):
        self.protected(w, lambda: self.body(w, node.body), lambda u: self.body(w, node.finalbody))

    def protected(self, w, body_fn, final_fn, on_exc=None):
        """Runs body_fn's code; final_fn's code runs on every way out."""
        ctx = self.ctx
        u = Unwind(ctx.new_temp('u'))
        pend = 'pend_%s' % u.n
        with w.block():
            w.line('int %s = 0;' % u.why)
            w.line('PyException %s{};' % pend)
            ctx.unwinds.append(u)
            with w.block('try'):
                body_fn()
            with w.block('catch (PyException& e_)'):
                w.line('%s = e_;' % pend)
                w.line('%s = %d;' % (u.why, WHY_EXC))
            ctx.unwinds.pop()
            w.line('%s:;' % u.label)
            if on_exc is not None:
                on_exc(pend, u)
            final_fn(u)
            w.line('if (%s == %d) rethrow(%s);' % (u.why, WHY_EXC, pend))
            self.resume_jumps(w, u)

    def stmt_TryExcept(self, w, node):
        ctx = self.ctx
        ok = ctx.new_temp('ok') if node.orelse else None
        with w.block():
            if ok:
                w.line('bool %s = true;' % ok)
            with w.block('try'):
                self.body(w, node.body)
            with w.block('catch (PyException& e_)'):
                exc = ctx.new_temp('exc')
                w.line('PyException %s = e_;' % exc)
                if ok:
                    w.line('%s = false;' % ok)
                w.line('set_exc_info(%s.exc, %s.tb);' % (exc, exc))
                first = True
                for h in node.handlers:
                    if h.type is None:
                        cond = 'true'
                    else:
                        cond = 'exception_matches(%s.exc, %s)' % (exc, self.expr(h.type).code)
                    with w.block(('if (%s)' if first else 'else if (%s)') % cond):
                        if h.name is not None:
                            self.assign_to(w, h.name, '%s.exc' % exc)
                        self.body(w, h.body)
                    first = False
                if not any(h.type is None for h in node.handlers):
                    w.line('else throw;')
            if ok:
                with w.block('if (%s)' % ok):
                    self.body(w, node.orelse)

    def stmt_With(self, w, node):
        mgr, exit_, ent = self.ctx.new_temp('mgr'), self.ctx.new_temp('exit'), self.ctx.new_temp('ent')
        with w.block():
            w.line('Value %s = %s;' % (mgr, self.expr(node.context_expr).code))
            w.line('Value %s = with_exit(%s);' % (exit_, mgr))
            w.line('Value %s = with_enter(%s);' % (ent, mgr))
            handled = self.ctx.new_temp('handled')
            w.line('bool %s = false;' % handled)

            def body():
                if node.optional_vars is not None:
                    self.assign_to(w, node.optional_vars, ent)
                self.body(w, node.body)

            def on_exc(pend, u):
                with w.block('if (%s == %d)' % (u.why, WHY_EXC)):
                    w.line('if (truth(call(%s, exc_type_of(%s.exc), %s.exc, %s.tb))) { %s = 0; %s = true; }'
                           % (exit_, pend, pend, pend, u.why, handled))

            def final(u):
                w.line('if (!%s && %s != %d) call(%s, None(), None(), None());'
                       % (handled, u.why, WHY_EXC, exit_))
            self.protected(w, body, final, on_exc)
