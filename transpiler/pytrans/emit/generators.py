# SPDX-License-Identifier: Apache-2.0
"""Generator functions and generator expressions.

Generators run on fibers (runtime/objects/generator.h), so a generator's
body is emitted exactly like an ordinary function body; only the split
differs. A generator function becomes two C++ functions:

    static Value f3_gen(Value callee_, const Value* args_, size_t nargs_, Tuple* kw_) {
      ...bind the arguments into a_[] as for any function...
      return generator_new(gb3_gen, &code3, fn_, a_, 2);   // the generator object
    }
    static Value gb3_gen(Function* fn_, Value* a_) {       // runs on the fiber
      FrameGuard F(&code3, 1);
      ...locals from a_[], the body...
    }

and `yield v` is `gen_yield(v)`, a call that parks the fiber and returns
the value sent in. A generator expression is, as in CPython, an implicit
generator function whose argument is the iterator of its first iterable
(evaluated where the expression is); its closure cells follow in a_[].

Most generator expressions have a single `for` clause. Their only resume
point is the end of the loop body, so they need no fiber: they compile to a
step function called once per next() on the consumer's stack, keeping the
iterator and the genexp's locals in the generator's argument array
(_stackless_genexp). That makes sum(x * x for x in xs) a plain loop of
calls, about as cheap as a list comprehension. A target captured by a
lambda (a cell shared by every item) or several `for` clauses take the
fiber path.
"""

from ..parse import ast27 as A
from .context import FuncContext
from .expr import E
from .writer import Writer, cpp_str, ident


def split_generator_body(em, w, idx, name, code_var, nslots):
    """Called inside emit_function right after argument binding: finishes the
    entry with `return generator_new(...)` and returns the writer, already
    opened, for the body function (the caller ends it with end_generator_body)."""
    body = ident('gb%d_' % idx, name.strip('<>') or 'fn')
    em.forward.append('static Value %s(Function*, Value*);' % body)
    w.line('return generator_new(%s, &%s, fn_, a_, %d);' % (body, code_var, max(nslots, 1)))
    em.functions.append(w)
    bw = Writer()
    bw.filename = em.filename
    bw.line('// %s: generator body (runs on its own fiber)' % name)
    bw.line('static Value %s(Function* fn_, Value* a_) {' % body)
    bw.level += 1
    return bw


def end_generator_body(bw):
    bw.level -= 1
    bw.line('}')


def yield_expr(em, node):
    v = em.expr(node.value).code if node.value is not None else 'None()'
    return E('gen_yield(%s)' % v)


def genexp(em, node):
    """The C++ expression creating the generator of a generator expression."""
    scope = em.scopes[node]
    if len(node.generators) == 1 and not any(scope.resolve(n) == 'cell' for n in scope.bound):
        return _stackless_genexp(em, node, scope)
    outer = em.ctx
    first_iter = em.expr(node.generators[0].iter)
    closure = ['Value(%s)' % em.cell_expr_for(n) for n in scope.frees]

    em.fn_count += 1
    idx = em.fn_count
    body = 'ge%d_genexpr' % idx
    code_var = 'code%d' % idx
    em.codeinfos.append('static CodeInfo %s{"<genexpr>", &kModule, %d, 1};' % (code_var, node.lineno))
    em.forward.append('static Value %s(Function*, Value*);' % body)

    ctx = FuncContext(scope, 'function', code_var)
    ctx.counter = type(outer.counter)()
    ctx.new_temp = em._temp_fn(ctx.counter)
    ctx.retval = 'ret_'
    ctx.pure_params = set()
    outer_line = em.cur_line
    em.ctx, em.cur_line = ctx, node.lineno
    w = Writer()
    w.filename = em.filename
    w.line('// <genexpr>, line %d' % node.lineno)
    with w.block('static Value %s(Function*, Value* a_)' % body):
        w.line('FrameGuard F(&%s, %d);' % (code_var, node.lineno))
        w.line('Value ret_ = None();')
        w.line('(void)ret_;')
        for i, n in enumerate(scope.frees):
            w.line('Cell* %s = a_[%d].as<Cell>();' % (ident('fc_', n), i + 1))
        for n in sorted(scope.bound):
            how = scope.resolve(n)
            if how == 'local':
                w.line('Value %s = Value();' % ctx.local(n))
            elif how == 'cell':
                w.line('Cell* %s = cell_new();' % ctx.cell(n))
        w.linemark(node.lineno)
        _genexp_loops(em, w, node, 0)
        w.line('return None();')
    em.functions.append(w)
    em.ctx, em.cur_line = outer, outer_line

    arr = outer.new_temp('ga')
    n = 1 + len(closure)
    stmts = ['Value %s[%d];' % (arr, n), '%s[0] = iter(%s);' % (arr, first_iter.code)]
    for i, c in enumerate(closure):
        stmts.append('%s[%d] = %s;' % (arr, i + 1, c))
    return E('({ %s generator_new(%s, &%s, nullptr, %s, %d); })' % (' '.join(stmts), body, code_var, arr, n))


def _stackless_genexp(em, node, scope):
    """A genexp with one `for` clause: no fiber. Its step function runs one
    resume on the consumer's stack, with the iterator, the closure cells and
    the genexp's locals kept in the generator's argument array:

        static Value gs4_genexpr(Value* a_) {
          FrameGuard F(&code4, 1);
          Value& it5 = a_[0];
          Value& v_x = a_[1];
          for (;;) {
            Value x6 = next(it5);
            if (x6.is_null()) return Value();
            v_x = x6;
            if (!truth(...)) continue;
            return mul(v_x, v_x);
          }
        }
    """
    outer = em.ctx
    g = node.generators[0]
    first_iter = em.expr(g.iter)
    closure = ['Value(%s)' % em.cell_expr_for(n) for n in scope.frees]
    local_names = sorted(n for n in scope.bound if scope.resolve(n) == 'local')

    em.fn_count += 1
    idx = em.fn_count
    step = 'gs%d_genexpr' % idx
    code_var = 'code%d' % idx
    em.codeinfos.append('static CodeInfo %s{"<genexpr>", &kModule, %d, 1};' % (code_var, node.lineno))
    em.forward.append('static Value %s(Value*);' % step)

    ctx = FuncContext(scope, 'function', code_var)
    ctx.counter = type(outer.counter)()
    ctx.new_temp = em._temp_fn(ctx.counter)
    ctx.retval = 'ret_'
    ctx.pure_params = set()
    outer_line = em.cur_line
    em.ctx, em.cur_line = ctx, node.lineno
    w = Writer()
    w.filename = em.filename
    w.line('// <genexpr>, line %d: stackless, one step per next()' % node.lineno)
    with w.block('static Value %s(Value* a_)' % step):
        w.line('FrameGuard F(&%s, %d);' % (code_var, node.lineno))
        it = ctx.new_temp('it')
        w.line('Value& %s = a_[0];' % it)
        for i, n in enumerate(scope.frees):
            w.line('Cell* %s = a_[%d].as<Cell>();' % (ident('fc_', n), i + 1))
        for i, n in enumerate(local_names):
            w.line('Value& %s = a_[%d];' % (ctx.local(n), 1 + len(closure) + i))
        w.linemark(node.lineno)
        x = ctx.new_temp('x')
        with w.block('for (;;)'):
            w.line('Value %s = next(%s);' % (x, it))
            w.line('if (%s.is_null()) return Value();' % x)
            em.assign_to(w, g.target, x)
            ctx.pure_params.update(n.id for n in _target_names(g.target))
            for cond in g.ifs:
                w.line('if (!truth(%s)) continue;' % em.expr(cond).code)
            w.line('return %s;' % em.expr(node.elt).code)
    em.functions.append(w)
    em.ctx, em.cur_line = outer, outer_line

    arr = outer.new_temp('ga')
    n = 1 + len(closure) + len(local_names)
    stmts = ['Value %s[%d];' % (arr, n), '%s[0] = iter(%s);' % (arr, first_iter.code)]
    for i, c in enumerate(closure):
        stmts.append('%s[%d] = %s;' % (arr, i + 1, c))
    return E('({ %s generator_new_stackless(%s, &%s, %s, %d); })' % (' '.join(stmts), step, code_var, arr, n))


def _genexp_loops(em, w, node, i):
    gens = node.generators
    if i == len(gens):
        w.line('(void)gen_yield(%s);' % em.expr(node.elt).code)
        return
    g = gens[i]
    it = em.ctx.new_temp('it')
    x = em.ctx.new_temp('x')
    if i == 0:
        w.line('Value %s = a_[0];' % it)
    else:
        w.line('Value %s = iter(%s);' % (it, em.expr(g.iter).code))
    with w.block('for (Value %s = next(%s); !%s.is_null(); %s = next(%s))' % (x, it, x, x, it)):
        em.assign_to(w, g.target, x)
        # A target stays bound from here on: expressions can rebind a name
        # (a leaking list comprehension) but never unbind it.
        em.ctx.pure_params.update(n.id for n in _target_names(g.target))
        for cond in g.ifs:
            w.line('if (!truth(%s)) continue;' % em.expr(cond).code)
        _genexp_loops(em, w, node, i + 1)


def _target_names(t):
    if isinstance(t, A.Name):
        return [t]
    if isinstance(t, (A.Tuple, A.List)):
        return [n for e in t.elts for n in _target_names(e)]
    return []
